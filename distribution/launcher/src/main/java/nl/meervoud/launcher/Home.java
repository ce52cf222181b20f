// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The installation directory: etc/, deploy/ and data/, created with defaults on first start. */
public record Home(Path root, Path etc, Path deploy, Path data) {

    /** Default files copied into etc/ when absent; the operator owns them afterwards. */
    private static final String[] DEFAULTS = {
        "meervoud.properties", "logging.properties", "org.apache.felix.fileinstall-deploy.cfg" };

    /** Creates etc/, deploy/ and data/ under the root, with the default files in etc/ where absent. */
    public static Home prepare(Path root) throws IOException {
        Home home = new Home(root, root.resolve("etc"), root.resolve("deploy"), root.resolve("data"));
        Files.createDirectories(home.etc);
        Files.createDirectories(home.deploy);
        Files.createDirectories(home.data);
        // The trust store of module signing keys (certificates an operator trusts, and those revoked).
        Files.createDirectories(home.etc.resolve("vertrouwd").resolve("ingetrokken"));
        for (String name : DEFAULTS) {
            Path target = home.etc.resolve(name);
            if (Files.notExists(target)) {
                try (InputStream in = Home.class.getResourceAsStream("/defaults/etc/" + name)) {
                    if (in == null) {
                        throw new IOException("the launcher lacks its default " + name);
                    }
                    Files.copy(in, target);
                }
            }
        }
        return home;
    }
}
