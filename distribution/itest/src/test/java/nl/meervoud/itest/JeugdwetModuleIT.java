// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Domein;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.PrivacyKernel;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.privacy.api.Voorwaarde;

/**
 * A domain module's rules come and go with its bundle (issue 3 §4): J3 is permitted with both citations while
 * the Jeugdwet module runs, denied with "no rule" when it stops or is uninstalled, changed live by an update,
 * and permitted again after reinstalling; decisions running concurrently never error and are never permitted
 * without a rule.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JeugdwetModuleIT {
    private static final String MODULE = "nl.meervoud.domain.jeugdwet";

    @Inject
    BundleContext context;

    @Inject
    PrivacyKernel kernel;

    @Configuration
    public Option[] configuration() throws IOException {
        return MeervoudDistribution.options(Files.createTempDirectory("meervoud-jeugdwet-it"), MeervoudDistribution.freePort());
    }

    /** J3: a jeugdhulpaanbieder provides for the jeugdhulp part of a 2.3a.1 investigation. */
    private static DecisionRequest j3(Voorwaarde... evidence) {
        Actor aanbieder = new Actor(Rol.PARTIJ, "jeugdhulpaanbieder", Law.of("Jeugdwet"), Domein.SOCIAAL, "jeugdhulpaanbieder",
                Geheimhouding.of("JEUGDWET_7_3_11"), true, true);
        return DecisionRequest.van(aanbieder).naar(Actor.college("gemeente", Law.WMO_2015))
                .doel(Doel.ONDERZOEK_2_3A_1, "jeugdhulp").route(Route.WMO_2_3A_1)
                .gegevens(Gegevenssoort.GEZONDHEID, Gegevenssoort.PROCESINFORMATIE).bewijs(evidence)
                .betrokkenen("jeugdige-1").zaak("it-jeugdwet").build();
    }

    private static final Voorwaarde[] J3_EVIDENCE = { Voorwaarde.GEMOTIVEERD_VERZOEK, Voorwaarde.BINNEN_REIKWIJDTE };

    /** A core request (W5) that must stay permitted whatever happens to the module. */
    private static DecisionRequest w5() {
        Actor wijkteam = Actor.of(Rol.PARTIJ, "wijkteam").withPartij(Domein.SOCIAAL, "maatschappelijk werk");
        return DecisionRequest.van(wijkteam).naar(Actor.college("gemeente", Law.WMO_2015)).doel(Doel.ONDERZOEK_2_3A_4)
                .route(Route.WMO_2_3A_4).gegevens(Gegevenssoort.PROCESINFORMATIE).bewijs(Voorwaarde.GEMOTIVEERD_VERZOEK)
                .betrokkenen("client-1").zaak("it-jeugdwet").build();
    }

    @Test
    public void theModulesRulesFollowItsLifecycle() throws Exception {
        Bundle module = InFramework.find(context, MODULE);
        assertNotNull(MODULE + " is part of the distribution", module);
        URL original = new URL(module.getLocation());
        assertTrue("Jeugdwet rules active", awaitPermit());
        Decision permitted = kernel.decide(j3(J3_EVIDENCE));
        assertEquals("jeugdwet/J3", permitted.regel());
        assertEquals(List.of("Jeugdwet art. 7.4.0 lid 2", "Jeugdwet art. 2.4a"),
                permitted.citaties().stream().map(Object::toString).toList());

        Concurrent load = new Concurrent();
        load.start();
        try {
            module.stop();
            assertNoRule(kernel.decide(j3(J3_EVIDENCE)));
            assertTrue("core rules undisturbed", kernel.decide(w5()).permitted());

            module.start();
            assertTrue(awaitPermit());

            // Update to a version in which J3 also requires a recorded necessity.
            module.update(new ByteArrayInputStream(changedModule(original)));
            InFramework.refresh(context, Set.of(module));
            assertEquals("0.1.1.changed", module.getVersion().toString());
            assertTrue("the changed rule is live", Await.until(() -> !kernel.decide(j3(J3_EVIDENCE)).permitted()));
            Decision changed = kernel.decide(j3(J3_EVIDENCE));
            assertEquals("jeugdwet/J3", changed.regel());
            assertEquals(List.of("NOODZAAK_ONDERBOUWD"), changed.ontbrekend());
            assertTrue(kernel.decide(j3(Voorwaarde.GEMOTIVEERD_VERZOEK, Voorwaarde.BINNEN_REIKWIJDTE,
                    Voorwaarde.NOODZAAK_ONDERBOUWD)).permitted());
            assertTrue("core rules undisturbed", kernel.decide(w5()).permitted());

            module.uninstall();
            InFramework.refresh(context, null);
            assertNoRule(kernel.decide(j3(J3_EVIDENCE)));

            Bundle reinstalled;
            try (InputStream in = original.openStream()) {
                reinstalled = context.installBundle(original.toString(), in);
            }
            reinstalled.start();
            assertTrue("permitted again after reinstalling", awaitPermit());
        } finally {
            load.stop();
        }
        assertEquals("decisions that errored: " + load.errors, List.of(), List.copyOf(load.errors));
        assertEquals("permits without a rule: " + load.unfounded, List.of(), List.copyOf(load.unfounded));
        assertTrue("the load ran throughout (" + load.decisions.get() + " decisions)", load.decisions.get() > 20);
        assertTrue(kernel.ruleSets().stream().anyMatch(s -> s.id().equals("jeugdwet") && s.actief()));
    }

    /**
     * Issue 8 §5: an update replaces the module's rule set in one index swap. Two threads evaluate J3 without pause
     * (explain: the same evaluation on the same index as decide, without the log write, so they sample the index
     * densely) while the module is updated 50 times, each time to a new rule-set version; not one evaluation may
     * find J3 missing. A plain stop afterwards still withdraws the law at once.
     */
    @Test
    public void fiftyUpdatesUnderConcurrentDecidersNeverShowAnIndexWithoutTheLaw() throws Exception {
        Bundle module = InFramework.find(context, MODULE);
        URL original = new URL(module.getLocation());
        assertTrue(awaitPermit());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong evaluations = new AtomicLong();
        ConcurrentLinkedQueue<String> missing = new ConcurrentLinkedQueue<>();
        Thread[] deciders = new Thread[2];
        for (int i = 0; i < deciders.length; i++) {
            deciders[i] = new Thread(() -> {
                DecisionRequest request = j3(J3_EVIDENCE);
                while (running.get()) {
                    Decision d = kernel.explain(request);
                    evaluations.incrementAndGet();
                    if (!d.permitted() && missing.size() < 10) {
                        missing.add(d.regel() + " " + d.redenen());
                    }
                }
            }, "j3-decider-" + i);
            deciders[i].start();
        }
        try {
            for (int update = 1; update <= 50; update++) {
                String versie = "1.0." + (100 + update);
                module.update(new ByteArrayInputStream(rewrite(original, "0.1.3.u" + update,
                        json -> json.replace("\"versie\": \"1.0.0\"", "\"versie\": \"" + versie + "\""))));
                assertTrue("update " + update + " is live", Await.until(() -> kernel.ruleSets().stream()
                        .anyMatch(s -> s.id().equals("jeugdwet") && s.actief() && s.versie().equals(versie))));
                assertEquals("one jeugdwet rule set after update " + update, 1,
                        kernel.ruleSets().stream().filter(s -> s.id().equals("jeugdwet")).count());
            }
        } finally {
            running.set(false);
            for (Thread t : deciders) {
                t.join(10_000);
            }
            try (InputStream in = original.openStream()) {
                module.update(in);
            }
        }
        assertEquals("evaluations that found no J3 during an update", List.of(), List.copyOf(missing));
        assertTrue("the deciders ran throughout (" + evaluations.get() + ")", evaluations.get() > 10_000);
        assertTrue(awaitPermit());

        module.stop();
        try {
            assertNoRule(kernel.decide(j3(J3_EVIDENCE)));
        } finally {
            module.start();
        }
        assertTrue(awaitPermit());
    }

    @Test
    public void aRuleSetWithoutCitationsIsRefusedAsAWholeAndItsModuleReportedUnhealthy() throws Exception {
        java.nio.file.Path deploy = java.nio.file.Path.of(context.getProperty("meervoud.deploy.dir"));
        java.nio.file.Path jar = deploy.resolve("slecht.jar");
        java.nio.file.Path temp = java.nio.file.Files.createTempFile("slecht", ".tmp");
        java.nio.file.Files.write(temp, nl.meervoud.itest.fixture.Signing.signed(nl.meervoud.itest.fixture.TestBundles.badRuleModule()));
        java.nio.file.Files.move(temp, jar);
        try {
            assertTrue("the kernel saw and refused the rule set", Await.until(() -> kernel.ruleSets().stream()
                    .anyMatch(s -> s.id().equals("slecht") && !s.actief())));
            PrivacyKernel.RuleSetStatus status = kernel.ruleSets().stream().filter(s -> s.id().equals("slecht")).findFirst().orElseThrow();
            assertEquals("regel X1: geen artikelverwijzing (citatie)", status.reden());
            int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
            assertTrue("the module is reported unhealthy, the core still serves", Await.until(() -> {
                Http.Response health = Http.get(port, "/health");
                return health.status() == 200 && "DEGRADED".equals(health.body().path("status").asText())
                        && health.body().path("deployed").toString().contains("regel X1: geen artikelverwijzing");
            }));
            assertTrue("the core's own rules still decide", kernel.decide(w5()).permitted());
            JsonNode listed = null;
            Http.standaard(Aanmelden.medewerker(context, port));
            for (JsonNode m : Http.get(port, "/api/v1/platform").body().path("modules")) {
                if (m.path("symbolicName").asText().equals(nl.meervoud.itest.fixture.TestBundles.GREETER + ".badrules")) {
                    listed = m;
                }
            }
            assertTrue("the module is listed", listed != null);
            assertEquals("a module whose rule set is refused is not shown as ACTIVE: " + listed, "FAILED", listed.path("state").asText());
            assertTrue(listed.toString(), listed.path("reason").asText().contains("regel X1: geen artikelverwijzing"));
        } finally {
            java.nio.file.Files.deleteIfExists(jar);
        }
        assertTrue("healthy again when the module is gone", Await.until(() -> kernel.ruleSets().stream()
                .noneMatch(s -> s.id().equals("slecht"))));
    }

    @Test
    public void aRuleFileWithUnknownVocabularyIsRefusedNamingTheRuleAndTheModuleIsUnhealthy() throws Exception {
        Bundle module = InFramework.find(context, MODULE);
        URL original = new URL(module.getLocation());
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        assertTrue(awaitPermit());
        try {
            module.update(new ByteArrayInputStream(rewrite(original, "0.1.2.broken",
                    json -> json.replace("\"doelen\": [\n    \"uitvoering\"", "\"doelen\": [\n    \"toezicht\""))));
            InFramework.refresh(context, Set.of(module));
            assertTrue("the core module's failure makes the platform DOWN, naming the rule and field", Await.until(() -> {
                Http.Response health = Http.get(port, "/health");
                return health.status() == 503 && health.body().toString().contains("`doelen` bevat een onbekende waarde `toezicht`");
            }));
            // The old revision's rule set was held for the update; the broken revision brings none, so the hold ends
            // (GRACE_MS after the revision started) and the law is gone.
            assertTrue("the held rule set is withdrawn", Await.until(() -> kernel.ruleSets().stream().noneMatch(s -> s.id().equals("jeugdwet"))));
            assertNoRule(kernel.decide(j3(J3_EVIDENCE)));
            assertTrue("the core rules still decide", kernel.decide(w5()).permitted());
        } finally {
            try (InputStream in = original.openStream()) {
                module.update(in);
            }
            InFramework.refresh(context, Set.of(module));
        }
        assertTrue(awaitPermit());
        assertEquals(200, Http.awaitStatus(port, "/health", 200, Await.DEFAULT).status());
    }

    /** The Jeugdwet module is gone: its secrecy regime is no longer a term any active rule set declares, so nothing permits. */
    private static void assertNoRule(Decision decision) {
        assertEquals(Decision.Effect.DENY, decision.effect());
        assertEquals("", decision.regel());
        assertTrue(decision.redenen().toString(), decision.redenen().stream()
                .anyMatch(r -> r.startsWith("onbekende geheimhouding van de verstrekker `JEUGDWET_7_3_11`")));
    }

    private boolean awaitPermit() {
        return Await.until(() -> kernel.decide(j3(J3_EVIDENCE)).permitted());
    }

    /** The module's jar with J3 requiring NOODZAAK_ONDERBOUWD too, at version 0.1.1.changed. */
    private static byte[] changedModule(URL original) throws IOException {
        return rewrite(original, "0.1.1.changed", json -> json.replace("\"vereist\": [\n    \"GEMOTIVEERD_VERZOEK\"\n   ]",
                "\"vereist\": [\n    \"GEMOTIVEERD_VERZOEK\", \"NOODZAAK_ONDERBOUWD\"\n   ]").replace("\"versie\": \"1.0.0\"", "\"versie\": \"1.0.1\""));
    }

    /** A copy of the module's jar at another version, with its rule file transformed (which must change it). */
    private static byte[] rewrite(URL original, String version, java.util.function.UnaryOperator<String> transform) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(original.openStream())) {
            Manifest manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals("rules/jeugdwet.json")) {
                        String json = new String(content, StandardCharsets.UTF_8);
                        String changed = transform.apply(json);
                        assertTrue("the fixture found what to change in the rule file", !changed.equals(json));
                        content = changed.getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    /** Two threads deciding J3 and W5 continuously, collecting errors and unfounded permits. */
    private final class Concurrent {
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> unfounded = new ConcurrentLinkedQueue<>();
        final AtomicLong decisions = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread[] threads = new Thread[2];

        void start() {
            for (int i = 0; i < threads.length; i++) {
                DecisionRequest request = i == 0 ? j3(J3_EVIDENCE) : w5();
                threads[i] = new Thread(() -> {
                    while (running.get()) {
                        try {
                            Decision d = kernel.decide(request);
                            decisions.incrementAndGet();
                            if (!d.fouten().isEmpty()) {
                                errors.add(d.fouten().toString());
                            }
                            if (d.permitted() && (d.regel().isEmpty() || d.citaties().isEmpty())) {
                                unfounded.add(d.toString());
                            }
                        } catch (RuntimeException e) {
                            errors.add(e.toString());
                        }
                    }
                }, "decider-" + i);
                threads[i].start();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(10_000);
            }
        }
    }
}
