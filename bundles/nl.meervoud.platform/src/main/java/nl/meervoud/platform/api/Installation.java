// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.api;

import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Where the installation's directories are: the launcher sets them as framework properties (etc/, deploy/,
 * data/ under the home). Bundles that keep files ask here instead of reading the properties themselves.
 */
public final class Installation {
    /** Framework property with the data directory. */
    public static final String DATA_DIR_PROPERTY = "meervoud.data.dir";
    /**
     * Framework property with the configuration directory ({@code etc/}).
     *
     * @since 1.2
     */
    public static final String ETC_DIR_PROPERTY = "meervoud.etc.dir";
    /** Framework property with the hot-deploy directory. */
    public static final String DEPLOY_DIR_PROPERTY = "meervoud.deploy.dir";

    private Installation() {
    }

    /** The data directory; {@code data} in the working directory when the framework was started without one. */
    public static Path dataDirectory(BundleContext context) {
        String data = context.getProperty(DATA_DIR_PROPERTY);
        return Path.of(data == null ? "data" : data).toAbsolutePath();
    }

    /**
     * The configuration directory ({@code etc/}): where the operator edits files; {@code etc} in the working
     * directory when the framework was started without one.
     *
     * @since 1.2
     */
    public static Path etcDirectory(BundleContext context) {
        String etc = context.getProperty(ETC_DIR_PROPERTY);
        if (etc == null) {
            etc = context.getProperty("felix.fileinstall.dir");
        }
        return Path.of(etc == null ? "etc" : etc).toAbsolutePath();
    }

    /**
     * Whether the framework is still starting: the system bundle is STARTING, or the active start level is below
     * the beginning start level, so that not every bundle of the installation has started yet.
     *
     * @since 1.1
     */
    public static boolean starting(BundleContext context) {
        try {
            Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_ID);
            if (system.getState() == Bundle.STARTING) {
                return true;
            }
            String beginning = context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
            FrameworkStartLevel level = system.adapt(FrameworkStartLevel.class);
            return beginning != null && level != null && level.getStartLevel() < Integer.parseInt(beginning.trim());
        } catch (IllegalStateException | NumberFormatException e) {
            return false; // the context is no longer valid, or the property is not a number: nothing waits for it
        }
    }

    /**
     * The active and the beginning start level, for a reason that says how far the start is ("2 of 4").
     *
     * @since 1.1
     */
    public static String startLevels(BundleContext context) {
        FrameworkStartLevel level = context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkStartLevel.class);
        String beginning = context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        return (level == null ? "?" : Integer.toString(level.getStartLevel())) + " of " + (beginning == null ? "?" : beginning.trim());
    }
}
