// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.lang.ref.WeakReference;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faulty modules are contained (issue 11 §2). FileInstall installs, updates and uninstalls what is in
 * {@code deploy/} but does not start it ({@code felix.fileinstall.bundles.new.start=false}): this component
 * starts each resolved deployed bundle on a thread of its own with a time limit, so a hanging activator blocks
 * neither FileInstall nor any other deploy. An activator that does not finish in time is reported with where it
 * hangs and interrupted; one that throws is reported with its exception (digits runs that could be a BSN masked);
 * a module whose code still runs on a thread after it stopped is reported until that thread ends.
 */
@Component(service = ModuleActivation.class)
public final class ModuleActivation implements SynchronousBundleListener, FrameworkListener {
    /** The framework property with the activation time limit in seconds (default 10). */
    static final String TIMEOUT_PROPERTY = "meervoud.modules.activation.timeout";
    /** How long after a module stopped a thread running its code counts as left behind. */
    private static final long GRACE_MILLIS = 2_000;
    /** How often, and how far apart, a start the framework refused for being busy is tried again. */
    private static final int MAX_RETRIES = 20;
    private static final long RETRY_MILLIS = 250;
    private static final Pattern DIGITS = Pattern.compile("\\d{8,}");
    private static final Logger LOG = LoggerFactory.getLogger(ModuleActivation.class);

    private final BundleContext context;
    private final DeployDirectory deploy;
    private final long timeoutMillis;
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService starters;
    private final ScheduledExecutorService watchdog;
    /** The revision last started (or tried) per bundle id, so that a module an operator stopped stays stopped. */
    private final Map<Long, BundleRevision> attempted = new ConcurrentHashMap<>();
    /** Starts tried again per bundle id since its last successful one. */
    private final Map<Long, Integer> retries = new ConcurrentHashMap<>();
    /** Why a deployed bundle's activation failed, per bundle id; gone when it runs or goes. */
    private final Map<Long, String> failures = new ConcurrentHashMap<>();
    /** The classes of a stopping deployed bundle, by bundle id, read while its wiring still exists. */
    private final Map<Long, Set<String>> stopping = new ConcurrentHashMap<>();
    /** The threads alive when a deployed bundle started, by bundle id, until it stops. */
    private final Map<Long, Set<Long>> before = new ConcurrentHashMap<>();
    /** Threads left running a stopped module's code: module → thread and what it runs. */
    private final Map<String, LeftBehind> leftBehind = new ConcurrentHashMap<>();

