// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import nl.meervoud.auth.api.Functie;
import nl.meervoud.privacy.api.PrivacyKernel;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.ProcessingRecord;
import nl.meervoud.store.api.Dossiers;

/**
 * The case API /api/v1 over real HTTP against the running distribution, on H2 and (with {@code -Ppostgresql}) on
 * PostgreSQL: the walkthrough in docs/walkthrough.md as written, bad input, kernel denials, conflicts,
 * pagination, the OpenAPI document against the live routes, inzage and the retention job.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CasusApiIT {
    private static final String[] JSON = { "Content-Type", "application/json", "x-verwerking", "wams-onderzoek" };
    private static final String CLIENT = "{\"bsn\": \"%s\", \"naam\": \"Test\", \"geboortedatum\": \"1980-01-01\"}";

    @Inject
    BundleContext context;

    @Inject
    ConfigurationAdmin configAdmin;

    @Inject
    nl.meervoud.platform.api.Platform platform;

    @Inject
    CommandProcessor shell;

    @Inject
    ProcessingLog log;

    private Dossiers dossiers;

    @Configuration
    public Option[] configuration() throws IOException {
        return MeervoudDistribution.options(Files.createTempDirectory("meervoud-api-it"), MeervoudDistribution.freePort());
    }

    private int port() {
        return Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
    }

    @Before
    public void database() throws Exception {
        Http.standaard(Aanmelden.medewerker(context, port()));
        dossiers = Databases.store(context, configAdmin, platform);
        assertEquals("the API serves on the store under test", 200,
                Http.awaitStatus(port(), "/api/v1/onderzoeken", 200, Await.DEFAULT).status());
    }

    private Http.Exchange post(String path, String body) {
        return Http.send(port(), "POST", path, body, JSON);
    }

    /** Removes what earlier runs on a shared database left about these people, so that inzage shows this run. */
    private void forget(String... bsns) {
        for (String bsn : bsns) {
            dossiers.byBetrokkene(bsn).forEach(d -> dossiers.delete(d.soort(), d.id()));
        }
    }

    private String nieuwOnderzoek(String bsn) {
        return nieuwOnderzoekOp(bsn, "2026-11-02");
    }

    @Test
    public void theWalkthroughRunsAsWritten() throws Exception {
        forget("111222333", "123456782", "300000054", "300000066", "300000078");
        Path doc = Path.of(System.getProperty("meervoud.it.docs", "../../docs"), "walkthrough.md");
        List<Walkthrough.Step> steps = Walkthrough.steps(doc);
        assertTrue("the walkthrough has its steps", steps.size() >= 20);
        Walkthrough walkthrough = new Walkthrough().met("mark", Aanmelden.als(context, port(), "mark", "123456782", Functie.BURGER));
        assertEquals(steps.size(), walkthrough.run(port(), steps));
    }

    /**
     * The access matrix over the walkthrough (issue 10, "Proof"): every step, before the staff member takes it, is
     * tried by the operator, the privacy officer, a party's professional and a resident, whose functions do not
     * give it; none succeeds, nothing they try changes the case (the step then works as written), and every attempt
     * the kernel gates is a refused decision in the processing log naming them by pseudonym, never a permit.
     */
    @Test
    public void noOneOutsideTheirFunctionsSucceedsAnywhereInTheWalkthrough() throws Exception {
        forget("111222333", "123456782", "300000054", "300000066", "300000078");
        Path doc = Path.of(System.getProperty("meervoud.it.docs", "../../docs"), "walkthrough.md");
        Map<String, String> outsiders = new java.util.LinkedHashMap<>();
        outsiders.put("beheerder", Aanmelden.als(context, port(), "matrix-beheer", "", Functie.BEHEERDER));
        outsiders.put("fg", Aanmelden.als(context, port(), "matrix-fg", "", Functie.PRIVACYFUNCTIONARIS));
        String professional = gebruikers().aanmaken("matrix-prof", java.util.Set.of(Functie.PROFESSIONAL), "", "ggd", "");
        outsiders.put("professional", Aanmelden.login(port(), "matrix-prof", professional, Aanmelden.WACHTWOORD));
        outsiders.put("burger", Aanmelden.als(context, port(), "matrix-burger", "300000157", Functie.BURGER));
        // Issue 10 §3: staff of another municipality, with every function the walkthrough's staff member has.
        outsiders.put("andere-gemeente", Aanmelden.alsIn(context, port(), "matrix-utrecht", "0344", Functie.MELDPUNTMEDEWERKER, Functie.CONSULENT,
                Functie.COORDINATOR));
        // and its privacy officer and operator: another municipality's log and files are not theirs either
        outsiders.put("fg-andere-gemeente", Aanmelden.alsIn(context, port(), "matrix-utrecht-fg", "0344", Functie.PRIVACYFUNCTIONARIS));
        outsiders.put("beheer-andere-gemeente", Aanmelden.alsIn(context, port(), "matrix-utrecht-beheer", "0344", Functie.BEHEERDER));
        Walkthrough walkthrough = new Walkthrough().met("mark", Aanmelden.als(context, port(), "mark", "123456782", Functie.BURGER))
                // the privacy officer reads a case's processing log: that is the FG's own step; another municipality
                // may start an investigation of its own (for the same person, in its own files)
                .buiten(outsiders, (who, line) -> who.equals("fg") && line.startsWith("GET ") && line.contains("/verwerkingen")
                        || who.equals("andere-gemeente") && line.trim().equals("POST /api/v1/onderzoeken"));
        List<Walkthrough.Step> steps = Walkthrough.steps(doc);
        assertEquals(steps.size(), walkthrough.run(port(), steps));
        assertTrue("every step was tried by the outsiders: " + walkthrough.refusals(), walkthrough.refusals() >= 6 * (steps.size() - 2));
        int refusedByKernel = 0;
        for (String bsn : List.of("111222333", "123456782", "300000054", "300000066", "300000078")) {
            for (nl.meervoud.privacy.api.ProcessingRecord r : log.byBetrokkene(bsn)) {
                boolean outsider = (r.uitvoerder() + " " + r.afnemer()).contains("FUNCTIE_");
                assertFalse("no outsider is ever permitted: " + r, outsider && !r.besluit().equals("DENY"));
                if (outsider) {
                    refusedByKernel++;
                    assertFalse("named by pseudonym: " + r, (r.uitvoerder() + r.afnemer()).contains("matrix-"));
                }
            }
        }
        assertTrue("the refused attempts are kernel decisions on record: " + refusedByKernel, refusedByKernel >= steps.size());
        for (String bsn : List.of("111222333", "123456782", "300000054", "300000066", "300000078")) {
            for (nl.meervoud.privacy.api.ProcessingRecord r : log.byBetrokkene(bsn)) {
                if ((r.uitvoerder() + " " + r.afnemer()).contains(":0344/") && !r.zaak().isEmpty()) {
                    assertEquals("the other municipality processed nothing in this municipality's case: " + r, "0344",
                            dossiers.find(Dossiers.Soort.ONDERZOEK, UUID.fromString(r.zaak())).map(Dossiers.Dossier::gemeente).orElse("0344"));
                }
            }
        }
    }

    private nl.meervoud.auth.api.Gebruikers gebruikers() {
        return context.getService(context.getServiceReference(nl.meervoud.auth.api.Gebruikers.class));
    }

    /**
     * Issue 10 §3, several municipalities working together: Diemen (0384) has its meldpunt run by Amsterdam's (0363).
     * Amsterdam's meldpunt staff then work for Diemen with `x-gemeente: 0384`, in that function only; what they register is
     * Diemen's file, out of Amsterdam's sight, and recorded under Diemen with Amsterdam named beside it. No one else gets in.
     */
    /**
     * The browser UI offers the regional meldpunt's person the municipalities the API says they may work for; once
     * Diemen is chosen, the worklist is Diemen's (its melding {@code id} listed) and the header says so.
     */
    private void inDeBrowserVoorDiemen(UUID id, String[] voorDiemen, String melding) throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String base = "http://127.0.0.1:" + port();
        java.util.function.Function<String, java.net.http.HttpRequest.BodyPublisher> form = f -> java.net.http.HttpRequest.BodyPublishers.ofString(f);
        java.net.http.HttpResponse<String> in = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/ui/aanmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(form.apply("gebruiker=regio-meldpunt&wachtwoord=" + Aanmelden.WACHTWOORD))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(in.body(), 303, in.statusCode());
        java.util.function.Supplier<String> werkvoorraad = () -> {
            try {
                return browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/ui/")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        String eigen = werkvoorraad.get();
        assertTrue(eigen, eigen.contains("Werken voor") && eigen.contains("<option value=\"0384\""));
        assertFalse("Amsterdam's own worklist does not list Diemen's melding", eigen.contains(id.toString()));
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(eigen);
        assertTrue(csrf.find());
        java.util.function.Function<String, Integer> kies = code -> {
            try {
                return browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/ui/namens"))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(form.apply("csrf=" + csrf.group(1) + "&gemeente=" + code)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        assertEquals("Utrecht entrusted nothing", 400, (int) kies.apply("0344"));
        assertEquals(303, (int) kies.apply("0384"));
        String diemen = werkvoorraad.get();
        assertTrue("the header names the municipality worked for", diemen.contains("voor gemeente 0384"));
        assertTrue("Diemen's worklist lists its melding: " + diemen, diemen.contains(id.toString()));
        // The full list pages by the API's own position: "Volgende" carries its na, and the second page follows on.
        List<UUID> extra = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            String self = Http.send(port(), "POST", "/api/v1/meldingen", melding, voorDiemen).body().at("/_links/self/href").asText();
            extra.add(UUID.fromString(self.substring(self.lastIndexOf('/') + 1)));
        }
        try {
            String eerste = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/ui/meldingen")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher volgende = java.util.regex.Pattern.compile("href=\"(/ui/meldingen\\?na=[A-Za-z0-9_-]+)\"[^>]*>Volgende").matcher(eerste);
            assertTrue(eerste, volgende.find());
            String tweede = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + volgende.group(1))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(tweede, tweede.contains("Pagina 2") && tweede.contains("?pagina=1") && tweede.contains(id.toString()));
            assertFalse("the oldest is not on page 1", eerste.contains(id.toString()));
        } finally {
            for (UUID e : extra) {
                dossiers.voorGemeente("0384").delete(Dossiers.Soort.MELDING, e);
            }
        }
        assertEquals(303, (int) kies.apply(""));
        assertFalse("back to the own municipality", werkvoorraad.get().contains("voor gemeente 0384"));
    }

    @Test
    public void aRegionalMeldpuntWorksForTheMunicipalityThatEntrustedItAndIsRecordedUnderIt() throws Exception {
        String amsterdam = Aanmelden.alsIn(context, port(), "regio-meldpunt", "0363", Functie.MELDPUNTMEDEWERKER, Functie.CONSULENT);
        String diemen = Aanmelden.alsIn(context, port(), "diemen-meldpunt", "0384", Functie.MELDPUNTMEDEWERKER);
        String utrecht = Aanmelden.alsIn(context, port(), "utrecht-meldpunt", "0344", Functie.MELDPUNTMEDEWERKER);
        nl.meervoud.platform.api.Gemeenten gemeenten = context.getService(context.getServiceReference(nl.meervoud.platform.api.Gemeenten.class));
        String melding = "{\"ontvangen\": \"2026-11-20\", \"melder\": {\"soort\": \"PROFESSIONAL\", \"naam\": \"M\", \"contact\": \"06\"}, "
                + "\"gemelde\": {\"naam\": \"R. Regio\", \"adres\": \"Dorpsstraat 3\"}, \"zorg\": \"vereenzaming\", \"ingezetene\": true}";
        String[] meldpunt = { "Content-Type", "application/json", "x-verwerking", "wams-meldpunt" };
        java.util.function.BiFunction<String, String, String[]> als = (wie, gemeente) -> {
            List<String> h = new ArrayList<>(List.of(meldpunt));
            h.addAll(List.of("Authorization", wie));
            if (gemeente != null) {
                h.addAll(List.of("x-gemeente", gemeente));
            }
            return h.toArray(String[]::new);
        };
        assertEquals("without an arrangement no one works for another municipality", 403,
                Http.send(port(), "POST", "/api/v1/meldingen", melding, als.apply(amsterdam, "0384")).status());
        java.util.function.Function<String, JsonNode> samenwerking = wie -> {
            Http.Exchange s = Http.send(port(), "GET", "/api/v1/samenwerking", null, "Authorization", wie);
            assertEquals(s.body().toString(), 200, s.status());
            return s.body();
        };
        assertEquals("nothing entrusted yet", 0, samenwerking.apply(amsterdam).get("namens").size());

        org.osgi.service.cm.Configuration c = configAdmin.getFactoryConfiguration(nl.meervoud.platform.api.Gemeenten.PID, "regio-0384", "?");
        java.util.Dictionary<String, Object> p = new java.util.Hashtable<>();
        p.put("gemeente", "0384");
        p.put("samenwerking", new String[] { "0363:meldpuntmedewerker" });
        c.update(p);
        try {
            assertTrue(Await.until(() -> !gemeenten.van("0384").opgedragenAan("0363").isEmpty()));
            JsonNode mag = samenwerking.apply(amsterdam);
            assertEquals("0363", mag.get("gemeente").asText());
            assertEquals("Diemen, in the function entrusted only (not casework): " + mag, "[{\"gemeente\":\"0384\",\"naam\":\"\",\"functies\":[\"meldpuntmedewerker\"]}]",
                    mag.get("namens").toString());
            assertEquals("Utrecht was entrusted nothing", 0, samenwerking.apply(utrecht).get("namens").size());
            assertEquals("Diemen's own staff act for Diemen without it", 0, samenwerking.apply(diemen).get("namens").size());
            Http.Exchange namens = Http.send(port(), "GET", "/api/v1/samenwerking", null, "Authorization", amsterdam, "x-gemeente", "0384");
            assertEquals(400, namens.status());
            assertEquals("x-gemeente", namens.body().at("/invalidParams/0/name").asText());
            Http.Exchange m = Http.send(port(), "POST", "/api/v1/meldingen", melding, als.apply(amsterdam, "0384"));
            assertEquals(m.body().toString(), 201, m.status());
            String self = m.body().at("/_links/self/href").asText();
            UUID id = UUID.fromString(self.substring(self.lastIndexOf('/') + 1));
            assertEquals("Diemen's file", "0384", dossiers.find(Dossiers.Soort.MELDING, id).orElseThrow().gemeente());
            assertEquals("not Amsterdam's", 404, Http.send(port(), "GET", self, null, als.apply(amsterdam, null)).status());
            assertEquals("Amsterdam's meldpunt reads it for Diemen", 200, Http.send(port(), "GET", self, null, als.apply(amsterdam, "0384")).status());
            assertEquals("and Diemen's own staff", 200, Http.send(port(), "GET", self, null, als.apply(diemen, null)).status());
            inDeBrowserVoorDiemen(id, als.apply(amsterdam, "0384"), melding);
            List<nl.meervoud.privacy.api.ProcessingRecord> records = log.byZaak(id.toString());
            assertFalse(records.isEmpty());
            int regionaal = 0;
            for (nl.meervoud.privacy.api.ProcessingRecord r : records) {
                String partijen = r.uitvoerder() + " " + r.afnemer();
                assertEquals("every record of the file is in Diemen's chain: " + r, "0384", r.gemeente());
                assertFalse("by pseudonym: " + r, partijen.contains("regio-meldpunt"));
                regionaal += partijen.contains("MELDPUNT:0384/0363/ps:") ? 1 : 0;
            }
            assertTrue("Amsterdam's meldpunt is named beside Diemen where it acted: " + records, regionaal >= 2);

            String body = "{\"route\": \"WMO_2_3A_1\", \"verzoekdatum\": \"2026-11-02\", \"hulpvraagWet\": \"Wmo 2015\", \"noodzaak\": "
                    + "\"samenhangende problemen op de afgesproken domeinen\", \"client\": " + String.format(CLIENT, "300000303")
                    + ", \"reikwijdte\": {\"domeinen\": [\"inkomen\"]}, \"vermoedenMeervoudigeProblematiek\": true}";
            Http.Exchange onderzoek = Http.send(port(), "POST", "/api/v1/onderzoeken", body, "Content-Type", "application/json", "x-verwerking",
                    "wams-onderzoek", "Authorization", amsterdam, "x-gemeente", "0384");
            assertEquals("only the work entrusted: not casework for Diemen " + onderzoek.body(), 403, onderzoek.status());
            Http.Exchange buiten = Http.send(port(), "POST", "/api/v1/meldingen", melding, als.apply(utrecht, "0384"));
            assertEquals("a municipality Diemen entrusted nothing to", 403, buiten.status());
            assertEquals("Geen samenwerking", buiten.body().get("title").asText());
            Http.Exchange code = Http.send(port(), "POST", "/api/v1/meldingen", melding, als.apply(amsterdam, "38a4"));
            assertEquals(400, code.status());
            assertEquals("x-gemeente", code.body().at("/invalidParams/0/name").asText());
            assertTrue(dossiers.voorGemeente("0384").delete(Dossiers.Soort.MELDING, id));
        } finally {
            c.delete();
        }
        assertTrue("the arrangement ends with its configuration", Await.until(() -> gemeenten.van("0384").opgedragenAan("0363").isEmpty()));
        assertEquals(403, Http.send(port(), "POST", "/api/v1/meldingen", melding, als.apply(amsterdam, "0384")).status());
    }

    /**
     * Issue 10 §3, each municipality's users are its own: Utrecht's operator creates, lists and deletes Utrecht's
     * local accounts only; the installation's operator onboards any municipality.
     */
    @Test
    public void aMunicipalitysOperatorManagesOnlyItsOwnMunicipalitysAccounts() throws Exception {
        String utrecht = Aanmelden.alsIn(context, port(), "beheer-utrecht", "0344", Functie.BEHEERDER);
        String installatie = Aanmelden.als(context, port(), "beheer-installatie", "", Functie.BEHEERDER);
        String json = "application/json";
        Http.Exchange ander = Http.send(port(), "POST", "/api/v1/aanmelding/gebruikers",
                "{\"naam\": \"indringer\", \"functies\": [\"consulent\"], \"gemeente\": \"0363\"}", "Content-Type", json, "Authorization", utrecht);
        assertEquals("not for another municipality: " + ander.body(), 403, ander.status());
        assertTrue(gebruikers().lijst().stream().noneMatch(g -> g.naam().equals("indringer")));
        Http.Exchange eigen = Http.send(port(), "POST", "/api/v1/aanmelding/gebruikers",
                "{\"naam\": \"utrecht-consulent\", \"functies\": [\"consulent\"]}", "Content-Type", json, "Authorization", utrecht);
        assertEquals(eigen.body().toString(), 201, eigen.status());
        assertEquals("without a code: the operator's own municipality", "0344",
                gebruikers().lijst().stream().filter(g -> g.naam().equals("utrecht-consulent")).findFirst().orElseThrow().gemeente());
        Http.Exchange lijst = Http.send(port(), "GET", "/api/v1/aanmelding/gebruikers", null, "Authorization", utrecht);
        assertEquals(200, lijst.status());
        List<String> gemeenten = new ArrayList<>();
        lijst.body().path("gebruikers").forEach(g -> gemeenten.add(g.path("gemeente").asText()));
        assertTrue("Utrecht's operator lists Utrecht's people only: " + gemeenten, !gemeenten.isEmpty() && gemeenten.stream().allMatch("0344"::equals));
        assertEquals("another municipality's account is not there to delete", 404,
                Http.send(port(), "DELETE", "/api/v1/aanmelding/gebruikers/medewerker", null, "Authorization", utrecht).status());
        assertTrue(gebruikers().lijst().stream().anyMatch(g -> g.naam().equals("medewerker")));

        Http.Exchange onboarding = Http.send(port(), "POST", "/api/v1/aanmelding/gebruikers",
                "{\"naam\": \"beheer-diemen\", \"functies\": [\"beheerder\"], \"gemeente\": \"0384\"}", "Content-Type", json, "Authorization", installatie);
        assertEquals("the installation's operator onboards a municipality: " + onboarding.body(), 201, onboarding.status());
        assertEquals(204, Http.send(port(), "DELETE", "/api/v1/aanmelding/gebruikers/utrecht-consulent", null, "Authorization", utrecht).status());
        assertEquals(204, Http.send(port(), "DELETE", "/api/v1/aanmelding/gebruikers/beheer-diemen", null, "Authorization", installatie).status());
    }

    @Test
    public void aMeldingIsTriagedForwardedAndBothSidesInformedAsTheLawAllows() throws Exception {
        String melding = "{\"ontvangen\": \"2026-11-20\", \"melder\": {\"soort\": \"%s\", \"naam\": \"M\", \"contact\": \"06\"}, "
                + "\"gemelde\": {\"naam\": \"G. de Boer\", \"adres\": \"Kade 1\"%s}, \"zorg\": \"verwaarlozing\", \"ingezetene\": true}";
        Http.Exchange metBsn = post("/api/v1/meldingen", String.format(melding, "PROFESSIONAL", ", \"bsn\": \"111222333\""));
        assertEquals("the meldpunt registers no BSN (rule M1): " + metBsn.body(), 403, metBsn.status());

        Http.Exchange professional = post("/api/v1/meldingen", String.format(melding, "PROFESSIONAL", ""));
        assertEquals(professional.body().toString(), 201, professional.status());
        assertEquals("IN_TRIAGE", professional.body().get("toestand").asText());
        assertEquals("2027-11-20", professional.body().get("bewarenTot").asText());
        String self = professional.body().at("/_links/self/href").asText();
        Http.Exchange eigenTaak = post(self + "/triage", "{\"uitkomst\": \"EIGEN_TAAK\", \"naar\": \"Wgs\"}");
        assertEquals(422, eigenTaak.status());
        assertEquals("Wmo 2015 art. 5.5.4 lid 1", eigenTaak.body().get("artikel").asText());
        Http.Exchange doorgestuurd = post(self + "/triage", "{\"uitkomst\": \"DOORSTUREN\", \"ernst\": \"zorgelijk\", \"naar\": \"ggz-team\"}");
        assertEquals(doorgestuurd.body().toString(), 200, doorgestuurd.status());
        assertEquals("DOORGESTUURD", doorgestuurd.body().get("toestand").asText());
        assertEquals(200, post(self + "/informering", "{\"op\": \"2026-11-25\"}").status());
        assertEquals(422, post(self + "/terugkoppeling", "{\"soort\": \"DOORGESTUURD\", \"veiligheidInGeding\": true}").status());
        Http.Exchange terug = post(self + "/terugkoppeling", "{\"soort\": \"DOORGESTUURD\"}");
        assertEquals(terug.body().toString(), 200, terug.status());
        assertEquals("DOORGESTUURD", terug.body().at("/terugkoppeling/soort").asText());

        Http.Exchange burger = post("/api/v1/meldingen", String.format(melding, "BURGER", ""));
        Http.Exchange geen = post(burger.body().at("/_links/self/href").asText() + "/terugkoppeling", "{\"soort\": \"IN_BEHANDELING_GENOMEN\"}");
        assertEquals("by default only professional melders get feedback", 422, geen.status());

        Http.Exchange acuut = post("/api/v1/meldingen", "{\"melder\": {\"soort\": \"BURGER\", \"naam\": \"M\"}, \"gemelde\": "
                + "{\"naam\": \"G\"}, \"zorg\": \"z\", \"ingezetene\": true, \"acuut\": true}");
        assertEquals(201, acuut.status());
        assertEquals("NIET_GEREGISTREERD", acuut.body().get("toestand").asText());
        assertTrue("no personal data kept: " + acuut.body(), acuut.body().path("gemelde").isMissingNode() && acuut.body().path("melder").isMissingNode());
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
        int before = count("onderzoeken");
        Http.Exchange malformed = post("/api/v1/onderzoeken", "{\"route\": ");
        assertEquals(400, malformed.status());
        assertEquals("application/problem+json", malformed.contentType());
        assertEquals("body", malformed.body().at("/invalidParams/0/name").asText());

        Http.Exchange unknown = post("/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"kleur\": \"rood\"}");
        assertEquals(400, unknown.status());
        assertEquals("kleur", unknown.body().at("/invalidParams/0/name").asText());

        Http.Exchange bsn = post("/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"client\": {\"bsn\": \"123456789\"}}");
        assertEquals(400, bsn.status());
        assertEquals("client.bsn", bsn.body().at("/invalidParams/0/name").asText());

        Http.Exchange law = post("/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"hulpvraagWet\": \"Wet op de kansspelen\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", "
                + "\"client\": " + String.format(CLIENT, "111222333") + ", \"reikwijdte\": {\"domeinen\": [\"inkomen\"]}, "
                + "\"vermoedenMeervoudigeProblematiek\": true}");
        assertEquals("a law no active module lets start an investigation: " + law.body(), 422, law.status());
        assertEquals("Wmo 2015 art. 2.3a.1 lid 1", law.body().get("artikel").asText());
        assertTrue(law.body().toString(), law.body().get("detail").asText().contains("`Wet op de kansspelen`"));


        String id = nieuwOnderzoek("111222333");
        Http.Exchange category = post("/api/v1/verstrekkingsverzoeken", "{\"onderzoek\": \"" + id + "\", \"partij\": {\"id\": \"p\"}, "
                + "\"betrokkene\": \"111222333\", \"gegevens\": [\"SCHOENMAAT\"], \"motivering\": {}}");
        assertEquals(400, category.status());
        assertEquals("gegevens[0]", category.body().at("/invalidParams/0/name").asText());

        Http.Exchange leeg = post("/api/v1/onderzoeken/" + id + "/uitkomst", "{\"uitkomsten\": {\"111222333\": null}}");
        assertEquals("a person's outcome given as null: " + leeg.body(), 400, leeg.status());
        assertEquals("uitkomsten.111222333", leeg.body().at("/invalidParams/0/name").asText());

        Http.Exchange purpose = Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null);
        assertEquals("no processing activity stated", 400, purpose.status());
        assertEquals("x-verwerking", purpose.body().at("/invalidParams/0/name").asText());

        // Over a socket of its own: the server answers 413 and closes while a client may still be sending the body.
        byte[] large = ("{\"route\": \"" + "x".repeat(300_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Raw big = Http.raw(port(), "POST /api/v1/onderzoeken HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "x-verwerking: wams-onderzoek\r\nContent-Length: " + large.length + "\r\nConnection: close\r\n\r\n", large);
        assertEquals(big.text(), 413, big.status());

        Http.Exchange order = post("/api/v1/onderzoeken/" + id + "/aanpak", "{\"besluit\": \"COORDINATOR\", "
                + "\"coordinator\": {\"naam\": \"A\", \"soort\": \"GEMEENTEAMBTENAAR\", \"gebruiker\": \"medewerker\"}}");
        assertEquals(422, order.status());
        assertEquals("Wmo 2015 art. 2.3a.3 lid 1", order.body().get("artikel").asText());
        assertTrue(dossiers.list(Dossiers.Soort.COORDINATIEDOSSIER, null, UUID.fromString(id), 1, 10).items().isEmpty());
        assertEquals("only the one valid investigation was stored", before + 1, count("onderzoeken"));
        assertEquals(1, Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null, JSON).body().get("versie").asLong());
        assertEquals(404, Http.send(port(), "GET", "/api/v1/onderzoeken/" + UUID.randomUUID(), null, JSON).status());
        assertEquals(405, Http.send(port(), "DELETE", "/api/v1/onderzoeken", null, JSON).status());
    }

    private int count(String resource) {
        int n = 0;
        for (int pagina = 1;; pagina++) {
            JsonNode page = Http.send(port(), "GET", "/api/v1/" + resource + "?paginaGrootte=100&pagina=" + pagina, null).body();
            n += page.at("/_embedded/" + resource).size();
            if (page.at("/_links/next").isMissingNode()) {
                return n;
            }
        }
    }

    @Test
    public void aKernelDenialIsA403WithItsReasonsAndLeavesNothing() throws Exception {
        String id = nieuwOnderzoek("999999990");
        int before = count("verstrekkingsverzoeken");
        Http.Exchange denied = post("/api/v1/verstrekkingsverzoeken", "{\"onderzoek\": \"" + id + "\", \"partij\": {\"id\": \"p\"}, "
                + "\"betrokkene\": \"999999990\", \"gegevens\": [\"FINANCIEEL\"], \"motivering\": {\"doel\": \"d\", \"waarom\": \"w\", "
                + "\"metWie\": \"m\", \"domein\": \"verslaving\"}}");
        assertEquals(denied.body().toString(), 403, denied.status());
        assertEquals("wams-core/P9", denied.body().get("regel").asText());
        assertEquals("Wmo 2015 art. 2.3a.1 lid 4", denied.body().at("/citaties/0").asText());
        assertEquals(before, count("verstrekkingsverzoeken"));

        Http.Exchange verzoek = post("/api/v1/verstrekkingsverzoeken", "{\"onderzoek\": \"" + id + "\", \"partij\": {\"id\": \"om\"}, "
                + "\"betrokkene\": \"999999990\", \"gegevens\": [\"WERK\"], \"motivering\": {\"doel\": \"d\", \"waarom\": \"w\", "
                + "\"metWie\": \"m\", \"domein\": \"inkomen\"}}");
        assertEquals(verzoek.body().toString(), 201, verzoek.status());
        String antwoord = verzoek.body().at("/_links/self/href").asText() + "/antwoord";
        assertEquals(200, post(antwoord, "{\"besluit\": \"GEWEIGERD\", \"zwaarwegendeRedenen\": \"lopend opsporingsonderzoek\"}").status());
        Http.Exchange overruled = post(antwoord, "{\"besluit\": \"VERSTREKT\"}");
        assertEquals("a refusal for zwaarwegende redenen cannot be overridden", 422, overruled.status());
        assertEquals("Wmo 2015 art. 5.4.2 lid 1", overruled.body().get("artikel").asText());
        JsonNode log = inzageNamens("999999990").body().get("verwerkingen");
        boolean logged = false;
        boolean refusal = false;
        for (JsonNode r : log) {
            logged |= r.get("besluit").asText().equals("DENY") && r.get("regel").asText().equals("wams-core/P9");
            refusal |= r.get("doel").asText().equals("verstrekking-geweigerd") && !r.toString().contains("opsporingsonderzoek");
        }
        assertTrue("the denial is in the processing log: " + log, logged);
        assertTrue("the party's refusal is on record, without its free text: " + log, refusal);
    }

    @Test
    public void mayThisAsksTheKernelBeforeSendingAndSendsStoresAndLogsNothing() throws Exception {
        String id = nieuwOnderzoek("999999990");
        String verzoek = "{\"onderzoek\": \"" + id + "\", \"partij\": {\"id\": \"kredietbank\", \"bsnBevoegd\": true}, \"betrokkene\": \"999999990\", "
                + "\"gegevens\": [\"FINANCIEEL\"], \"motivering\": {\"doel\": \"d\", \"waarom\": \"w\", \"metWie\": \"m\", \"domein\": \"%s\"}}";
        long records = log.verify().records();
        int verzoeken = dossiers.byBetrokkene("999999990").size();
        Http.Exchange ja = post("/api/v1/verstrekkingsverzoeken/toets", String.format(verzoek, "inkomen"));
        assertEquals(ja.body().toString(), 200, ja.status());
        assertTrue(ja.body().toString(), ja.body().get("toegestaan").asBoolean());
        assertEquals(2, ja.body().get("vragen").size());
        for (JsonNode vraag : ja.body().get("vragen")) {
            assertEquals(vraag.toString(), "PERMIT", vraag.get("effect").asText());
            assertTrue("a yes names its article: " + vraag, vraag.get("citaties").toString().contains("Wmo 2015 art. 5.4."));
        }
        assertFalse("no personal data in the answer: " + ja.body(), ja.body().toString().contains("999999990"));
        Http.Exchange nee = post("/api/v1/verstrekkingsverzoeken/toets", String.format(verzoek, "gezondheid"));
        assertEquals(nee.body().toString(), 200, nee.status());
        assertFalse("outside the agreed scope: " + nee.body(), nee.body().get("toegestaan").asBoolean());
        assertTrue(nee.body().toString(), nee.body().toString().contains("DENY"));
        assertEquals("a bad body is the same 400 as for the real request", "partij",
                post("/api/v1/verstrekkingsverzoeken/toets", "{\"onderzoek\": \"" + id + "\"}").body().at("/invalidParams/0/name").asText());
        assertEquals("nothing logged", records, log.verify().records());
        assertEquals("nothing stored", verzoeken, dossiers.byBetrokkene("999999990").size());
    }

    @Test
    public void onlyTheAddressedPartysProfessionalOrAConsulentRecordsItsAnswer() throws Exception {
        String id = nieuwOnderzoek("999999990");
        Http.Exchange verzoek = post("/api/v1/verstrekkingsverzoeken", "{\"onderzoek\": \"" + id + "\", \"partij\": {\"id\": \"uwv-test\"}, "
                + "\"betrokkene\": \"999999990\", \"gegevens\": [\"WERK\"], \"motivering\": {\"doel\": \"d\", \"waarom\": \"w\", "
                + "\"metWie\": \"m\", \"domein\": \"inkomen\"}}");
        assertEquals(verzoek.body().toString(), 201, verzoek.status());
        String antwoord = verzoek.body().at("/_links/self/href").asText() + "/antwoord";
        String other = gebruikers().aanmaken("prof-ander", java.util.Set.of(Functie.PROFESSIONAL), "", "ander-bureau", "");
        String own = gebruikers().aanmaken("prof-uwv", java.util.Set.of(Functie.PROFESSIONAL), "", "uwv-test", "");
        String[] json = { "Content-Type", "application/json", "x-verwerking", "wams-onderzoek" };
        Http.Exchange stranger = Http.send(port(), "POST", antwoord, "{\"besluit\": \"GEWEIGERD\", \"zwaarwegendeRedenen\": \"x\"}",
                "Content-Type", "application/json", "x-verwerking", "wams-onderzoek", "Authorization",
                Aanmelden.login(port(), "prof-ander", other, Aanmelden.WACHTWOORD));
        assertEquals("another party's professional records nothing: " + stranger.body(), 403, stranger.status());
        Http.Exchange answered = Http.send(port(), "POST", antwoord, "{\"besluit\": \"VERSTREKT\"}", "Content-Type", "application/json",
                "x-verwerking", "wams-onderzoek", "Authorization", Aanmelden.login(port(), "prof-uwv", own, Aanmelden.WACHTWOORD));
        assertEquals("the addressed party's professional answers: " + answered.body(), 200, answered.status());
        assertEquals("VERSTREKT", answered.body().get("toestand").asText());
        assertEquals(2, Http.send(port(), "GET", verzoek.body().at("/_links/self/href").asText(), null, json).body().get("versie").asLong());
    }

    @Test
    public void aPartysProfessionalFilesA2_3a4RequestForTheirOwnPartyAndSeesNothingElse() throws Exception {
        forget("300000194");
        String once = gebruikers().aanmaken("prof-ggz", java.util.Set.of(Functie.PROFESSIONAL), "", "GGZ Noord", "");
        String professional = Aanmelden.login(port(), "prof-ggz", once, Aanmelden.WACHTWOORD);
        String body = "{\"route\": \"WMO_2_3A_4\", \"client\": " + String.format(CLIENT, "300000194")
                + ", \"verzoek\": {\"partij\": \"%s\", \"voortdurendOfTerugkerend\": true, \"teloorgangOfLageKwaliteitVanLeven\": true, "
                + "\"zorgmijdingMetOverlastOfOnveiligheidOfHulpOnwerkzaam\": true, \"aanpakDraagtBij\": true, \"motivering\": \"overlast\"}}";
        Http.Exchange forOther = Http.send(port(), "POST", "/api/v1/onderzoeken", String.format(body, "Kredietbank"), "Content-Type",
                "application/json", "x-verwerking", "wams-onderzoek", "Authorization", professional);
        assertEquals("a professional files for their own party only: " + forOther.body(), 400, forOther.status());
        assertEquals("verzoek.partij", forOther.body().at("/invalidParams/0/name").asText());
        Http.Exchange filed = Http.send(port(), "POST", "/api/v1/onderzoeken", String.format(body, "GGZ Noord"), "Content-Type",
                "application/json", "x-verwerking", "wams-onderzoek", "Authorization", professional);
        assertEquals(filed.body().toString(), 201, filed.status());
        String id = filed.body().get("id").asText();
        assertEquals("and reads nothing of the case", 403, Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null, "x-verwerking",
                "wams-onderzoek", "Authorization", professional).status());
        assertEquals("nor a 2.3a.1 investigation of their own", 403, Http.send(port(), "POST", "/api/v1/onderzoeken",
                "{\"route\": \"WMO_2_3A_1\", \"verzoekdatum\": \"2026-11-02\", \"hulpvraagWet\": \"Wmo 2015\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", \"client\": "
                        + String.format(CLIENT, "300000194") + ", \"reikwijdte\": {\"domeinen\": [\"inkomen\"]}, "
                        + "\"vermoedenMeervoudigeProblematiek\": true}", "Content-Type", "application/json", "x-verwerking", "wams-onderzoek",
                "Authorization", professional).status());
        assertEquals("the consulent takes it from here", 200, Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null, JSON).status());
    }

    @Test
    public void aConsulentWorksOnTheCasesOfTheirOwnOrTheirTeamOnly() throws Exception {
        forget("300000200");
        String a = gebruikers().aanmaken("noord-a", java.util.Set.of(Functie.CONSULENT), "", "", "", java.util.Set.of("noord"));
        String b = gebruikers().aanmaken("noord-b", java.util.Set.of(Functie.CONSULENT), "", "", "", java.util.Set.of("noord", "jeugd"));
        String z = gebruikers().aanmaken("zuid-c", java.util.Set.of(Functie.CONSULENT), "", "", "", java.util.Set.of("zuid"));
        String noordA = Aanmelden.login(port(), "noord-a", a, Aanmelden.WACHTWOORD);
        String noordB = Aanmelden.login(port(), "noord-b", b, Aanmelden.WACHTWOORD);
        String zuid = Aanmelden.login(port(), "zuid-c", z, Aanmelden.WACHTWOORD);
        Http.Exchange created = Http.send(port(), "POST", "/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"verzoekdatum\": \"2026-11-02\", "
                + "\"hulpvraagWet\": \"Wmo 2015\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", \"client\": " + String.format(CLIENT, "300000200") + ", \"reikwijdte\": {\"domeinen\": "
                + "[\"inkomen\"]}, \"vermoedenMeervoudigeProblematiek\": true}", "Content-Type", "application/json", "x-verwerking",
                "wams-onderzoek", "Authorization", noordA);
        assertEquals(created.body().toString(), 201, created.status());
        String id = created.body().get("id").asText();
        String path = "/api/v1/onderzoeken/" + id;
        assertEquals("the team sees it", 200, Http.send(port(), "GET", path, null, "x-verwerking", "wams-onderzoek", "Authorization", noordB).status());
        Http.Exchange other = Http.send(port(), "GET", path, null, "x-verwerking", "wams-onderzoek", "Authorization", zuid);
        assertEquals("another team does not: " + other.body(), 403, other.status());
        assertTrue(other.body().get("detail").asText().contains("need-to-know"));
        Http.Exchange change = Http.send(port(), "POST", path + "/gezinsleden", "{\"persoon\": " + String.format(CLIENT, "300000212")
                + ", \"relatie\": \"KIND\", \"inHuishouding\": true}", "Content-Type", "application/json", "x-verwerking", "wams-onderzoek",
                "Authorization", zuid);
        assertEquals("nor changes it", 403, change.status());
        assertEquals(1, Http.send(port(), "GET", path, null, "x-verwerking", "wams-onderzoek", "Authorization", noordA).body().get("versie").asLong());
        assertTrue("the team lists it", listed("onderzoeken", noordB).contains(id));
        assertFalse("another team's list leaves it out", listed("onderzoeken", zuid).contains(id));

        String fg = Aanmelden.als(context, port(), "fg-toegang", "", Functie.PRIVACYFUNCTIONARIS);
        JsonNode records = Http.send(port(), "GET", path + "/verwerkingen?paginaGrootte=500", null, "x-verwerking", "verantwoording", "Authorization", fg).body()
                .get("verwerkingen");
        long refused = 0;
        for (JsonNode r : records) {
            refused += r.get("besluit").asText().equals("NIET_UITGEVOERD") && r.get("reden").asText().startsWith("403") ? 1 : 0;
        }
        assertTrue("each refused attempt is on record as not carried out: " + records, refused >= 2);
        assertEquals("a consulent of another team does not read its log either", 403, Http.send(port(), "GET", path + "/verwerkingen", null,
                "x-verwerking", "verantwoording", "Authorization", zuid).status());
    }

    /**
     * A worklist sorted by term puts the nearest legal term first, and each item names its term, what it is for, its
     * article and whether it passed, as the active rule set states it; an unknown order is refused naming the field.
     */
    @Test
    public void aWorklistSortsByTheNearestLegalTermAndNamesIt() throws Exception {
        forget("300000236", "300000248");
        String later = nieuwOnderzoekOp("300000236", "2019-03-01");
        String eerder = nieuwOnderzoekOp("300000248", "2019-02-01");
        JsonNode lijst = Http.send(port(), "GET", "/api/v1/onderzoeken?toestand=GESTART&sorteer=termijn&paginaGrootte=100", null).body();
        List<String> ids = new java.util.ArrayList<>();
        lijst.at("/_embedded/onderzoeken").forEach(n -> ids.add(n.get("id").asText()));
        assertTrue("both on the first page: " + ids, ids.contains(eerder) && ids.contains(later));
        assertTrue("the nearer term first: " + ids, ids.indexOf(eerder) < ids.indexOf(later));
        JsonNode item = lijst.at("/_embedded/onderzoeken/" + ids.indexOf(eerder));
        assertEquals(item.toString(), "uitkomst van het onderzoek", item.at("/termijn/wat").asText());
        assertTrue(item.toString(), item.at("/termijn/citaties").toString().contains("Wmo 2015 art. 2.3a.1"));
        assertTrue("a term in 2019 has passed: " + item, item.at("/termijn/verstreken").asBoolean());
        assertEquals(Http.send(port(), "GET", "/api/v1/onderzoeken/" + eerder, null, JSON).body().get("termijn").asText(),
                item.at("/termijn/datum").asText());
        assertTrue("the next page keeps the order: " + lijst.at("/_links/self"), lijst.at("/_links/self/href").asText().contains("sorteer=termijn"));
        Http.Exchange fout = Http.send(port(), "GET", "/api/v1/onderzoeken?sorteer=naam", null);
        assertEquals(400, fout.status());
        assertEquals("sorteer", fout.body().at("/invalidParams/0/name").asText());
    }

    /** An investigation read with its case's other files embedded, as their own lists give them; an unknown kind is a 400. */
    @Test
    public void anInvestigationIsReadWithItsCasesFilesInOneAnswer() throws Exception {
        forget("300000273");
        String id = nieuwOnderzoek("300000273");
        Http.Exchange verzoek = post("/api/v1/verstrekkingsverzoeken", "{\"onderzoek\": \"" + id + "\", \"partij\": {\"id\": \"kredietbank\", "
                + "\"naam\": \"Kredietbank\", \"bsnBevoegd\": true}, \"betrokkene\": \"300000273\", \"gegevens\": [\"FINANCIEEL\"], "
                + "\"motivering\": {\"doel\": \"schulden\", \"domein\": \"inkomen\", \"waarom\": \"achterstanden\", \"metWie\": \"de consulent\"}}");
        assertEquals(verzoek.body().toString(), 201, verzoek.status());
        JsonNode o = Http.send(port(), "GET", "/api/v1/onderzoeken/" + id + "?met=verstrekkingsverzoeken,casusoverleggen", null, JSON).body();
        assertEquals(o.toString(), verzoek.body().get("id").asText(), o.at("/_embedded/verstrekkingsverzoeken/0/id").asText());
        assertTrue(o.toString(), o.at("/_embedded/casusoverleggen").isArray() && o.at("/_embedded/casusoverleggen").isEmpty());
        assertEquals("the investigation itself as ever", id, o.get("id").asText());
        Http.Exchange fout = Http.send(port(), "GET", "/api/v1/onderzoeken/" + id + "?met=meldingen", null, JSON);
        assertEquals(400, fout.status());
        assertEquals("met", fout.body().at("/invalidParams/0/name").asText());
    }

    /**
     * The privacy officer checks the log, reads every processing of one person (the BSN in the body) and the retention
     * rules in force; a consulent may do none of it, and the FG's reading shows in the person's own inzage.
     */
    @Test
    public void thePrivacyOfficerChecksTheLogAndReadsOnePersonsProcessing() throws Exception {
        forget("300000224");
        String id = nieuwOnderzoek("300000224");
        String fg = Aanmelden.als(context, port(), "fg-verantwoording", "", Functie.PRIVACYFUNCTIONARIS);
        String consulent = Aanmelden.als(context, port(), "consulent-verantwoording", "", Functie.CONSULENT);
        String inwoner = Aanmelden.als(context, port(), "inwoner-verantwoording", "300000224", Functie.BURGER);

        Http.Exchange controle = Http.send(port(), "GET", "/api/v1/verwerkingslog/controle", null, "x-verwerking", "verantwoording", "Authorization", fg);
        assertEquals(controle.body().toString(), 200, controle.status());
        assertTrue(controle.body().toString(), controle.body().get("intact").asBoolean() && controle.body().get("records").asLong() > 0);
        assertEquals("a consulent does not check the log", 403, Http.send(port(), "GET", "/api/v1/verwerkingslog/controle", null,
                "x-verwerking", "verantwoording", "Authorization", consulent).status());

        String vraag = "{\"bsn\": \"300000224\"}";
        Http.Exchange persoon = Http.send(port(), "POST", "/api/v1/verwerkingslog/betrokkene", vraag, "Content-Type", "application/json",
                "x-verwerking", "verantwoording", "Authorization", fg);
        assertEquals(persoon.body().toString(), 200, persoon.status());
        boolean vanDitOnderzoek = false;
        for (JsonNode r : persoon.body().get("verwerkingen")) {
            vanDitOnderzoek |= id.equals(r.get("zaak").asText());
            assertFalse("the log names people by pseudonym: " + r, r.toString().contains("300000224"));
        }
        assertTrue("the investigation's decisions are among them: " + persoon.body(), vanDitOnderzoek);
        assertEquals("a consulent does not read a person's log", 403, Http.send(port(), "POST", "/api/v1/verwerkingslog/betrokkene", vraag,
                "Content-Type", "application/json", "x-verwerking", "verantwoording", "Authorization", consulent).status());
        Http.Exchange fout = Http.send(port(), "POST", "/api/v1/verwerkingslog/betrokkene", "{\"bsn\": \"123\"}", "Content-Type", "application/json",
                "x-verwerking", "verantwoording", "Authorization", fg);
        assertEquals(400, fout.status());
        assertEquals("bsn", fout.body().at("/invalidParams/0/name").asText());

        JsonNode inzage = Http.send(port(), "GET", "/api/v1/inzage", null, "x-verwerking", "inzage", "Authorization", inwoner).body();
        boolean gezien = false;
        for (JsonNode r : inzage.get("verwerkingen")) {
            gezien |= r.get("uitvoerder").asText().startsWith("PRIVACYFUNCTIONARIS:");
        }
        assertTrue("the resident sees that the privacy officer looked: " + inzage.get("verwerkingen"), gezien);

        Http.Exchange regels = Http.send(port(), "GET", "/api/v1/bewaartermijnen", null, "Authorization", fg);
        assertEquals(200, regels.status());
        boolean onderzoek = false;
        for (JsonNode r : regels.body().get("regels")) {
            onderzoek |= r.get("gegevensset").asText().equals("onderzoek") && r.get("citaties").toString().contains("5.4.5");
        }
        assertTrue("the investigation's retention rule with its article: " + regels.body(), onderzoek);
        assertEquals(403, Http.send(port(), "GET", "/api/v1/bewaartermijnen", null, "Authorization", consulent).status());

        // A long history a page at a time: the first record of each page follows the last of the one before.
        JsonNode eerste = Http.send(port(), "POST", "/api/v1/verwerkingslog/betrokkene?paginaGrootte=2", vraag, "Content-Type", "application/json",
                "x-verwerking", "verantwoording", "Authorization", fg).body();
        JsonNode tweede = Http.send(port(), "POST", "/api/v1/verwerkingslog/betrokkene?paginaGrootte=2&pagina=2", vraag, "Content-Type",
                "application/json", "x-verwerking", "verantwoording", "Authorization", fg).body();
        assertEquals(eerste.toString(), 2, eerste.get("verwerkingen").size());
        assertTrue(eerste.toString(), eerste.get("volgende").asBoolean());
        JsonNode alles = Http.send(port(), "POST", "/api/v1/verwerkingslog/betrokkene?paginaGrootte=500", vraag, "Content-Type", "application/json",
                "x-verwerking", "verantwoording", "Authorization", fg).body();
        assertTrue("read to the end, the total is known: " + alles, !alles.get("volgende").asBoolean() && alles.get("totaal").asInt() > 2
                && alles.get("totaal").asInt() == alles.get("verwerkingen").size());
        assertTrue("oldest first, page after page", eerste.at("/verwerkingen/1/volgnummer").asLong() < tweede.at("/verwerkingen/0/volgnummer").asLong());
        Http.Exchange groot = Http.send(port(), "POST", "/api/v1/verwerkingslog/betrokkene?paginaGrootte=501", vraag, "Content-Type",
                "application/json", "x-verwerking", "verantwoording", "Authorization", fg);
        assertEquals(400, groot.status());
        assertEquals("paginaGrootte", groot.body().at("/invalidParams/0/name").asText());
    }

    /**
     * Issue 10 §3: a second municipality in the same installation. Its staff do not find, list, change or account
     * for the first municipality's case; to them it does not exist (404, as an unknown id), and it stays as it was.
     */
    @Test
    public void anotherMunicipalitysStaffDoNotFindListOrChangeACase() throws Exception {
        forget("300000285");
        String id = nieuwOnderzoek("300000285");
        String path = "/api/v1/onderzoeken/" + id;
        long versie = Http.send(port(), "GET", path, null, JSON).body().get("versie").asLong();
        String consulent = Aanmelden.alsIn(context, port(), "consulent-utrecht", "0344", Functie.CONSULENT);
        String fg = Aanmelden.alsIn(context, port(), "fg-utrecht", "0344", Functie.PRIVACYFUNCTIONARIS);

        assertEquals(404, Http.send(port(), "GET", path, null, "x-verwerking", "wams-onderzoek", "Authorization", consulent).status());
        assertFalse("not in their list", listed("onderzoeken", consulent).contains(id));
        Http.Exchange wijzig = Http.send(port(), "PUT", path + "/procedure", "{\"identiteitVastgesteld\": true}", "Content-Type", "application/json",
                "x-verwerking", "wams-onderzoek", "Authorization", consulent);
        assertEquals(wijzig.body().toString(), 404, wijzig.status());
        assertEquals(404, Http.send(port(), "GET", path + "/verwerkingen", null, "x-verwerking", "verantwoording", "Authorization", fg).status());
        Http.Exchange verzoek = Http.send(port(), "POST", "/api/v1/verstrekkingsverzoeken", "{\"onderzoek\": \"" + id + "\", \"partij\": \"ggd\", "
                + "\"betrokkene\": \"300000285\", \"gegevens\": [\"GEZONDHEID\"], \"motivering\": {\"doel\": \"d\", \"waarom\": \"w\", "
                + "\"metWie\": \"m\", \"domein\": \"zorg\"}}", "Content-Type", "application/json", "x-verwerking", "wams-verstrekking",
                "Authorization", consulent);
        assertTrue("no data request for a case of another municipality: " + verzoek.body(), verzoek.status() == 400 || verzoek.status() == 404);
        assertEquals("and the case is as it was, for its own municipality", versie, Http.send(port(), "GET", path, null, JSON).body().get("versie")
                .asLong());

        // Nor do they read what the first municipality processed: not in an inzage on the person's behalf, not in their
        // privacy officer's reading of the person; the first municipality's own privacy officer does read it.
        String vraag = "{\"bsn\": \"300000285\"}";
        JsonNode namens = Http.send(port(), "POST", "/api/v1/inzage", vraag, "Content-Type", "application/json", "x-verwerking", "inzage",
                "Authorization", consulent).body();
        assertEquals("no files of the other municipality: " + namens, 0, namens.get("gegevens").size());
        for (JsonNode r : namens.get("verwerkingen")) {
            assertFalse("no processing by the other municipality: " + r, r.get("zaak").asText().equals(id) || r.toString().contains(":0000/"));
        }
        JsonNode utrechtFg = Http.send(port(), "POST", "/api/v1/verwerkingslog/betrokkene", vraag, "Content-Type", "application/json",
                "x-verwerking", "verantwoording", "Authorization", fg).body();
        assertFalse(utrechtFg.toString(), utrechtFg.get("verwerkingen").toString().contains(id));
        JsonNode eigenFg = Http.send(port(), "POST", "/api/v1/verwerkingslog/betrokkene", vraag, "Content-Type", "application/json",
                "x-verwerking", "verantwoording", "Authorization", Aanmelden.als(context, port(), "fg-eigen-gemeente", "", Functie.PRIVACYFUNCTIONARIS))
                .body();
        assertTrue(eigenFg.toString(), eigenFg.get("verwerkingen").toString().contains(id));
    }

    /**
     * The register of processing activities (AVG art. 30) is drawn up from the rule sets in force: each purpose with
     * its articles and rules; a module that leaves takes its entries with it, and the entry gets a new id.
     */
    @Test
    public void theRegisterOfProcessingActivitiesFollowsTheActiveRuleSets() throws Exception {
        String fg = Aanmelden.als(context, port(), "fg-register", "", Functie.PRIVACYFUNCTIONARIS);
        String beheerder = Aanmelden.als(context, port(), "beheerder-register", "", Functie.BEHEERDER);
        String consulent = Aanmelden.als(context, port(), "consulent-register", "", Functie.CONSULENT);
        Http.Exchange register = Http.send(port(), "GET", "/api/v1/verwerkingsregister", null, "Authorization", fg);
        assertEquals(register.body().toString(), 200, register.status());
        JsonNode onderzoek = null;
        for (JsonNode v : register.body().get("verwerkingen")) {
            if (v.get("doel").asText().equals("onderzoek-2.3a.1")) {
                onderzoek = v;
            }
        }
        assertTrue("the investigation is an entry: " + register.body(), onderzoek != null);
        assertTrue(onderzoek.toString(), onderzoek.get("id").asText().matches("onderzoek-2\\.3a\\.1@[0-9a-f]{12}"));
        assertTrue("on its articles: " + onderzoek, onderzoek.get("grondslag").toString().contains("Wmo 2015 art. 5.4.1"));
        assertTrue("the Jeugdwet module's rules are in it: " + onderzoek, onderzoek.get("regels").toString().contains("\"jeugdwet/"));
        assertTrue("the prohibitions are in it (P1: no fraud control)", register.body().get("verboden").toString().contains("fraudebestrijding"));
        assertTrue("the activities a request may name", register.body().get("activiteiten").toString().contains("wams-onderzoek"));
        assertEquals("the operator may read it, it holds no personal data", 200,
                Http.send(port(), "GET", "/api/v1/verwerkingsregister", null, "Authorization", beheerder).status());
        assertEquals(403, Http.send(port(), "GET", "/api/v1/verwerkingsregister", null, "Authorization", consulent).status());

        org.osgi.framework.Bundle jeugdwet = InFramework.find(context, "nl.meervoud.domain.jeugdwet");
        jeugdwet.stop();
        try {
            JsonNode zonder = Http.send(port(), "GET", "/api/v1/verwerkingsregister", null, "Authorization", fg).body();
            assertFalse("without the module, none of its rules: " + zonder, zonder.toString().contains("\"jeugdwet/"));
            assertFalse("and the register has another version", zonder.get("versie").asText().equals(register.body().get("versie").asText()));
            for (JsonNode v : zonder.get("verwerkingen")) {
                if (v.get("doel").asText().equals("onderzoek-2.3a.1")) {
                    assertFalse("the changed entry has a new id", v.get("id").asText().equals(onderzoek.get("id").asText()));
                }
            }
        } finally {
            jeugdwet.start();
        }
        assertEquals("with the module back, the same register as before", register.body().get("versie").asText(),
                Http.send(port(), "GET", "/api/v1/verwerkingsregister", null, "Authorization", fg).body().get("versie").asText());
    }

    private String listed(String resource, String authorization) {
        StringBuilder ids = new StringBuilder();
        for (int pagina = 1;; pagina++) {
            JsonNode page = Http.send(port(), "GET", "/api/v1/" + resource + "?paginaGrootte=100&pagina=" + pagina, null, "Authorization",
                    authorization).body();
            page.at("/_embedded/" + resource).forEach(n -> ids.append(n.get("id").asText()).append(' '));
            if (page.at("/_links/next").isMissingNode()) {
                return ids.toString();
            }
        }
    }

    @Test
    public void concurrentConflictingUpdatesGive409() throws Exception {
        String id = nieuwOnderzoek("111222333");
        String path = "/api/v1/onderzoeken/" + id + "/procedure";
        String body = "{\"identiteitVastgesteld\": true}";
        assertEquals(409, Http.send(port(), "PUT", path, body, "Content-Type", "application/json", "x-verwerking", "wams-onderzoek", "If-Match", "\"7\"").status());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                writers.add(() -> Http.send(port(), "PUT", path, body, "Content-Type", "application/json", "x-verwerking", "wams-onderzoek",
                        "If-Match", "\"1\"").status());
            }
            int ok = 0;
            int conflicts = 0;
            for (Future<Integer> f : pool.invokeAll(writers)) {
                int status = f.get();
                ok += status == 200 ? 1 : 0;
                conflicts += status == 409 ? 1 : 0;
            }
            assertEquals("exactly one writer of version 1 wins", 1, ok);
            assertEquals(7, conflicts);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null, JSON).body().get("versie").asLong());
    }

    /**
     * Nothing acknowledged is lost under concurrent load. (The H2 loss that bench/load.sh found under sustained load over thousands
     * of cases needs that volume to show; this is the everyday guard, the load script the heavy one.)
     */
    @Test
    public void acknowledgedWritesSurviveConcurrentLoad() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> cases = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                cases.add(() -> {
                    String id = nieuwOnderzoek("111222333");
                    Http.Exchange lid = post("/api/v1/onderzoeken/" + id + "/gezinsleden", "{\"persoon\": " + String.format(CLIENT, "123456782")
                            + ", \"relatie\": \"PARTNER\", \"inHuishouding\": true}");
                    return lid.status() == 200 ? id : "gezinslid " + lid.status() + " " + lid.body();
                });
            }
            for (Future<String> f : pool.invokeAll(cases)) {
                String id = f.get();
                Http.Exchange read = Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null, JSON);
                assertEquals(id + ": " + read.body(), 200, read.status());
                assertEquals(2, read.body().get("versie").asLong());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void everyListIsPagedAndCarriesNoPersonalData() throws Exception {
        for (int i = 0; i < 7; i++) {
            nieuwOnderzoek("111222333");
        }
        JsonNode first = Http.send(port(), "GET", "/api/v1/onderzoeken?paginaGrootte=2", null).body();
        assertEquals(2, first.at("/_embedded/onderzoeken").size());
        assertFalse(first.at("/_links/next/href").isMissingNode());
        assertFalse("no personal data in lists", first.toString().contains("111222333"));
        JsonNode second = Http.send(port(), "GET", first.at("/_links/next/href").asText(), null).body();
        assertNotEquals(first.at("/_embedded/onderzoeken/0/id"), second.at("/_embedded/onderzoeken/0/id"));
        assertEquals(400, Http.send(port(), "GET", "/api/v1/meldingen?paginaGrootte=0", null).status());
        assertEquals(400, Http.send(port(), "GET", "/api/v1/meldingen?pagina=een", null).status());

        // Following next links (keyset paging, `na`) walks the same list as page numbers, in both orders.
        for (String sorteer : List.of("", "&sorteer=termijn")) {
            List<String> byNumber = new ArrayList<>();
            for (int pagina = 1; pagina <= 3; pagina++) {
                Http.send(port(), "GET", "/api/v1/onderzoeken?paginaGrootte=2&pagina=" + pagina + sorteer, null).body()
                        .at("/_embedded/onderzoeken").forEach(o -> byNumber.add(o.get("id").asText()));
            }
            List<String> byLink = new ArrayList<>();
            String href = "/api/v1/onderzoeken?paginaGrootte=2" + sorteer;
            for (int pagina = 1; pagina <= 3; pagina++) {
                JsonNode page = Http.send(port(), "GET", href, null).body();
                assertEquals(sorteer + " " + page, pagina, page.get("pagina").asInt());
                page.at("/_embedded/onderzoeken").forEach(o -> byLink.add(o.get("id").asText()));
                href = page.at("/_links/next/href").asText();
                assertTrue(href, href.contains("na=") && !href.contains("pagina="));
                assertTrue("the next link keeps the order", sorteer.isEmpty() || href.endsWith(sorteer));
            }
            assertEquals(sorteer, byNumber, byLink);
        }
        String na = first.at("/_links/next/href").asText().replaceAll(".*na=([^&]*).*", "$1");
        for (String bad : List.of("na=" + na + "&pagina=2", "na=" + na + "&sorteer=termijn", "na=bm9n", "na=" + na.substring(1),
                "na=" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("nieuwste|1|2026-01-01T00:00:00Z|00000000-0000-0000-0000-000000000000".getBytes()),
                "na=" + "A".repeat(300))) {
            Http.Exchange refused = Http.send(port(), "GET", "/api/v1/onderzoeken?" + bad, null);
            assertEquals(bad + ": " + refused.body(), 400, refused.status());
            assertEquals(bad, "na", refused.body().at("/invalidParams/0/name").asText());
        }
    }

    @Test
    public void theOpenApiDocumentMatchesTheLiveRoutes() throws Exception {
        Http.Exchange doc = Http.send(port(), "GET", "/api/v1/openapi.json", null);
        assertEquals(200, doc.status());
        assertEquals("3.0.3", doc.body().get("openapi").asText());
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.body().get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey().replace("{id}", UUID.randomUUID().toString()).replace("{bsn}", "111222333");
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase();
                Http.Exchange answer = Http.send(port(), method, "/api/v1" + concrete, method.equals("GET") ? null : "{}", JSON);
                assertNotEquals(method + " " + path.getKey() + " is routed", 405, answer.status());
                assertFalse(method + " " + path.getKey() + " is routed: " + answer.body(),
                        answer.status() == 404 && answer.body().path("detail").asText().startsWith("geen resource"));
                operations++;
            }
        }
        assertEquals(48, operations);
    }

    /** A consulent's inzage on a resident's behalf: the BSN in the body, never in the URL. */
    private Http.Exchange inzageNamens(String bsn) {
        return Http.send(port(), "POST", "/api/v1/inzage", "{\"bsn\": \"" + bsn + "\"}", "Content-Type", "application/json",
                "x-verwerking", "inzage");
    }

    @Test
    public void inzageShowsOnlyTheOwnPartAndIsLogged() throws Exception {
        forget("555555550");
        String id = nieuwOnderzoek("999999990");
        assertEquals(200, post("/api/v1/onderzoeken/" + id + "/gezinsleden", "{\"persoon\": " + String.format(CLIENT, "555555550")
                + ", \"relatie\": \"KIND\", \"inHuishouding\": true}").status());
        String kind = Aanmelden.als(context, port(), "kind", "555555550", Functie.BURGER);
        String[] inzage = { "x-verwerking", "inzage", "Authorization", kind };
        JsonNode own = Http.send(port(), "GET", "/api/v1/inzage", null, inzage).body();
        assertEquals("the resident's BSN comes from the token: " + own, "555555550", own.get("bsn").asText());
        assertEquals("gezinslid", own.at("/gegevens/0/rol").asText());
        assertFalse("another family member's data are not shown", own.toString().contains("999999990"));

        Http.Exchange namens = inzageNamens("555555550");
        assertEquals(namens.body().toString(), 200, namens.status());
        JsonNode again = Http.send(port(), "GET", "/api/v1/inzage", null, inzage).body();
        boolean logged = false;
        boolean onBehalf = false;
        for (JsonNode r : again.get("verwerkingen")) {
            logged |= r.get("doel").asText().equals("inzage") && r.get("uitvoerder").asText().startsWith("BURGER:0000/ps:");
            onBehalf |= r.get("doel").asText().equals("inzage-namens") && r.get("uitvoerder").asText().startsWith("CONSULENT:0000/ps:");
        }
        assertTrue("the resident's own inzage is on record, the resident by pseudonym: " + again.get("verwerkingen"), logged);
        assertTrue("the consulent's inzage on the resident's behalf is its own record: " + again.get("verwerkingen"), onBehalf);
        assertFalse("no record names a person in clear", again.get("verwerkingen").toString().contains("medewerker"));

        assertEquals("a resident cannot ask for another person's data", 403,
                Http.send(port(), "POST", "/api/v1/inzage", "{\"bsn\": \"999999990\"}", "Content-Type", "application/json",
                        "x-verwerking", "inzage", "Authorization", kind).status());
        assertEquals("a consulent has no own inzage in the case model", 403, Http.send(port(), "GET", "/api/v1/inzage", null,
                "x-verwerking", "inzage").status());
        assertEquals("the BSN is no longer in the path", 404, Http.send(port(), "GET", "/api/v1/inzage/555555550", null,
                "x-verwerking", "inzage").status());
        Http.Exchange bad = Http.send(port(), "POST", "/api/v1/inzage", "{\"bsn\": \"123\"}", "Content-Type", "application/json",
                "x-verwerking", "inzage");
        assertEquals(400, bad.status());
        assertEquals("bsn", bad.body().at("/invalidParams/0/name").asText());
    }

    @Test
    public void withoutAValidTokenNothingIsAnsweredButTheContract() throws Exception {
        String[] none = { "x-verwerking", "wams-onderzoek", "Authorization", "" };
        Http.Exchange anonymous = Http.send(port(), "GET", "/api/v1/onderzoeken", null, none);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"));
        assertEquals("Bearer realm=\"meervoud\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals("even an unknown path tells nothing without a token", 401,
                Http.send(port(), "GET", "/api/v1/bestaat-niet", null, none).status());
        assertEquals("the contract is public", 200, Http.send(port(), "GET", "/api/v1/openapi.json", null, none).status());

        String token = Aanmelden.medewerker(context, port()).substring("Bearer ".length());
        String[] parts = token.split("\\.");
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        String tampered = parts[0] + "." + b64.encodeToString(payload.replace("\"consulent\"", "\"beheerder\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        for (String[] bad : new String[][] { { "Bearer " + unsigned, "alg none" }, { "Bearer " + tampered, "handtekening" },
                { "Bearer abc.def.ghi", "geen geldige JWT" }, { "Basic bWVkZXdlcmtlcjp4", "Bearer" }, { "Bearer " + token + "x", "handtekening" } }) {
            Http.Exchange refused = Http.send(port(), "GET", "/api/v1/onderzoeken", null, "x-verwerking", "wams-onderzoek", "Authorization", bad[0]);
            assertEquals(bad[1], 401, refused.status());
            String challenge = refused.headers().firstValue("WWW-Authenticate").orElse("");
            assertTrue(bad[1] + ": " + challenge, challenge.startsWith("Bearer realm=\"meervoud\", error=\"invalid_"));
            assertTrue(bad[1] + ": " + refused.body(), refused.body().get("detail").asText().contains(bad[1]));
            assertFalse("the answer never echoes the token", refused.body().toString().contains(parts[2]));
        }

        String beheerder = Aanmelden.als(context, port(), "beheer", "", Functie.BEHEERDER);
        Http.Exchange operator = Http.send(port(), "GET", "/api/v1/onderzoeken", null, "x-verwerking", "wams-onderzoek", "Authorization", beheerder);
        assertEquals("the operator sees no personal data: " + operator.body(), 403, operator.status());
        Http.Exchange start = Http.send(port(), "POST", "/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"verzoekdatum\": \"2026-11-02\", "
                + "\"hulpvraagWet\": \"Wmo 2015\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", \"client\": " + String.format(CLIENT, "300000169") + ", \"reikwijdte\": {\"domeinen\": "
                + "[\"inkomen\"]}, \"vermoedenMeervoudigeProblematiek\": true}", "Content-Type", "application/json", "x-verwerking",
                "wams-onderzoek", "Authorization", beheerder);
        assertEquals("the operator starts no investigation: " + start.body(), 403, start.status());
        assertTrue(start.body().get("detail").asText(), start.body().get("detail").asText().startsWith("uw functie (beheerder) handelt niet als COLLEGE"));
        boolean refusalLogged = false;
        for (nl.meervoud.privacy.api.ProcessingRecord r : log.byBetrokkene("300000169")) {
            refusalLogged |= r.besluit().equals("DENY") && (r.uitvoerder() + r.afnemer()).contains("FUNCTIE_BEHEERDER:0000/ps:");
        }
        assertTrue("the operator's attempt is a kernel decision in the processing log, the operator by pseudonym", refusalLogged);

        // A reset account's earlier tokens stop working at once.
        String before = Aanmelden.als(context, port(), "wissel", "", Functie.CONSULENT);
        assertEquals(200, Http.send(port(), "GET", "/api/v1/onderzoeken", null, "x-verwerking", "wams-onderzoek", "Authorization", before).status());
        Aanmelden.als(context, port(), "wissel", "", Functie.CONSULENT);
        assertEquals(401, Http.send(port(), "GET", "/api/v1/onderzoeken", null, "x-verwerking", "wams-onderzoek", "Authorization", before).status());
    }

    @Test
    public void theRetentionJobDeletesExpiredFilesAndLogsEachDeletion() throws Exception {
        forget("777777770");
        Http.Exchange melding = post("/api/v1/meldingen", "{\"ontvangen\": \"2024-01-02\", \"melder\": {\"soort\": \"BURGER\", "
                + "\"naam\": \"Buur\", \"anoniemJegensGemelde\": true}, \"gemelde\": {\"naam\": \"G\"}, \"zorg\": \"vervuiling\", "
                + "\"ingezetene\": true}");
        assertEquals(melding.body().toString(), 201, melding.status());
        assertEquals("2025-01-02", melding.body().get("bewarenTot").asText());

        String id = nieuwOnderzoekOp("777777770", "2020-01-06");
        JsonNode laat = Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null, JSON).body();
        assertEquals("2020-02-17", laat.get("termijn").asText());
        assertTrue("six weeks passed long ago (Wmo 2015 art. 2.3a.1)", laat.get("termijnVerstreken").asBoolean());
        assertEquals("the term is the Wams core's rule, with its article", "wams-core/T2", laat.at("/termijnGrondslag/regel").asText());
        assertEquals("Wmo 2015 art. 2.3a.1", laat.at("/termijnGrondslag/citaties/0").asText());
        assertEquals(200, Http.send(port(), "PUT", "/api/v1/onderzoeken/" + id + "/procedure", "{\"identiteitVastgesteld\": true}", JSON).status());
        assertEquals(200, Http.send(port(), "PUT", "/api/v1/onderzoeken/" + id + "/inhoud", "{\"inhoud\": {\"domeinen\": [\"inkomen\"]}}", JSON).status());
        Http.Exchange uitkomst = post("/api/v1/onderzoeken/" + id + "/uitkomst", "{\"op\": \"2020-02-03\", \"uitkomsten\": "
                + "{\"777777770\": {\"conclusies\": \"geen voorzieningen nodig\"}}}");
        assertEquals(uitkomst.body().toString(), 200, uitkomst.status());
        assertEquals("GEEN", uitkomst.body().at("/aanpak/uitkomst").asText());
        Http.Exchange closed = post("/api/v1/onderzoeken/" + id + "/aanpak", "{\"besluit\": \"GEEN\"}");
        assertEquals(closed.body().toString(), "2022-02-03", closed.body().get("bewarenTot").asText());

        String result = InFramework.shell(shell, "meervoud:bewaartermijnen");
        assertTrue(result, result.contains("verwijderd"));
        assertEquals(404, Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null, JSON).status());
        assertEquals(404, Http.send(port(), "GET", melding.body().at("/_links/self/href").asText(), null, JSON).status());
        JsonNode inzage = inzageNamens("777777770").body();
        assertEquals("nothing is left", 0, inzage.get("gegevens").size());
        boolean logged = false;
        for (JsonNode r : inzage.get("verwerkingen")) {
            logged |= r.get("doel").asText().equals("verwijderen") && r.get("grondslag").toString().contains("Wmo 2015 art. 5.4.5 lid 1");
        }
        assertTrue("the deletion is in the processing log: " + inzage.get("verwerkingen"), logged);

        // The privacy officer's overview of what the job deleted, newest first, people by pseudonym.
        String fg = Aanmelden.als(context, port(), "fg-bewaartermijnen", "", Functie.PRIVACYFUNCTIONARIS);
        Http.Exchange overzicht = Http.send(port(), "GET", "/api/v1/bewaartermijnen/verwijderingen?paginaGrootte=50", null, "x-verwerking",
                "verantwoording", "Authorization", fg);
        assertEquals(overzicht.body().toString(), 200, overzicht.status());
        boolean gevonden = false;
        long vorige = Long.MAX_VALUE;
        for (JsonNode v : overzicht.body().get("verwijderingen")) {
            gevonden |= v.get("zaak").asText().equals(id) && v.get("grondslag").toString().contains("Wmo 2015 art. 5.4.5 lid 1")
                    && v.get("gegevens").toString().contains("onderzoek");
            assertTrue("newest first", v.get("volgnummer").asLong() < vorige);
            vorige = v.get("volgnummer").asLong();
        }
        assertTrue("the investigation's deletion, with its rule and article: " + overzicht.body(), gevonden);
        JsonNode elders = Http.send(port(), "GET", "/api/v1/bewaartermijnen/verwijderingen?paginaGrootte=500", null, "x-verwerking", "verantwoording",
                "Authorization", Aanmelden.alsIn(context, port(), "fg-bewaar-utrecht", "0344", Functie.PRIVACYFUNCTIONARIS)).body();
        assertFalse("another municipality's privacy officer does not see it: " + elders, elders.toString().contains(id));
        assertFalse("no BSN in the overview", overzicht.body().toString().contains("777777770"));
        assertEquals("a consulent does not read it", 403, Http.send(port(), "GET", "/api/v1/bewaartermijnen/verwijderingen", null,
                "x-verwerking", "verantwoording", "Authorization", Aanmelden.als(context, port(), "consulent-bewaar", "", Functie.CONSULENT)).status());
    }

    /** Issue 8 §2: the Jeugdwet entry (Jeugdwet art. 2.4a) is the module's rule; without the module it is refused. */
    @Test
    public void aHelpRequestEntersOnlyThroughTheTriggerOfAnActiveLawModule() throws Exception {
        org.osgi.framework.Bundle jeugdwet = InFramework.find(context, "nl.meervoud.domain.jeugdwet");
        String jeugdhulpvraag = "{\"route\": \"WMO_2_3A_1\", \"hulpvraagWet\": \"Jeugdwet\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", \"client\": " + String.format(CLIENT, "111222333")
                + ", \"reikwijdte\": {\"domeinen\": [\"opvoeding\"]}, \"vermoedenMeervoudigeProblematiek\": true}";
        jeugdwet.stop();
        try {
            Http.Exchange zonderModule = post("/api/v1/onderzoeken", jeugdhulpvraag);
            assertEquals(zonderModule.body().toString(), 422, zonderModule.status());
            assertTrue(zonderModule.body().get("detail").asText().contains("`Jeugdwet`"));
        } finally {
            jeugdwet.start();
        }
        Http.Exchange metModule = post("/api/v1/onderzoeken", jeugdhulpvraag);
        assertEquals(metModule.body().toString(), 201, metModule.status());
        assertEquals("a Jeugdwet help request runs on the Jeugdwet module's term", "jeugdwet/J7",
                metModule.body().at("/termijnGrondslag/regel").asText());
    }

    /**
     * Issue 8 §2/§3: who is a jeugdige, for the gezinslid grounds of Wmo 2015 art. 1.1.1, is the Jeugdwet module's
     * J9 (Jeugdwet art. 1.1); the ground names it, and without the module a ground that needs it is refused.
     */
    @Test
    public void theJeugdigeAgeOfTheGezinslidGroundsIsTheJeugdwetModulesRule() throws Exception {
        forget("200000007", "555555550");
        String id = nieuwOnderzoek("200000007");
        String kindInInstelling = "{\"persoon\": {\"bsn\": \"555555550\", \"naam\": \"Kind\", \"geboortedatum\": \"2014-05-01\"}"
                + ", \"relatie\": \"KIND\", \"verblijftElders\": true, \"op\": \"2026-11-03\"@tot}";
        Http.Exchange teOud = post("/api/v1/onderzoeken/" + id + "/gezinsleden", kindInInstelling.replace("@tot", ", \"jeugdigeTot\": 25"));
        assertEquals(teOud.body().toString(), 400, teOud.status());
        assertEquals("jeugdigeTot", teOud.body().at("/invalidParams/0/name").asText());
        assertTrue(teOud.body().toString(), teOud.body().get("detail").asText().contains("jeugdwet/J9"));
        org.osgi.framework.Bundle jeugdwet = InFramework.find(context, "nl.meervoud.domain.jeugdwet");
        jeugdwet.stop();
        try {
            Http.Exchange zonderModule = post("/api/v1/onderzoeken/" + id + "/gezinsleden", kindInInstelling.replace("@tot", ""));
            assertEquals(zonderModule.body().toString(), 422, zonderModule.status());
            assertEquals("Wmo 2015 art. 1.1.1", zonderModule.body().get("artikel").asText());
        } finally {
            jeugdwet.start();
        }
        Http.Exchange lid = post("/api/v1/onderzoeken/" + id + "/gezinsleden", kindInInstelling.replace("@tot", ""));
        assertEquals(lid.body().toString(), 200, lid.status());
        JsonNode deelname = lid.body().at("/gezinsleden/0");
        assertEquals("KIND_ELDERS", deelname.get("grond").asText());
        assertEquals("jeugdwet/J9", deelname.at("/grondslag/regel").asText());
        assertEquals("[\"Wmo 2015 art. 1.1.1\",\"Jeugdwet art. 1.1\"]", deelname.at("/grondslag/citaties").toString());
    }

    /**
     * Issue 8 §2/§3: whether a coordinated approach follows is the Wams core's A1-A6 and E1 (Wmo 2015 art. 2.3a.2
     * lid 2, 2.3a.3 lid 2, 2.3a.4 lid 8), read from the active rule set; each outcome names its rule.
     */
    @Test
    public void theCoordinatedApproachIsDecidedByTheWamsCoreRulesAndNamesThem() throws Exception {
        forget("200000007");
        Http.Exchange verzoek = post("/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_4\", \"client\": " + String.format(CLIENT, "200000007")
                + ", \"verzoek\": {\"partij\": \"GGZ Noord\", \"voortdurendOfTerugkerend\": true, \"teloorgangOfLageKwaliteitVanLeven\": true, "
                + "\"zorgmijdingMetOverlastOfOnveiligheidOfHulpOnwerkzaam\": true, \"aanpakDraagtBij\": true, \"motivering\": \"overlast\"}}");
        assertEquals(verzoek.body().toString(), 201, verzoek.status());
        String id = verzoek.body().get("id").asText();
        for (String[] step : new String[][] { { "POST", "beoordeling", "{\"starten\": true, \"motivering\": \"ernstig\"}" },
                { "POST", "informering", "{}" }, { "PUT", "inhoud", "{\"inhoud\": {\"domeinen\": [\"inkomen\"]}}" } }) {
            Http.Exchange e = Http.send(port(), step[0], "/api/v1/onderzoeken/" + id + "/" + step[1], step[2], JSON);
            assertEquals(step[1] + ": " + e.body(), 200, e.status());
        }
        Http.Exchange uitkomst = post("/api/v1/onderzoeken/" + id + "/uitkomst", "{\"uitkomsten\": {\"200000007\": {\"conclusies\": \"c\", "
                + "\"voorzieningen\": [\"bijstand\"], \"hoeTeVerkrijgen\": \"aanvraag\"}}}");
        assertEquals(uitkomst.body().toString(), 200, uitkomst.status());
        assertEquals("GEEN", uitkomst.body().at("/aanpak/uitkomst").asText());
        assertEquals("wams-core/A5", uitkomst.body().at("/aanpak/regel").asText());
        JsonNode bijstand = Http.send(port(), "GET", "/api/v1/onderzoeken/" + id + "/uitkomsten/200000007", null, JSON).body()
                .at("/uitkomst/verkrijging/0");
        assertEquals("bijstand still needs its own application (Participatiewet art. 7a): " + bijstand, "APART", bijstand.path("aanvraag").asText());
        assertEquals("participatiewet/P-8", bijstand.path("regel").asText());
        Http.Exchange eigenRegie = post("/api/v1/onderzoeken/" + id + "/aanpak", "{\"besluit\": \"EIGEN_REGIE\"}");
        assertEquals(eigenRegie.body().toString(), 422, eigenRegie.status());
        assertEquals("Wmo 2015 art. 2.3a.4 lid 8", eigenRegie.body().get("artikel").asText());
        assertTrue(eigenRegie.body().toString(), eigenRegie.body().get("detail").asText().contains("wams-core/E1"));
        assertEquals("nothing stored by the refused step", "UITKOMST_MEEGEDEELD",
                Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null, JSON).body().at("/proces/toestand").asText());
    }

    /**
     * Issue 8 §2 (and issue 9's Wet inburgering 2021 module): the brede intake is the module's route, not a case-model
     * enum. Its trigger I1 starts the 2.3a.4 procedure without a party's request (Wet inburgering 2021 art. 14 lid 8),
     * the kernel decides on the module's route under I2, the client's inburgeringsplicht makes one service a mandatory
     * approach (wams-core/A3), and without the module a new intake is refused naming the law while the case stays.
     */
    @Test
    public void theBredeIntakeIsTheInburgeringModulesRouteIntoThe2_3a_4Procedure() throws Exception {
        forget("300000017");
        String intake = "{\"route\": \"WET_INBURGERING_14_8\", \"hulpvraagWet\": \"Wet inburgering 2021\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", \"verzoekdatum\": \"2026-11-02\", "
                + "\"client\": " + String.format(CLIENT, "300000017") + "@aanleiding}";
        Http.Exchange zonderAanleiding = post("/api/v1/onderzoeken", intake.replace("@aanleiding", ""));
        assertEquals(zonderAanleiding.body().toString(), 400, zonderAanleiding.status());
        assertEquals("aanleiding", zonderAanleiding.body().at("/invalidParams/0/name").asText());
        Http.Exchange created = post("/api/v1/onderzoeken", intake.replace("@aanleiding", ", \"aanleiding\": \"schulden en opvoedvragen\""));
        assertEquals(created.body().toString(), 201, created.status());
        String id = created.body().get("id").asText();
        assertEquals("GESTART", created.body().at("/proces/toestand").asText());
        assertEquals("WMO_2_3A_4", created.body().at("/proces/route").asText());
        assertEquals("WET_INBURGERING_14_8", created.body().at("/ingang/route").asText());
        assertEquals("inburgering/I1", created.body().at("/ingang/regel").asText());
        assertEquals("[\"Wet inburgering 2021 art. 14 lid 8\"]", created.body().at("/ingang/citaties").toString());
        assertEquals("[\"inburgeringsplicht\"]", created.body().at("/plichten/300000017").toString());
        ProcessingRecord first = log.byZaak(id).get(0);
        assertEquals("PERMIT", first.besluit());
        assertTrue(first.toString(), first.toString().contains("inburgering/I2"));

        for (String[] step : new String[][] { { "POST", "informering", "{}" }, { "PUT", "inhoud", "{\"inhoud\": {\"domeinen\": [\"inkomen\"]}}" } }) {
            Http.Exchange e = Http.send(port(), step[0], "/api/v1/onderzoeken/" + id + "/" + step[1], step[2], JSON);
            assertEquals(step[1] + ": " + e.body(), 200, e.status());
        }
        Http.Exchange uitkomst = post("/api/v1/onderzoeken/" + id + "/uitkomst", "{\"uitkomsten\": {\"300000017\": {\"conclusies\": \"c\", "
                + "\"voorzieningen\": [\"schuldhulpverlening\"], \"hoeTeVerkrijgen\": \"mondeling\"}}}");
        assertEquals(uitkomst.body().toString(), 200, uitkomst.status());
        assertEquals("one service plus the inburgeringsplicht", "VERPLICHT", uitkomst.body().at("/aanpak/uitkomst").asText());
        assertEquals("wams-core/A3", uitkomst.body().at("/aanpak/regel").asText());

        org.osgi.framework.Bundle module = InFramework.find(context, "nl.meervoud.domain.inburgering");
        module.stop();
        try {
            Http.Exchange zonderModule = post("/api/v1/onderzoeken", intake.replace("300000017", "300000029")
                    .replace("@aanleiding", ", \"aanleiding\": \"schulden\""));
            assertEquals(zonderModule.body().toString(), 422, zonderModule.status());
            assertTrue(zonderModule.body().toString(), zonderModule.body().get("detail").asText().contains("`Wet inburgering 2021`"));
            Http.Exchange gelezen = Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null, JSON);
            assertEquals("the kernel denies processing on a route no active rule set declares: " + gelezen.body(), 403, gelezen.status());
            assertTrue(gelezen.body().toString(), gelezen.body().toString().contains("WET_INBURGERING_14_8"));
        } finally {
            module.start();
        }
        assertTrue("the case keeps the route it came in on, and is processed again once its module is back", Await.until(() -> {
            Http.Exchange e = Http.send(port(), "GET", "/api/v1/onderzoeken/" + id, null, JSON);
            return e.status() == 200 && "WET_INBURGERING_14_8".equals(e.body().at("/ingang/route").asText());
        }));
    }

    /**
     * Issue 8 §2 (service-route rules) and issue 9's Wgs module: a debt-relief help request enters 2.3a.1 through the
     * module's S1 on its S5 term, and the written outcome says, per person, that debt relief starts on an oral or
     * written statement (wgs/S7, Wgs art. 3b; Wmo 2015 art. 2.3a.2 lid 1). A client cannot supply that computed part.
     */
    @Test
    public void theWrittenOutcomeSaysHowTheWgsModuleHasDebtReliefObtained() throws Exception {
        forget("777777770");
        Http.Exchange created = post("/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"hulpvraagWet\": \"Wgs\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", \"verzoekdatum\": "
                + "\"2026-11-02\", \"client\": " + String.format(CLIENT, "777777770") + ", \"reikwijdte\": {\"domeinen\": [\"inkomen\"]}, "
                + "\"vermoedenMeervoudigeProblematiek\": true}");
        assertEquals(created.body().toString(), 201, created.status());
        String id = created.body().get("id").asText();
        assertEquals("wgs/S1", created.body().at("/ingang/regel").asText());
        assertEquals("wgs/S5", created.body().at("/termijnGrondslag/regel").asText());
        for (String[] step : new String[][] { { "PUT", "procedure", "{\"identiteitVastgesteld\": true, \"clientondersteuningGewezen\": true, \"persoonlijkPlanGewezen\": true, \"pgbGewezen\": true}" },
                { "PUT", "inhoud", "{\"inhoud\": {\"domeinen\": [\"inkomen\"]}}" } }) {
            Http.Exchange e = Http.send(port(), step[0], "/api/v1/onderzoeken/" + id + "/" + step[1], step[2], JSON);
            assertEquals(step[1] + ": " + e.body(), 200, e.status());
        }
        String uitkomst = "{\"uitkomsten\": {\"777777770\": {\"conclusies\": \"schulden\", \"voorzieningen\": [\"schuldhulpverlening\"], "
                + "\"hoeTeVerkrijgen\": \"bij het schuldhulpteam\"@extra}}}";
        Http.Exchange zelf = post("/api/v1/onderzoeken/" + id + "/uitkomst", uitkomst.replace("@extra", ", \"verkrijging\": [{\"dienst\": "
                + "\"schuldhulpverlening\", \"wet\": \"Wgs\", \"aanvraag\": \"GEEN\", \"regel\": \"x\"}]"));
        assertEquals(zelf.body().toString(), 400, zelf.status());
        assertEquals("uitkomsten.777777770.verkrijging", zelf.body().at("/invalidParams/0/name").asText());
        Http.Exchange gegeven = post("/api/v1/onderzoeken/" + id + "/uitkomst", uitkomst.replace("@extra", ""));
        assertEquals(gegeven.body().toString(), 200, gegeven.status());
        JsonNode voorPersoon = Http.send(port(), "GET", "/api/v1/onderzoeken/" + id + "/uitkomsten/777777770", null, JSON).body();
        JsonNode verkrijging = voorPersoon.at("/uitkomst/verkrijging/0");
        assertEquals(voorPersoon.toString(), "VERKLARING", verkrijging.get("aanvraag").asText());
        assertEquals("wgs/S7", verkrijging.get("regel").asText());
        assertEquals("[\"Wgs art. 3b\"]", verkrijging.get("citaties").toString());
        assertEquals("what a person sees of the shared file names its article", "[\"Wmo 2015 art. 2.3a.2 lid 1\",\"AVG art. 15 lid 4\"]",
                voorPersoon.at("/zichtbaarheid/citaties").toString());
    }

    /**
     * Issue 8 §2: the melddossier bounds are R4's (Wmo 2015 art. 5.5.4 lid 1: at least six months, at most a year),
     * not a copy in the case service: a configured period outside them is held at the nearest bound.
     */
    @Test
    public void theConfiguredMelddossierPeriodIsHeldWithinTheActiveRetentionRule() throws Exception {
        org.osgi.service.cm.Configuration c = configAdmin.getConfiguration("nl.meervoud.casus", "?");
        java.util.Dictionary<String, Object> original = c.getProperties();
        try {
            for (Object[] setting : new Object[][] { { 24, "2025-01-02" }, { 3, "2024-07-02" }, { 9, "2024-10-02" } }) {
                java.util.Dictionary<String, Object> p = new java.util.Hashtable<>();
                p.put("melddossierMaanden", setting[0]);
                c.update(p);
                assertTrue(setting[0] + " months is kept until " + setting[1], Await.until(() -> {
                    Http.Exchange m = post("/api/v1/meldingen", "{\"ontvangen\": \"2024-01-02\", \"melder\": {\"soort\": \"BURGER\", "
                            + "\"naam\": \"Buur\", \"anoniemJegensGemelde\": true}, \"gemelde\": {\"naam\": \"G\"}, \"zorg\": \"vervuiling\", "
                            + "\"ingezetene\": true}");
                    return m.status() == 201 && setting[1].equals(m.body().path("bewarenTot").asText());
                }));
            }
        } finally {
            if (original == null) {
                c.delete();
            } else {
                c.update(original);
            }
        }
        // The restored setting reactivates the API asynchronously; wait until it is in force, so that the next test
        // does not meet the restart (a 404 while the servlet re-registers).
        Object maanden = original == null ? null : original.get("melddossierMaanden");
        String verwacht = java.time.LocalDate.of(2024, 1, 2)
                .plusMonths(Math.max(6, Math.min(12, maanden == null ? 12 : Integer.parseInt(maanden.toString())))).toString();
        assertTrue("the restored setting is in force", Await.until(() -> {
            Http.Exchange m = post("/api/v1/meldingen", "{\"ontvangen\": \"2024-01-02\", \"melder\": {\"soort\": \"BURGER\", "
                    + "\"naam\": \"Buur\", \"anoniemJegensGemelde\": true}, \"gemelde\": {\"naam\": \"G\"}, \"zorg\": \"vervuiling\", "
                    + "\"ingezetene\": true}");
            return m.status() == 201 && verwacht.equals(m.body().path("bewarenTot").asText());
        }));
        assertEquals(200, Http.awaitStatus(port(), "/api/v1/onderzoeken", 200, Await.DEFAULT).status());
    }

    private String nieuwOnderzoekOp(String bsn, String datum) {
        Http.Exchange created = post("/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"verzoekdatum\": \"" + datum + "\", "
                + "\"hulpvraagWet\": \"Wmo 2015\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", \"client\": " + String.format(CLIENT, bsn)
                + ", \"reikwijdte\": {\"domeinen\": [\"inkomen\"]}, \"vermoedenMeervoudigeProblematiek\": true}");
        assertEquals(created.body().toString(), 201, created.status());
        return created.body().get("id").asText();
    }

    // ---------------------------------------------------------------- issue 8 §4: the kernel is the only gate, and
    // every attempt is logged once, right: a decision names the case it creates, a body refused as malformed leaves
    // no record, and a permit whose write then fails is followed by a record that it did not take place.

    @Test
    public void theCreationOfAnInvestigationIsLoggedWithItsCase() {
        String id = nieuwOnderzoek("300000005");
        List<ProcessingRecord> records = log.byZaak(id);
        assertEquals("the decision that created the case is the case's first record: " + records, "onderzoek-2.3a.1", records.get(0).doel());
        assertEquals("PERMIT", records.get(0).besluit());
        JsonNode verwerkingen = Http.send(port(), "GET", "/api/v1/onderzoeken/" + id + "/verwerkingen", null, JSON).body();
        assertEquals(records.get(0).actieId(), verwerkingen.at("/verwerkingen/0/actieId").asText());
    }

    /**
     * Issue 8 §4: the kernel is told the necessity is recorded only when the file records it (what, by whom, when).
     * Without a justification the start is the kernel's refusal under W1, on record, and nothing is stored; with
     * one the file keeps it, and a later one is added with its author and time.
     */
    @Test
    public void theNecessityTheKernelIsToldOfIsWhatTheFileRecords() {
        forget("300000108");
        int before = count("onderzoeken");
        Http.Exchange zonder = post("/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"hulpvraagWet\": \"Wmo 2015\", \"client\": "
                + String.format(CLIENT, "300000108") + ", \"reikwijdte\": {\"domeinen\": [\"inkomen\"]}, \"vermoedenMeervoudigeProblematiek\": true}");
        assertEquals(zonder.body().toString(), 403, zonder.status());
        assertEquals("wams-core/W1", zonder.body().get("regel").asText());
        assertTrue(zonder.body().toString(), zonder.body().get("detail").asText().contains("noodzaak"));
        assertEquals("nothing stored", before, count("onderzoeken"));
        List<ProcessingRecord> refused = log.byBetrokkene("300000108");
        assertTrue("the refusal is on record: " + refused, refused.stream().anyMatch(r -> r.besluit().equals("DENY")
                && r.regel().equals("wams-core/W1") && r.doel().equals("onderzoek-2.3a.1")));

        Http.Exchange met = post("/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"hulpvraagWet\": \"Wmo 2015\", "
                + "\"noodzaak\": \"schulden en inkomen hangen samen\", \"client\": " + String.format(CLIENT, "300000108")
                + ", \"reikwijdte\": {\"domeinen\": [\"inkomen\"]}, \"vermoedenMeervoudigeProblematiek\": true}");
        assertEquals(met.body().toString(), 201, met.status());
        JsonNode onderbouwing = met.body().at("/onderbouwingen/0");
        assertEquals("schulden en inkomen hangen samen", onderbouwing.get("waarom").asText());
        assertEquals("hulpvraag", onderbouwing.get("bron").asText());
        assertTrue("recorded by the acting person's account, not a name: " + onderbouwing, onderbouwing.get("door").asText().endsWith("|medewerker"));
        assertFalse(onderbouwing.get("op").asText().isEmpty());
        String id = met.body().get("id").asText();

        Http.Exchange leeg = post("/api/v1/onderzoeken/" + id + "/noodzaak", "{\"waarom\": \"  \"}");
        assertEquals(leeg.body().toString(), 400, leeg.status());
        assertEquals("waarom", leeg.body().at("/invalidParams/0/name").asText());
        Http.Exchange later = post("/api/v1/onderzoeken/" + id + "/noodzaak", "{\"waarom\": \"ook de huur is achter\"}");
        assertEquals(later.body().toString(), 200, later.status());
        assertEquals(2, later.body().get("onderbouwingen").size());
        assertEquals("aanvulling", later.body().at("/onderbouwingen/1/bron").asText());
    }

    /**
     * Issue 8 §3 (and issue 10 §2, need-to-know): the coordinator of Wmo 2015 art. 1.1.1 is the person the college
     * designates (2.3a.3 lid 1), named by their account: an unknown account or one without the coordinator function
     * is refused naming the article, and once designated only that person opens and lists the coördinatiedossier;
     * another coordinator, or the consulent in the coordinator function, does not.
     */
    @Test
    public void onlyTheDesignatedCoordinatorActsAsTheCasesCoordinator() {
        forget("300000133");
        String id = nieuwOnderzoek("300000133");
        assertEquals(200, Http.send(port(), "PUT", "/api/v1/onderzoeken/" + id + "/procedure", "{\"identiteitVastgesteld\": true, "
                + "\"clientondersteuningGewezen\": true, \"persoonlijkPlanGewezen\": true, \"pgbGewezen\": true}", JSON).status());
        assertEquals(200, Http.send(port(), "PUT", "/api/v1/onderzoeken/" + id + "/inhoud", "{\"inhoud\": {\"domeinen\": [\"inkomen\"]}}", JSON)
                .status());
        Http.Exchange uitkomst = post("/api/v1/onderzoeken/" + id + "/uitkomst", "{\"uitkomsten\": {\"300000133\": {\"conclusies\": \"c\", "
                + "\"voorzieningen\": [\"schuldhulpverlening\", \"bijzondere bijstand\"], \"hoeTeVerkrijgen\": \"beschikking\"}}}");
        assertEquals(uitkomst.body().toString(), "VERPLICHT", uitkomst.body().at("/aanpak/uitkomst").asText());
        String aanpak = "/api/v1/onderzoeken/" + id + "/aanpak";
        String[] coord = { "Content-Type", "application/json", "x-verwerking", "wams-coordinatie" };
        String body = "{\"besluit\": \"COORDINATOR\", \"coordinator\": {\"naam\": \"C\", \"soort\": \"GEMEENTEAMBTENAAR\"%s}}";

        Http.Exchange zonder = Http.send(port(), "POST", aanpak, String.format(body, ""), coord);
        assertEquals(zonder.body().toString(), 400, zonder.status());
        assertEquals("coordinator.gebruiker", zonder.body().at("/invalidParams/0/name").asText());
        Http.Exchange onbekend = Http.send(port(), "POST", aanpak, String.format(body, ", \"gebruiker\": \"niemand-hier\""), coord);
        assertEquals(onbekend.body().toString(), 422, onbekend.status());
        assertEquals("Wmo 2015 art. 2.3a.3 lid 1", onbekend.body().get("artikel").asText());
        gebruikers().aanmaken("alleen-consulent", java.util.Set.of(Functie.CONSULENT), "", "", "");
        Http.Exchange geenCoordinator = Http.send(port(), "POST", aanpak, String.format(body, ", \"gebruiker\": \"alleen-consulent\""), coord);
        assertEquals(geenCoordinator.body().toString(), 422, geenCoordinator.status());

        String a = Aanmelden.als(context, port(), "coord-a", "", Functie.COORDINATOR);
        String b = Aanmelden.als(context, port(), "coord-b", "", Functie.COORDINATOR);
        Http.Exchange aangewezen = Http.send(port(), "POST", aanpak, String.format(body, ", \"gebruiker\": \"coord-a\""), coord);
        assertEquals(aangewezen.body().toString(), 200, aangewezen.status());
        String dossier = aangewezen.body().get("coordinatiedossier").asText();

        assertEquals(200, Http.send(port(), "GET", dossier, null, "x-verwerking", "wams-coordinatie", "Authorization", a).status());
        Http.Exchange ander = Http.send(port(), "GET", dossier, null, "x-verwerking", "wams-coordinatie", "Authorization", b);
        assertEquals("another coordinator: " + ander.body(), 403, ander.status());
        Http.Exchange consulent = Http.send(port(), "GET", dossier, null, "x-verwerking", "wams-coordinatie");
        assertEquals("the consulent, also a coordinator, is not this case's: " + consulent.body(), 403, consulent.status());
        assertEquals("Wmo 2015 art. 2.3a.3 lid 1", consulent.body().get("artikel").asText());
        String lijst = "/api/v1/coordinatiedossiers?onderzoek=" + id;
        assertEquals(1, Http.send(port(), "GET", lijst, null, "x-verwerking", "wams-coordinatie", "Authorization", a).body()
                .at("/_embedded/coordinatiedossiers").size());
        assertEquals("lists show only what the caller may see", 0, Http.send(port(), "GET", lijst, null, "x-verwerking", "wams-coordinatie",
                "Authorization", b).body().at("/_embedded/coordinatiedossiers").size());
    }

    @Test
    public void aCreatedMeldingIsLoggedWithItsOwnId() {
        Http.Exchange m = Http.send(port(), "POST", "/api/v1/meldingen", "{\"ontvangen\": \"2026-11-02\", \"melder\": {\"soort\": \"BURGER\", "
                + "\"naam\": \"Buur\", \"anoniemJegensGemelde\": true}, \"gemelde\": {\"naam\": \"G\"}, "
                + "\"zorg\": \"vervuiling\", \"ingezetene\": true}", JSON);
        assertEquals(m.body().toString(), 201, m.status());
        List<ProcessingRecord> records = log.byZaak(m.body().get("id").asText());
        assertEquals(1, records.size());
        assertEquals("meldpunt-triage", records.get(0).doel());
    }

    /** Every operation, sent a body that is refused as malformed (400), leaves the processing log as it was. */
    @Test
    public void aBodyRefusedAsMalformedWritesNoRecord() {
        forget("300000042");
        String id = nieuwOnderzoek("300000042");
        // An existing resource of the right kind behind every {id}, so each operation reads its body, not a 404.
        Http.Exchange melding = post("/api/v1/meldingen", "{\"ontvangen\": \"2026-11-02\", \"melder\": {\"soort\": \"BURGER\", "
                + "\"naam\": \"Buur\", \"anoniemJegensGemelde\": true}, \"gemelde\": {\"naam\": \"G\"}, \"zorg\": \"vervuiling\", "
                + "\"ingezetene\": true}");
        assertEquals(melding.body().toString(), 201, melding.status());
        Http.Exchange verzoek = post("/api/v1/verstrekkingsverzoeken", "{\"onderzoek\": \"" + id + "\", \"partij\": {\"id\": "
                + "\"kredietbank\", \"naam\": \"Kredietbank\", \"bsnBevoegd\": true}, \"betrokkene\": \"300000042\", "
                + "\"gegevens\": [\"FINANCIEEL\"], \"motivering\": {\"doel\": \"schulden\", \"domein\": \"inkomen\", "
                + "\"waarom\": \"achterstanden\", \"metWie\": \"het college\"}}");
        assertEquals(verzoek.body().toString(), 201, verzoek.status());
        Map<String, String> ids = Map.of("/onderzoeken/", id, "/meldingen/", melding.body().get("id").asText(), "/verstrekkingsverzoeken/",
                verzoek.body().get("id").asText());
        JsonNode doc = Http.send(port(), "GET", "/api/v1/openapi.json", null).body();
        List<String> writers = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        int refused = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey().replace("{bsn}", "300000042");
            for (Map.Entry<String, String> kind : ids.entrySet()) {
                concrete = concrete.startsWith(kind.getKey()) ? concrete.replace("{id}", kind.getValue()) : concrete;
            }
            // Coordination files and case conferences need a whole approach first; theirs answer 404 here, and the
            // walkthrough covers them with well-formed bodies.
            concrete = concrete.replace("{id}", UUID.randomUUID().toString());
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase();
                if (method.equals("GET")) {
                    continue;
                }
                for (String body : List.of("{}", "{\"onbekend\": 1}", "[]")) {
                    long before = log.verify().records();
                    Http.Exchange answer = Http.send(port(), method, "/api/v1" + concrete, body, JSON);
                    if (answer.status() == 400) {
                        refused++;
                        tried.add(path.getKey());
                        if (log.verify().records() != before) {
                            writers.add(method + " " + path.getKey() + " " + body);
                        }
                    }
                }
            }
        }
        assertTrue("some operations were refused as malformed", refused > 10);
        for (String p : List.of("/meldingen/{id}/triage", "/verstrekkingsverzoeken/{id}/antwoord", "/onderzoeken/{id}/uitkomst")) {
            assertTrue(p + " read its body: " + tried, tried.contains(p));
        }
        assertEquals("operations that logged a decision for a body they then refused as malformed", List.of(), writers);
    }

    /**
     * Concurrent steps on one investigation: each is permitted, and those whose write then loses the race (409)
     * are each followed by a record that says the processing did not take place.
     */
    @Test
    public void aPermitWhoseWriteFailsIsFollowedByARecordThatItDidNotHappen() throws Exception {
        String id = nieuwOnderzoek("300000029");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            int conflicts = 0;
            for (int round = 0; round < 20 && conflicts == 0; round++) {
                List<Callable<Integer>> steps = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    steps.add(() -> Http.send(port(), "PUT", "/api/v1/onderzoeken/" + id + "/procedure", "{\"identiteitVastgesteld\": true}", JSON)
                            .status());
                }
                for (Future<Integer> f : pool.invokeAll(steps)) {
                    int status = f.get();
                    assertTrue("200 or 409, got " + status, status == 200 || status == 409);
                    conflicts += status == 409 ? 1 : 0;
                }
            }
            assertTrue("the race produced a conflict", conflicts > 0);
            List<ProcessingRecord> records = log.byZaak(id);
            long notDone = records.stream().filter(r -> r.besluit().equals(PrivacyKernel.NIET_UITGEVOERD)).count();
            assertEquals("one 'not done' record per conflicting step (one subject each): " + records, conflicts, notDone);
            ProcessingRecord annulled = records.stream().filter(r -> r.besluit().equals(PrivacyKernel.NIET_UITGEVOERD)).findFirst().orElseThrow();
            assertTrue(annulled.reden(), annulled.reden().startsWith("409"));
            assertEquals("onderzoek-2.3a.1", annulled.doel());
            assertEquals("wams-core/W1a", annulled.regel());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(dossiers.find(Dossiers.Soort.ONDERZOEK, UUID.fromString(id)).isPresent());
    }

    /**
     * Issue 8 §4: asking a party for police data is refused by the kernel (P-WPG, Wmo 2015 art. 5.4.2 lid 3), not by
     * Java beside it, and the attempt is on record; nothing is stored or sent.
     */
    @Test
    public void aRequestForPoliceDataIsTheKernelsRefusalAndOnRecord() {
        String id = nieuwOnderzoek("300000005");
        long requests = dossiers.list(Dossiers.Soort.VERSTREKKINGSVERZOEK, null, UUID.fromString(id), 1, 10).items().size();
        Http.Exchange politie = post("/api/v1/verstrekkingsverzoeken", "{\"onderzoek\": \"" + id + "\", \"partij\": {\"id\": \"politie-noord\", "
                + "\"naam\": \"Politie\"}, \"betrokkene\": \"300000005\", \"gegevens\": [\"POLITIEGEGEVENS\"], \"motivering\": "
                + "{\"doel\": \"d\", \"domein\": \"inkomen\", \"waarom\": \"w\", \"metWie\": \"het college\"}}");
        assertEquals(politie.body().toString(), 403, politie.status());
        assertEquals("wams-core/P-WPG", politie.body().get("regel").asText());
        assertEquals("Wmo 2015 art. 5.4.2 lid 3", politie.body().at("/citaties/0").asText());
        List<ProcessingRecord> records = log.byZaak(id);
        ProcessingRecord last = records.get(records.size() - 1);
        assertEquals("DENY", last.besluit());
        assertEquals("wams-core/P-WPG", last.regel());
        assertEquals(List.of("POLITIEGEGEVENS"), last.gegevens());
        assertEquals("nothing stored", requests, dossiers.list(Dossiers.Soort.VERSTREKKINGSVERZOEK, null, UUID.fromString(id), 1, 10).items().size());
    }
}
