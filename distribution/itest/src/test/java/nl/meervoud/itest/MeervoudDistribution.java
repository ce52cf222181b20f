// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.frameworkStartLevel;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ops4j.pax.exam.Option;

/**
 * The Pax Exam options that boot exactly the bundle set and run properties of {@code meervoud.jar}: both are
 * read from the {@code launcher.properties} that bnd exported from the resolved {@code meervoud.bndrun}, so
 * the tests never repeat the list by hand.
 */
public final class MeervoudDistribution {
    private static final Pattern START_LEVEL = Pattern.compile("startlevel\\\\?=(\\d+)");

    private MeervoudDistribution() {
    }

    /** The distribution jar under test. */
    public static Path jar() {
        String path = System.getProperty("meervoud.jar");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("meervoud.jar not found at `" + path + "`: build the distribution first");
        }
        return Path.of(path);
    }

    /** Options for a framework that runs the distribution in a fresh home with the given HTTP port. */
    public static Option[] options(Path home, int httpPort) {
        try (JarFile jar = new JarFile(jar().toFile())) {
            Properties launch = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry("launcher.properties"))) {
                launch.load(in);
            }
            Path etc = Files.createDirectories(home.resolve("etc"));
            Path deploy = Files.createDirectories(home.resolve("deploy"));
            try (InputStream in = jar.getInputStream(jar.getEntry("defaults/etc/org.apache.felix.fileinstall-deploy.cfg"))) {
                Files.copy(in, etc.resolve("org.apache.felix.fileinstall-deploy.cfg"));
            }
            List<Option> options = new ArrayList<>();
            for (String key : launch.stringPropertyNames()) {
                if (!key.startsWith("launch.") && !key.equals("org.osgi.framework.startlevel.beginning")) {
                    options.add(frameworkProperty(key).value(launch.getProperty(key)));
                }
            }
            options.add(frameworkProperty("org.osgi.service.http.port").value(Integer.toString(httpPort)));
            options.add(frameworkProperty("felix.fileinstall.dir").value(etc.toString()));
            options.add(frameworkProperty("meervoud.deploy.dir").value(deploy.toString()));
            options.add(frameworkProperty("meervoud.home").value(home.toString()));
            options.add(frameworkProperty("meervoud.data.dir").value(home.resolve("data").toString()));
            // As the launcher does without a terminal: the shell neither reads stdin nor stops the framework.
            options.add(frameworkProperty("gosh.args").value("--nointeractive --noshutdown"));
            options.add(frameworkProperty("felix.cm.dir").value(home.resolve("data/config").toString()));

            String[] paths = launch.getProperty("launch.bundles").split(",");
            String[] attrs = launch.getProperty("launch.runbundles.attrs").split(",(?=[^,]+;version)");
            for (int i = 0; i < paths.length; i++) {
                Matcher m = START_LEVEL.matcher(attrs[i]);
                int level = m.find() ? Integer.parseInt(m.group(1)) : 1;
                String url = "jar:" + jar().toUri() + "!/" + paths[i].trim();
                boolean fragment;
                try (java.util.jar.JarInputStream bundle = new java.util.jar.JarInputStream(jar.getInputStream(jar.getEntry(paths[i].trim())))) {
                    fragment = bundle.getManifest().getMainAttributes().getValue("Fragment-Host") != null;
                }
                options.add(fragment ? bundle(url).startLevel(level).noStart() : bundle(url).startLevel(level).start());
            }
            options.add(frameworkStartLevel(20));
            options.add(systemProperty("org.ops4j.pax.url.mvn.localRepository")
                    .value(System.getProperty("org.ops4j.pax.url.mvn.localRepository")));
            options.add(systemProperty("org.ops4j.pax.url.mvn.repositories").value(""));
            options.add(junitBundles());
            return options.toArray(Option[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free TCP port on loopback. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The symbolic names the distribution installs, for assertions. */
    public static List<String> symbolicNames() {
        try (JarFile jar = new JarFile(jar().toFile())) {
            Properties launch = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry("launcher.properties"))) {
                launch.load(in);
            }
            List<String> names = new ArrayList<>();
            for (String clause : launch.getProperty("launch.runbundles.attrs").split(",(?=[^,]+;version)")) {
                names.add(clause.split(";")[0].trim());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
