// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The privacy officer's screen (functionaris gegevensbescherming, AVG art. 38-39): whether the processing log is
 * intact, the processing of one person or one case, and the retention rules in force. The FG sees the processing
 * log, never the content of a case; people are named in it by pseudonym. Every reading is itself recorded, so the
 * resident sees in their inzage that the FG looked. The BSN travels in the form body only.
 */
final class Privacyscherm {
    static final String PAD = "/ui/verantwoording";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Privacyscherm() {
    }

    static void behandel(Verzoek v, String actie) throws IOException {
        Html uitkomst = null;
        int status = 200;
        if (actie != null) {
            if (v.geenFormulier(PAD)) {
                return;
            }
            uitkomst = new Html();
            Api.Antwoord a = switch (actie) {
                case "controle" -> v.get("/api/v1/verwerkingslog/controle", "verantwoording");
                case "persoon" -> v.post("/api/v1/verwerkingslog/betrokkene", "verantwoording", Api.JSON.createObjectNode().put("bsn", v.veld("bsn")));
                case "onderzoek" -> ID.matcher(v.veld("onderzoek")).matches()
                        ? v.get("/api/v1/onderzoeken/" + v.veld("onderzoek") + "/verwerkingen", "verantwoording")
                        : new Api.Antwoord(400, Api.JSON.createObjectNode().put("title", "Ongeldig kenmerk").put("detail",
                                "onderzoek: het kenmerk van een onderzoek (een UUID, zoals in de adresbalk van het onderzoek)"));
                default -> null;
            };
            if (a == null) {
                v.naar(PAD);
                return;
            }
            status = Schermen.status(a);
            if (!a.ok()) {
                Schermen.weigering(uitkomst, a);
            } else if ("controle".equals(actie)) {
                controle(uitkomst, a.body());
            } else {
                verwerkingen(uitkomst, a.body().path("verwerkingen"), "persoon".equals(actie) ? "Verwerkingen van deze persoon"
                        : "Verwerkingen in dit onderzoek");
            }
        }
        Html h = new Html().h1("Verantwoording");
        h.p("Het verwerkingslog: elke beslissing van de privacykern en elke verwerking die de wet zelf opdraagt, met doel, grondslag en uitkomst "
                + "(AVG art. 5 lid 2). U ziet het log, niet de inhoud van dossiers; personen staan er onder een pseudoniem in. Ook uw raadpleging wordt "
                + "vastgelegd.");
        h.raw("<div id=\"uitkomst\" tabindex=\"-1\">");
        if (uitkomst != null) {
            h.raw(uitkomst.toString());
        }
        h.raw("</div>");

        h.h2("Is het log ongeschonden?");
        h.form(PAD + "/controle#uitkomst", v.sessie.csrf);
        h.p("Leest het hele log opnieuw en controleert elke hash, elke schakel en elk anker (AVG art. 5 lid 1 onder f, art. 32).");
        h.knop("Log controleren").formEinde();

        h.h2("Verwerkingen van één persoon");
        h.form(PAD + "/persoon#uitkomst", v.sessie.csrf);
        h.veld("BSN", "bsn", "text", "", true, "Negen cijfers; het BSN gaat niet in de adresbalk en staat niet in het log.", null);
        h.knop("Verwerkingen tonen").formEinde();

        h.h2("Verwerkingen in één onderzoek");
        h.form(PAD + "/onderzoek#uitkomst", v.sessie.csrf);
        h.veld("Kenmerk van het onderzoek", "onderzoek", "text", "persoon".equals(actie) ? "" : v.veld("onderzoek"), true,
                "Het kenmerk uit het onderzoek of uit een verwerking hierboven (zaak).", null);
        h.knop("Onderzoek tonen").formEinde();

        h.h2("Bewaartermijnen");
        Api.Antwoord regels = v.get("/api/v1/bewaartermijnen", null);
        if (!regels.ok()) {
            Schermen.weigering(h, regels);
        } else {
            h.p("De bewaarregels van de actieve regelsets. De bewaartaak verwijdert een dossier zodra zijn termijn verstreek, en legt elke verwijdering "
                    + "vast in het log van het onderzoek (handeling ‘verwijderen’), met de regel en het artikel.");
            h.tabel("Bewaarregels in werking", "Regel", "Gegevens", "Termijn loopt vanaf", "Termijn", "Grondslag");
            for (JsonNode r : regels.body().path("regels")) {
                String termijn = (r.hasNonNull("minimum") && !r.path("minimum").asText().equals(r.path("maximum").asText())
                        ? periode(r.path("minimum").asText()) + " tot " : "") + periode(r.path("maximum").asText());
                h.rij(Html.esc(r.path("regel").asText()), Html.esc(Schermen.label(r.path("gegevensset").asText())),
                        Html.esc(Schermen.label(r.path("startgebeurtenis").asText()).replace('-', ' ')), Html.esc(termijn),
                        Html.esc(String.join("; ", Schermen.teksten(r.path("citaties")))));
            }
            h.tabelEinde();
        }
        v.toon(status, "Verantwoording", PAD, h);
    }

