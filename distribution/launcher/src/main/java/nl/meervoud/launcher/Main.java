// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;

/**
 * {@code java -jar meervoud.jar}: starts the distribution in the current directory (or {@code -Dmeervoud.home}).
 *
 * <p>Exit codes: 0 after a clean stop, 1 if the framework could not start, 2 for bad arguments.
 */
public final class Main {

    /** SPI-Fly logs every provider it registers through java.util.logging; keep that to warnings. */
    private static final java.util.logging.Logger SPIFLY = java.util.logging.Logger.getLogger("org.apache.aries.spifly");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(Help.TEXT);
                return;
            }
            System.err.println("Unknown argument `" + arg + "`. Try --help.");
            System.exit(2);
        }
        Path home = Path.of(System.getProperty("meervoud.home", ".")).toAbsolutePath().normalize();
        System.exit(run(home, System.getenv(), System.getProperties()));
    }

    /** Starts the platform and blocks until it stops; returns the process exit code. */
    static int run(Path home, Map<String, String> env, java.util.Properties system) throws IOException {
        Home layout = Home.prepare(home);
        Distribution distribution = Distribution.load(Main.class.getClassLoader());
        Settings settings = Settings.resolve(distribution, layout, env, system);
        settings.applyLogging();
        SPIFLY.setLevel(java.util.logging.Level.WARNING);

        Framework framework;
        try {
            framework = new Boot(distribution, settings).start();
        } catch (BundleException | RuntimeException e) {
            System.err.println("Meervoud could not start: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }
        // On SIGTERM or Ctrl-C the JVM would end with 128 + the signal (143) even after a clean stop; an operator's
        // service manager reads that as a failure. The hook stops the framework and then ends the process with 0
        // when the stop was clean, 1 when it was not.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            boolean clean = stop(framework);
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(clean ? 0 : 1);
        }, "meervoud-shutdown"));
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("Meervoud %s started in %d ms: http://localhost:%s/health (home %s)%n",
                distribution.version(), millis, settings.httpPort(), home);
        try {
            FrameworkEvent event = framework.waitForStop(0);
            return event.getType() == FrameworkEvent.ERROR ? 1 : 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Stops the framework (a no-op when it already stopped); whether it stopped cleanly within 30 s. */
    private static boolean stop(Framework framework) {
        try {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(30_000);
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                System.err.println("Meervoud did not stop within 30 s.");
                return false;
            }
            System.out.println("Meervoud stopped.");
            return event.getType() != FrameworkEvent.ERROR;
        } catch (BundleException e) {
            System.err.println("Meervoud did not stop cleanly: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
