// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Domein;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.privacy.api.Voorwaarde;
import nl.meervoud.privacy.api.VoorwaardeVerstrekker;

/**
 * The JSON form of a decision request and of a decision, shared by the explain endpoint, the shell and the
 * scenario tests. Unknown fields and values are refused naming the field.
 */
public final class RequestJson {
    /** The fields of a request (docs/vocabulary.md lists them; a test keeps the two the same). */
    public static final List<String> VERZOEK = List.of("van", "naar", "bron", "doel", "kwalificatie", "gegevens", "route", "bewijs",
            "voorwaardenVerstrekker", "betrokkenen", "zaak", "activiteit", "traceparent", "tijdstip");
    /** The fields of an actor ({@code van}, {@code naar}). */
    public static final List<String> ACTOR = List.of("rol", "id", "law", "domein", "partijType", "geheimhouding", "bsnBevoegd",
            "bevoegdBijzondereGegevens");
    /** The fields of a provider's sticky condition ({@code voorwaardenVerstrekker}). */
    public static final List<String> VOORWAARDE_VERSTREKKER = List.of("verstrekker", "soort", "partijen", "gegevens");

    private RequestJson() {
    }

    /** Parses a request; throws IllegalArgumentException naming the field. */
    public static DecisionRequest request(JsonNode n) {
        JsonFields.known(n, "verzoek", VERZOEK.toArray(String[]::new));
        Actor van = actor(n.path("van"), "van");
        Actor naar = n.hasNonNull("naar") ? actor(n.path("naar"), "naar") : van;
        List<VoorwaardeVerstrekker> conditions = new ArrayList<>();
        for (JsonNode c : n.path("voorwaardenVerstrekker")) {
            JsonFields.known(c, "voorwaardenVerstrekker", VOORWAARDE_VERSTREKKER.toArray(String[]::new));
            conditions.add(new VoorwaardeVerstrekker(c.path("verstrekker").asText(""),
                    JsonFields.parse("", "voorwaardenVerstrekker.soort", c.path("soort").asText(), VoorwaardeVerstrekker.Soort::valueOf),
                    JsonFields.set(c.path("partijen"), "", "voorwaardenVerstrekker.partijen", s -> s),
                    JsonFields.set(c.path("gegevens"), "", "voorwaardenVerstrekker.gegevens", Gegevenssoort::of)));
        }
        List<String> subjects = new ArrayList<>();
        n.path("betrokkenen").forEach(s -> subjects.add(s.asText()));
        Instant at = null;
        if (n.hasNonNull("tijdstip")) {
            try {
                at = Instant.parse(n.path("tijdstip").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("`tijdstip` is geen ISO-8601-tijdstip zoals 2026-11-24T10:00:00Z", e);
            }
        }
        if (!n.hasNonNull("doel")) {
            throw new IllegalArgumentException("het veld `doel` ontbreekt");
        }
        return new DecisionRequest(van, naar,
                n.hasNonNull("bron") ? JsonFields.parse("", "bron", n.path("bron").asText(), Doel::of) : null,
                JsonFields.parse("", "doel", n.path("doel").asText(), Doel::of), n.path("kwalificatie").asText(""),
                JsonFields.set(n.path("gegevens"), "", "gegevens", Gegevenssoort::of),
                n.hasNonNull("route") ? JsonFields.parse("", "route", n.path("route").asText(), existing(Route::find)) : null,
                JsonFields.set(n.path("bewijs"), "", "bewijs", existing(Voorwaarde::find)), conditions, subjects, n.path("zaak").asText(""),
                n.path("activiteit").asText(""), n.path("traceparent").asText(""), at);
    }

    private static Actor actor(JsonNode n, String field) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("het veld `" + field + "` ontbreekt");
        }
        JsonFields.known(n, field, ACTOR.toArray(String[]::new));
        return new Actor(JsonFields.parse("", field + ".rol", n.path("rol").asText(), existing(Rol::find)), n.path("id").asText(""),
                n.hasNonNull("law") ? JsonFields.parse("", field + ".law", n.path("law").asText(), existing(Law::find)) : null,
                n.hasNonNull("domein") ? JsonFields.parse("", field + ".domein", n.path("domein").asText(), Domein::valueOf) : null,
                n.path("partijType").asText(""),
                n.hasNonNull("geheimhouding") ? JsonFields.parse("", field + ".geheimhouding", n.path("geheimhouding").asText(), existing(Geheimhouding::find)) : null,
                n.path("bsnBevoegd").asBoolean(false), n.path("bevoegdBijzondereGegevens").asBoolean(false));
    }

    /**
     * A parser for a term named in a request: it finds a term the platform or a rule file named and never creates
     * one, so a request cannot grow the vocabulary; whether the term is in force is the kernel's check.
     */
    private static <T> Function<String, T> existing(Function<String, Optional<T>> find) {
        return name -> find.apply(name).orElseThrow(() -> new IllegalArgumentException("unknown term `" + name + "`"));
    }

    /** Renders a decision as a JSON-ready map (field names are part of the API). */
    public static Map<String, Object> decision(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("besluit", d.effect().name());
        m.put("regel", d.regel());
        m.put("citaties", d.citaties().stream().map(Object::toString).toList());
        m.put("redenen", d.redenen());
        m.put("ontbrekend", d.ontbrekend());
        m.put("verplichtingen", d.verplichtingen().stream().map(o -> {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("soort", o.soort().name());
            om.put("termijn", o.termijn() == null ? null : o.termijn().toString());
            om.put("toelichting", o.toelichting());
            return om;
        }).toList());
        m.put("spoor", d.spoor());
        m.put("fouten", d.fouten());
        m.put("indexversie", d.index());
        return m;
    }
}
