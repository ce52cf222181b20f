// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import static nl.meervoud.privacy.kernel.internal.JsonFields.known;
import static nl.meervoud.privacy.kernel.internal.JsonFields.parse;
import static nl.meervoud.privacy.kernel.internal.JsonFields.set;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.meervoud.privacy.api.Citation;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.Obligation;
import nl.meervoud.privacy.api.PermissionRule;
import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.Prohibition;
import nl.meervoud.privacy.api.RetentionRule;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.Term;
import nl.meervoud.privacy.api.Vocabulaire;
import nl.meervoud.privacy.api.Voorwaarde;
import nl.meervoud.privacy.api.Vereiste;

/**
 * Reads the JSON rule format (docs/privacy-kernel.md). Unknown fields, purposes, roles, categories and
 * conditions are refused with a message that names the rule and the field.
 */
final class JsonRules {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRules() {
    }

    static RuleSet read(InputStream in) throws IOException {
        return ruleSet(MAPPER.readTree(in));
    }

    static RuleSet ruleSet(JsonNode root) {
        String id = text(root, "id", "regelset");
        known(root, "regelset " + id, "id", "law", "versie", "geldigVanaf", "geldigTot", "permissies", "verboden",
                "bewaartermijnen", "procesregels", "vocabulaire", "toelichting");
        List<PermissionRule> permissions = list(root.path("permissies"), JsonRules::permission);
        List<Prohibition> prohibitions = list(root.path("verboden"), JsonRules::prohibition);
        List<RetentionRule> retention = list(root.path("bewaartermijnen"), JsonRules::retention);
        List<ProcessRule> process = list(root.path("procesregels"), JsonRules::process);
        return new RuleSet(id, parse("regelset " + id, "law", text(root, "law", "regelset " + id), Law::of),
                root.path("versie").asText("0"), date(root, "geldigVanaf", id), root.hasNonNull("geldigTot") ? date(root, "geldigTot", id) : null,
                permissions, prohibitions, retention, process, vocabulary(root.path("vocabulaire"), "regelset " + id));
    }

