// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The privacy officer's screen (functionaris gegevensbescherming, AVG art. 38-39): whether the processing log is
 * intact, the processing of one person or one case a page at a time, the retention rules in force and what the
 * retention job deleted, and (on its own page) the register of processing activities. The FG sees the processing
 * log, never the content of a case; people are named in it by pseudonym. Every reading is itself recorded, so the
 * resident sees in their inzage that the FG looked. The BSN travels in the form body only.
 */
final class Privacyscherm {
    static final String PAD = "/ui/verantwoording";
    static final String REGISTER = PAD + "/register";
    private static final int GROOTTE = 50;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Privacyscherm() {
    }

    static void behandel(Verzoek v, String actie) throws IOException {
        if ("register".equals(actie)) {
            register(v);
            return;
        }
        Html uitkomst = null;
        int status = 200;
        if (actie != null) {
            if (v.geenFormulier(PAD)) {
                return;
            }
            uitkomst = new Html();
            String pagina = "?pagina=" + pagina(v) + "&paginaGrootte=" + GROOTTE;
            Api.Antwoord a = switch (actie) {
                case "controle" -> v.get("/api/v1/verwerkingslog/controle", "verantwoording");
                case "persoon" -> v.post("/api/v1/verwerkingslog/betrokkene" + pagina, "verantwoording",
                        Api.JSON.createObjectNode().put("bsn", betrokkene(v)));
                case "verwijderingen" -> v.get("/api/v1/bewaartermijnen/verwijderingen" + pagina, "verantwoording");
                case "onderzoek" -> ID.matcher(v.veld("onderzoek")).matches()
                        ? v.get("/api/v1/onderzoeken/" + v.veld("onderzoek") + "/verwerkingen" + pagina, "verantwoording")
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
            } else if ("verwijderingen".equals(actie)) {
                verwijderingen(uitkomst, a.body());
                bladeren(uitkomst, a.body(), actie, "", "", v.sessie.csrf);
            } else {
                verwerkingen(uitkomst, a.body(), "persoon".equals(actie) ? "Verwerkingen van deze persoon" : "Verwerkingen in dit onderzoek");
                // The next page asks for the same case again, or for the person the session remembers: no BSN in the page.
                bladeren(uitkomst, a.body(), actie, "persoon".equals(actie) ? "" : "onderzoek", v.veld("onderzoek"), v.sessie.csrf);
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
        h.raw("<p class=\"utrecht-paragraph\">").link(REGISTER, "Register van verwerkingsactiviteiten").raw(" (AVG art. 30): wat de actieve "
                + "regelsets toestaan, per doel, met grondslag, gegevens, herkomst en ontvangers.</p>\n");

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
                    + "vast in het log (handeling ‘verwijderen’), met de regel en het artikel.");
            bewaarregels(h, regels.body().path("regels"));
        }
        h.form(PAD + "/verwijderingen#uitkomst", v.sessie.csrf);
        h.p("Wat de bewaartaak verwijderde, nieuwste eerst: één regel per persoon in elk verwijderd dossier, onder pseudoniem.");
        h.knop("Verwijderingen tonen").formEinde();
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

    private static void verwerkingen(Html h, JsonNode body, String bijschrift) {
        JsonNode records = body.path("verwerkingen");
        if (records.isEmpty()) {
            h.p("Geen verwerkingen vastgelegd.");
            return;
        }
        h.tabel(bijschrift + " (" + deel(body, records.size()) + ")", "Nr.", "Wanneer", "Activiteit", "Doel", "Besluit", "Regel", "Grondslag", "Door",
                "Zaak");
        for (JsonNode r : records) {
            String besluit = r.path("besluit").asText();
            String soort = "PERMIT".equals(besluit) || "UITGEVOERD".equals(besluit) ? "safe" : "DENY".equals(besluit) ? "danger" : "warning";
            String door = r.path("uitvoerder").asText();
            String zaak = r.path("zaak").asText("");
            h.rij(Html.esc(r.path("volgnummer").asText()), Html.esc(tijdstip(r)), Html.esc(r.path("activiteit").asText()),
                    Html.esc(Schermen.label(r.path("doel").asText())),
                    // Why, only where it was not allowed or not carried out; a permit's rule and articles say why it was.
                    new Html().badge(soort, Schermen.label(besluit)).toString() + ("safe".equals(soort) || r.path("reden").asText("").isEmpty() ? ""
                            : " " + Html.esc(r.path("reden").asText())),
                    Html.esc(r.path("regel").asText()), Html.esc(String.join("; ", Schermen.teksten(r.path("grondslag")))), Html.esc(door),
                    Html.esc(zaak));
        }
        h.tabelEinde();
    }

    private static void verwijderingen(Html h, JsonNode body) {
        JsonNode items = body.path("verwijderingen");
        if (items.isEmpty()) {
            h.p("De bewaartaak heeft nog niets verwijderd.");
            return;
        }
        h.tabel("Verwijderd door de bewaartaak (" + deel(body, items.size()) + ")", "Nr.", "Wanneer", "Dossier", "Regel", "Grondslag", "Zaak",
                "Betrokkene (pseudoniem)");
        for (JsonNode r : items) {
            h.rij(Html.esc(r.path("volgnummer").asText()), Html.esc(tijdstip(r)), Html.esc(String.join(", ", Schermen.teksten(r.path("gegevens")))),
                    Html.esc(r.path("regel").asText()), Html.esc(String.join("; ", Schermen.teksten(r.path("grondslag")))),
                    Html.esc(r.path("zaak").asText()), Html.esc(kort(r.path("betrokkene").asText())));
        }
        h.tabelEinde();
    }

    /** "1–50 van 120", or "1–50" while the total is not known yet: which part of the reading this page shows. */
    private static String deel(JsonNode body, int n) {
        int vanaf = (body.path("pagina").asInt(1) - 1) * body.path("paginaGrootte").asInt(n) + 1;
        if (!body.hasNonNull("totaal")) {
            return vanaf + "–" + (vanaf + n - 1);
        }
        int totaal = body.path("totaal").asInt(n);
        return n == totaal ? String.valueOf(totaal) : vanaf + "–" + (vanaf + n - 1) + " van " + totaal;
    }

    /** Buttons to the page before and after, each a form that sends the same question again. */
    private static void bladeren(Html h, JsonNode body, String actie, String veld, String waarde, String csrf) {
        int pagina = body.path("pagina").asInt(1);
        boolean volgende = body.path("volgende").asBoolean(false);
        if (pagina <= 1 && !volgende) {
            return;
        }
        h.raw("<nav class=\"meervoud-bladeren\" aria-label=\"Pagina's\">");
        for (int naar : new int[] { pagina - 1, pagina + 1 }) {
            if (naar < 1 || naar > pagina && !volgende) {
                continue;
            }
            h.form(PAD + "/" + actie + "#uitkomst", csrf);
            h.raw("<input type=\"hidden\" name=\"pagina\" value=\"" + naar + "\">");
            if (!veld.isEmpty()) {
                h.raw("<input type=\"hidden\" name=\"").text(veld).raw("\" value=\"").text(waarde).raw("\">");
            }
            h.knop(naar < pagina ? "Vorige pagina" : "Volgende pagina").formEinde();
        }
        h.raw("</nav>\n");
    }

    /** The BSN from the form, remembered in the session for the next pages; a page button sends none. */
    private static String betrokkene(Verzoek v) {
        String bsn = v.veld("bsn");
        if (!bsn.isEmpty() || v.veld("pagina").isEmpty()) {
            v.sessie.betrokkene = bsn;
        }
        return v.sessie.betrokkene;
    }

    private static int pagina(Verzoek v) {
        String p = v.veld("pagina");
        return p.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(p) : 1;
    }

    private static String tijdstip(JsonNode r) {
        return r.path("tijdstip").asText().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z");
    }

    private static String kort(String pseudoniem) {
        return pseudoniem.length() > 16 ? pseudoniem.substring(0, 16) + "…" : pseudoniem;
    }

    private static void bewaarregels(Html h, JsonNode regels) {
        h.tabel("Bewaarregels in werking", "Regel", "Gegevens", "Termijn loopt vanaf", "Termijn", "Grondslag");
        for (JsonNode r : regels) {
            String termijn = (r.hasNonNull("minimum") && !r.path("minimum").asText().equals(r.path("maximum").asText())
                    ? periode(r.path("minimum").asText()) + " tot " : "") + periode(r.path("maximum").asText());
            h.rij(Html.esc(r.path("regel").asText()), Html.esc(Schermen.label(r.path("gegevensset").asText())),
                    Html.esc(Schermen.label(r.path("startgebeurtenis").asText()).replace('-', ' ')), Html.esc(termijn),
                    Html.esc(String.join("; ", Schermen.teksten(r.path("citaties")))));
        }
        h.tabelEinde();
    }

    /**
     * The register of processing activities (AVG art. 30 lid 1), as the API draws it up from the active rule sets.
     * It holds no personal data, so reading it is not a recorded processing; the operator may read it too.
     */
    static void register(Verzoek v) throws IOException {
        Html h = new Html().h1("Register van verwerkingsactiviteiten");
        Api.Antwoord a = v.get("/api/v1/verwerkingsregister", null);
        if (!a.ok()) {
            Schermen.weigering(h, a);
            v.toon(Schermen.status(a), "Register van verwerkingsactiviteiten", PAD, h);
            return;
        }
        JsonNode r = a.body();
        h.p("Opgesteld uit de regelsets die nu in werking zijn (AVG art. 30 lid 1): per doel de artikelen waarop het rust, de soorten gegevens, "
                + "van wie ze komen en aan wie ze gaan, en de regels. Wat een wetsmodule meebrengt staat hier zolang de module geïnstalleerd is. "
                + "Versie " + r.path("versie").asText() + (r.hasNonNull("gemeente") ? ", gemeente " + r.path("gemeente").asText() : "") + ".");
        h.tabel("Verwerkingen per doel", "Doel", "Kenmerk", "Grondslag", "Gegevens", "Herkomst", "Ontvangers", "Regels");
        for (JsonNode e : r.path("verwerkingen")) {
            h.rij(Html.esc(Schermen.label(e.path("doel").asText()).replace('-', ' ')), Html.esc(e.path("id").asText()),
                    Html.esc(String.join("; ", Schermen.teksten(e.path("grondslag")))), Html.esc(labels(e.path("verwerktePersoonsgegevens"))),
                    Html.esc(labels(e.path("herkomst"))), Html.esc(labels(e.path("ontvangers"))),
                    Html.esc(String.join(", ", e.path("regels").findValuesAsText("regel"))));
        }
        h.tabelEinde();
        h.h2("Verboden doelen");
        h.tabel("Wat geen regel mag toestaan", "Regel", "Wat", "Doelen", "Grondslag");
        for (JsonNode e : r.path("verboden")) {
            h.rij(Html.esc(e.path("regel").asText()), Html.esc(e.path("titel").asText()), Html.esc(String.join(", ", Schermen.teksten(e.path("doelen")))),
                    Html.esc(String.join("; ", Schermen.teksten(e.path("citaties")))));
        }
        h.tabelEinde();
        h.h2("Bewaartermijnen");
        bewaarregels(h, r.path("bewaartermijnen"));
        h.h2("Regelsets en activiteiten");
        h.tabel("Regelsets in werking", "Regelset", "Wet", "Versie", "Geldig vanaf");
        for (JsonNode e : r.path("regelsets")) {
            h.rij(Html.esc(e.path("id").asText()), Html.esc(e.path("wet").asText()), Html.esc(e.path("versie").asText()),
                    Html.esc(e.path("geldigVanaf").asText()));
        }
        h.tabelEinde();
        h.p("Verwerkingsactiviteiten die een verzoek mag noemen (x-verwerking): " + String.join(", ", Schermen.teksten(r.path("activiteiten"))) + ".");
        v.toon(200, "Register van verwerkingsactiviteiten", PAD, h);
    }

    private static String labels(JsonNode values) {
        return String.join(", ", Schermen.teksten(values).stream().map(Schermen::label).toList());
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
