// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import javax.inject.Inject;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.PrivacyKernel;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.ProcessingRecord;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.privacy.api.Voorwaarde;

/** The kernel in the running distribution: every decision is on record per data subject; explain over HTTP and shell. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PrivacyKernelIT {

    @Inject
    BundleContext context;

    @Inject
    PrivacyKernel kernel;

    @Inject
    ProcessingLog log;

    @Inject
    CommandProcessor shell;

    @Configuration
    public Option[] configuration() throws IOException {
        return MeervoudDistribution.options(Files.createTempDirectory("meervoud-kernel-it"), MeervoudDistribution.freePort());
    }

    @Test
    public void everyDecisionPermittedOrDeniedIsRecordedOncePerDataSubject() {
        String zaak = "zaak-" + System.nanoTime();
        DecisionRequest household = DecisionRequest.van(Actor.of(Rol.CLIENT, "client")).naar(Actor.college("gemeente", Law.WMO_2015))
                .doel(Doel.ONDERZOEK_2_3A_1).route(Route.WMO_2_3A_1).gegevens(Gegevenssoort.FINANCIEEL)
                .bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.BINNEN_REIKWIJDTE).betrokkenen("moeder-" + zaak, "zoon-" + zaak)
                .zaak(zaak).traceparent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01").build();
        Decision permit = kernel.decide(household);
        assertTrue(permit.permitted());
        DecisionRequest fraud = DecisionRequest.van(Actor.college("gemeente", Law.WMO_2015)).naar(Actor.college("gemeente", Law.WMO_2015))
                .bron(Doel.ONDERZOEK_2_3A_1).doel(Doel.FRAUDEBESTRIJDING).gegevens(Gegevenssoort.FINANCIEEL)
                .betrokkenen("moeder-" + zaak).zaak(zaak).build();
        assertEquals("wams-core/P1", kernel.decide(fraud).regel());

        List<ProcessingRecord> mother = log.byBetrokkene("moeder-" + zaak);
        assertEquals(List.of("PERMIT", "DENY"), mother.stream().map(ProcessingRecord::besluit).toList());
        assertEquals("wams-core/W1", mother.get(0).regel());
        assertEquals("Wmo 2015 art. 5.4.1 lid 1", mother.get(0).grondslag().get(0));
        assertEquals("0af7651916cd43dd8448eb211c80319c", mother.get(0).traceId());
        assertFalse("the subject is pseudonymised", mother.get(0).betrokkene().contains("moeder"));
        assertEquals(1, log.byBetrokkene("zoon-" + zaak).size());
        assertEquals(3, log.byZaak(zaak).size());
        assertTrue(log.verify().intact());
    }

    @Test
    public void explainOverHttpAndInTheShellLogsNothing() throws Exception {
        String request = "{\"van\":{\"rol\":\"PARTIJ\",\"id\":\"wijkteam\",\"domein\":\"SOCIAAL\"},\"naar\":{\"rol\":\"COLLEGE\",\"id\":\"g\"},"
                + "\"doel\":\"onderzoek-2.3a.4\",\"route\":\"WMO_2_3A_4\",\"gegevens\":[\"PROCESINFORMATIE\"],\"betrokkenen\":[\"explain-1\"]}";
        HttpResponse<String> response = post(request);
        assertEquals(200, response.statusCode());
        assertTrue(response.body(), response.body().contains("\"besluit\":\"DENY\"") && response.body().contains("GEMOTIVEERD_VERZOEK"));
        assertEquals("explain writes no record", List.of(), log.byBetrokkene("explain-1"));

        HttpResponse<String> bad = post("{\"van\":{\"rol\":\"PARTIJ\"},\"doel\":\"toezicht\"}");
        assertEquals(400, bad.statusCode());
        assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(bad.body(), bad.body().contains("`doel` bevat een onbekende waarde `toezicht`"));

        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        assertEquals("explain needs a login", 401, Http.get(port, "/api/v1/privacy/explain", "").status());
        Http.standaard(Aanmelden.medewerker(context, port));
        Http.Response get = Http.get(port, "/api/v1/privacy/explain");
        assertEquals(405, get.status());
        assertEquals("Methode niet toegestaan", get.body().path("title").asText());

        String rulesets = InFramework.shell(shell, "meervoud:rulesets");
        assertTrue(rulesets, rulesets.contains("wams-core") && rulesets.contains("jeugdwet"));
        assertTrue(InFramework.shell(shell, "meervoud:verify").contains("intact"));
        assertTrue(InFramework.shell(shell, "meervoud:explain '" + request + "'").contains("GEMOTIVEERD_VERZOEK"));
    }

    @Test
    public void anotherSystemAsksTheKernelOverAuthzenAndEveryEvaluationIsALoggedDecision() throws Exception {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        Http.awaitStatus(port, "/health", 200, Await.DEFAULT);
        JsonNode meta = Http.get(port, "/.well-known/authzen-configuration", "").body();
        assertEquals("http://127.0.0.1:" + port + "/access/v1/evaluation", meta.path("access_evaluation_endpoint").asText());

        String trace = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        String evaluation = "{\"subject\":{\"type\":\"PARTIJ\",\"id\":\"wijkteam-noord\",\"properties\":{\"domein\":\"SOCIAAL\"}},"
                + "\"action\":{\"name\":\"onderzoek-2.3a.4\",\"properties\":{\"processing_activity_id\":\"wams-onderzoek\","
                + "\"naar\":{\"type\":\"COLLEGE\",\"id\":\"gemeente\"},\"route\":\"WMO_2_3A_4\"%s}},"
                + "\"resource\":{\"type\":\"persoonsgegevens\",\"id\":\"authzen-1\",\"properties\":{\"gegevens\":[\"PROCESINFORMATIE\"]}},"
                + "\"context\":{\"traceparent\":\"" + trace + "\"}}";
        String[] json = { "Content-Type", "application/json" };
        assertEquals("the PDP answers a logged-in system only", 401,
                Http.send(port, "POST", "/access/v1/evaluation", String.format(evaluation, ""), "Content-Type", "application/json",
                        "Authorization", "").status());
        Http.standaard(Aanmelden.als(context, port, "zaaksysteem", "", nl.meervoud.auth.api.Functie.CONSULENT));

        Http.Exchange denied = Http.send(port, "POST", "/access/v1/evaluation", String.format(evaluation, ""), json);
        assertEquals(denied.body().toString(), 200, denied.status());
        assertFalse(denied.body().path("decision").asBoolean(true));
        assertTrue(denied.body().toString(), denied.body().at("/context/ontbrekend").toString().contains("GEMOTIVEERD_VERZOEK"));
        Http.Exchange permitted = Http.send(port, "POST", "/access/v1/evaluation",
                String.format(evaluation, ",\"bewijs\":[\"GEMOTIVEERD_VERZOEK\"]"), json);
        assertTrue(permitted.body().toString(), permitted.body().path("decision").asBoolean(false));
        assertTrue("the permit names its rule and articles: " + permitted.body(), permitted.body().at("/context/regel").asText().startsWith("wams-core/")
                && permitted.body().at("/context/citaties/0").asText().startsWith("Wmo 2015 art. "));

        List<nl.meervoud.privacy.api.ProcessingRecord> records = log.byBetrokkene("authzen-1");
        assertEquals("each evaluation is one decision in the processing log", 2, records.size());
        for (nl.meervoud.privacy.api.ProcessingRecord r : records) {
            assertEquals("wams-onderzoek", r.activiteit());
            assertEquals("the trace context keys the record", "0af7651916cd43dd8448eb211c80319c", r.traceId());
            assertTrue(r.uitvoerder(), r.uitvoerder().startsWith("PARTIJ:0000/ps:"));
        }

        Http.Exchange batch = Http.send(port, "POST", "/access/v1/evaluations", "{\"subject\":{\"type\":\"PARTIJ\",\"id\":\"w\"},"
                + "\"context\":{\"traceparent\":\"" + trace + "\"},\"evaluations\":[" + String.format(evaluation, "") + ","
                + String.format(evaluation, ",\"bewijs\":[\"GEMOTIVEERD_VERZOEK\"]") + "]}", json);
        assertEquals(batch.body().toString(), 200, batch.status());
        assertEquals("[false,true]", "[" + batch.body().at("/evaluations/0/decision") + "," + batch.body().at("/evaluations/1/decision") + "]");

        Http.Exchange noTrace = Http.send(port, "POST", "/access/v1/evaluation", String.format(evaluation, "").replace(trace, "x"), json);
        assertEquals(400, noTrace.status());
        assertEquals("context.traceparent", noTrace.body().at("/invalidParams/0/name").asText());
        Http.Exchange unknown = Http.send(port, "POST", "/access/v1/evaluation",
                String.format(evaluation, ",\"rechten\":\"alles\""), json);
        assertEquals("action.properties.rechten", unknown.body().at("/invalidParams/0/name").asText());
        Http.Exchange number = Http.send(port, "POST", "/access/v1/evaluation",
                String.format(evaluation, "").replace("[\"PROCESINFORMATIE\"]", "[7]"), json);
        assertEquals("a number is not read as a category", "resource.properties.gegevens[0]", number.body().at("/invalidParams/0/name").asText());
        Http.Exchange flag = Http.send(port, "POST", "/access/v1/evaluation",
                String.format(evaluation, "").replace("\"domein\":\"SOCIAAL\"", "\"bsnBevoegd\":\"ja\""), json);
        assertEquals("subject.properties.bsnBevoegd", flag.body().at("/invalidParams/0/name").asText());
        assertEquals("refused requests leave no record", 4, log.byBetrokkene("authzen-1").size());
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        Http.awaitStatus(port, "/health", 200, Await.DEFAULT);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/privacy/explain"))
                .header("Authorization", Aanmelden.medewerker(context, port)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
