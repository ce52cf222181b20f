// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.api;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/**
 * Where the installation's directories are: the launcher sets them as framework properties (etc/, deploy/,
 * data/ under the home). Bundles that keep files ask here instead of reading the properties themselves.
 */
public final class Installation {
    /** Framework property with the data directory. */
    public static final String DATA_DIR_PROPERTY = "meervoud.data.dir";
    /** Framework property with the hot-deploy directory. */
    public static final String DEPLOY_DIR_PROPERTY = "meervoud.deploy.dir";

    private Installation() {
    }

    /** The data directory; {@code data} in the working directory when the framework was started without one. */
    public static Path dataDirectory(BundleContext context) {
        String data = context.getProperty(DATA_DIR_PROPERTY);
        return Path.of(data == null ? "data" : data).toAbsolutePath();
    }
}
