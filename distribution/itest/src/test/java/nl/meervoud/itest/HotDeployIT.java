// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRevisions;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;

import nl.meervoud.itest.fixture.ExitActivator;
import nl.meervoud.itest.fixture.FailActivator;
import nl.meervoud.itest.fixture.HangActivator;
import nl.meervoud.itest.fixture.SpinActivator;
import nl.meervoud.itest.fixture.GreeterActivator;
import nl.meervoud.itest.fixture.Signing;
import nl.meervoud.itest.fixture.TestBundles;
import nl.meervoud.platform.api.HealthReport;
import nl.meervoud.platform.api.ModuleInfo;
import nl.meervoud.platform.api.Platform;

/** The integrator's promise: bundles come, change and go at runtime without disturbing or leaking. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT {
    private static final String ACTIVATION_TIMEOUT = "meervoud.modules.activation.timeout";

    @Inject
    BundleContext context;

    @Inject
    Platform platform;

    @Configuration
    public Option[] configuration() throws IOException {
        return org.ops4j.pax.exam.OptionUtils.combine(MeervoudDistribution.options(Files.createTempDirectory("meervoud-hotdeploy-it"),
                MeervoudDistribution.freePort()), org.ops4j.pax.exam.CoreOptions.frameworkProperty(ACTIVATION_TIMEOUT).value("8"));
    }

    @After
    public void removeTestBundles() throws Exception {
        try (var files = Files.list(deployDir())) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith(TestBundles.GREETER)) {
                try {
                    bundle.uninstall();
                } catch (IllegalStateException alreadyGone) {
                    // FileInstall uninstalled it meanwhile, its file having been deleted above
                }
            }
        }
        InFramework.refresh(context, null);
    }

    @Test
    public void installUpdateUninstall_servicesComeAndGo() throws Exception {
        ServiceTracker<Supplier<?>, Supplier<?>> greeters = tracker();
        try {
            Bundle bundle = context.installBundle("test:greeter", new ByteArrayInputStream(TestBundles.greeter("1.0.0", "v1")));
            bundle.start();
            assertEquals("v1", greeting(greeters));

            long id = bundle.getBundleId();
            bundle.update(new ByteArrayInputStream(TestBundles.greeter("1.1.0", "v2")));
            InFramework.refresh(context, Set.of(bundle));
            assertEquals(id, bundle.getBundleId());
            assertEquals(Version.parseVersion("1.1.0"), bundle.getVersion());
            assertEquals(Bundle.ACTIVE, bundle.getState());
            assertEquals("v2", greeting(greeters));
            assertEquals(1, greeters.size());

            bundle.uninstall();
            InFramework.refresh(context, Set.of(bundle));
            assertNull("the service left with its bundle", greeters.getServiceReference());
        } finally {
            greeters.close();
        }
    }

    @Test
    public void fiftyUpdateCyclesLeaveNoOldRevisions() throws Exception {
        Bundle bundle = context.installBundle("test:greeter-cycles", new ByteArrayInputStream(TestBundles.greeter("1.0.0", "c0")));
        bundle.start();
        FrameworkWiring wiring = frameworkWiring();
        for (int i = 1; i <= 50; i++) {
            bundle.update(new ByteArrayInputStream(TestBundles.greeter("1.0." + i, "c" + i)));
            InFramework.refresh(context, Set.of(bundle));
        }
        assertEquals(Version.parseVersion("1.0.50"), bundle.getVersion());
        assertEquals("only the current revision remains", 1,
                bundle.adapt(BundleRevisions.class).getRevisions().size());
        assertTrue("no bundle waits for removal", wiring.getRemovalPendingBundles().isEmpty());
        ServiceReference<?>[] services = context.getServiceReferences(Supplier.class.getName(),
                "(" + GreeterActivator.GREETING + "=*)");
        assertEquals(1, services.length);
        assertEquals("c50", services[0].getProperty(GreeterActivator.GREETING));
    }

    @Test
    public void deployDirectory_installsUpdatesAndUninstalls() throws Exception {
        Path jar = deployDir().resolve("greeter.jar");
        drop(jar, TestBundles.greeter("1.0.0", "d1"));
        assertTrue("installed and started from deploy/", Await.until(() -> greeterState("1.0.0") == Bundle.ACTIVE));
        long id = greeter().getBundleId();

        // No refresh storm: updating the greeter must not stop any other bundle.
        List<String> stopped = new CopyOnWriteArrayList<>();
        BundleListener listener = event -> {
            if (event.getType() == BundleEvent.STOPPED && !TestBundles.GREETER.equals(event.getBundle().getSymbolicName())) {
                stopped.add(event.getBundle().getSymbolicName());
            }
        };
        context.addBundleListener(listener);
        try {
            drop(jar, TestBundles.greeter("1.1.0", "d2"));
            assertTrue("updated in place", Await.until(() -> greeterState("1.1.0") == Bundle.ACTIVE));
        } finally {
            context.removeBundleListener(listener);
        }
        assertEquals("bundles stopped by the update", List.of(), stopped);
        assertEquals(id, greeter().getBundleId());
        assertTrue(platform.modules().stream().anyMatch(m -> m.symbolicName().equals(TestBundles.GREETER)
                && m.source().equals("deploy") && m.active()));

        Files.delete(jar);
        assertTrue("uninstalled when the file is removed", Await.until(() -> greeter() == null));
    }

    /**
     * Only trusted modules (issue 11 §1): unsigned, tampered, signed by an unknown key or by a revoked one, a jar
     * in deploy/ is refused before anything of it is installed, and reported with the reason; a signed one runs;
     * a refused update of it leaves the verified version running.
     */
    @Test
    public void onlyModulesSignedWithATrustedKeyAreInstalled() throws Exception {
        byte[] greeter = TestBundles.greeter(TestBundles.GREETER + ".signed", "1.0.0", "s1", "");
        dropAsIs(deployDir().resolve("unsigned.jar"), greeter);
        dropAsIs(deployDir().resolve("tampered.jar"), Signing.tampered(Signing.signed(greeter)));
        dropAsIs(deployDir().resolve("stranger.jar"), Signing.signed(greeter, Signing.STRANGER));
        dropAsIs(deployDir().resolve("revoked.jar"), Signing.signed(greeter, Signing.REVOKED));
        assertTrue("all four are listed as refused: " + platform.modules(), Await.until(() -> platform.modules().stream()
                .filter(m -> m.state().equals(ModuleInfo.FAILED) && m.reason().contains("nothing was installed")).count() == 4));
        assertReason("unsigned.jar", "unsigned");
        assertReason("tampered.jar", "tampered");
        assertReason("stranger.jar", "signed by an unknown key: CN=Onbekende leverancier");
        assertReason("revoked.jar", "signed by a revoked key: CN=Ingetrokken sleutel");
        assertNull("nothing of them was installed", InFramework.find(context, TestBundles.GREETER + ".signed"));
        HealthReport health = platform.health();
        assertEquals(HealthReport.Status.DEGRADED, health.status());
        assertTrue(health.deployed().toString(), health.deployed().toString().contains("deploy:tampered.jar"));

        Path module = deployDir().resolve("signed.jar");
        drop(module, greeter);
        assertTrue("the signed one runs", Await.until(() -> {
            Bundle b = InFramework.find(context, TestBundles.GREETER + ".signed");
            return b != null && b.getState() == Bundle.ACTIVE;
        }));
        dropAsIs(module, TestBundles.greeter(TestBundles.GREETER + ".signed", "2.0.0", "s2", ""));
        assertTrue("the unsigned update is refused: " + platform.modules(), Await.until(() -> platform.modules().stream()
                .anyMatch(m -> m.name().equals("signed.jar") && m.reason().contains("update refused, unsigned")
                        && m.reason().contains("1.0.0 keeps running"))));
        assertTrue("the verified version runs on", Await.until(() -> {
            Bundle b = InFramework.find(context, TestBundles.GREETER + ".signed");
            return b != null && b.getState() == Bundle.ACTIVE && b.getVersion().equals(Version.parseVersion("1.0.0"));
        }));
        drop(module, TestBundles.greeter(TestBundles.GREETER + ".signed", "2.0.0", "s2", ""));
        assertTrue("a signed update is installed", Await.until(() -> {
            Bundle b = InFramework.find(context, TestBundles.GREETER + ".signed");
            return b != null && b.getState() == Bundle.ACTIVE && b.getVersion().equals(Version.parseVersion("2.0.0"));
        }));
        assertTrue("and the refusal is gone", platform.modules().stream().noneMatch(m -> m.name().equals("signed.jar")));
    }

    /**
     * The operator's module API (issue 11 §3): upload verifies before anything is written, an update keeps the
     * version before it, a rollback restores it, and only the functioneel beheerder may do any of it.
     */
    @Test
    public void theOperatorUploadsUpdatesAndRollsBackAModule() throws Exception {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        String operator = Aanmelden.als(context, port, "beheer-modules", "", nl.meervoud.auth.api.Functie.BEHEERDER);
        String consulent = Aanmelden.als(context, port, "consulent-modules", "", nl.meervoud.auth.api.Functie.CONSULENT);
        String name = TestBundles.GREETER + ".api";
        String path = "/api/v1/platform/modules/api.jar";

        java.net.http.HttpResponse<String> unsigned = put(port, path, operator, TestBundles.greeter(name, "1.0.0", "a1", ""));
        assertEquals(unsigned.body(), 422, unsigned.statusCode());
        assertTrue(unsigned.body(), unsigned.body().contains("unsigned") && unsigned.body().contains("er is niets geplaatst"));
        assertTrue(unsigned.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue("nothing was written", Files.notExists(deployDir().resolve("api.jar")));
        assertEquals("a consulent may not", 403, put(port, path, consulent, Signing.signed(TestBundles.greeter(name, "1.0.0", "a1", ""))).statusCode());
        assertEquals("nobody anonymous", 401, put(port, path, "", Signing.signed(TestBundles.greeter(name, "1.0.0", "a1", ""))).statusCode());
        assertEquals(400, put(port, "/api/v1/platform/modules/..%2Fetc.jar", operator, new byte[] { 1 }).statusCode());
        java.net.http.HttpResponse<String> corrupt = put(port, path, operator, "geen jar".getBytes());
        assertEquals("not a jar is refused, never a 5xx: " + corrupt.body(), 422, corrupt.statusCode());
        assertTrue(corrupt.body(), corrupt.body().contains("corrupt jar"));

        assertEquals(202, put(port, path, operator, Signing.signed(TestBundles.greeter(name, "1.0.0", "a1", ""))).statusCode());
        assertTrue("v1 runs", Await.until(() -> running(name, "1.0.0")));
        long id = InFramework.find(context, name).getBundleId();
        assertEquals(202, put(port, path, operator, Signing.signed(TestBundles.greeter(name, "2.0.0", "a2", ""))).statusCode());
        assertTrue("v2 runs", Await.until(() -> running(name, "2.0.0")));
        assertEquals("updated in place", id, InFramework.find(context, name).getBundleId());

        Http.Response versions = Http.get(port, path, operator);
        assertEquals(versions.body().toString(), 2, versions.body().path("versions").size());
        assertEquals("2.0.0", versions.body().path("versions").get(1).path("version").asText());
        assertTrue(versions.body().path("versions").get(1).path("current").asBoolean());
        assertEquals(403, Http.get(port, path, consulent).status());

        Http.Exchange rollback = Http.send(port, "POST", path + "/rollback", null, "Authorization", operator);
        assertEquals(rollback.body().toString(), 202, rollback.status());
        assertTrue("rolled back to v1", Await.until(() -> running(name, "1.0.0")));
        assertEquals(1, Http.get(port, path, operator).body().path("versions").size());
        Http.Exchange none = Http.send(port, "POST", path + "/rollback", null, "Authorization", operator);
        assertEquals("no earlier version: " + none.body(), 409, none.status());

        assertEquals(204, Http.send(port, "DELETE", path, null, "Authorization", operator).status());
        assertTrue("uninstalled", Await.until(() -> InFramework.find(context, name) == null));
        assertTrue("its versions stay", Http.get(port, path, operator).body().path("versions").size() == 1);
    }

    private boolean running(String symbolicName, String version) {
        Bundle b = InFramework.find(context, symbolicName);
        return b != null && b.getState() == Bundle.ACTIVE && b.getVersion().equals(Version.parseVersion(version));
    }

    private static java.net.http.HttpResponse<String> put(int port, String path, String authorization, byte[] jar) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/java-archive").PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(jar));
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** A key revoked after a module signed with it was installed: the module is stopped and reported. */
    @Test
    public void aModuleWhoseKeyIsRevokedLaterIsStopped() throws Exception {
        Path etc = Path.of(context.getProperty("meervoud.etc.dir"));
        String name = TestBundles.GREETER + ".laterrevoked";
        Signing.trust(Signing.STRANGER, etc);
        try {
            dropAsIs(deployDir().resolve("later.jar"), Signing.signed(TestBundles.greeter(name, "1.0.0", "l", ""), Signing.STRANGER));
            assertTrue("runs while its key is trusted", Await.until(() -> running(name, "1.0.0")));
            Signing.revoke(Signing.STRANGER, etc);
            assertTrue("stopped once its key is revoked: " + platform.modules(), Await.until(() -> {
                Bundle b = InFramework.find(context, name);
                return b != null && b.getState() == Bundle.RESOLVED;
            }));
            assertTrue("reported: " + platform.modules(), Await.until(() -> platform.modules().stream()
                    .anyMatch(m -> m.name().equals("later.jar") && m.reason().contains("signed by a key revoked after it was installed"))));
        } finally {
            Files.deleteIfExists(etc.resolve("vertrouwd/" + Signing.STRANGER + ".pem"));
            Files.deleteIfExists(etc.resolve("vertrouwd/ingetrokken/" + Signing.STRANGER + ".pem"));
        }
    }

    /** Nothing installed at a deploy location another way than through the verifier ever runs. */
    @Test
    public void aBundleInstalledAtADeployLocationByHandNeverResolves() throws Exception {
        Path location = deployDir().resolve("by-hand.jar");
        Bundle bundle = context.installBundle(location.toUri().toString(),
                new ByteArrayInputStream(Signing.signed(TestBundles.greeter(TestBundles.GREETER + ".byhand", "1.0.0", "h", ""))));
        try {
            try {
                bundle.start();
            } catch (org.osgi.framework.BundleException expected) {
                // it cannot resolve
            }
            assertEquals("never resolved, never ran", Bundle.INSTALLED, bundle.getState());
            assertTrue(module(TestBundles.GREETER + ".byhand").reason(),
                    module(TestBundles.GREETER + ".byhand").reason().contains("not installed from a verified copy"));
        } finally {
            bundle.uninstall();
        }
    }

    /** Issue 11 §2: a hanging activator is timed out, reported with where it hangs, and holds up no other deploy. */
    @Test
    public void aHangingActivatorIsTimedOutAndHoldsUpNoOtherDeploy() throws Exception {
        String hang = TestBundles.GREETER + ".hang";
        drop(deployDir().resolve("hang.jar"), TestBundles.withActivator(hang, HangActivator.class));
        assertTrue("its activator runs (and hangs)", Await.until(() -> {
            Bundle b = InFramework.find(context, hang);
            return b != null && b.getState() == Bundle.STARTING;
        }));
        drop(deployDir().resolve("greeter.jar"), TestBundles.greeter("1.0.0", "na-hang"));
        assertTrue("a later deploy starts while the first still hangs", Await.until(() -> greeterState("1.0.0") == Bundle.ACTIVE));
        assertEquals("the first still hangs: the later one did not wait for it", Bundle.STARTING, InFramework.find(context, hang).getState());
        assertTrue("reported with where it hangs: " + platform.modules(), Await.until(() -> platform.modules().stream()
                .anyMatch(m -> m.symbolicName().equals(hang) && m.state().equals(ModuleInfo.FAILED)
                        && m.reason().contains("did not finish within 8 s") && m.reason().contains(HangActivator.class.getName() + ".start"))));
        assertTrue("interrupted, it hangs no more", Await.until(() -> InFramework.find(context, hang).getState() == Bundle.RESOLVED));
        assertEquals(HealthReport.Status.DEGRADED, platform.health().status());
    }

    /** Issue 11 §2: an activator's exception is reported with its message, long digit runs (a BSN?) masked. */
    @Test
    public void anActivatorsExceptionIsReportedWithItsMessage() throws Exception {
        String fail = TestBundles.GREETER + ".fail";
        drop(deployDir().resolve("fail.jar"), TestBundles.withActivator(fail, FailActivator.class));
        assertTrue("reported with the exception: " + platform.modules(), Await.until(() -> platform.modules().stream()
                .anyMatch(m -> m.symbolicName().equals(fail) && m.state().equals(ModuleInfo.FAILED) && m.reason().contains(
                        "its activation failed: java.lang.IllegalStateException: configuratie ontbreekt voor dossier …"))));
        assertTrue("the number is not shown", platform.modules().stream().noneMatch(m -> m.reason().contains("300000054")));
        assertTrue(platform.health().deployed().toString(), platform.health().deployed().toString().contains("IllegalStateException"));
    }

    /** Issue 11 §2: a module that leaves a thread running after it stopped is reported until the thread ends. */
    @Test
    public void aThreadLeftRunningAfterStopIsReported() throws Exception {
        String spin = TestBundles.GREETER + ".spin";
        Path jar = deployDir().resolve("spin.jar");
        drop(jar, TestBundles.withActivator(spin, SpinActivator.class));
        assertTrue(Await.until(() -> {
            Bundle b = InFramework.find(context, spin);
            return b != null && b.getState() == Bundle.ACTIVE;
        }));
        Files.delete(jar);
        assertTrue(Await.until(() -> InFramework.find(context, spin) == null));
        assertTrue("reported: " + platform.modules(), Await.until(() -> platform.modules().stream()
                .anyMatch(m -> m.symbolicName().equals(spin) && m.state().equals(ModuleInfo.FAILED)
                        && m.reason().contains("thread '" + SpinActivator.THREAD + "' still runs its code after it stopped"))));
        assertTrue(platform.health().deployed().toString().contains("threads:" + spin));
        assertTrue("gone from the report once the thread ended", Await.until(() -> platform.modules().stream()
                .noneMatch(m -> m.symbolicName().equals(spin))));
    }

    @Test
    public void aModuleThatWouldEndTheJvmNeverRuns() throws Exception {
        Path jar = deployDir().resolve("exit.jar");
        drop(jar, TestBundles.exitModule());
        String name = TestBundles.GREETER + ".exit";
        assertTrue("reported with the call it makes", Await.until(() -> platform.modules().stream()
                .anyMatch(m -> m.symbolicName().equals(name) && m.state().equals(ModuleInfo.FAILED) && m.reason().contains("System.exit"))));
        Bundle exit = InFramework.find(context, name);
        assertEquals("never resolved, so its activator never ran", Bundle.INSTALLED, exit.getState());
        assertEquals("the platform is still here", Bundle.ACTIVE, context.getBundle(0).getState());
        assertTrue(module(name).reason(), module(name).reason().contains(ExitActivator.class.getName()));
        Files.delete(jar);
        assertTrue(Await.until(() -> InFramework.find(context, name) == null));
    }

    @Test
    public void brokenDeploymentsAreReportedAndTheCoreStaysHealthy() throws Exception {
        dropAsIs(deployDir().resolve("corrupt.jar"), "this is not a zip file".getBytes());
        drop(deployDir().resolve("plain.jar"), TestBundles.plainJar());
        drop(deployDir().resolve("unresolvable.jar"), TestBundles.greeter(TestBundles.GREETER + ".unresolvable",
                "1.0.0", "x", "nl.meervoud.does.not.exist"));
        drop(deployDir().resolve("dup-a.jar"), TestBundles.greeter("2.0.0", "a"));
        assertTrue(Await.until(() -> greeterState("2.0.0") == Bundle.ACTIVE));
        drop(deployDir().resolve("dup-b.jar"), TestBundles.greeter("2.0.0", "b"));

        assertTrue("all four failures are listed", Await.until(() -> platform.modules().stream()
                .filter(m -> m.state().equals(ModuleInfo.FAILED)).count() == 4));
        assertReason("corrupt.jar", "corrupt jar");
        assertReason("plain.jar", "not an OSGi bundle");
        assertReason("dup-b.jar", "duplicate");
        ModuleInfo unresolvable = module(TestBundles.GREETER + ".unresolvable");
        assertTrue(unresolvable.reason(), unresolvable.reason().contains("nl.meervoud.does.not.exist"));

        HealthReport health = platform.health();
        assertEquals(HealthReport.Status.DEGRADED, health.status());
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        Http.Response response = Http.awaitStatus(port, "/health", 200, Await.DEFAULT);
        assertEquals(200, response.status());
        assertEquals("DEGRADED", response.body().path("status").asText());
        Http.standaard(Aanmelden.medewerker(context, port));
        assertEquals(200, Http.get(port, "/api/v1/platform").status());
        assertEquals("the good bundle keeps serving", Bundle.ACTIVE, greeterState("2.0.0"));
    }

    @Test
    public void aDeployedBundleCannotShadowACoreBundle() throws Exception {
        String kernel = "nl.meervoud.privacy.kernel";
        Path shadow = deployDir().resolve("oude-kernel.jar");
        drop(shadow, TestBundles.greeter(kernel, "0.0.1", "schaduw", ""));
        try {
            assertTrue("the shadow is listed as refused: " + platform.modules(), Await.until(() -> platform.modules().stream()
                    .anyMatch(m -> m.symbolicName().equals(kernel) && m.version().equals("0.0.1") && m.state().equals(ModuleInfo.FAILED)
                            && m.reason().contains("shadow the core bundle " + kernel))));
            Bundle installed = java.util.Arrays.stream(context.getBundles())
                    .filter(b -> b.getSymbolicName().equals(kernel) && b.getVersion().toString().equals("0.0.1")).findFirst().orElseThrow();
            assertEquals("never resolved, never ran", Bundle.INSTALLED, installed.getState());
            ServiceTracker<Supplier<?>, Supplier<?>> greeters = tracker();
            try {
                assertTrue("its activator never ran", java.util.Arrays.stream(greeters.getServices(new Supplier<?>[0]))
                        .noneMatch(g -> "schaduw".equals(g.get())));
            } finally {
                greeters.close();
            }
            assertEquals(HealthReport.Status.DEGRADED, platform.health().status());
            assertTrue(platform.health().deployed().toString(), platform.health().deployed().toString().contains("shadow the core bundle"));
            assertEquals("the real kernel still runs", Bundle.ACTIVE, java.util.Arrays.stream(context.getBundles())
                    .filter(b -> b.getSymbolicName().equals(kernel) && !b.getVersion().toString().equals("0.0.1")).findFirst()
                    .orElseThrow().getState());
        } finally {
            Files.deleteIfExists(shadow);
            assertTrue("FileInstall removes it again", Await.until(() -> java.util.Arrays.stream(context.getBundles())
                    .noneMatch(b -> b.getSymbolicName().equals(kernel) && b.getVersion().toString().equals("0.0.1"))));
        }
    }

    private void assertReason(String file, String expected) {
        ModuleInfo module = module(file);
        assertEquals(ModuleInfo.FAILED, module.state());
        assertTrue(module.reason(), module.reason().contains(expected));
    }

    private ModuleInfo module(String name) {
        return platform.modules().stream().filter(m -> m.name().equals(name) || m.symbolicName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not listed: " + platform.modules()));
    }

    /** Drops the jar signed with the trusted vendor key, as a vendor ships it. */
    private static void drop(Path target, byte[] content) throws IOException {
        dropAsIs(target, Signing.signed(content));
    }

    private static void dropAsIs(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile("drop", ".tmp");
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path deployDir() {
        return Path.of(context.getProperty("meervoud.deploy.dir"));
    }

    private Bundle greeter() {
        for (Bundle bundle : context.getBundles()) {
            if (TestBundles.GREETER.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    private int greeterState(String version) {
        for (Bundle bundle : context.getBundles()) {
            if (TestBundles.GREETER.equals(bundle.getSymbolicName()) && bundle.getVersion().equals(Version.parseVersion(version))) {
                return bundle.getState();
            }
        }
        return -1;
    }

    private ServiceTracker<Supplier<?>, Supplier<?>> tracker() throws Exception {
        @SuppressWarnings({ "unchecked", "rawtypes" })
        ServiceTracker<Supplier<?>, Supplier<?>> tracker = new ServiceTracker(context,
                context.createFilter("(&(objectClass=" + Supplier.class.getName() + ")(" + GreeterActivator.GREETING + "=*))"), null);
        tracker.open();
        return tracker;
    }

    private static String greeting(ServiceTracker<Supplier<?>, Supplier<?>> tracker) {
        ServiceReference<Supplier<?>> reference = tracker.getServiceReference();
        assertNotNull("a greeter service is registered", reference);
        return (String) tracker.getService(reference).get();
    }

    private FrameworkWiring frameworkWiring() {
        return context.getBundle(0).adapt(FrameworkWiring.class);
    }
}
