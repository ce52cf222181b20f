// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

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

import nl.meervoud.privacy.api.PrivacyKernel;

/**
 * Issue 8 §6: a module built from the archetype, outside this build's own bundles (bundles/nl.meervoud.archetype
 * generates "kansspel-module" by the vendor GemeenteSoft B.V. and builds it with its own Maven against the vendor
 * kit), brings a law (Wet op de kansspelen), a condition (SPEELVERBOD_GEREGISTREERD) and a route (KANSSPEL_SIGNAAL)
 * the platform has never seen. Dropped into deploy/ of a running distribution it decides and changes the process;
 * removed, it leaves no bundle, service, rule set, term or route behind.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleTemplateIT {
    private static final String[] JSON = { "Content-Type", "application/json", "x-verwerking", "wams-onderzoek" };
    private static final String SYMBOLIC_NAME = "kansspel-module";

    @Inject
    BundleContext context;

    @Inject
    PrivacyKernel kernel;

    @Configuration
    public Option[] configuration() throws IOException {
        return MeervoudDistribution.options(Files.createTempDirectory("meervoud-template-it"), MeervoudDistribution.freePort());
    }

    private int port() {
        return Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
    }

    private static Path templateModule() {
        Path jar = Path.of(System.getProperty("meervoud.it.templateModule", "missing"));
        assertTrue("the archetype's IT builds the module first: " + jar, Files.isRegularFile(jar));
        return jar;
    }

    private static String explain(String bewijs) {
        return "{\"van\": {\"rol\": \"COLLEGE\", \"id\": \"gemeente\", \"law\": \"Wet op de kansspelen\", \"domein\": \"SOCIAAL\"}, "
                + "\"naar\": {\"rol\": \"COLLEGE\", \"id\": \"gemeente\", \"law\": \"Wmo 2015\", \"domein\": \"SOCIAAL\"}, "
                + "\"doel\": \"onderzoek-2.3a.4\", \"route\": \"KANSSPEL_SIGNAAL\", \"gegevens\": [\"FINANCIEEL\"], "
                + "\"bewijs\": [" + bewijs + "], \"betrokkenen\": [\"persoon-1\"]}";
    }

    private static final String ONDERZOEK = "{\"route\": \"KANSSPEL_SIGNAAL\", \"hulpvraagWet\": \"Wet op de kansspelen\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", "
            + "\"verzoekdatum\": \"2026-11-02\", \"aanleiding\": \"speelschulden en zorgen om de kinderen\", "
            + "\"client\": {\"bsn\": \"999999990\", \"naam\": \"Test\", \"geboortedatum\": \"1980-01-01\"}}";

    @Test
    public void aVendorsModuleFromTheTemplateDecidesChangesTheProcessAndLeavesNoTrace() throws Exception {
        Http.standaard(Aanmelden.medewerker(context, port()));
        assertEquals(200, Http.awaitStatus(port(), "/api/v1/onderzoeken", 200, Await.DEFAULT).status());
        int bundlesBefore = context.getBundles().length;
        int servicesBefore = context.getAllServiceReferences(null, null).length;
        Http.Exchange before = Http.send(port(), "POST", "/api/v1/onderzoeken", ONDERZOEK, JSON);
        assertEquals("unknown before: " + before.body(), 422, before.status());

        Path deployed = Path.of(context.getProperty("meervoud.deploy.dir")).resolve("kansspel-module.jar");
        // Signed by the vendor as the vendor guide says, then dropped in whole (written elsewhere, then moved).
        Path signed = Files.createTempFile("kansspel-module", ".tmp");
        Files.write(signed, nl.meervoud.itest.fixture.Signing.signed(Files.readAllBytes(templateModule())));
        Files.move(signed, deployed, StandardCopyOption.REPLACE_EXISTING);
        assertTrue("the vendor's rule set becomes active", Await.until(() -> kernel.ruleSets().stream()
                .anyMatch(s -> s.id().equals("kansspel") && s.actief())));
        Bundle module = Arrays.stream(context.getBundles()).filter(b -> SYMBOLIC_NAME.equals(b.getSymbolicName())).findFirst().orElseThrow();
        assertEquals("the vendor's name is in its headers", "GemeenteSoft B.V.", module.getHeaders().get("Bundle-Vendor"));

        // It decides: the new condition is asked for, and permits with its evidence.
        Http.Exchange permit = Http.send(port(), "POST", "/api/v1/privacy/explain",
                explain("\"NOODZAAK_ONDERBOUWD\", \"SPEELVERBOD_GEREGISTREERD\""), JSON);
        assertEquals(permit.body().toString(), "PERMIT", permit.body().get("besluit").asText());
        assertEquals("kansspel/M2", permit.body().get("regel").asText());
        assertTrue(permit.body().get("citaties").toString().contains("Wet op de kansspelen art. 2"));
        Http.Exchange deny = Http.send(port(), "POST", "/api/v1/privacy/explain", explain("\"NOODZAAK_ONDERBOUWD\""), JSON);
        assertEquals(deny.body().toString(), "DENY", deny.body().get("besluit").asText());
        assertEquals("[\"SPEELVERBOD_GEREGISTREERD\"]", deny.body().get("ontbrekend").toString());

        // It changes the process: its trigger starts an investigation on its route, on its own term.
        Http.Exchange created = Http.send(port(), "POST", "/api/v1/onderzoeken", ONDERZOEK, JSON);
        assertEquals(created.body().toString(), 201, created.status());
        assertEquals("KANSSPEL_SIGNAAL", created.body().at("/ingang/route").asText());
        assertEquals("kansspel/M3", created.body().at("/ingang/regel").asText());
        assertEquals("WMO_2_3A_4", created.body().at("/proces/route").asText());
        assertEquals("GESTART", created.body().at("/proces/toestand").asText());
        assertEquals("the module's own term", "kansspel/M4", created.body().at("/termijnGrondslag/regel").asText());
        assertEquals("2026-12-28", created.body().get("termijn").asText());

        // Removed: nothing of it is left.
        Files.delete(deployed);
        assertTrue("the bundle is uninstalled", Await.until(() -> Arrays.stream(context.getBundles())
                .noneMatch(b -> SYMBOLIC_NAME.equals(b.getSymbolicName()))));
        InFramework.refresh(context, null);
        assertTrue("its rule set is gone", Await.until(() -> kernel.ruleSets().stream().noneMatch(s -> s.id().equals("kansspel"))));
        assertEquals(bundlesBefore, context.getBundles().length);
        assertEquals("no service of it remains", servicesBefore, context.getAllServiceReferences(null, null).length);
        Http.Exchange after = Http.send(port(), "POST", "/api/v1/privacy/explain", explain("\"NOODZAAK_ONDERBOUWD\", \"SPEELVERBOD_GEREGISTREERD\""), JSON);
        assertEquals("DENY", after.body().get("besluit").asText());
        assertTrue(after.body().toString(), after.body().get("redenen").toString().contains("geen actieve regelset"));
        Http.Exchange again = Http.send(port(), "POST", "/api/v1/onderzoeken", ONDERZOEK.replace("999999990", "555555550"), JSON);
        assertEquals(again.body().toString(), 422, again.status());
        assertTrue(again.body().get("detail").asText().contains("`Wet op de kansspelen`"));
        assertFalse("no process rule of it remains", kernel.procesregels().stream().anyMatch(r -> r.id().startsWith("kansspel/")));
    }

    /**
     * No leaks (issue 11 §3): 100 install, start, uninstall and refresh cycles of the vendor's module leave exactly
     * one wiring in use per live bundle revision, no bundle waiting for removal, no service and no rule set of it.
     */
    @Test
    public void aHundredInstallUninstallCyclesLeaveOneWiringPerLiveRevision() throws Exception {
        byte[] jar = Files.readAllBytes(templateModule());
        int bundlesBefore = context.getBundles().length;
        int servicesBefore = context.getAllServiceReferences(null, null).length;
        int ruleSetsBefore = kernel.ruleSets().size();
        java.lang.ref.WeakReference<ClassLoader> firstLoader = null;
        for (int i = 0; i < 100; i++) {
            Bundle module = context.installBundle("test:kansspel-cycle", new java.io.ByteArrayInputStream(jar));
            module.start();
            assertEquals(Bundle.ACTIVE, module.getState());
            if (firstLoader == null) {
                firstLoader = new java.lang.ref.WeakReference<>(module.adapt(org.osgi.framework.wiring.BundleWiring.class).getClassLoader());
            }
            module.uninstall();
            InFramework.refresh(context, java.util.Set.of(module));
        }
        assertTrue("its rule set is gone", Await.until(() -> kernel.ruleSets().size() == ruleSetsBefore));
        org.osgi.framework.wiring.FrameworkWiring wiring = context.getBundle(0).adapt(org.osgi.framework.wiring.FrameworkWiring.class);
        assertEquals("no bundle waits for removal", java.util.List.of(), java.util.List.copyOf(wiring.getRemovalPendingBundles()));
        assertEquals(bundlesBefore, context.getBundles().length);
        assertEquals("no service of it remains", servicesBefore, context.getAllServiceReferences(null, null).length);
        int wiringsInUse = 0;
        int liveRevisions = 0;
        for (Bundle bundle : context.getBundles()) {
            for (org.osgi.framework.wiring.BundleRevision revision : bundle.adapt(org.osgi.framework.wiring.BundleRevisions.class).getRevisions()) {
                liveRevisions++;
                if (revision.getWiring() != null && revision.getWiring().isInUse()) {
                    wiringsInUse++;
                }
            }
            assertEquals(bundle.getSymbolicName() + " keeps one revision", 1,
                    bundle.adapt(org.osgi.framework.wiring.BundleRevisions.class).getRevisions().size());
        }
        // Nothing keeps the first revision's classes: its class loader can be collected (so metaspace stays flat).
        for (int i = 0; i < 20 && firstLoader.get() != null; i++) {
            System.gc();
            Thread.sleep(100);
        }
        assertTrue("the first cycle's class loader was collected: nothing holds its classes", firstLoader.get() == null);
        long resolved = java.util.Arrays.stream(context.getBundles()).filter(b -> b.getState() != Bundle.INSTALLED).count();
        assertEquals("one revision per bundle", context.getBundles().length, liveRevisions);
        assertEquals("one wiring in use per resolved bundle", resolved, wiringsInUse);
    }
}
