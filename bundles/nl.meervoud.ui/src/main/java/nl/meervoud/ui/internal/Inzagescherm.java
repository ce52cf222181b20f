// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A resident's inzage (AVG art. 15): the files that concern them, of each only their own part (family members'
 * parts stay hidden, Wmo 2015 art. 2.3a.2 lid 1), and every processing of their data: when, why, on which article,
 * and whether it was allowed. The BSN comes from the resident's login, never from the page or the URL.
 */
final class Inzagescherm {
    private Inzagescherm() {
    }

    static void toon(Verzoek v) throws IOException {
        JsonNode inzage = Schermen.lees(v, "/api/v1/inzage", "inzage", "Mijn gegevens", "/ui/inzage");
        if (inzage == null) {
            return;
        }
        Html h = new Html().h1("Mijn gegevens");
        h.p("Hier ziet u welke gegevens de gemeente over u heeft in het kader van de Wams, en wie ze wanneer en waarom verwerkte "
                + "(AVG art. 15). Van een dossier dat ook over anderen gaat, ziet u alleen uw eigen deel.");
        h.h2("Dossiers over u");
        JsonNode gegevens = inzage.path("gegevens");
        if (gegevens.isEmpty()) {
            h.p("Er zijn geen dossiers over u.");
        }
        for (JsonNode d : gegevens) {
            List<String[]> rijen = new ArrayList<>();
            rijen.add(new String[] { "Soort", Schermen.label(d.path("soort").asText()) });
            if (d.hasNonNull("rol")) {
                rijen.add(new String[] { "U bent", d.path("rol").asText() });
            }
            if (d.hasNonNull("hulpvraagWet")) {
                rijen.add(new String[] { "Hulpvraag", d.path("hulpvraagWet").asText() });
            }
            if (d.has("reikwijdte")) {
                rijen.add(new String[] { "Afgesproken levensdomeinen", String.join(", ", Schermen.teksten(d.path("reikwijdte").path("domeinen")).stream().sorted().toList()) });
            }
            rijen.add(new String[] { "Toestand", Schermen.label(d.path("toestand").asText()) });
            if (d.hasNonNull("bewarenTot")) {
                rijen.add(new String[] { "Bewaard tot", Schermen.datum(d.path("bewarenTot").asText()) });
            }
            if (d.has("zichtbaarheid")) {
                rijen.add(new String[] { "Wat u ziet", d.path("zichtbaarheid").path("uitleg").asText() + " ("
                        + String.join("; ", Schermen.teksten(d.path("zichtbaarheid").path("citaties"))) + ")" });
            }
            h.gegevens(rijen);
        }
        h.h2("Wie verwerkte uw gegevens");
        JsonNode verwerkingen = inzage.path("verwerkingen");
        if (verwerkingen.isEmpty()) {
            h.p("Er zijn geen verwerkingen van uw gegevens vastgelegd.");
        } else {
            h.tabel("Elke verwerking van uw gegevens, met de grondslag", "Wanneer", "Waarvoor", "Op grond van", "Toegestaan", "Door");
            for (JsonNode r : verwerkingen) {
                String besluit = r.path("besluit").asText();
                String door = r.path("uitvoerder").asText();
                h.rij(Html.esc(Schermen.datum(r.path("tijdstip").asText())), Html.esc(Schermen.label(r.path("doel").asText()) + " (" + r.path("activiteit").asText() + ")"),
                        Html.esc(r.path("grondslag").isEmpty() ? "geen grondslag: daarom geweigerd" : String.join("; ", Schermen.teksten(r.path("grondslag")))),
                        new Html().badge("DENY".equals(besluit) ? "danger" : "safe", "DENY".equals(besluit) ? "geweigerd" : "ja").toString(),
                        Html.esc(Schermen.label(door.contains(":") ? door.substring(0, door.indexOf(':')) : door)));
            }
            h.tabelEinde();
        }
        v.toon(200, "Mijn gegevens", "/ui/inzage", h);
    }
}
