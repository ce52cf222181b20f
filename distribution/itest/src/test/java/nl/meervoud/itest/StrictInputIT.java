// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

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

import nl.meervoud.platform.api.Platform;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.store.api.Dossiers;

/**
 * Strict at the edge (issue 12 §1, §2, §6), over real HTTP against the running distribution: one JSON reading policy
 * for the whole API, every refusal {@code application/problem+json} naming the field, including what Jetty refuses
 * before the API's servlet sees it; nothing stored and nothing logged for a refused request; no 5xx reachable by bad
 * input; {@code TRACE} off; {@code Cache-Control: no-store} on answers with personal data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StrictInputIT {
    private static final String BSN = "300000121";
    private static final String CLIENT = "{\"bsn\": \"" + BSN + "\", \"naam\": \"Test\", \"geboortedatum\": \"1980-01-01\"}";
    private static final String HULPVRAAG = "{\"route\": \"WMO_2_3A_1\", \"verzoekdatum\": \"2026-11-02\", \"hulpvraagWet\": \"Participatiewet\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", "
            + "\"client\": " + CLIENT + ", \"reikwijdte\": {\"domeinen\": [\"inkomen\", \"zorg\"]}, \"vermoedenMeervoudigeProblematiek\": true}";

    @Inject
    BundleContext context;

    @Inject
    ConfigurationAdmin configAdmin;

    @Inject
    Platform platform;

    @Inject
    ProcessingLog log;

    private Dossiers dossiers;

    @Configuration
    public Option[] configuration() throws IOException {
        return MeervoudDistribution.options(Files.createTempDirectory("meervoud-strict-it"), MeervoudDistribution.freePort());
    }

    private int port() {
        return Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
    }

    @Before
    public void database() throws Exception {
        Http.standaard(Aanmelden.medewerker(context, port()));
        dossiers = Databases.store(context, configAdmin, platform);
        dossiers.byBetrokkene(BSN).forEach(d -> dossiers.delete(d.soort(), d.id()));
    }

    /** One malformed request and the field its refusal must name. */
    private record Case(String what, String body, String field) {
    }

    /** The well-formed help request with one value replaced (a JSON fragment, inserted as is). */
    private static String with(String original, String replacement) {
        assertTrue(original, HULPVRAAG.contains(original));
        return HULPVRAAG.replace(original, replacement);
    }

    @Test
    public void everyMalformedBodyIsA400NamingTheFieldAndStoresAndLogsNothing() throws Exception {
        String deep = "{\"route\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        List<Case> cases = List.of(
                new Case("a number for a string", with("\"naam\": \"Test\"", "\"naam\": 5"), "client.naam"),
                new Case("a boolean for a string", with("\"naam\": \"Test\"", "\"naam\": true"), "client.naam"),
                new Case("a string for a boolean", with("\"vermoedenMeervoudigeProblematiek\": true", "\"vermoedenMeervoudigeProblematiek\": \"true\""),
                        "vermoedenMeervoudigeProblematiek"),
                new Case("a number for a boolean", with("\"vermoedenMeervoudigeProblematiek\": true", "\"vermoedenMeervoudigeProblematiek\": 1"),
                        "vermoedenMeervoudigeProblematiek"),
                new Case("an enum ordinal", with("\"route\": \"WMO_2_3A_1\"", "\"route\": 1"), "route"),
                new Case("an enum with a trailing space", with("\"route\": \"WMO_2_3A_1\"", "\"route\": \"WMO_2_3A_1 \""), "route"),
                new Case("a law with a trailing space", with("\"hulpvraagWet\": \"Participatiewet\"", "\"hulpvraagWet\": \"Participatiewet \""),
                        "hulpvraagWet"),
                new Case("a name with a leading space", with("\"naam\": \"Test\"", "\"naam\": \" Test\""), "client.naam"),
                new Case("an empty date", with("\"verzoekdatum\": \"2026-11-02\"", "\"verzoekdatum\": \"\""), "verzoekdatum"),
                new Case("a date as a number", with("\"verzoekdatum\": \"2026-11-02\"", "\"verzoekdatum\": 20261102"), "verzoekdatum"),
                new Case("a date as an array", with("\"verzoekdatum\": \"2026-11-02\"", "\"verzoekdatum\": [2026, 11, 2]"), "verzoekdatum"),
                new Case("a date with a time", with("\"verzoekdatum\": \"2026-11-02\"", "\"verzoekdatum\": \"2026-11-02T10:00:00\""), "verzoekdatum"),
                new Case("the year 0", with("\"verzoekdatum\": \"2026-11-02\"", "\"verzoekdatum\": \"0000-01-01\""), "verzoekdatum"),
                new Case("a date far in the future", with("\"verzoekdatum\": \"2026-11-02\"", "\"verzoekdatum\": \"+999999999-12-31\""), "verzoekdatum"),
                new Case("a birth date in the future", with("\"geboortedatum\": \"1980-01-01\"", "\"geboortedatum\": \"2999-01-01\""),
                        "client.geboortedatum"),
                new Case("a null in a list of strings", with("[\"inkomen\", \"zorg\"]", "[\"inkomen\", null]"), "reikwijdte.domeinen[1]"),
                new Case("a duplicate key", with("\"route\": \"WMO_2_3A_1\"", "\"route\": \"WMO_2_3A_1\", \"route\": \"WMO_2_3A_4\""), "route"),
                new Case("trailing content", HULPVRAAG + " {}", "body"),
                new Case("10,000-deep nesting where a value is expected", deep, "route"),
                new Case("10,000-deep nesting as the body", "[".repeat(10_000) + "]".repeat(10_000), "body"));
        List<String> wrong = new ArrayList<>();
        long records = log.verify().records();
        for (Case c : cases) {
            Http.Exchange answer = Http.send(port(), "POST", "/api/v1/onderzoeken", c.body(), "Content-Type", "application/json",
                    "x-verwerking", "wams-onderzoek");
            String field = answer.body().at("/invalidParams/0/name").asText();
            if (answer.status() != 400 || !answer.contentType().startsWith("application/problem+json") || !c.field().equals(field)) {
                wrong.add(c.what() + ": " + answer.status() + " " + answer.contentType() + " " + answer.body());
            }
        }
        assertEquals("refused with 400 problem+json naming the field", List.of(), wrong);
        assertTrue("nothing was stored", dossiers.byBetrokkene(BSN).isEmpty());
        assertEquals("nothing was logged", records, log.verify().records());

        Http.Exchange ok = Http.send(port(), "POST", "/api/v1/onderzoeken", HULPVRAAG, "Content-Type", "application/json", "x-verwerking", "wams-onderzoek");
        assertEquals("the well-formed request itself is accepted: " + ok.body(), 201, ok.status());
    }

    @Test
    public void bytesThatAreNotUtf8AreRefusedAndNothingIsStored() throws Exception {
        byte[] latin1 = with("\"naam\": \"Test\"", "\"naam\": \"Jos\u00e9\"").getBytes(StandardCharsets.ISO_8859_1);
        Http.Raw answer = raw("POST /api/v1/onderzoeken HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "x-verwerking: wams-onderzoek\r\nContent-Length: " + latin1.length + "\r\nConnection: close\r\n\r\n", latin1);
        assertEquals(answer.text(), 400, answer.status());
        assertEquals("body", answer.json().at("/invalidParams/0/name").asText());
        assertTrue(dossiers.byBetrokkene(BSN).isEmpty());
    }

    @Test
    public void onlyApplicationJsonIsAccepted() {
        for (String type : List.of("application/jsonx", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1")) {
            Http.Exchange answer = Http.send(port(), "POST", "/api/v1/onderzoeken", HULPVRAAG, "Content-Type", type, "x-verwerking", "wams-onderzoek");
            assertEquals(type + ": " + answer.body(), 415, answer.status());
            assertTrue(answer.contentType(), answer.contentType().startsWith("application/problem+json"));
        }
        Http.Exchange utf8 = Http.send(port(), "POST", "/api/v1/onderzoeken", with("\"verzoekdatum\": \"2026-11-02\"", "\"verzoekdatum\": \"2026-11-03\""),
                "Content-Type", "application/json; charset=utf-8", "x-verwerking", "wams-onderzoek");
        assertEquals(utf8.body().toString(), 201, utf8.status());
    }

    @Test
    public void aQueryParameterThatIsNotUtf8OrNotAValueIsA400NamingIt() throws Exception {
        for (String query : List.of("toestand=%C0%AF", "toestand=%ZZ", "toestand=GESTART%20", "toestand=gestart", "toestand=A&toestand=B",
                "pagina=-1", "pagina=abc", "paginaGrootte=100000", "kleur=rood")) {
            Http.Raw answer = raw("GET /api/v1/onderzoeken?" + query + " HTTP/1.1\r\nHost: localhost\r\nx-verwerking: wams-onderzoek\r\n"
                    + "Connection: close\r\n\r\n", new byte[0]);
            assertEquals(query + ": " + answer.text(), 400, answer.status());
            assertTrue(query + ": " + answer.text(), answer.text().contains("application/problem+json"));
            assertEquals(query, query.substring(0, query.indexOf('=')), answer.json().at("/invalidParams/0/name").asText());
        }
        assertEquals(200, Http.send(port(), "GET", "/api/v1/onderzoeken?toestand=GESTART&pagina=1", null, "x-verwerking", "wams-onderzoek").status());
    }

    @Test
    public void theProcessingActivityComesFromTheRegister() {
        Http.Exchange answer = Http.send(port(), "POST", "/api/v1/onderzoeken", HULPVRAAG, "Content-Type", "application/json", "x-verwerking", "iets");
        assertEquals(answer.body().toString(), 400, answer.status());
        assertEquals("x-verwerking", answer.body().at("/invalidParams/0/name").asText());
        assertTrue(answer.body().toString(), answer.body().path("detail").asText().contains("wams-onderzoek"));
        assertTrue(dossiers.byBetrokkene(BSN).isEmpty());
    }

    @Test
    public void whatJettyRefusesIsProblemJsonToo() throws Exception {
        for (String path : List.of("/nergens", "/api/v1/nergens", "/api/v2/onderzoeken")) {
            Http.Exchange answer = Http.send(port(), "GET", path, null);
            assertEquals(path, 404, answer.status());
            assertTrue(path + ": " + answer.contentType(), answer.contentType().startsWith("application/problem+json"));
        }
        // Jetty closes the connection after refusing these, so they go over a socket of their own.
        Http.Raw tooLong = raw("GET /api/v1/onderzoeken?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                new byte[0]);
        assertEquals(tooLong.text(), 414, tooLong.status());
        assertTrue(tooLong.text(), tooLong.text().contains("application/problem+json"));

        Http.Exchange method = Http.send(port(), "DELETE", "/api/v1/onderzoeken", null, "x-verwerking", "wams-onderzoek");
        assertEquals(405, method.status());
        assertTrue(method.headers().firstValue("Allow").orElse("").contains("GET"));
        assertTrue(method.contentType().startsWith("application/problem+json"));

        Http.Raw trace = raw("TRACE /api/v1/onderzoeken HTTP/1.1\r\nHost: localhost\r\nx-geheim: " + BSN + "\r\nConnection: close\r\n\r\n", new byte[0]);
        assertEquals(trace.text(), 405, trace.status());
        assertFalse("TRACE echoes nothing", trace.text().contains(BSN));
        assertTrue(trace.text(), trace.text().contains("application/problem+json"));

        Http.Raw chunked = raw("POST /api/v1/onderzoeken HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "x-verwerking: wams-onderzoek\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", new byte[0]);
        assertTrue(chunked.text(), chunked.status() == 400);
        assertTrue(chunked.text(), chunked.text().contains("application/problem+json"));

        Http.Raw line = raw("GET /api/v1/inzage/" + BSN + " HTTP/1.1 extra\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);
        assertEquals(line.text(), 400, line.status());
        assertTrue(line.text(), line.text().contains("application/problem+json"));
    }

    @Test
    public void answersWithPersonalDataAreNeverCached() {
        Http.Exchange created = Http.send(port(), "POST", "/api/v1/onderzoeken", with("\"verzoekdatum\": \"2026-11-02\"", "\"verzoekdatum\": \"2026-11-04\""),
                "Content-Type", "application/json", "x-verwerking", "wams-onderzoek");
        assertEquals(created.body().toString(), 201, created.status());
        Http.Exchange read = Http.send(port(), "GET", "/api/v1/onderzoeken/" + created.body().path("id").asText(), null, "x-verwerking", "wams-onderzoek");
        Http.Exchange refused = Http.send(port(), "POST", "/api/v1/onderzoeken", "{", "Content-Type", "application/json", "x-verwerking", "wams-onderzoek");
        for (Http.Exchange e : List.of(created, read, refused)) {
            assertEquals(e.status() + " " + e.body(), "no-store", e.headers().firstValue("Cache-Control").orElse(""));
        }
    }

    private Http.Raw raw(String head, byte[] body) throws IOException {
        return Http.raw(port(), head, body);
    }
}
