// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.meervoud.platform.api.Platform;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.store.api.Dossiers;

/**
 * A property-based fuzz test over every operation of {@code openapi.json} (issue 12 §3), against the running
 * distribution over real HTTP. For each request it builds a valid body from the operation's schema, then breaks it
 * in one way (a value of another type, null, an empty or padded string, an enum ordinal, a date in another form, a
 * deep nest, an unknown field, a duplicate key, trailing content, bytes that are not UTF-8, another content type,
 * a torn body) or sends junk in the path or query. The properties: no answer is a 5xx; every 4xx is
 * problem+json; and a request refused as malformed (400, 413, 415) stores nothing and writes no processing-log
 * record.
 *
 * <p>Generation is seeded: {@code -Dmeervoud.fuzz.seed=…} replays a run (the seed is printed and in every failure
 * message), {@code -Dmeervoud.fuzz.seconds=…} bounds it (default 45 s, as {@code .ci/run} runs it).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FuzzIT {
    private static final String BSN = "300000133";
    private static final String GEZINSLID = "300000145";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
        return MeervoudDistribution.options(Files.createTempDirectory("meervoud-fuzz-it"), MeervoudDistribution.freePort());
    }

    private int port() {
        return Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
    }

    @Before
    public void database() throws Exception {
        Http.standaard(Aanmelden.medewerker(context, port()));
        dossiers = Databases.store(context, configAdmin, platform);
        for (String bsn : List.of(BSN, GEZINSLID)) {
            dossiers.byBetrokkene(bsn).forEach(d -> dossiers.delete(d.soort(), d.id()));
        }
    }

    /** One operation of the contract. */
    private record Operation(String method, String template, JsonNode schema) {
    }

    @Test
    public void noMalformedRequestGetsA5xxOrAnythingStoredOrLogged() throws Exception {
        long seed = Long.getLong("meervoud.fuzz.seed", System.nanoTime());
        long seconds = Long.getLong("meervoud.fuzz.seconds", 45);
        System.out.println("FuzzIT seed " + seed + " (-Dmeervoud.fuzz.seed=" + seed + " replays it), " + seconds + " s");
        Random random = new Random(seed);

        Map<String, String> ids = fixtures();
        JsonNode doc = Http.send(port(), "GET", "/api/v1/openapi.json", null).body();
        JsonNode schemas = doc.path("components").path("schemas");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode ref = op.getValue().at("/requestBody/content/application~1json/schema/$ref");
                JsonNode schema = ref.isMissingNode() ? null : schemas.path(ref.asText().substring(ref.asText().lastIndexOf('/') + 1));
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), schema));
            }
        }
        assertTrue("the contract lists its operations", operations.size() >= 30);

        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int sent = 0;
        int refused = 0;
        java.util.TreeMap<Integer, Integer> statuses = new java.util.TreeMap<>();
        while (System.nanoTime() < deadline && failures.size() < 20) {
            Operation op = operations.get(random.nextInt(operations.size()));
            String path = "/api/v1" + concrete(op.template(), ids, random);
            Fuzzed f = op.schema() == null ? query(path, random) : body(op, path, schemas, random);
            long records = log.verify().records();
            int stored = dossiers.byBetrokkene(BSN).size() + dossiers.byBetrokkene(GEZINSLID).size();
            Http.Raw answer = send(f);
            sent++;
            statuses.merge(answer.status(), 1, Integer::sum);
            String where = "seed " + seed + ", request " + sent + ": " + f.what() + " -> " + answer.status() + " " + answer.head();
            if (answer.status() >= 500 || answer.status() < 100) {
                failures.add(where + " " + answer.body().substring(0, Math.min(600, answer.body().length())));
            } else if (answer.status() >= 400 && !answer.head().toLowerCase().contains("content-type: application/problem+json")) {
                failures.add(where + ": not problem+json");
            }
            if (answer.status() == 400 || answer.status() == 413 || answer.status() == 415) {
                refused++;
                if (log.verify().records() != records) {
                    failures.add(where + ": a refused request wrote a processing-log record");
                }
                if (dossiers.byBetrokkene(BSN).size() + dossiers.byBetrokkene(GEZINSLID).size() != stored) {
                    failures.add(where + ": a refused request stored something");
                }
            }
        }
        System.out.println("FuzzIT sent " + sent + " requests, " + refused + " refused as malformed; by status " + statuses);
        assertEquals("every malformed request is refused cleanly", List.of(), failures);
        assertTrue("the run sent enough to mean something: " + sent, sent >= 200);
        assertTrue("a good part of what it sent was refused as malformed: " + refused + " of " + sent, refused * 4 > sent);
    }

    /** An investigation with a family member, a melding and a data request, so that {id} paths exist. */
    private Map<String, String> fixtures() {
        String[] json = { "Content-Type", "application/json", "x-verwerking", "wams-onderzoek" };
        Http.Exchange onderzoek = Http.send(port(), "POST", "/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"verzoekdatum\": \"2026-11-02\", "
                + "\"hulpvraagWet\": \"Participatiewet\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", \"client\": {\"bsn\": \"" + BSN + "\", \"naam\": \"Fuzz\", \"geboortedatum\": \"1980-01-01\"}, "
                + "\"reikwijdte\": {\"domeinen\": [\"inkomen\", \"zorg\"]}, \"vermoedenMeervoudigeProblematiek\": true}", json);
        assertEquals(onderzoek.body().toString(), 201, onderzoek.status());
        String id = onderzoek.body().path("id").asText();
        Http.Exchange melding = Http.send(port(), "POST", "/api/v1/meldingen", "{\"ontvangen\": \"2026-11-02\", \"melder\": {\"soort\": \"BURGER\", "
                + "\"naam\": \"Buur\", \"anoniemJegensGemelde\": true}, \"gemelde\": {\"naam\": \"G\"}, \"zorg\": \"vervuiling\", \"ingezetene\": true}", json);
        assertEquals(melding.body().toString(), 201, melding.status());
        Http.Exchange verzoek = Http.send(port(), "POST", "/api/v1/verstrekkingsverzoeken", "{\"onderzoek\": \"" + id + "\", \"partij\": {\"id\": "
                + "\"kredietbank\", \"naam\": \"Kredietbank\", \"bsnBevoegd\": true}, \"betrokkene\": \"" + BSN + "\", \"gegevens\": [\"FINANCIEEL\"], "
                + "\"motivering\": {\"doel\": \"schulden\", \"domein\": \"inkomen\", \"waarom\": \"achterstanden\", \"metWie\": \"het college\"}}", json);
        assertEquals(verzoek.body().toString(), 201, verzoek.status());
        return Map.of("/onderzoeken/", id, "/meldingen/", melding.body().path("id").asText(), "/verstrekkingsverzoeken/",
                verzoek.body().path("id").asText());
    }

    private static String concrete(String template, Map<String, String> ids, Random random) {
        String path = template;
        for (Map.Entry<String, String> kind : ids.entrySet()) {
            path = path.startsWith(kind.getKey()) ? path.replace("{id}", kind.getValue()) : path;
        }
        path = path.replace("{id}", random.nextInt(4) == 0 ? pick(random, "x", "%00", "..", "%C0%AF", "12345") : UUID.randomUUID().toString());
        return path.replace("{bsn}", random.nextInt(4) == 0 ? pick(random, "123456789", "abc", "%20" + BSN, "1".repeat(40)) : BSN);
    }

    /** A request ready to send: the request line and headers, the body bytes, and what it is. */
    private record Fuzzed(String method, String target, String contentType, byte[] body, String what) {
    }

    private static Fuzzed query(String path, Random random) {
        String junk = pick(random, "toestand=%C0%AF", "toestand=%ZZ", "toestand=GESTART%20", "pagina=-1", "pagina=9999999999", "paginaGrootte=0",
                "onderzoek=nietuuid", "pagina=1&pagina=2", "toestand=", "%FF=1", "toestand=" + "A".repeat(500));
        return new Fuzzed("GET", path + "?" + junk, null, new byte[0], "GET " + path + "?" + junk);
    }

    private static Fuzzed body(Operation op, String path, JsonNode schemas, Random random) {
        // Every person in a generated body is the fuzz test's own, so that what a request stores can be found.
        JsonNode valid;
        try {
            valid = MAPPER.readTree(instance(op.schema(), schemas, random, 0).toString().replaceAll("\"\\d{9}\"", "\"" + BSN + "\""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String how;
        String text;
        byte[] bytes = null;
        String type = "application/json";
        int kind = random.nextInt(12);
        switch (kind) {
            case 0 -> {
                how = "trailing content";
                text = valid + pick(random, " {}", " x", ",", "]", "\u0000");
            }
            case 1 -> {
                how = "duplicate key";
                String s = valid.toString();
                text = s.startsWith("{\"") ? "{" + s.substring(1, s.indexOf(':') + 1) + "1," + s.substring(1) : "{\"a\":1,\"a\":2}";
            }
            case 2 -> {
                how = "torn body";
                String s = valid.toString();
                text = s.substring(0, random.nextInt(Math.max(1, s.length())));
            }
            case 3 -> {
                how = "not UTF-8";
                text = null;
                // A Latin-1 é (one byte 0xE9) inside the first string value: not a UTF-8 sequence.
                String s = valid.toString();
                int q = s.indexOf(":\"");
                bytes = (q < 0 ? "{\"x\": \"\u00e9\"}" : s.substring(0, q + 2) + "\u00e9" + s.substring(q + 2)).getBytes(StandardCharsets.ISO_8859_1);
            }
            case 4 -> {
                how = "content type";
                text = valid.toString();
                type = pick(random, "application/jsonx", "text/plain", "application/json; charset=latin1", "application/xml", "");
            }
            case 5 -> {
                how = "deep nesting";
                int depth = 40 + random.nextInt(5000);
                text = "{\"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
            }
            default -> {
                how = "one value broken";
                JsonNode broken = valid.deepCopy();
                how += " " + breakOne(broken, random);
                text = broken.toString();
            }
        }
        if (bytes == null) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        }
        String shown = new String(bytes, StandardCharsets.UTF_8);
        return new Fuzzed(op.method(), path, type, bytes, op.method() + " " + op.template() + " (" + how + "): "
                + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown));
    }

    /** Replaces one value somewhere in the document by a malformed one, or adds an unknown field; says what. */
    private static String breakOne(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode bad = badValue(random);
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty() || random.nextInt(6) == 0) {
                o.set("onbekend", bad);
                return "unknown field";
            }
            String name = names.get(random.nextInt(names.size()));
            o.set(name, bad);
            return name + " = " + bad;
        }
        ArrayNode a = (ArrayNode) target;
        if (a.isEmpty()) {
            a.add(bad);
        } else {
            a.set(random.nextInt(a.size()), bad);
        }
        return "array element = " + bad;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    private static JsonNode badValue(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt(10));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.textNode("");
            case 4 -> NODES.textNode(" padded ");
            case 5 -> NODES.textNode(pick(random, "+999999999-12-31", "0000-01-01", "2026-11-02T10:00:00", "2026-02-30", "02-11-2026", "20261102"));
            case 6 -> NODES.numberNode(20261102L);
            case 7 -> NODES.arrayNode().add(2026).add(11).add(2);
            case 8 -> NODES.textNode("x".repeat(random.nextInt(5000)));
            case 9 -> NODES.numberNode(1e308);
            case 10 -> NODES.numberNode(Long.MAX_VALUE);
            case 11 -> NODES.objectNode().put("a", 1);
            case 12 -> NODES.arrayNode().addNull();
            case 13 -> NODES.textNode("\u0001\u007f");
            case 14 -> NODES.textNode("\ud800");
            default -> NODES.textNode(pick(random, "GESTART ", "wmo_2_3a_1", "Participatiewett", "123456789", "SCHOENMAAT", "-1"));
        };
    }

    /** A valid-looking instance of a schema: examples and first enum values where the contract gives them. */
    private static JsonNode instance(JsonNode schema, JsonNode schemas, Random random, int depth) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return instance(schemas.path(ref.substring(ref.lastIndexOf('/') + 1)), schemas, random, depth + 1);
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).deepCopy();
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "object": {
                ObjectNode o = NODES.objectNode();
                if (depth < 6) {
                    for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext();) {
                        Map.Entry<String, JsonNode> e = p.next();
                        o.set(e.getKey(), instance(e.getValue(), schemas, random, depth + 1));
                    }
                }
                return o;
            }
            case "array":
                return NODES.arrayNode().add(instance(schema.path("items"), schemas, random, depth + 1));
            case "boolean":
                return NODES.booleanNode(true);
            case "integer":
            case "number":
                return NODES.numberNode(1);
            default:
                return NODES.textNode("date".equals(schema.path("format").asText()) ? "2026-11-03" : "tekst");
        }
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private Http.Raw send(Fuzzed f) throws IOException {
        StringBuilder head = new StringBuilder(f.method()).append(' ').append(f.target()).append(" HTTP/1.1\r\nHost: localhost\r\n")
                .append("x-verwerking: wams-onderzoek\r\nConnection: close\r\n");
        if (f.contentType() != null) {
            head.append("Content-Type: ").append(f.contentType()).append("\r\n");
        }
        if (!f.method().equals("GET")) {
            head.append("Content-Length: ").append(f.body().length).append("\r\n");
        }
        return Http.raw(port(), head.append("\r\n").toString(), f.body());
    }
}
