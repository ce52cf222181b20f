// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A data request as the party sees it (Wmo 2015 art. 5.4.2): what the college asks and why, and the answer —
 * provide, with conditions that stay attached to the data (sticky), or refuse with weighty reasons. The API decides
 * who may answer: the addressed party's own professional, or a consulent recording what the party sent.
 */
final class Partijscherm {
    private Partijscherm() {
    }

    static void verzoek(Verzoek v, String id, boolean antwoorden) throws IOException {
        Api.Antwoord fout = null;
        if (antwoorden) {
            if (v.geenFormulier("/ui/verstrekkingsverzoeken/" + id)) {
                return;
            }
            ObjectNode body = Api.JSON.createObjectNode().put("besluit", v.veld("besluit")).put("op", v.veld("op"));
            if ("GEWEIGERD".equals(v.veld("besluit"))) {
                body.put("zwaarwegendeRedenen", v.veld("zwaarwegendeRedenen"));
            } else {
                body.put("toestemmingBetrokkene", v.aangevinkt("toestemmingBetrokkene")).put("afwegingVastgelegd", v.aangevinkt("afwegingVastgelegd"));
                List<String> nietAan = new ArrayList<>();
                for (String p : v.veld("nietAan").split(",")) {
                    if (!p.isBlank()) {
                        nietAan.add(p.strip());
                    }
                }
                if (!nietAan.isEmpty()) {
                    ObjectNode voorwaarde = body.putArray("voorwaarden").addObject().put("verstrekker", v.veld("verstrekker")).put("soort", "NIET_AAN");
                    ArrayNode partijen = voorwaarde.putArray("partijen");
                    nietAan.forEach(partijen::add);
                }
            }
            Api.Antwoord a = v.post("/api/v1/verstrekkingsverzoeken/" + id + "/antwoord", "wams-onderzoek", body);
            if (a.ok()) {
                v.naar("/ui/verstrekkingsverzoeken/" + id);
                return;
            }
            fout = a;
        }
        JsonNode r = Schermen.lees(v, "/api/v1/verstrekkingsverzoeken/" + id, "wams-onderzoek", "Verzoek om gegevens", "/ui/");
        if (r == null) {
            return;
        }
        Html h = new Html().h1("Verzoek om gegevens");
        JsonNode m = r.path("motivering");
        h.gegevens(List.of(new String[] { "Toestand", Schermen.label(r.path("toestand").asText()) },
                new String[] { "Aan", r.path("partij").path("naam").asText(r.path("partij").path("id").asText()) },
                new String[] { "Gevraagde gegevens", String.join(", ", Schermen.teksten(r.path("gegevens")).stream().map(Schermen::label).toList()) },
                new String[] { "Doel", m.path("doel").asText() }, new String[] { "Levensdomein", m.path("domein").asText() },
                new String[] { "Waarom nodig", m.path("waarom").asText() }, new String[] { "Met wie gedeeld", m.path("metWie").asText() },
                new String[] { "Grondslag", "Wmo 2015 art. 5.4.2 lid 1 (verstrekken zonder toestemming alleen als het noodzakelijk is; lid 2: met een geheimhoudingsplicht na afweging)" }));
        for (JsonNode w : r.path("antwoord").path("voorwaarden")) {
            h.alert("info", "Voorwaarde bij de gegevens", "Niet verder verstrekken aan: " + String.join(", ", Schermen.teksten(w.path("partijen")))
                    + ". De privacykern houdt deze voorwaarde vast bij elke verdere verstrekking.");
        }
        if ("VERZOCHT".equals(r.path("toestand").asText()) && (v.sessie.heeft("professional") || v.sessie.heeft("consulent"))) {
            h.h2("Antwoord van de partij");
            Schermen.Formulierfout.toon(h, fout, java.util.Map.of());
            h.form("/ui/verstrekkingsverzoeken/" + id + "/antwoord", v.sessie.csrf);
            h.raw("<input type=\"hidden\" name=\"verstrekker\" value=\"").text(r.path("partij").path("id").asText()).raw("\">");
            h.keuze("Besluit", "besluit", List.of(new String[] { "VERSTREKT", "Verstrekken" }, new String[] { "GEWEIGERD", "Weigeren" }), v.veld("besluit"));
            h.vinkje("De betrokkene stemde in", "toestemmingBetrokkene", v.aangevinkt("toestemmingBetrokkene"));
            h.vinkje("De afweging bij het beroepsgeheim is vastgelegd (art. 5.4.2 lid 2)", "afwegingVastgelegd", v.aangevinkt("afwegingVastgelegd"));
            h.veld("Niet verder verstrekken aan", "nietAan", "text", v.veld("nietAan"), false,
                    "Partijen gescheiden door komma's; de voorwaarde blijft bij de gegevens.", null);
            h.veld("Zwaarwegende redenen (bij weigeren)", "zwaarwegendeRedenen", "textarea", v.veld("zwaarwegendeRedenen"), false, null, null);
            h.veld("Datum", "op", "date", v.veld("op").isEmpty() ? LocalDate.now().toString() : v.veld("op"), true, null, null);
            h.knop("Antwoord vastleggen").formEinde();
        }
        v.toon(Schermen.status(fout), "Verzoek om gegevens", "/ui/", h);
    }
}