    /** The terms the rule set declares (docs/privacy-kernel.md, the open vocabulary); absent means built-in terms only. */
    private static Vocabulaire vocabulary(JsonNode n, String where) {
        if (n.isMissingNode() || n.isNull()) {
            return Vocabulaire.LEEG;
        }
        String at = where + " vocabulaire";
        known(n, at, "wetten", "rollen", "routes", "geheimhouding", "voorwaarden");
        List<Vocabulaire.Wet> laws = new ArrayList<>();
        for (JsonNode w : n.path("wetten")) {
            known(w, at + " wet", "naam", "titel", "artikelvorm");
            String name = text(w, "naam", at + " wet");
            try {
                laws.add(new Vocabulaire.Wet(parse(at, "wetten.naam", name, Law::of), w.path("titel").asText(""),
                        w.path("artikelvorm").asText("")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
        }
        return new Vocabulaire(laws, declarations(n.path("rollen"), at, "rollen", Rol::of),
                declarations(n.path("routes"), at, "routes", Route::of),
                declarations(n.path("geheimhouding"), at, "geheimhouding", Geheimhouding::of),
                declarations(n.path("voorwaarden"), at, "voorwaarden", Voorwaarde::of));
    }

    private static <T extends Term> List<Vocabulaire.Declaratie<T>> declarations(JsonNode array, String where, String field,
            Function<String, T> term) {
        List<Vocabulaire.Declaratie<T>> declarations = new ArrayList<>();
        for (JsonNode d : array) {
            String name = text(d, "naam", where + " " + field);
            String at = where + " " + field + " " + name;
            known(d, at, "naam", "uitleg", "citaties");
            declarations.add(new Vocabulaire.Declaratie<>(parse(at, "naam", name, term), d.path("uitleg").asText(""),
                    citations(d, at)));
        }
        return declarations;
    }

    private static PermissionRule permission(JsonNode n) {
        String id = text(n, "id", "permissie");
        String where = "regel " + id;
        known(n, where, "id", "titel", "citaties", "van", "vanWetten", "naar", "bron", "doelen", "kwalificaties", "gegevens",
                "routes", "vereist", "vereistEenVan", "vereistPerSoort", "verplichtingen", "toelichting");
        Map<Gegevenssoort, Set<Vereiste>> perSoort = new EnumMap<>(Gegevenssoort.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("vereistPerSoort").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            perSoort.put(parse(where, "vereistPerSoort", e.getKey(), Gegevenssoort::of),
                    set(e.getValue(), where, "vereistPerSoort." + e.getKey(), Vereiste::of));
        }
        List<Obligation> obligations = new ArrayList<>();
        for (JsonNode o : n.path("verplichtingen")) {
            known(o, where + " verplichting", "soort", "termijn", "toelichting");
            obligations.add(new Obligation(parse(where, "verplichtingen.soort", o.path("soort").asText(), Obligation.Soort::valueOf),
                    o.hasNonNull("termijn") ? period(o.path("termijn").asText(), where) : null, o.path("toelichting").asText("")));
        }
        return new PermissionRule(id, n.path("titel").asText(""), citations(n, where),
                set(n.path("van"), where, "van", Rol::of), set(n.path("vanWetten"), where, "vanWetten", Law::of),
                set(n.path("naar"), where, "naar", Rol::of),
                set(n.path("bron"), where, "bron", Doel::of), set(n.path("doelen"), where, "doelen", Doel::of),
                set(n.path("kwalificaties"), where, "kwalificaties", s -> s),
                set(n.path("gegevens"), where, "gegevens", Gegevenssoort::of), set(n.path("routes"), where, "routes", Route::of),
                set(n.path("vereist"), where, "vereist", Vereiste::of), set(n.path("vereistEenVan"), where, "vereistEenVan", Vereiste::of),
                perSoort, obligations);
    }

    private static Prohibition prohibition(JsonNode n) {
        String id = text(n, "id", "verbod");
        String where = "verbod " + id;
        known(n, where, "id", "titel", "citaties", "van", "naar", "bron", "doelen", "gegevens", "routes", "tenzij", "toelichting");
        return new Prohibition(id, n.path("titel").asText(""), citations(n, where),
                set(n.path("van"), where, "van", Rol::of), set(n.path("naar"), where, "naar", Rol::of),
                set(n.path("bron"), where, "bron", Doel::of), set(n.path("doelen"), where, "doelen", Doel::of),
                set(n.path("gegevens"), where, "gegevens", Gegevenssoort::of), set(n.path("routes"), where, "routes", Route::of),
                set(n.path("tenzij"), where, "tenzij", Vereiste::of));
    }

    private static RetentionRule retention(JsonNode n) {
        String id = text(n, "id", "bewaartermijn");
        String where = "bewaartermijn " + id;
        known(n, where, "id", "titel", "citaties", "gegevensset", "startgebeurtenis", "minimum", "maximum", "toelichting");
        return new RetentionRule(id, n.path("titel").asText(""), citations(n, where), text(n, "gegevensset", where),
                text(n, "startgebeurtenis", where), n.hasNonNull("minimum") ? period(n.path("minimum").asText(), where) : null,
                period(text(n, "maximum", where), where));
    }

    private static ProcessRule process(JsonNode n) {
        String id = text(n, "id", "procesregel");
        String where = "procesregel " + id;
        known(n, where, "id", "titel", "citaties", "soort", "parameters", "toelichting");
        Map<String, String> parameters = new LinkedHashMap<>();
        n.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
        return new ProcessRule(id, n.path("titel").asText(""), citations(n, where), text(n, "soort", where), parameters);
    }

    private static List<Citation> citations(JsonNode n, String where) {
        List<Citation> citations = new ArrayList<>();
        for (JsonNode c : n.path("citaties")) {
            citations.add(parse(where, "citaties", c.asText(), Citation::parse));
        }
        return citations;
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        for (JsonNode n : array) {
            items.add(item.apply(n));
        }
        return items;
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode value = n.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": het veld `" + field + "` ontbreekt");
        }
        return value.asText();
    }

    private static LocalDate date(JsonNode n, String field, String where) {
        if (!n.hasNonNull(field)) {
            return null;
        }
        try {
            return LocalDate.parse(n.path(field).asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("regelset " + where + ": `" + field + "` is geen datum (JJJJ-MM-DD)", e);
        }
    }

    private static Period period(String value, String where) {
        try {
            return Period.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": `" + value + "` is geen ISO-8601-termijn zoals P2Y of P1M", e);
        }
    }
}
