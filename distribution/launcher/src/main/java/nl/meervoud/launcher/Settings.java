// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The framework properties, layered: distribution defaults &lt; {@code etc/meervoud.properties} &lt; environment
 * &lt; system properties. The layout properties (storage, watched directories) always follow the home.
 */
public final class Settings {
    static final String HTTP_PORT = "org.osgi.service.http.port";
    private static final String ENV_PREFIX = "MEERVOUD_PROP_";

    private final Map<String, String> framework;
    private final Properties logging;

    private Settings(Map<String, String> framework, Properties logging) {
        this.framework = framework;
        this.logging = logging;
    }

    /** The framework properties the launcher starts Felix with, for a distribution in a home. */
    public static Settings resolve(Distribution distribution, Home home, Map<String, String> env, Properties system)
            throws IOException {
        Map<String, String> p = new HashMap<>(distribution.properties());
        Properties file = load(home.etc().resolve("meervoud.properties"));
        file.stringPropertyNames().forEach(k -> put(p, k, file.getProperty(k)));
        env.forEach((k, v) -> {
            if (k.startsWith(ENV_PREFIX)) {
                put(p, k.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        if (env.containsKey("MEERVOUD_HTTP_PORT")) {
            put(p, HTTP_PORT, env.get("MEERVOUD_HTTP_PORT"));
        }
        for (String key : system.stringPropertyNames()) {
            if (p.containsKey(key) || key.startsWith("meervoud.") || key.startsWith("felix.")
                    || key.startsWith("org.osgi.") || key.startsWith("org.apache.felix.") || key.startsWith("gosh.")) {
                put(p, key, system.getProperty(key));
            }
        }
        validatePort(p.get(HTTP_PORT));

        // The features the distribution was assembled from (each feature file adds meervoud.feature.<name>).
        p.put("meervoud.features", String.join(",", distribution.properties().keySet().stream()
                .filter(k -> k.startsWith("meervoud.feature.")).map(k -> k.substring("meervoud.feature.".length())).sorted().toList()));
        p.putIfAbsent("meervoud.distribution", "standaard");
        p.put("meervoud.home", home.root().toString());
        p.put("meervoud.version", distribution.version());
        p.put("meervoud.deploy.dir", home.deploy().toString());
        p.put("meervoud.data.dir", home.data().toString());
        p.put("meervoud.etc.dir", home.etc().toString());
        p.put("org.osgi.framework.storage", home.data().resolve("framework").toString());
        p.put("org.osgi.framework.storage.clean", "onFirstInit");
        p.put("felix.cm.dir", home.data().resolve("config").toString());
        p.put("felix.fileinstall.dir", home.etc().toString());
        if (System.console() == null) {
            // No terminal (service, container, CI): the shell must not read stdin, nor stop the framework at EOF.
            p.putIfAbsent("gosh.args", "--nointeractive --noshutdown");
        }
        return new Settings(Map.copyOf(p), load(home.etc().resolve("logging.properties")));
    }

    /** Sets a property; the short name meervoud.http.port is the HTTP port in the layer that names it. */
    private static void put(Map<String, String> properties, String key, String value) {
        properties.put("meervoud.http.port".equals(key) ? HTTP_PORT : key, value);
    }

    private static void validatePort(String port) {
        try {
            int value = Integer.parseInt(port == null ? "" : port.trim());
            if (value < 0 || value > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The HTTP port `" + port + "` is not a number from 0 to 65535 "
                    + "(meervoud.http.port, MEERVOUD_HTTP_PORT or " + HTTP_PORT + ").");
        }
    }

    private static Properties load(java.nio.file.Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        return properties;
    }

    /** Hands etc/logging.properties to the SLF4J backend (system properties are read once, at first use). */
    void applyLogging() {
        for (String key : logging.stringPropertyNames()) {
            if (System.getProperty(key) == null) {
                System.setProperty(key, logging.getProperty(key));
            }
        }
    }

    /** The framework properties. */
    public Map<String, String> framework() {
        return framework;
    }

    String httpPort() {
        return framework.get(HTTP_PORT);
    }
}
