// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Creates the framework, installs the distribution's bundles from the jar and starts them level by level:
 * the first level in order through the framework, each higher level concurrently (meervoud.start.threads,
 * default the number of processors).
 */
final class Boot {
    /** Location prefix of bundles that came with the distribution. */
    static final String LOCATION_PREFIX = "meervoud:";

    private final Distribution distribution;
    private final Settings settings;

    Boot(Distribution distribution, Settings settings) {
        this.distribution = distribution;
        this.settings = settings;
    }

    Framework start() throws BundleException {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, Boot.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no OSGi framework in the jar"));
        Framework framework = factory.newFramework(settings.framework());
        framework.init();
        BundleContext context = framework.getBundleContext();
        WeavingScope.install(context, settings.framework().get(WeavingScope.PROPERTY));
        boolean trace = Boolean.parseBoolean(settings.framework().get("meervoud.trace.start"));
        if (trace) {
            traceStart(context);
        }
        int firstLevel = distribution.bundles().stream().mapToInt(Distribution.RunBundle::startLevel).min().orElse(1);
        TreeMap<Integer, List<Bundle>> byLevel = new TreeMap<>();
        Map<Bundle, Long> sizes = new HashMap<>();
        for (Distribution.RunBundle run : distribution.bundles()) {
            Bundle bundle = install(context, run.path());
            sizes.put(bundle, size(run.path()));
            bundle.adapt(BundleStartLevel.class).setStartLevel(run.startLevel());
            if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
                byLevel.computeIfAbsent(run.startLevel(), l -> new ArrayList<>()).add(bundle);
            }
        }
        if (trace) {
            System.out.printf("%6d ms bundles installed%n", sinceJvmStart());
        }
        // The lowest level (logging, SPI-Fly) starts first, in order, through the framework; each higher level
        // is started by us, its bundles concurrently: activators are independent and DS wires them as they come.
        for (Bundle bundle : byLevel.getOrDefault(firstLevel, List.of())) {
            bundle.start(Bundle.START_ACTIVATION_POLICY);
        }
        framework.start();
        FrameworkStartLevel startLevel = framework.adapt(FrameworkStartLevel.class);
        setStartLevel(startLevel, firstLevel);
        for (Map.Entry<Integer, List<Bundle>> level : byLevel.tailMap(firstLevel, false).entrySet()) {
            setStartLevel(startLevel, level.getKey());
            // Largest first: big bundles (Jetty) take longest to start, so they go before the small ones.
            List<Bundle> bundles = new ArrayList<>(level.getValue());
            bundles.sort(Comparator.comparing((Bundle b) -> sizes.getOrDefault(b, 0L)).reversed());
            startConcurrently(bundles);
        }
        String beginning = settings.framework().get(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        if (beginning != null && Integer.parseInt(beginning.trim()) > startLevel.getStartLevel()) {
            setStartLevel(startLevel, Integer.parseInt(beginning.trim()));
        }
        return framework;
    }

    /**
     * Starts one bundle. Starts run concurrently, and a start that must resolve waits for Felix's global lock;
     * Felix interrupts such waiters to break lock cycles, and the start fails with "Unable to acquire global lock
     * for resolve" (seen in cold starts with more start levels: a bundle lost, /health never 200). Such a start is
     * tried again. (Resolving each level in one operation first avoided it too, but made cold starts bimodal,
     * 1.9 or 2.7 s, in the same measurement.)
     */
    private static void start(Bundle bundle) throws BundleException {
        for (int attempt = 1;; attempt++) {
            Thread.interrupted();
            try {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
                return;
            } catch (BundleException e) {
                boolean lockLost = e.getMessage() != null && e.getMessage().contains("global lock");
                if (!lockLost || attempt == 5) {
                    throw new BundleException(bundle.getSymbolicName() + ": " + e.getMessage(), e.getType(), e);
                }
            }
        }
    }

    private void startConcurrently(List<Bundle> bundles) throws BundleException {
        int threads = Math.max(1, Integer.parseInt(settings.framework().getOrDefault("meervoud.start.threads",
                Integer.toString(Runtime.getRuntime().availableProcessors()))));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "meervoud-start"));
        try {
            List<Future<?>> started = new ArrayList<>();
            for (Bundle bundle : bundles) {
                started.add(pool.submit(() -> {
                    start(bundle);
                    return null;
                }));
            }
            for (Future<?> future : started) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    // Reported like the framework reports a failing start; the platform's health shows it.
                    System.err.println("A bundle failed to start: " + e.getCause().getMessage());
                    e.getCause().printStackTrace();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleException("start-up interrupted", e);
        } finally {
            pool.shutdown();
        }
    }

    /** Sets the framework start level and waits until the framework has reached it. */
    private static void setStartLevel(FrameworkStartLevel startLevel, int level) throws BundleException {
        CountDownLatch reached = new CountDownLatch(1);
        startLevel.setStartLevel(level, event -> reached.countDown());
        try {
            if (!reached.await(5, TimeUnit.MINUTES)) {
                throw new BundleException("the framework did not reach start level " + level);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleException("start-up interrupted", e);
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** {@code -Dmeervoud.trace.start=true}: prints when each bundle has started, for start-up tuning. */
    private static void traceStart(BundleContext context) {
        context.addBundleListener((SynchronousBundleListener) event -> {
            if (event.getType() == BundleEvent.STARTING || event.getType() == BundleEvent.STARTED) {
                System.out.printf("%6d ms %s %s%n", sinceJvmStart(),
                        event.getType() == BundleEvent.STARTED ? "started " : "starting", event.getBundle().getSymbolicName());
            }
        });
        System.out.printf("%6d ms framework initialised%n", sinceJvmStart());
    }

    private static long size(String path) {
        try {
            return Boot.class.getClassLoader().getResource(path).openConnection().getContentLengthLong();
        } catch (IOException | NullPointerException e) {
            return 0;
        }
    }

    private static Bundle install(BundleContext context, String path) throws BundleException {
        try (InputStream in = Boot.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new BundleException("the distribution lacks " + path);
            }
            return context.installBundle(LOCATION_PREFIX + path, in);
        } catch (IOException e) {
            throw new BundleException("cannot read " + path + " from the distribution", e);
        }
    }
}
