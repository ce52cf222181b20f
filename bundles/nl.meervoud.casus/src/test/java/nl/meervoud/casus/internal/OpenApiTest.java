// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The OpenAPI document and the router describe the same operations, both ways. */
class OpenApiTest {

    static CasusConfig config() {
        return new CasusConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CasusConfig.class;
            }

            @Override
            public String identiteit_wet() {
                return "Wmo 2015";
            }

            @Override
            public int maxBody() {
                return 1024;
            }

            @Override
            public int melddossierMaanden() {
                return 12;
            }

            @Override
            public boolean melderTerugkoppelingBurgers() {
                return false;
            }

            @Override
            public int bewaartermijnInterval() {
                return 60;
            }

            @Override
            public String[] verwerkingsactiviteiten() {
                return new String[] { "wams-onderzoek" };
            }
        };
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() throws Exception {
        JsonNode doc;
        try (InputStream in = CasusApi.class.getResourceAsStream("/openapi/openapi.json")) {
            doc = Json.MAPPER.readTree(in);
        }
        assertEquals("3.0.3", doc.get("openapi").asText());
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
        }
        Set<String> routed = new TreeSet<>();
        new CasusApi(null, null, null, null, config(), null, null).router().routes().forEach(r -> routed.add(r.method() + " " + r.template()));
        assertEquals(routed, documented);
    }

    @Test
    void everyOperationOnPersonalDataRequiresTheProcessingActivityAndAnswersProblems() throws Exception {
        JsonNode doc;
        try (InputStream in = CasusApi.class.getResourceAsStream("/openapi/openapi.json")) {
            doc = Json.MAPPER.readTree(in);
        }
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            boolean list = op.getKey().equals("get") && !path.getKey().contains("{") ;
            if (!list && !path.getKey().equals("/openapi.json")) {
                boolean header = false;
                for (JsonNode p : op.getValue().get("parameters")) {
                    header |= p.get("name").asText().equals(CasusApi.VERWERKING) && p.get("required").asBoolean();
                }
                assertTrue(header, op.getKey() + " " + path.getKey() + " documents the required x-verwerking header");
                assertTrue(op.getValue().get("responses").has("403"), op.getKey() + " " + path.getKey() + " documents 403");
            }
        }));
    }

    /** Every request body the document describes has exactly the fields of the record the handler reads. */
    @Test
    void everyRequestSchemaHasTheFieldsOfItsRecord() throws Exception {
        JsonNode doc;
        try (InputStream in = CasusApi.class.getResourceAsStream("/openapi/openapi.json")) {
            doc = Json.MAPPER.readTree(in);
        }
        Set<String> bodies = new TreeSet<>();
        doc.get("paths").forEach(path -> path.forEach(op -> {
            JsonNode ref = op.at("/requestBody/content/application~1json/schema/$ref");
            if (!ref.isMissingNode()) {
                bodies.add(ref.asText().substring("#/components/schemas/".length()));
            }
        }));
        assertTrue(bodies.size() >= 20, "request bodies: " + bodies);
        for (String schema : bodies) {
            Class<?> record = requestRecord(schema);
            Set<String> fields = new TreeSet<>();
            for (java.lang.reflect.RecordComponent c : record.getRecordComponents()) {
                fields.add(c.getName());
            }
            Set<String> documented = new TreeSet<>();
            doc.at("/components/schemas/" + schema + "/properties").fieldNames().forEachRemaining(documented::add);
            assertEquals(fields, documented, "schema " + schema + " and " + record.getName());
        }
    }

    private static Class<?> requestRecord(String schema) throws ClassNotFoundException {
        for (String name : new String[] { Requests.class.getName() + "$" + schema, Requests.class.getName() + "$" + schema + "Verzoek",
                nl.meervoud.casus.api.Onderzoeksdossier.class.getName() + "$" + schema }) {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException next) {
                // try the next naming
            }
        }
        throw new ClassNotFoundException("no request record for schema " + schema);
    }
}
