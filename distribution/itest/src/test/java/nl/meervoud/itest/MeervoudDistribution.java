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
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;

import org.ops4j.pax.exam.Option;

import nl.meervoud.launcher.Distribution;
import nl.meervoud.launcher.Home;
import nl.meervoud.launcher.Settings;

/**
 * The Pax Exam options that boot exactly the bundle set and run properties of {@code meervoud.jar}, read by the
 * launcher's own code from the {@code launcher.properties} that bnd exported from the resolved
 * {@code meervoud.bndrun}, so the tests never repeat the list by hand.
 */
public final class MeervoudDistribution {
    private static final String BUNDLES = "meervoud.it.bundles";

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

    /**
     * Options for a framework that runs the distribution in a fresh home with the given HTTP port: the bundles,
     * start levels and framework properties come from the launcher's own {@link Distribution} and
     * {@link Settings}, so the tests boot what {@code java -jar meervoud.jar} boots. Pax Exam keeps its own
     * framework storage and start level.
     */
    public static Option[] options(Path home, int httpPort) {
        try (JarFile jar = new JarFile(jar().toFile())) {
            Properties launch = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry("launcher.properties"))) {
                launch.load(in);
            }
            Distribution distribution = Distribution.parse(launch, null);
            Properties system = new Properties();
            system.setProperty("meervoud.http.port", Integer.toString(httpPort));
            Home prepared = Home.prepare(home);
            Settings settings = Settings.resolve(distribution, prepared, Map.of(), system);
            // The installation trusts the test vendor key (etc/vertrouwd/), as an operator trusts a vendor's.
            nl.meervoud.itest.fixture.Signing.trustIn(prepared.etc());

            List<Option> options = new ArrayList<>();
            settings.framework().forEach((key, value) -> {
                if (!key.startsWith("org.osgi.framework.storage") && !key.equals("org.osgi.framework.startlevel.beginning")) {
                    options.add(frameworkProperty(key).value(value));
                }
            });
            // As the launcher does without a terminal: the shell neither reads stdin nor stops the framework.
            options.add(frameworkProperty("gosh.args").value("--nointeractive --noshutdown"));

            List<String> symbolicNames = new ArrayList<>();
            for (Distribution.RunBundle run : distribution.bundles()) {
                Attributes manifest;
                try (JarInputStream bundle = new JarInputStream(jar.getInputStream(jar.getEntry(run.path())))) {
                    manifest = bundle.getManifest().getMainAttributes();
                }
                symbolicNames.add(manifest.getValue("Bundle-SymbolicName").split(";")[0].trim());
                String url = "jar:" + jar().toUri() + "!/" + run.path();
                options.add(manifest.getValue("Fragment-Host") != null ? bundle(url).startLevel(run.startLevel()).noStart()
                        : bundle(url).startLevel(run.startLevel()).start());
            }
            options.add(systemProperty(BUNDLES).value(String.join(",", symbolicNames)));
            options.add(frameworkStartLevel(20));
            options.add(systemProperty("org.ops4j.pax.url.mvn.localRepository")
                    .value(System.getProperty("org.ops4j.pax.url.mvn.localRepository")));
            options.add(systemProperty("org.ops4j.pax.url.mvn.repositories").value(""));
            options.add(systemProperty(nl.meervoud.itest.fixture.Signing.KEYSTORE)
                    .value(nl.meervoud.itest.fixture.Signing.keyStore().toString()));
            // Tests sign the modules they deploy with the JDK's JarSigner (module jdk.jartool).
            options.add(org.ops4j.pax.exam.CoreOptions.bootDelegationPackage("jdk.security.jarsigner"));
            options.add(junitBundles());
            return options.toArray(Option[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts {@code meervoud.jar} as an operator does ({@code java -jar} in {@code home}), its console going to
     * {@code home/console.log}.
     */
    public static Process startJar(Path javaHome, Path home, int httpPort) throws IOException {
        return startJar(jar(), javaHome, home, httpPort);
    }

    /** Starts the given distribution jar as an operator does. */
    public static Process startJar(Path jar, Path javaHome, Path home, int httpPort) throws IOException {
        return new ProcessBuilder(List.of(javaHome.resolve("bin/java").toString(), "-Dmeervoud.http.port=" + httpPort, "-jar",
                jar.toString()))
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile()).start();
    }

    /** A free TCP port on loopback. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The symbolic names the distribution installs (set by {@link #options}; readable inside the framework). */
    public static List<String> symbolicNames() {
        return List.of(System.getProperty(BUNDLES).split(","));
    }
}
