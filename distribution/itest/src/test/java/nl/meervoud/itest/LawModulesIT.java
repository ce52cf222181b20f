// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.meervoud.platform.api.Platform;
import nl.meervoud.privacy.api.PrivacyKernel;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.store.api.Dossiers;

/**
 * The eight law modules of the distribution, coming and going in the running platform (issue 9, "coming and going
 * at runtime"): each module alone beside the Wams core starts, leaves the platform UP and decides over real HTTP
 * ({@code POST /api/v1/privacy/explain}) exactly as its own scenario files say, while every other module's law is
 * gone; all of them together still decide as each module's scenarios say; each hot-deploys on its own through
 * {@code deploy/}; a module stopped in the middle of a
 * running case takes its entry, its re-use row and its roles with it, refused naming the law, while the case
 * already recorded stays; and the Wlz reading of rulebook §8 point 15 is switched by ConfigAdmin.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LawModulesIT {
    private static final String CORE = "nl.meervoud.rules.wams";
    private static final String PREFIX = "nl.meervoud.domain.";
    private static final String[] JSON = { "Content-Type", "application/json", "x-verwerking", "wams-onderzoek" };
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    BundleContext context;

    @Inject
    PrivacyKernel kernel;

    @Inject
    ConfigurationAdmin configAdmin;

    @Inject
    Platform platform;

    @Inject
    ProcessingLog log;

    private Dossiers dossiers;

    @Configuration
    public Option[] configuration() throws IOException {
        return MeervoudDistribution.options(Files.createTempDirectory("meervoud-modules-it"), MeervoudDistribution.freePort());
    }

    private int port() {
        return Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
    }

    @Before
    public void everyModuleRuns() throws Exception {
        Http.standaard(Aanmelden.medewerker(context, port()));
        dossiers = Databases.store(context, configAdmin, platform);
        startAll();
    }

    @After
    public void everyModuleRunsAgain() throws Exception {
        startAll();
    }

    /** The law modules the distribution installs, by symbolic name. */
    private List<Bundle> modules() {
        List<Bundle> found = Stream.of(context.getBundles()).filter(b -> b.getSymbolicName().startsWith(PREFIX)).toList();
        assertEquals("the distribution installs the eight law modules: " + found, 8, found.size());
        return found;
    }

    private void startAll() throws Exception {
        for (Bundle b : modules()) {
            b.start();
        }
        Set<String> all = modules().stream().map(Bundle::getSymbolicName).collect(Collectors.toSet());
        assertTrue("every module's rule set is active again: " + kernel.ruleSets(), Await.until(() -> activeModules().containsAll(all)));
    }

    /** The bundles whose rule sets are in the kernel's index. */
    private Set<String> activeModules() {
        return kernel.ruleSets().stream().filter(PrivacyKernel.RuleSetStatus::actief).map(PrivacyKernel.RuleSetStatus::module)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The module's own scenario files, as its vendor test kit runs them outside OSGi. */
    private static List<JsonNode> scenarios(String module) throws IOException {
        Path dir = Path.of(System.getProperty("meervoud.it.sources", "../.."), "bundles", module, "src/test/resources/scenarios");
        assertTrue("scenarios of " + module + " at " + dir.toAbsolutePath(), Files.isDirectory(dir));
        List<JsonNode> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                MAPPER.readTree(f.toFile()).path("scenarios").forEach(all::add);
            }
        }
        assertTrue("the module has scenarios", !all.isEmpty());
        return all;
    }

    /** Decides a scenario's request over HTTP; the differences from what it expects, empty when it holds. */
    private List<String> check(String module, JsonNode scenario) {
        Http.Exchange answer = Http.send(port(), "POST", "/api/v1/privacy/explain", scenario.path("verzoek").toString(), JSON);
        String name = module + ": " + scenario.path("beschrijving").asText();
        if (answer.status() != 200) {
            return List.of(name + ": " + answer.status() + " " + answer.body());
        }
        JsonNode d = answer.body();
        JsonNode expected = scenario.path("verwacht");
        List<String> differences = new ArrayList<>();
        if (!expected.path("besluit").asText().equals(d.path("besluit").asText())) {
            differences.add(name + ": besluit " + d.path("besluit").asText() + " op `" + d.path("regel").asText() + "`");
        }
        if (expected.has("regel") && !expected.path("regel").asText().equals(d.path("regel").asText())) {
            differences.add(name + ": regel `" + d.path("regel").asText() + "`");
        }
        for (JsonNode c : expected.path("citaties")) {
            if (!d.path("citaties").toString().contains(MAPPER.valueToTree(c.asText()).toString())) {
                differences.add(name + ": citatie " + c.asText() + " ontbreekt in " + d.path("citaties"));
            }
        }
        for (JsonNode m : expected.path("ontbrekend")) {
            if (!d.path("ontbrekend").toString().contains("\"" + m.asText() + "\"")) {
                differences.add(name + ": ontbrekend " + m.asText() + " niet genoemd in " + d.path("ontbrekend"));
            }
        }
        return differences;
    }

    @Test
    public void eachLawModuleAloneBesideTheWamsCoreStartsAndDecidesAsItsScenariosSay() throws Exception {
        Map<String, List<JsonNode>> scenarios = new LinkedHashMap<>();
        for (Bundle b : modules()) {
            scenarios.put(b.getSymbolicName(), scenarios(b.getSymbolicName()));
        }
        List<String> differences = new ArrayList<>();
        for (Bundle alone : modules()) {
            String name = alone.getSymbolicName();
            for (Bundle other : modules()) {
                if (other != alone) {
                    other.stop();
                }
            }
            assertTrue(name + " alone: " + kernel.ruleSets(), Await.until(() -> activeModules().equals(new TreeSet<>(Set.of(CORE, name)))));
            String scope = kernel.ruleSets().stream().filter(s -> s.module().equals(name)).findFirst().orElseThrow().id() + "/";
            Http.Response health = Http.get(port(), "/health");
            assertEquals(name + " alone serves, its stopped siblings named: " + health.body(), 200, health.status());
            assertEquals(name + " alone: " + health.body(), "DEGRADED", health.body().path("status").asText());
            for (Bundle other : modules()) {
                assertEquals(name + " alone: " + health.body(), other != alone,
                        health.body().path("deployed").toString().contains("module:" + other.getSymbolicName()));
            }
            for (ProcessRule rule : kernel.procesregels()) {
                assertTrue(name + " alone, yet the process rule " + rule.id() + " is active",
                        rule.id().startsWith(scope) || rule.id().startsWith("wams-core/"));
            }
            for (JsonNode s : scenarios.get(name)) {
                differences.addAll(check(name, s));
            }
            // Every other module's law is gone: none of its permits is decided by its rules any more.
            for (Map.Entry<String, List<JsonNode>> e : scenarios.entrySet()) {
                if (e.getKey().equals(name)) {
                    continue;
                }
                for (JsonNode s : e.getValue()) {
                    String regel = s.path("verwacht").path("regel").asText();
                    if (!"PERMIT".equals(s.path("verwacht").path("besluit").asText()) || regel.startsWith("wams-core/")) {
                        continue;
                    }
                    Http.Exchange answer = Http.send(port(), "POST", "/api/v1/privacy/explain", s.path("verzoek").toString(), JSON);
                    boolean stillPermitted = answer.status() == 200 && answer.body().path("besluit").asText().equals("PERMIT")
                            && answer.body().path("regel").asText().equals(regel);
                    assertTrue(name + " alone, yet " + regel + " still permits: " + s.path("beschrijving").asText(), !stillPermitted);
                }
            }
            startAll();
        }
        assertEquals("every module alone decides as its own scenarios say", List.of(), differences);
    }

    @Test
    public void allLawModulesTogetherStillDecideAsEachModulesScenariosSay() throws Exception {
        List<String> differences = new ArrayList<>();
        for (Bundle b : modules()) {
            for (JsonNode s : scenarios(b.getSymbolicName())) {
                differences.addAll(check(b.getSymbolicName(), s));
            }
        }
        assertEquals("with every module active no rule of one shadows another's scenario", List.of(), differences);
        assertEquals("UP", Http.get(port(), "/health").body().path("status").asText());
        JsonNode listed = Http.get(port(), "/api/v1/platform").body().path("modules");
        for (Bundle b : modules()) {
            boolean active = false;
            for (JsonNode m : listed) {
                active |= m.path("symbolicName").asText().equals(b.getSymbolicName()) && m.path("state").asText().equals("ACTIVE");
            }
            assertTrue(b.getSymbolicName() + " is listed ACTIVE in /api/v1/platform: " + listed, active);
        }
    }

    /**
     * Each module is hot-deployable on its own: taken out of the running distribution, dropped into {@code deploy/}
     * as an integrator does (written elsewhere, then moved), it becomes active from {@code deploy}, its rule set
     * enters the index and its own scenarios decide as they say; removed from {@code deploy/}, its law is gone.
     */
    @Test
    public void eachLawModuleHotDeploysOnItsOwnThroughTheDeployDirectory() throws Exception {
        Path deploy = Path.of(context.getProperty("meervoud.deploy.dir"));
        List<String> differences = new ArrayList<>();
        for (Bundle module : modules()) {
            String name = module.getSymbolicName();
            String location = module.getLocation();
            byte[] jar;
            try (java.io.InputStream in = new java.net.URL(location).openStream()) {
                jar = in.readAllBytes();
            }
            module.uninstall();
            InFramework.refresh(context, Set.of(module));
            assertTrue(name + " uninstalled", Await.until(() -> !activeModules().contains(name)));

            Path temp = Files.createTempFile("module", ".tmp");
            Files.write(temp, nl.meervoud.itest.fixture.Signing.signed(jar));
            Path deployed = deploy.resolve(name + ".jar");
            Files.move(temp, deployed);
            try {
                assertTrue(name + " runs from deploy/: " + Http.get(port(), "/api/v1/platform").body(), Await.until(() -> {
                    for (JsonNode m : Http.get(port(), "/api/v1/platform").body().path("modules")) {
                        if (m.path("symbolicName").asText().equals(name)) {
                            return m.path("state").asText().equals("ACTIVE") && m.path("source").asText().equals("deploy");
                        }
                    }
                    return false;
                }));
                assertTrue(name + "'s rule set is in the index", Await.until(() -> activeModules().contains(name)));
                for (JsonNode sc : scenarios(name)) {
                    differences.addAll(check(name, sc));
                }
            } finally {
                Files.delete(deployed);
            }
            assertTrue(name + " leaves with its file", Await.until(() -> InFramework.find(context, name) == null && !activeModules().contains(name)));

            Bundle again = context.installBundle(location, new java.io.ByteArrayInputStream(jar));
            again.start();
        }
        assertEquals("every module hot-deployed on its own decides as its scenarios say", List.of(), differences);
    }

    @Test
    public void aLawModuleStoppedInTheMiddleOfACaseTakesItsLawAndLeavesTheCase() throws Exception {
        String bsn = "300000091";
        dossiers.byBetrokkene(bsn).forEach(d -> dossiers.delete(d.soort(), d.id()));
        String hulpvraag = "{\"route\": \"WMO_2_3A_1\", \"verzoekdatum\": \"2026-11-02\", \"hulpvraagWet\": \"Participatiewet\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", \"client\": "
                + "{\"bsn\": \"" + bsn + "\", \"naam\": \"Test\", \"geboortedatum\": \"1980-01-01\"}, \"reikwijdte\": {\"domeinen\": "
                + "[\"inkomen\", \"zorg\"]}, \"vermoedenMeervoudigeProblematiek\": true}";
        Http.Exchange created = Http.send(port(), "POST", "/api/v1/onderzoeken", hulpvraag, JSON);
        assertEquals(created.body().toString(), 201, created.status());
        String id = created.body().path("id").asText();
        assertEquals("participatiewet/P-1", created.body().at("/ingang/regel").asText());
        String hergebruik = "{\"wet\": \"Participatiewet\", \"betrokkene\": \"" + bsn + "\", \"gegevens\": [\"FINANCIEEL\"], "
                + "\"domein\": \"inkomen\", \"waarom\": \"inkomen uit de bijstandsaanvraag\", \"op\": \"2026-11-05\"}";
        String zorgkantoor = "{\"onderzoek\": \"" + id + "\", \"partij\": {\"id\": \"zorgkantoor\", \"naam\": \"Zorgkantoor\", "
                + "\"rol\": \"WLZ_UITVOERDER\", \"bsnBevoegd\": true}, \"betrokkene\": \"" + bsn + "\", \"gegevens\": [\"GEZONDHEID\"], "
                + "\"motivering\": {\"doel\": \"welke Wlz-zorg loopt\", \"domein\": \"zorg\", \"waarom\": \"aansluiten op de Wlz\", "
                + "\"metWie\": \"het college\"}}";
        Bundle participatiewet = InFramework.find(context, "nl.meervoud.domain.participatiewet");
        Bundle wlz = InFramework.find(context, "nl.meervoud.domain.wlz");
        Http.Exchange eerder = Http.send(port(), "POST", "/api/v1/verstrekkingsverzoeken", zorgkantoor, JSON);
        assertEquals(eerder.body().toString(), 201, eerder.status());
        String verzoek = eerder.body().path("id").asText();

        participatiewet.stop();
        wlz.stop();
        assertTrue(Await.until(() -> !activeModules().contains(participatiewet.getSymbolicName()) && !activeModules().contains(wlz.getSymbolicName())));

        Http.Exchange nieuw = Http.send(port(), "POST", "/api/v1/onderzoeken", hulpvraag.replace(bsn, "300000108"), JSON);
        assertEquals("no Participatiewet entry without its module: " + nieuw.body(), 422, nieuw.status());
        assertTrue(nieuw.body().toString(), nieuw.body().path("detail").asText().contains("Participatiewet"));

        Http.Exchange zonderRij = Http.send(port(), "POST", "/api/v1/onderzoeken/" + id + "/hergebruik", hergebruik, JSON);
        assertTrue("no re-use of Participatiewet records without the module's P-2: " + zonderRij.body(),
                zonderRij.status() == 400 || zonderRij.status() == 403);
        assertTrue(zonderRij.body().toString(), zonderRij.body().toString().contains("Participatiewet"));

        Http.Exchange zonderRol = Http.send(port(), "POST", "/api/v1/verstrekkingsverzoeken", zorgkantoor, JSON);
        assertTrue("no Wlz-uitvoerder without the Wlz module: " + zonderRol.body(), zonderRol.status() == 400 || zonderRol.status() == 403);
        assertTrue(zonderRol.body().toString(), zonderRol.body().toString().contains("WLZ_UITVOERDER"));

        Http.Exchange bestaand = Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null, JSON);
        assertEquals("the case entered under the module stays: " + bestaand.body(), 200, bestaand.status());
        assertEquals("participatiewet/P-1", bestaand.body().at("/ingang/regel").asText());
        assertEquals("the request already sent stays", 200,
                Http.send(port(), "GET", "/api/v1/verstrekkingsverzoeken/" + verzoek, null, JSON).status());

        participatiewet.start();
        wlz.start();
        assertTrue(Await.until(() -> activeModules().contains(participatiewet.getSymbolicName()) && activeModules().contains(wlz.getSymbolicName())));
        Http.Exchange weer = Http.send(port(), "POST", "/api/v1/onderzoeken/" + id + "/hergebruik", hergebruik, JSON);
        assertEquals(weer.body().toString(), 201, weer.status());
        assertEquals("participatiewet/P-2", weer.body().at("/hergebruik/regel").asText());
        Http.Exchange weerRol = Http.send(port(), "POST", "/api/v1/verstrekkingsverzoeken", zorgkantoor, JSON);
        assertEquals(weerRol.body().toString(), 201, weerRol.status());
    }

    @Test
    public void theStrictWlzReadingIsTheOperatorsChoiceAndGoesWithItsConfiguration() throws Exception {
        JsonNode l1 = scenarios("nl.meervoud.domain.wlz").stream().filter(s -> "wlz/L1".equals(s.path("verwacht").path("regel").asText())
                && "PERMIT".equals(s.path("verwacht").path("besluit").asText())).findFirst().orElseThrow();
        assertEquals("the memorandum's reading by default", List.of(), check("wlz", l1));
        assertTrue(kernel.ruleSets().stream().noneMatch(s -> s.id().equals("wlz-toestemming")));

        org.osgi.service.cm.Configuration c = configAdmin.getConfiguration("nl.meervoud.domain.wlz", "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("toestemmingOokVoorOnderzoek", true);
        c.update(p);
        try {
            assertTrue("the strict reading adds its rule set", Await.until(() -> kernel.ruleSets().stream()
                    .anyMatch(s -> s.id().equals("wlz-toestemming") && s.actief())));
            JsonNode strict = explain(l1.path("verzoek"));
            assertEquals(strict.toString(), "DENY", strict.path("besluit").asText());
            assertEquals("wlz-toestemming/L1-toestemming", strict.path("regel").asText());
            assertTrue(strict.toString(), strict.path("citaties").toString().contains("Wlz art. 9.1.3 lid 3"));

            com.fasterxml.jackson.databind.node.ObjectNode metToestemming = l1.path("verzoek").deepCopy();
            ((com.fasterxml.jackson.databind.node.ArrayNode) metToestemming.path("bewijs")).add("TOESTEMMING_VERZEKERDE");
            JsonNode toegestaan = explain(metToestemming);
            assertEquals(toegestaan.toString(), "PERMIT", toegestaan.path("besluit").asText());
            assertEquals("wlz/L1", toegestaan.path("regel").asText());
        } finally {
            c.delete();
        }
        assertTrue("deleting the configuration takes the strict reading away", Await.until(() -> kernel.ruleSets().stream()
                .noneMatch(s -> s.id().equals("wlz-toestemming"))));
        assertEquals(List.of(), check("wlz", l1));
    }

    /**
     * Issue 10 §3: a municipality's own settings. Diemen (0384) switches the Jeugdwet module off, keeps its
     * melddossiers six months and gives resident melders feedback. For its staff the module's law is gone (its
     * decisions, its rule set in the kernel and in the register) while the installation's other municipality keeps
     * it; deleting the configuration brings the law back for Diemen too.
     */
    @Test
    public void aMunicipalityThatSwitchedALawModuleOffMeetsNoneOfItsLawAndKeepsItsOwnTerms() throws Exception {
        String module = "nl.meervoud.domain.jeugdwet";
        JsonNode permit = scenarios(module).stream().filter(s -> "PERMIT".equals(s.path("verwacht").path("besluit").asText())
                && s.path("verwacht").path("regel").asText().startsWith("jeugdwet/")).findFirst().orElseThrow();
        Set<String> eigen = kernel.ruleSets().stream().filter(r -> r.module().equals(module)).map(PrivacyKernel.RuleSetStatus::id)
                .collect(Collectors.toSet());
        assertFalse(eigen.isEmpty());
        String medewerker = Aanmelden.alsIn(context, port(), "diemen-medewerker", "0384", nl.meervoud.auth.api.Functie.MELDPUNTMEDEWERKER,
                nl.meervoud.auth.api.Functie.CONSULENT);
        String fg = Aanmelden.alsIn(context, port(), "diemen-fg", "0384", nl.meervoud.auth.api.Functie.PRIVACYFUNCTIONARIS);
        nl.meervoud.platform.api.Gemeenten gemeenten = context.getService(context.getServiceReference(nl.meervoud.platform.api.Gemeenten.class));

        org.osgi.service.cm.Configuration c = configAdmin.getFactoryConfiguration(nl.meervoud.platform.api.Gemeenten.PID, "0384", "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("gemeente", "0384");
        p.put("naam", "Diemen");
        p.put("melddossierMaanden", 6);
        p.put("melderTerugkoppelingBurgers", "ja");
        p.put("modulesUit", new String[] { module });
        c.update(p);
        try {
            assertTrue("the settings arrive", Await.until(() -> gemeenten.van("0384").modulesUit().contains(module)));
            assertEquals("Diemen", gemeenten.van("0384").naam());

            JsonNode diemen = explain(permit.path("verzoek"), medewerker);
            assertFalse("Diemen meets none of the module's law: " + diemen, diemen.path("regel").asText().startsWith("jeugdwet/"));
            assertEquals("the default municipality still does", List.of(), check(module, permit));
            assertTrue("its rule sets are out of Diemen's kernel", kernel.voorGemeente("0384").actieveRegelsets().stream().noneMatch(r -> eigen.contains(r.id())));
            assertTrue("and in the installation's", kernel.actieveRegelsets().stream().anyMatch(r -> eigen.contains(r.id())));
            assertTrue("its process rules too", kernel.voorGemeente("0384").procesregels().stream().noneMatch(r -> r.id().startsWith("jeugdwet/")));
            assertTrue(kernel.procesregels().stream().anyMatch(r -> r.id().startsWith("jeugdwet/")));

            Http.Exchange register = Http.send(port(), "GET", "/api/v1/verwerkingsregister", null, "Authorization", fg);
            assertEquals(register.body().toString(), 200, register.status());
            Set<String> sets = new TreeSet<>();
            register.body().path("regelsets").forEach(r -> sets.add(r.path("id").asText()));
            assertFalse("Diemen's register has the Wams rules", sets.isEmpty());
            assertTrue("and not the module's: " + sets, sets.stream().noneMatch(eigen::contains));

            String melding = "{\"ontvangen\": \"2026-11-20\", \"melder\": {\"soort\": \"BURGER\", \"naam\": \"M\", \"contact\": \"06\"}, "
                    + "\"gemelde\": {\"naam\": \"G. de Vries\", \"adres\": \"Kade 2\"}, \"zorg\": \"verwaarlozing\", \"ingezetene\": true}";
            Http.Exchange m = Http.send(port(), "POST", "/api/v1/meldingen", melding, "Content-Type", "application/json", "Authorization", medewerker,
                    "x-verwerking", "wams-meldpunt");
            assertEquals(m.body().toString(), 201, m.status());
            assertEquals("Diemen keeps a melddossier six months (Wmo 2015 art. 5.5.4 lid 1)", "2027-05-20", m.body().get("bewarenTot").asText());
            Http.Exchange terug = Http.send(port(), "POST", m.body().at("/_links/self/href").asText() + "/terugkoppeling",
                    "{\"soort\": \"IN_BEHANDELING_GENOMEN\"}", "Content-Type", "application/json", "Authorization", medewerker, "x-verwerking", "wams-meldpunt");
            assertEquals("and informs resident melders too: " + terug.body(), 200, terug.status());
            String self = m.body().at("/_links/self/href").asText();
            assertTrue(dossiers.voorGemeente("0384").delete(Dossiers.Soort.MELDING, java.util.UUID.fromString(self.substring(self.lastIndexOf('/') + 1))));
        } finally {
            c.delete();
        }
        assertTrue("without its configuration Diemen has the installation's settings", Await.until(() -> gemeenten.van("0384").modulesUit().isEmpty()));
        JsonNode terug = explain(permit.path("verzoek"), medewerker);
        assertEquals("and the module's law again: " + terug, permit.path("verwacht").path("regel").asText(), terug.path("regel").asText());
    }

    /**
     * A municipality's settings the law does not allow (a melddossier kept 13 months: Wmo 2015 art. 5.5.4 lid 1 says
     * 6 to 12) are refused, and the municipality is not served under the installation's settings instead: those may
     * apply a law it switched off. /health degrades and names the file and the article, every decision for Diemen is
     * a recorded DENY naming the refusal, the installation's other municipality is served as before, and mending the
     * file serves Diemen again.
     */
    @Test
    public void aMunicipalityWhoseSettingsAreRefusedIsNotServedUntilTheyAreMendedAndHealthSaysWhy() throws Exception {
        JsonNode permit = scenarios("nl.meervoud.domain.jeugdwet").stream().filter(s -> "PERMIT".equals(s.path("verwacht").path("besluit").asText())
                && s.path("verwacht").path("regel").asText().startsWith("jeugdwet/")).findFirst().orElseThrow();
        String medewerker = Aanmelden.alsIn(context, port(), "diemen-geweigerd", "0384", nl.meervoud.auth.api.Functie.MELDPUNTMEDEWERKER,
                nl.meervoud.auth.api.Functie.CONSULENT);
        nl.meervoud.platform.api.Gemeenten gemeenten = context.getService(context.getServiceReference(nl.meervoud.platform.api.Gemeenten.class));
        String melding = "{\"ontvangen\": \"2026-11-20\", \"melder\": {\"soort\": \"BURGER\", \"naam\": \"M\", \"contact\": \"06\"}, "
                + "\"gemelde\": {\"naam\": \"G. de Vries\", \"adres\": \"Kade 2\"}, \"zorg\": \"verwaarlozing\", \"ingezetene\": true}";

        org.osgi.service.cm.Configuration c = configAdmin.getFactoryConfiguration(nl.meervoud.platform.api.Gemeenten.PID, "0384-fout", "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("gemeente", "0384");
        p.put("melddossierMaanden", 13);
        c.update(p);
        try {
            assertTrue("the refusal arrives", Await.until(() -> gemeenten.geweigerd("0384") != null));
            assertTrue(gemeenten.geweigerd("0384"), gemeenten.geweigerd("0384").contains("Wmo 2015 art. 5.5.4 lid 1"));
            assertEquals("another municipality is not touched", null, gemeenten.geweigerd("0363"));

            Http.Response health = Http.get(port(), "/health");
            assertEquals("the platform still serves the others", 200, health.status());
            assertEquals(health.body().toString(), "DEGRADED", health.body().path("status").asText());
            assertTrue("health names the municipality and the article: " + health.body(), health.body().toString().contains("gemeente:0384")
                    && health.body().toString().contains("Wmo 2015 art. 5.5.4 lid 1"));

            JsonNode diemen = explain(permit.path("verzoek"), medewerker);
            assertEquals(diemen.toString(), "DENY", diemen.path("besluit").asText());
            assertTrue(diemen.toString(), diemen.path("redenen").toString().contains("zijn geweigerd"));
            assertEquals("the default municipality is served as before", List.of(), check("nl.meervoud.domain.jeugdwet", permit));

            Http.Exchange m = Http.send(port(), "POST", "/api/v1/meldingen", melding, "Content-Type", "application/json", "Authorization",
                    medewerker, "x-verwerking", "wams-meldpunt");
            assertEquals(m.body().toString(), 403, m.status());
            assertTrue(m.body().toString(), m.body().toString().contains("geweigerd"));
            assertTrue("the refusal is a recorded decision", log.byActiviteit("wams-meldpunt", new ProcessingLog.Venster(0, 50, true)).records()
                    .stream().anyMatch(r -> "DENY".equals(r.besluit()) && r.reden().contains("gemeente 0384 zijn geweigerd")));

            p.put("melddossierMaanden", 6);
            c.update(p);
            assertTrue("mended, the refusal goes", Await.until(() -> gemeenten.geweigerd("0384") == null));
            Http.Exchange weer = Http.send(port(), "POST", "/api/v1/meldingen", melding, "Content-Type", "application/json", "Authorization",
                    medewerker, "x-verwerking", "wams-meldpunt");
            assertEquals("and Diemen is served again: " + weer.body(), 201, weer.status());
            String self = weer.body().at("/_links/self/href").asText();
            assertTrue(dossiers.voorGemeente("0384").delete(Dossiers.Soort.MELDING, java.util.UUID.fromString(self.substring(self.lastIndexOf('/') + 1))));
        } finally {
            c.delete();
        }
        assertTrue(Await.until(() -> gemeenten.geweigerd("0384") == null && gemeenten.van("0384").melddossierMaanden() == null));
    }

    private JsonNode explain(JsonNode verzoek, String authorization) {
        Http.Exchange answer = Http.send(port(), "POST", "/api/v1/privacy/explain", verzoek.toString(), "Content-Type", "application/json",
                "x-verwerking", "wams-onderzoek", "Authorization", authorization);
        assertEquals(answer.body().toString(), 200, answer.status());
        return answer.body();
    }

    private JsonNode explain(JsonNode verzoek) {
        Http.Exchange answer = Http.send(port(), "POST", "/api/v1/privacy/explain", verzoek.toString(), JSON);
        assertEquals(answer.body().toString(), 200, answer.status());
        return answer.body();
    }
}