    private static void controle(Html h, JsonNode c) {
        if (c.path("intact").asBoolean(false)) {
            h.raw("<p class=\"utrecht-paragraph\">").badge("safe", "Ongeschonden").raw(" ")
                    .text(c.path("records").asLong() + " records gecontroleerd op " + Schermen.datum(c.path("gecontroleerd").asText()) + ": elke hash en schakel klopt.")
                    .raw("</p>\n");
        } else {
            h.alert("error", "Het log is niet ongeschonden", c.path("records").asLong() + " records gelezen. Meld dit bij de Autoriteit Persoonsgegevens "
                    + "als het een datalek kan zijn (AVG art. 33).");
            h.raw("<ul class=\"utrecht-unordered-list\">");
            c.path("problemen").forEach(p -> h.raw("<li class=\"utrecht-unordered-list__item\">").text(p.asText()).raw("</li>"));
            h.raw("</ul>\n");
        }
    }

    private static void verwerkingen(Html h, JsonNode records, String bijschrift) {
        if (records.isEmpty()) {
            h.p("Geen verwerkingen vastgelegd.");
            return;
        }
        h.tabel(bijschrift + " (" + records.size() + ")", "Nr.", "Wanneer", "Activiteit", "Doel", "Besluit", "Regel", "Grondslag", "Door", "Zaak");
        for (JsonNode r : records) {
            String besluit = r.path("besluit").asText();
            String soort = "PERMIT".equals(besluit) || "UITGEVOERD".equals(besluit) ? "safe" : "DENY".equals(besluit) ? "danger" : "warning";
            String door = r.path("uitvoerder").asText();
            String zaak = r.path("zaak").asText("");
            h.rij(Html.esc(r.path("volgnummer").asText()), Html.esc(r.path("tijdstip").asText().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z")),
                    Html.esc(r.path("activiteit").asText()), Html.esc(Schermen.label(r.path("doel").asText())),
                    // Why, only where it was not allowed or not carried out; a permit's rule and articles say why it was.
                    new Html().badge(soort, Schermen.label(besluit)).toString() + ("safe".equals(soort) || r.path("reden").asText("").isEmpty() ? ""
                            : " " + Html.esc(r.path("reden").asText())),
                    Html.esc(r.path("regel").asText()), Html.esc(String.join("; ", Schermen.teksten(r.path("grondslag")))), Html.esc(door),
                    Html.esc(zaak));
        }
        h.tabelEinde();
    }

    /** An ISO period as words: {@code P2Y} → "2 jaar", {@code P6M} → "6 maanden". */
    static String periode(String iso) {
        try {
            java.time.Period p = java.time.Period.parse(iso);
            StringBuilder s = new StringBuilder();
            if (p.getYears() > 0) {
                s.append(p.getYears()).append(" jaar");
            }
            if (p.getMonths() > 0) {
                s.append(s.isEmpty() ? "" : " en ").append(p.getMonths()).append(p.getMonths() == 1 ? " maand" : " maanden");
            }
            if (p.getDays() > 0) {
                s.append(s.isEmpty() ? "" : " en ").append(p.getDays()).append(p.getDays() == 1 ? " dag" : " dagen");
            }
            return s.isEmpty() ? iso : s.toString();
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }
}