    @Activate
    public ModuleActivation(BundleContext context, @Reference DeployDirectory deploy) {
        this.context = context;
        this.deploy = deploy;
        this.timeoutMillis = seconds(context.getProperty(TIMEOUT_PROPERTY)) * 1000L;
        this.starters = Executors.newCachedThreadPool(r -> daemon(r, "meervoud-activation-" + threadNumber.incrementAndGet()));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "meervoud-activation-watchdog"));
        context.addBundleListener(this);
        context.addFrameworkListener(this);
        watchdog.execute(this::startResolved);
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
        context.removeBundleListener(this);
        watchdog.shutdownNow();
        starters.shutdownNow();
    }

    /** Why the deployed bundle's activation failed, or null. */
    String failure(Bundle bundle) {
        return failures.get(bundle.getBundleId());
    }

    /** Modules whose code still runs on a thread after they stopped, each with the thread and where it runs. */
    Map<String, String> leftBehind() {
        leftBehind.values().removeIf(l -> {
            Thread t = l.thread().get();
            return t == null || !t.isAlive();
        });
        Map<String, String> result = new java.util.TreeMap<>();
        leftBehind.forEach((module, l) -> result.put(module, l.reason()));
        return result;
    }

    /**
     * Stops a running deployed bundle before FileInstall updates it, on a starter thread with the time limit, so
     * that the framework does not restart the new revision on FileInstall's thread.
     */
    void stopForUpdate(Bundle bundle) {
        if (bundle.getState() != Bundle.ACTIVE && bundle.getState() != Bundle.STARTING) {
            return;
        }
        Future<?> stop = starters.submit(() -> {
            bundle.stop(Bundle.STOP_TRANSIENT);
            return null;
        });
        try {
            stop.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            failures.put(bundle.getBundleId(), "did not stop within " + timeoutMillis / 1000 + " s for its update");
            LOG.warn("Module {} did not stop within {} s before its update", bundle.getSymbolicName(), timeoutMillis / 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.warn("Module {} failed to stop before its update: {}", bundle.getSymbolicName(), e.getCause().getClass().getName());
        }
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.STARTED) {
            watchdog.execute(this::startResolved);
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (!deploy.isDeployed(bundle)) {
            return;
        }
        switch (event.getType()) {
            case BundleEvent.RESOLVED -> watchdog.execute(this::startResolved);
            case BundleEvent.STARTING -> before.put(bundle.getBundleId(), liveThreads());
            case BundleEvent.STOPPING -> stopping.put(bundle.getBundleId(), classes(bundle));
            case BundleEvent.STOPPED -> {
                Set<String> classes = stopping.remove(bundle.getBundleId());
                Set<Long> older = before.remove(bundle.getBundleId());
                String module = bundle.getSymbolicName() + " " + bundle.getVersion();
                if (classes != null && !classes.isEmpty()) {
                    watchdog.schedule(() -> findLeftBehind(module, classes, older == null ? Set.of() : older), GRACE_MILLIS,
                            TimeUnit.MILLISECONDS);
                }
            }
            case BundleEvent.UPDATED, BundleEvent.UNRESOLVED -> failures.remove(bundle.getBundleId());
            case BundleEvent.UNINSTALLED -> {
                failures.remove(bundle.getBundleId());
                retries.remove(bundle.getBundleId());
                before.remove(bundle.getBundleId());
                attempted.remove(bundle.getBundleId());
            }
            default -> {
                // nothing to do
            }
        }
    }

    /**
     * Resolves the deployed bundles that can be (a dependency may have arrived since; the resolver hook keeps
     * refused ones out) and starts every resolved one whose current revision was not started yet.
     */
    private void startResolved() {
        List<Bundle> unresolved = Arrays.stream(context.getBundles())
                .filter(b -> b.getState() == Bundle.INSTALLED && deploy.isDeployed(b)).toList();
        if (!unresolved.isEmpty()) {
            context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class).resolveBundles(unresolved);
        }
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null || bundle.getState() != Bundle.RESOLVED || !deploy.isDeployed(bundle)
                    || BundleDiagnostics.isFragment(bundle) || attempted.get(bundle.getBundleId()) == revision) {
                continue;
            }
            attempted.put(bundle.getBundleId(), revision);
            start(bundle);
        }
    }

    private void start(Bundle bundle) {
        AtomicReference<Thread> runner = new AtomicReference<>();
        Future<?> start = starters.submit(() -> {
            runner.set(Thread.currentThread());
            try {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
                failures.remove(bundle.getBundleId());
                retries.remove(bundle.getBundleId());
            } catch (BundleException e) {
                if (e.getType() != BundleException.ACTIVATOR_ERROR && bundle.getState() != Bundle.UNINSTALLED
                        && retries.merge(bundle.getBundleId(), 1, Integer::sum) <= MAX_RETRIES) {
                    // Not the module's fault: the framework was busy (a refresh held its global lock); try again.
                    attempted.remove(bundle.getBundleId());
                    watchdog.schedule(this::startResolved, RETRY_MILLIS, TimeUnit.MILLISECONDS);
                } else if (bundle.getState() != Bundle.UNINSTALLED) {
                    failures.merge(bundle.getBundleId(), describe(e), (hung, failed) -> hung + "; then " + failed);
                    LOG.warn("Module {} failed to activate ({})", bundle.getSymbolicName(), cause(e).getClass().getName());
                }
            } catch (IllegalStateException e) {
                if (bundle.getState() != Bundle.UNINSTALLED) {
                    failures.merge(bundle.getBundleId(), describe(e), (hung, failed) -> hung + "; then " + failed);
                    LOG.warn("Module {} failed to activate ({})", bundle.getSymbolicName(), cause(e).getClass().getName());
                }
            } finally {
                runner.set(null);
            }
            return null;
        });
        watchdog.schedule(() -> {
            Thread thread = runner.get();
            if (start.isDone() || thread == null) {
                return;
            }
            String where = where(thread.getStackTrace(), classes(bundle));
            failures.put(bundle.getBundleId(), "its activation did not finish within " + timeoutMillis / 1000 + " s (it hangs "
                    + where + "); interrupted, other deploys went on");
            LOG.warn("Module {} did not activate within {} s; interrupted", bundle.getSymbolicName(), timeoutMillis / 1000);
            start.cancel(true);
        }, timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Finds a thread started while the module ran that still runs code of a class of the module's (by name: a
     * stack frame names no class loader, so threads older than the module, which may run a class of the same
     * name from another bundle, are not counted).
     */
    private void findLeftBehind(String module, Set<String> classes, Set<Long> older) {
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            if (older.contains(entry.getKey().getId())) {
                continue;
            }
            for (StackTraceElement frame : entry.getValue()) {
                if (classes.contains(frame.getClassName())) {
                    Thread thread = entry.getKey();
                    leftBehind.put(module, new LeftBehind(new WeakReference<>(thread), "thread '" + thread.getName()
                            + "' still runs its code after it stopped (at " + frame + "): a module must end its threads in stop"));
                    LOG.warn("Module {} left a thread running after it stopped: {}", module, thread.getName());
                    return;
                }
            }
        }
    }

    /** The ids of the threads alive now. */
    private static Set<Long> liveThreads() {
        Set<Long> ids = new HashSet<>();
        for (long id : java.lang.management.ManagementFactory.getThreadMXBean().getAllThreadIds()) {
            ids.add(id);
        }
        return ids;
    }

    /** The names of the bundle's own classes, from its wiring; empty when it has none. */
    private static Set<String> classes(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return Set.of();
        }
        Collection<String> resources = wiring.listResources("/", "*.class", BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL);
        Set<String> names = new HashSet<>();
        for (String resource : resources) {
            names.add(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
        }
        return names;
    }

    /** The first frame of the module's own code on the stack, or the top frame. */
    private static String where(StackTraceElement[] stack, Set<String> classes) {
        for (StackTraceElement frame : stack) {
            if (classes.contains(frame.getClassName())) {
                return "at " + frame;
            }
        }
        return stack.length == 0 ? "somewhere" : "at " + stack[0];
    }

    /** The activator's exception, as one line with long digit runs masked (a message could hold a BSN). */
    static String describe(Exception e) {
        Throwable cause = cause(e);
        String message = cause.getMessage() == null ? "" : ": " + ComponentHealth.oneLine(DIGITS.matcher(cause.getMessage()).replaceAll("…"));
        return "its activation failed: " + cause.getClass().getName() + message;
    }

    private static Throwable cause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static long seconds(String value) {
        try {
            long seconds = value == null ? 10 : Long.parseLong(value.trim());
            return seconds > 0 ? seconds : 10;
        } catch (NumberFormatException e) {
            return 10;
        }
    }

    /** A daemon thread of that name, for the platform's own executors. */
    static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    private record LeftBehind(WeakReference<Thread> thread, String reason) {
    }
}
