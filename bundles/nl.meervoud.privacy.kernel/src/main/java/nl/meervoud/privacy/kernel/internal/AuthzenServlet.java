// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meervoud.auth.api.Authenticator;
import nl.meervoud.auth.api.Functie;
import nl.meervoud.auth.api.HttpAanmelding;
import nl.meervoud.auth.api.Principal;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.PrivacyKernel;

/**
 * The kernel as a Policy Decision Point for other municipal systems (a ZAC, a portal), after the AuthZEN NL GOV
 * profile (Logius-standaarden/authzen-nlgov, information model): {@code POST /access/v1/evaluation} and the batch
 * {@code POST /access/v1/evaluations}, described at {@code GET /.well-known/authzen-configuration}. Every
 * evaluation is a real decision, logged in the processing log like every other, with the processing activity
 * ({@code action.properties.processing_activity_id}, required) and the W3C trace context
 * ({@code context.traceparent}, required, as the profile says request identifiers MUST be included).
 *
 * <p>Mapping onto the kernel's request: {@code subject{type, id, properties}} is the acting party ({@code type} a
 * role, the properties {@code law, domein, partijType, geheimhouding, bsnBevoegd, bevoegdBijzondereGegevens});
 * {@code action.name} the purpose ({@code doel}), {@code action.properties} the recipient ({@code naar}, a subject
 * object), {@code bron}, {@code kwalificatie}, {@code route}, {@code bewijs}, {@code voorwaardenVerstrekker};
 * {@code resource{type: "persoonsgegevens", id: the data subject, properties{gegevens, zaak, betrokkenen}}};
 * {@code context.time} the logical time. The calling system is authenticated, and the subject it names is
 * recorded bound to it (the log's actor id is {@code <caller>/<subject.id>}, pseudonymised): the caller vouches
 * for the person it evaluates for.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/access/v1/*", "/.well-known/authzen-configuration" })
public final class AuthzenServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 256 * 1024;
    private static final int MAX_EVALUATIONS = 100;
    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final List<String> TOP = List.of("subject", "action", "resource", "context");
    private static final List<String> SUBJECT = List.of("type", "id", "properties");
    private static final List<String> SUBJECT_PROPERTIES = List.of("law", "domein", "partijType", "geheimhouding", "bsnBevoegd",
            "bevoegdBijzondereGegevens");
    private static final List<String> ACTION = List.of("name", "properties");
    private static final List<String> ACTION_PROPERTIES = List.of("processing_activity_id", "algorithm_id", "naar", "bron", "kwalificatie",
            "route", "bewijs", "voorwaardenVerstrekker");
    private static final List<String> RESOURCE = List.of("type", "id", "properties");
    private static final List<String> RESOURCE_PROPERTIES = List.of("gegevens", "zaak", "betrokkenen");
    private static final List<String> CONTEXT = List.of("time", "traceparent");

    private final transient PrivacyKernel kernel;
    private final transient Authenticator authenticator;

    @Activate
    public AuthzenServlet(@Reference PrivacyKernel kernel, @Reference Authenticator authenticator) {
        this.kernel = kernel;
        this.authenticator = authenticator;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.equals("/.well-known/authzen-configuration")) {
            if (!"GET".equals(req.getMethod())) {
                problem(resp, 405, "Methode niet toegestaan", "GET", null);
                return;
            }
            String base = req.getScheme() + "://" + req.getHeader("Host");
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("policy_decision_point", base);
            meta.put("access_evaluation_endpoint", base + "/access/v1/evaluation");
            meta.put("access_evaluations_endpoint", base + "/access/v1/evaluations");
            write(resp, 200, meta);
            return;
        }
        Principal caller = HttpAanmelding.principal(authenticator, req, resp);
        if (caller == null) {
            return;
        }
        if (caller.functies().stream().allMatch(f -> f == Functie.BURGER || f == Functie.BEHEERDER)) {
            problem(resp, 403, "Geen bevoegdheid", "alleen een systeem of medewerker in het proces vraagt de privacykern om een besluit", null);
            return;
        }
        boolean batch = path.equals("/access/v1/evaluations");
        if (!batch && !path.equals("/access/v1/evaluation")) {
            problem(resp, 404, "Niet gevonden", "bekend: /access/v1/evaluation, /access/v1/evaluations", null);
            return;
        }
        if (!"POST".equals(req.getMethod())) {
            resp.setHeader("Allow", "POST");
            problem(resp, 405, "Methode niet toegestaan", "POST met een AuthZEN-verzoek als JSON", null);
            return;
        }
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).replace(" ", "").matches("application/json(;charset=utf-8)?")) {
            problem(resp, 415, "Verkeerd mediatype", "stuur application/json (UTF-8)", null);
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            problem(resp, 413, "Body te groot", "hooguit " + MAX_BODY + " bytes", null);
            return;
        }
        String bound = caller.gemeente() + "/" + caller.uitgever() + "|" + caller.subject();
        // The caller's municipality answers for the processing: without the law modules it switched off (issue 10 §3).
        PrivacyKernel kernel = this.kernel.voorGemeente(caller.gemeente());
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw new Invalid("body", "een JSON-object");
            }
            if (!batch) {
                // All checked before anything is decided: a refused request leaves no record.
                DecisionRequest request = request(root, bound);
                write(resp, 200, answer(kernel.decide(request)));
                return;
            }
            List<String> allowed = new ArrayList<>(TOP);
            allowed.add("evaluations");
            known(root, "", allowed);
            JsonNode items = root.get("evaluations");
            if (items == null || !items.isArray() || items.isEmpty() || items.size() > MAX_EVALUATIONS) {
                throw new Invalid("evaluations", "een lijst van 1 tot " + MAX_EVALUATIONS + " evaluaties");
            }
            List<DecisionRequest> requests = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (!item.isObject()) {
                    throw new Invalid("evaluations[" + i + "]", "een object");
                }
                known(item, "evaluations[" + i + "].", TOP);
                ObjectNode merged = MAPPER.createObjectNode();
                for (String f : TOP) {
                    JsonNode v = item.has(f) ? item.get(f) : root.get(f);
                    if (v != null) {
                        merged.set(f, v);
                    }
                }
                try {
                    requests.add(request(merged, bound));
                } catch (Invalid e) {
                    throw new Invalid("evaluations[" + i + "]." + e.field, e.getMessage());
                }
            }
            ArrayNode out = MAPPER.createArrayNode();
            for (DecisionRequest r : requests) {
                out.addPOJO(answer(kernel.decide(r)));
            }
            ObjectNode doc = MAPPER.createObjectNode();
            doc.set("evaluations", out);
            write(resp, 200, doc);
        } catch (nl.meervoud.privacy.api.ProcessingLog.Unavailable e) {
            // No decision without its record; the log heals by itself and /health names it meanwhile.
            resp.setHeader("Retry-After", "30");
            problem(resp, 503, "Verwerkingenlogboek niet beschikbaar", "het verwerkingenlogboek kan nu niet schrijven; zonder vastlegging "
                    + "geen besluit", null);
        } catch (JsonProcessingException e) {
            problem(resp, 400, "Ongeldige JSON", "de body is geen geldige JSON (dubbele sleutels en inhoud na het object worden geweigerd)", "body");
        } catch (Invalid e) {
            problem(resp, 400, "Ongeldig verzoek", e.getMessage(), e.field);
        }
    }

    /** A field of the AuthZEN request that is missing or wrong; {@link #field} is its path. */
    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;

        Invalid(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }

    /** The kernel's request for one AuthZEN evaluation, or {@link Invalid} naming the field. */
    static DecisionRequest request(JsonNode root, String caller) throws Invalid {
        known(root, "", TOP);
        JsonNode subject = object(root, "subject");
        JsonNode action = object(root, "action");
        JsonNode resource = object(root, "resource");
        JsonNode context = object(root, "context");
        known(action, "action.", ACTION);
        known(resource, "resource.", RESOURCE);
        known(context, "context.", CONTEXT);
        JsonNode actionProperties = action.has("properties") ? object(action, "properties", "action.properties") : MAPPER.createObjectNode();
        known(actionProperties, "action.properties.", ACTION_PROPERTIES);
        JsonNode resourceProperties = resource.has("properties") ? object(resource, "properties", "resource.properties")
                : MAPPER.createObjectNode();
        known(resourceProperties, "resource.properties.", RESOURCE_PROPERTIES);

        ObjectNode v = MAPPER.createObjectNode();
        v.set("van", actor(subject, "subject", caller + "/"));
        if (actionProperties.has("naar")) {
            v.set("naar", actor(object(actionProperties, "naar", "action.properties.naar"), "action.properties.naar", ""));
        }
        v.put("doel", text(action, "name", "action.name"));
        String activity = text(actionProperties, "processing_activity_id", "action.properties.processing_activity_id");
        v.put("activiteit", activity);
        for (String f : List.of("bron", "kwalificatie", "route")) {
            if (actionProperties.has(f)) {
                v.put(f, text(actionProperties, f, "action.properties." + f));
            }
        }
        if (actionProperties.has("bewijs")) {
            v.set("bewijs", strings(actionProperties, "bewijs", "action.properties.bewijs"));
        }
        if (actionProperties.has("voorwaardenVerstrekker")) {
            JsonNode list = actionProperties.get("voorwaardenVerstrekker");
            if (!list.isArray()) {
                throw new Invalid("action.properties.voorwaardenVerstrekker", "een lijst");
            }
            v.set("voorwaardenVerstrekker", list);
        }
        if (!"persoonsgegevens".equals(text(resource, "type", "resource.type"))) {
            throw new Invalid("resource.type", "`persoonsgegevens`: de kern besluit over de verwerking van persoonsgegevens");
        }
        ArrayNode subjects = v.putArray("betrokkenen");
        subjects.add(text(resource, "id", "resource.id"));
        if (resourceProperties.has("betrokkenen")) {
            strings(resourceProperties, "betrokkenen", "resource.properties.betrokkenen").forEach(subjects::add);
        }
        if (resourceProperties.has("gegevens")) {
            v.set("gegevens", strings(resourceProperties, "gegevens", "resource.properties.gegevens"));
        }
        if (resourceProperties.has("zaak")) {
            v.put("zaak", text(resourceProperties, "zaak", "resource.properties.zaak"));
        }
        String traceparent = text(context, "traceparent", "context.traceparent");
        if (!TRACEPARENT.matcher(traceparent).matches()) {
            throw new Invalid("context.traceparent", "een W3C traceparent: 00-<32 hex>-<16 hex>-<2 hex>");
        }
        v.put("traceparent", traceparent);
        if (context.has("time")) {
            v.put("tijdstip", text(context, "time", "context.time"));
        }
        try {
            return RequestJson.request(v);
        } catch (IllegalArgumentException e) {
            throw new Invalid("body", String.valueOf(e.getMessage()));
        }
    }

    private static ObjectNode actor(JsonNode subject, String where, String prefix) throws Invalid {
        known(subject, where + ".", SUBJECT);
        ObjectNode a = MAPPER.createObjectNode();
        a.put("rol", text(subject, "type", where + ".type"));
        a.put("id", prefix + text(subject, "id", where + ".id"));
        if (subject.has("properties")) {
            JsonNode p = object(subject, "properties", where + ".properties");
            known(p, where + ".properties.", SUBJECT_PROPERTIES);
            var fields = p.fields();
            while (fields.hasNext()) {
                var e = fields.next();
                boolean flag = e.getKey().equals("bsnBevoegd") || e.getKey().equals("bevoegdBijzondereGegevens");
                if (flag ? !e.getValue().isBoolean() : !e.getValue().isTextual()) {
                    throw new Invalid(where + ".properties." + e.getKey(), flag ? "true of false" : "een tekst");
                }
                a.set(e.getKey(), e.getValue());
            }
        }
        return a;
    }

    private static Map<String, Object> answer(Decision d) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("regel", d.regel());
        context.put("citaties", d.citaties().stream().map(Object::toString).toList());
        context.put("reason_user", Map.of("nl", String.join("; ", d.redenen())));
        context.put("ontbrekend", d.ontbrekend());
        context.put("verplichtingen", RequestJson.decision(d).get("verplichtingen"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decision", d.effect() == Decision.Effect.PERMIT);
        out.put("context", context);
        return out;
    }

    private static JsonNode object(JsonNode n, String field) throws Invalid {
        return object(n, field, field);
    }

    private static JsonNode object(JsonNode n, String field, String path) throws Invalid {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw new Invalid(path, "een object");
        }
        return v;
    }

    /** A list of non-empty texts, as a strict reader wants it: no numbers read as text, no nulls. */
    private static ArrayNode strings(JsonNode n, String field, String path) throws Invalid {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw new Invalid(path, "een lijst van teksten");
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
                throw new Invalid(path + "[" + i + "]", "een niet-lege tekst");
            }
        }
        return (ArrayNode) v;
    }

    private static String text(JsonNode n, String field, String path) throws Invalid {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new Invalid(path, "een niet-lege tekst");
        }
        return v.asText();
    }

    private static void known(JsonNode n, String prefix, List<String> fields) throws Invalid {
        var names = n.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new Invalid(prefix + (name.matches("[A-Za-z_]{1,40}") ? name : "?"), "onbekend veld; bekend: " + String.join(", ", fields));
            }
        }
    }

    private static void write(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        MAPPER.writeValue(resp.getOutputStream(), body);
    }

    private static void problem(HttpServletResponse resp, int status, String title, String detail, String field) throws IOException {
        Probleem.write(resp, status, title, detail, field);
    }
}
