// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.meervoud.casus.api.Coordinatiedossier;

/**
 * The coordinator's screens: the coördinatiedossier (progress and agreements only, a record apart from the
 * investigation data, Wmo 2015 art. 5.4.5), the coordinator's signal and the college's end of the approach (art.
 * 2.3a.3 lid 4), the handover by a coordinator from outside the municipality (art. 5.4.4 lid 7-8), and a
 * casusoverleg with its invitees and the necessity of each, its agreements and the release register (art. 5.4.3).
 * Whether a release may leave the meeting is the privacy kernel's decision (rule W12 and its prohibitions); the
 * screen shows it, and a refusal with its article.
 */
final class Coordinatiescherm {
    private static final String VERWERKING = "wams-coordinatie";
    /** Rows for invitees on a new casusoverleg's form; empty rows are left out. */
    static final int GENODIGDE_RIJEN = 4;

    private Coordinatiescherm() {
    }

    // --- the coördinatiedossier -------------------------------------------------------------------------------

    static void dossier(Verzoek v, String id, String actie) throws IOException {
        if (actie == null) {
            toonDossier(v, id, null, null, 200);
            return;
        }
        if (v.geenFormulier("/ui/coordinatiedossiers/" + id)) {
            return;
        }
        String api = "/api/v1/coordinatiedossiers/" + id;
        Api.Antwoord a;
        switch (actie) {
            case "voortgang" -> a = v.post(api + "/voortgang", VERWERKING, Api.JSON.createObjectNode().put("op", datum(v, "voortgangOp")).put("doel", v.veld("doel"))
                    .put("tekst", v.veld("tekst")));
            case "afspraken" -> a = v.post(api + "/afspraken", VERWERKING, afspraak(v));
            case "signaal" -> a = v.post(api + "/signaal", VERWERKING, Api.JSON.createObjectNode().put("soort", v.veld("soort")).put("reden", v.veld("reden"))
                    .put("op", LocalDate.now().toString()));
            case "beeindiging" -> a = v.post(api + "/beeindiging", VERWERKING, Api.JSON.createObjectNode().put("op", datum(v, "beeindigdOp")));
            case "overdracht" -> a = v.post(api + "/overdracht", VERWERKING, Api.JSON.createObjectNode().put("op", datum(v, "overdrachtOp")));
            case "casusoverleg" -> {
                JsonNode d = Schermen.lees(v, api, VERWERKING, "Coördinatiedossier", "/ui/coordinatiedossiers");
                if (d == null) {
                    return;
                }
                a = v.post("/api/v1/casusoverleggen", VERWERKING, nieuwOverleg(v, d.path("onderzoek").asText(), "COORDINATIE"));
                if (a.ok()) {
                    v.naar("/ui/casusoverleggen/" + a.body().path("id").asText());
                    return;
                }
            }
            default -> {
                v.naar("/ui/coordinatiedossiers/" + id);
                return;
            }
        }
        // The end and the handover answer in the section of the signal, where their forms are.
        String sectie = "beeindiging".equals(actie) || "overdracht".equals(actie) ? "signaal" : actie;
        Schermen.klaar(v, a, "/ui/coordinatiedossiers/" + id, id, sectie, Coordinatiescherm::toonDossier);
    }

    private static void toonDossier(Verzoek v, String id, Html bericht, String sectie, int status) throws IOException {
        JsonNode d = Schermen.lees(v, "/api/v1/coordinatiedossiers/" + id, VERWERKING, "Coördinatiedossier", "/ui/coordinatiedossiers");
        if (d == null) {
            return;
        }
        String pad = "/ui/coordinatiedossiers/" + id;
        boolean lopend = Coordinatiedossier.Toestand.LOPEND.name().equals(d.path("toestand").asText());
        Html h = new Html().h1("Coördinatiedossier");
        h.p("Alleen de voortgang van de aanpak en de afspraken: een dossier apart van de onderzoeksgegevens (Wmo 2015 art. 5.4.5).");
        JsonNode c = d.path("coordinator");
        List<String[]> rijen = new ArrayList<>();
        rijen.add(new String[] { "Toestand", Schermen.label(d.path("toestand").asText()) });
        rijen.add(new String[] { "Coördinator", c.path("naam").asText() + " (" + Schermen.label(c.path("soort").asText())
                + (c.path("organisatie").asText("").isEmpty() ? "" : ", " + c.path("organisatie").asText()) + "; Wmo 2015 art. 2.3a.3 lid 1)" });
        rijen.add(new String[] { "Verwerkingsverantwoordelijke", d.path("verwerkingsverantwoordelijke").asText() });
        if (d.hasNonNull("beeindigd")) {
            rijen.add(new String[] { "Beëindigd", Schermen.datum(d.path("beeindigd").asText()) + " (Wmo 2015 art. 2.3a.3 lid 4)" });
        }
        if (d.hasNonNull("overgedragen")) {
            rijen.add(new String[] { "Overgedragen aan het college", Schermen.datum(d.path("overgedragen").asText()) + " (Wmo 2015 art. 5.4.4 lid 7)" });
        }
        rijen.add(new String[] { "Bewaren tot", d.hasNonNull("bewarenTot") ? Schermen.datum(d.path("bewarenTot").asText()) + " (Wmo 2015 art. 5.4.5 lid 2)"
                : "loopt vanaf het einde van de aanpak (Wmo 2015 art. 5.4.5 lid 2)" });
        h.gegevens(rijen);

        h.raw("<div id=\"voortgang\" tabindex=\"-1\">").h2("Voortgang");
        bericht(h, bericht, sectie, "voortgang");
        if (d.path("voortgang").isEmpty()) {
            h.p("Nog geen voortgang vastgelegd.");
        } else {
            h.tabel("Voortgang per doel", "Datum", "Doel", "Voortgang");
            for (JsonNode n : d.path("voortgang")) {
                h.rij(Html.esc(Schermen.datum(n.path("op").asText())), Html.esc(n.path("doel").asText()), Html.esc(n.path("tekst").asText()));
            }
            h.tabelEinde();
        }
        if (lopend) {
            h.raw("<details class=\"meervoud-uitklap\"").raw("voortgang".equals(sectie) ? " open" : "").raw("><summary>Voortgang vastleggen</summary>");
            h.form(pad + "/voortgang#voortgang", v.sessie.csrf);
            h.veld("Datum", "voortgangOp", "date", LocalDate.now().toString(), true, null, null);
            h.veld("Doel", "doel", "text", "voortgang".equals(sectie) ? v.veld("doel") : "", true, "Het doel van de aanpak waarover het gaat.", null);
            h.veld("Voortgang", "tekst", "textarea", "voortgang".equals(sectie) ? v.veld("tekst") : "", true,
                    "Alleen de voortgang; geen inhoud van de zorg of hulp.", null);
            h.knop("Voortgang vastleggen").formEinde().raw("</details>");
        }
        h.raw("</div>");

        h.raw("<div id=\"afspraken\" tabindex=\"-1\">").h2("Afspraken");
        bericht(h, bericht, sectie, "afspraken");
        afspraken(h, d.path("afspraken"), "Afspraken in de aanpak");
        if (lopend) {
            h.raw("<details class=\"meervoud-uitklap\"").raw("afspraken".equals(sectie) ? " open" : "").raw("><summary>Een afspraak vastleggen</summary>");
            afspraakFormulier(v, h, pad + "/afspraken#afspraken", "afspraken".equals(sectie));
            h.raw("</details>");
        }
        h.raw("</div>");

        h.raw("<div id=\"casusoverleg\" tabindex=\"-1\">").h2("Casusoverleggen");
        bericht(h, bericht, sectie, "casusoverleg");
        overleggen(v, h, d.path("onderzoek").asText(), d);
        if (lopend) {
            overlegFormulier(v, h, pad + "/casusoverleg#casusoverleg", "casusoverleg".equals(sectie), "Wmo 2015 art. 2.3a.3 lid 3");
        }
        h.raw("</div>");

        h.raw("<div id=\"signaal\" tabindex=\"-1\">").h2("Signaal en einde van de aanpak");
        bericht(h, bericht, sectie, "signaal");
        JsonNode s = d.path("signaal");
        if (s.isObject()) {
            h.p("Signaal van de coördinator (" + Schermen.datum(s.path("op").asText()) + "): " + ("BEEINDIGEN".equals(s.path("soort").asText()) ? "beëindigen" : "aanpassen")
                    + ", omdat " + s.path("reden").asText() + " (Wmo 2015 art. 2.3a.3 lid 4).");
        }
        if (lopend) {
            h.form(pad + "/signaal#signaal", v.sessie.csrf);
            h.keuze("Signaal aan het college", "soort", List.of(new String[] { Coordinatiedossier.SignaalSoort.AANPASSEN.name(), "De aanpak aanpassen" },
                    new String[] { Coordinatiedossier.SignaalSoort.BEEINDIGEN.name(), "De aanpak beëindigen" }), v.veld("soort"));
            h.veld("Reden", "reden", "text", "signaal".equals(sectie) ? v.veld("reden") : "", true, null, null);
            h.knop("Signaal geven").formEinde();
            h.p("Het college beëindigt de aanpak; het onderzoek en dit dossier veranderen samen en hun bewaartermijnen beginnen (Wmo 2015 art. 5.4.5).");
            h.form(pad + "/beeindiging#signaal", v.sessie.csrf);
            h.veld("Beëindigd op", "beeindigdOp", "date", LocalDate.now().toString(), true, null, null);
            h.knop("Aanpak beëindigen").formEinde();
        } else if (d.path("overdrachtNodig").asBoolean(false) && !d.hasNonNull("overgedragen")) {
            h.p("Een coördinator van buiten de gemeente draagt alle coördinatiegegevens over aan het college (Wmo 2015 art. 5.4.4 lid 7-8).");
            h.form(pad + "/overdracht#signaal", v.sessie.csrf);
            h.veld("Overgedragen op", "overdrachtOp", "date", LocalDate.now().toString(), true, null, null);
            h.knop("Overdragen aan het college").formEinde();
        }
        h.raw("</div>");
        if (v.sessie.heeft("consulent") && d.hasNonNull("onderzoek")) {
            h.raw("<p class=\"utrecht-paragraph\">").link("/ui/onderzoeken/" + d.path("onderzoek").asText(), "Naar het onderzoek").raw("</p>");
        }
        v.toon(status, "Coördinatiedossier", "/ui/coordinatiedossiers", h);
    }

    /** The coördinatiedossiers and casusoverleggen of an investigation, on its screen (as far as the person may list them). */
    static void bijOnderzoek(Verzoek v, Html h, String onderzoek, JsonNode o) {
        String toestand = o.path("proces").path("toestand").asText();
        // Only a designated coordinator's approach has a coördinatiedossier: no list call for any other investigation.
        boolean aangewezen = nl.meervoud.casus.api.Onderzoek.Toestand.AANPAK_LOPEND.name().equals(toestand)
                || nl.meervoud.casus.api.Onderzoek.Toestand.AANPAK_BEEINDIGD.name().equals(toestand);
        if (!aangewezen || !v.sessie.heeft("consulent") && !v.sessie.heeft("coordinator")) {
            return;
        }
        Api.Antwoord a = Schermen.bijZaak(v, o, onderzoek, "coordinatiedossiers");
        JsonNode items = a.body().path("_embedded").path("coordinatiedossiers");
        if (a.ok() && items.size() > 0) {
            h.h2("Gecoördineerde aanpak");
            for (JsonNode i : items) {
                h.raw("<p class=\"utrecht-paragraph\">").link("/ui/coordinatiedossiers/" + i.path("id").asText(), "Coördinatiedossier")
                        .text(" (" + Schermen.label(i.path("toestand").asText()).toLowerCase(java.util.Locale.ROOT) + ")").raw("</p>");
            }
        }
    }

    private static void overleggen(Verzoek v, Html h, String onderzoek, JsonNode o) {
        Api.Antwoord a = Schermen.bijZaak(v, o, onderzoek, "casusoverleggen");
        JsonNode items = a.body().path("_embedded").path("casusoverleggen");
        if (!a.ok()) {
            Schermen.weigering(h, a);
        } else if (items.isEmpty()) {
            h.p("Nog geen casusoverleg.");
        } else {
            Schermen.dossiers(h, "Casusoverleggen in deze zaak", "/ui/casusoverleggen/", items, "Overleg", "Fase", "Vastgelegd");
        }
    }

    /** The form that convenes a casusoverleg, with the article that lets whoever convenes it do so. */
    private static void overlegFormulier(Verzoek v, Html h, String actie, boolean terug, String artikel) {
        h.raw("<details class=\"meervoud-uitklap\"").raw(terug ? " open" : "").raw("><summary>Een casusoverleg bijeenroepen (").text(artikel).raw(")</summary>");
        h.form(actie, v.sessie.csrf);
        h.veld("Datum", "datum", "date", terug ? v.veld("datum") : LocalDate.now().plusDays(7).toString(), true, null, null);
        h.p("Nodig alleen uit wie nodig is, en leg per genodigde vast waarom (Wmo 2015 art. 5.4.3 lid 1).");
        for (int i = 0; i < GENODIGDE_RIJEN; i++) {
            h.groep("Genodigde " + (i + 1));
            h.veld("Partij (kenmerk)", "genodigde-" + i + "-partij", "text", terug ? v.veld("genodigde-" + i + "-partij") : "", i == 0, null, null);
            h.veld("Noodzaak van de deelname", "genodigde-" + i + "-noodzaak", "text", terug ? v.veld("genodigde-" + i + "-noodzaak") : "", i == 0, null, null);
            h.groepEinde();
        }
        h.vinkje("De cliënt is uitgenodigd", "clientUitgenodigd", !terug || v.aangevinkt("clientUitgenodigd"));
        h.veld("Zwaarwegende belangen", "zwaarwegendeBelangen", "textarea", terug ? v.veld("zwaarwegendeBelangen") : "", false,
                "Alleen als de cliënt niet is uitgenodigd: welke zwaarwegende belangen zich daartegen verzetten.", null);
        h.knop("Casusoverleg bijeenroepen").formEinde().raw("</details>");
    }

    /**
     * On the investigation's screen while it runs: the casusoverleggen the college convened, and the form to convene
     * one (Wmo 2015 art. 2.3a.1 lid 7 onder b; on 2.3a.4 lid 4, the requesting party always among the invitees).
     */
    static void bijOnderzoekTijdensOnderzoek(Verzoek v, Html h, String id, JsonNode o, Html bericht) {
        if (!v.sessie.heeft("consulent") || !"GESTART".equals(o.path("proces").path("toestand").asText())) {
            return;
        }
        h.raw("<div id=\"casusoverleg\" tabindex=\"-1\">").h2("Casusoverleg tijdens het onderzoek");
        if (bericht != null) {
            h.raw(bericht.toString());
        }
        overleggen(v, h, id, o);
        boolean wmo = "WMO_2_3A_1".equals(o.path("proces").path("route").asText());
        overlegFormulier(v, h, "/ui/onderzoeken/" + id + "/casusoverleg#casusoverleg", bericht != null, wmo ? "Wmo 2015 art. 2.3a.1 lid 7 onder b"
                : "Wmo 2015 art. 2.3a.4 lid 4");
        h.raw("</div>");
    }

    /** Convenes a casusoverleg during the investigation, from its screen. */
    static void nieuwOverlegInOnderzoek(Verzoek v, String id) throws IOException {
        if (v.geenFormulier("/ui/onderzoeken/" + id)) {
            return;
        }
        Api.Antwoord a = v.post("/api/v1/casusoverleggen", "wams-casusoverleg", nieuwOverleg(v, id, "ONDERZOEK"));
        if (a.ok()) {
            v.naar("/ui/casusoverleggen/" + a.body().path("id").asText());
            return;
        }
        Schermen.klaar(v, a, "/ui/onderzoeken/" + id, id, "casusoverleg", Schermen::onderzoek);
    }

    private static ObjectNode nieuwOverleg(Verzoek v, String onderzoek, String fase) {
        ObjectNode body = Api.JSON.createObjectNode().put("onderzoek", onderzoek).put("fase", fase).put("datum", v.veld("datum"))
                .put("clientUitgenodigd", v.aangevinkt("clientUitgenodigd"));
        ArrayNode genodigden = body.putArray("genodigden");
        for (int i = 0; i < GENODIGDE_RIJEN; i++) {
            String partij = v.veld("genodigde-" + i + "-partij");
            String noodzaak = v.veld("genodigde-" + i + "-noodzaak");
            if (!partij.isEmpty() || !noodzaak.isEmpty()) {
                genodigden.addObject().put("partij", partij).put("noodzaak", noodzaak);
            }
        }
        if (!v.veld("zwaarwegendeBelangen").isEmpty()) {
            body.put("zwaarwegendeBelangen", v.veld("zwaarwegendeBelangen"));
        }
        return body;
    }

    // --- a casusoverleg --------------------------------------------------------------------------------------

    static void overleg(Verzoek v, String id, String actie) throws IOException {
        if (actie == null) {
            toonOverleg(v, id, null, null, 200);
            return;
        }
        if (v.geenFormulier("/ui/casusoverleggen/" + id)) {
            return;
        }
        Api.Antwoord a;
        switch (actie) {
            case "afspraken" -> a = v.post("/api/v1/casusoverleggen/" + id + "/afspraken", VERWERKING, afspraak(v));
            case "vrijgave" -> {
                ObjectNode body = Api.JSON.createObjectNode().put("verstrekker", v.veld("verstrekker")).put("ontvanger", v.veld("ontvanger"))
                        .put("eigenTaak", v.veld("eigenTaak")).put("toestemmingVerstrekker", v.aangevinkt("toestemmingVerstrekker"))
                        .put("ontvangerBevoegd", v.aangevinkt("ontvangerBevoegd"));
                v.soorten("gegeven-", body.putArray("gegevens"));
                a = v.post("/api/v1/casusoverleggen/" + id + "/vrijgaven", VERWERKING, body);
            }
            default -> {
                v.naar("/ui/casusoverleggen/" + id);
                return;
            }
        }
        Schermen.klaar(v, a, "/ui/casusoverleggen/" + id, id, actie, Coordinatiescherm::toonOverleg);
    }

    private static void toonOverleg(Verzoek v, String id, Html bericht, String sectie, int status) throws IOException {
        JsonNode o = Schermen.lees(v, "/api/v1/casusoverleggen/" + id, VERWERKING, "Casusoverleg", "/ui/coordinatiedossiers");
        if (o == null) {
            return;
        }
        String pad = "/ui/casusoverleggen/" + id;
        Html h = new Html().h1("Casusoverleg");
        boolean coordinatie = "COORDINATIE".equals(o.path("fase").asText());
        h.gegevens(List.of(new String[] { "Bijeengeroepen door", coordinatie ? "de coördinator (Wmo 2015 art. 2.3a.3 lid 3)" : "het college, tijdens het onderzoek" },
                new String[] { "Datum", Schermen.datum(o.path("datum").asText()) },
                new String[] { "Cliënt uitgenodigd", o.path("clientUitgenodigd").asBoolean() ? "ja (Wmo 2015 art. 5.4.3 lid 1)"
                        : "nee: " + o.path("zwaarwegendeBelangen").asText() + " (Wmo 2015 art. 5.4.3 lid 1)" }));
        h.tabel("Genodigden en waarom hun deelname nodig is (Wmo 2015 art. 5.4.3 lid 1)", "Partij", "Noodzaak");
        List<String[]> partijen = new ArrayList<>();
        for (JsonNode g : o.path("genodigden")) {
            h.rij(Html.esc(g.path("partij").asText()), Html.esc(g.path("noodzaak").asText()));
            partijen.add(new String[] { g.path("partij").asText(), g.path("partij").asText() });
        }
        h.tabelEinde();

        h.raw("<div id=\"afspraken\" tabindex=\"-1\">").h2("Afspraken");
        h.p("Van een casusoverleg worden alleen de afspraken vastgelegd: wie wat doet, met een korte toelichting (Wmo 2015 art. 5.4.3 lid 3).");
        bericht(h, bericht, sectie, "afspraken");
        afspraken(h, o.path("afspraken"), "Afspraken uit dit overleg");
        h.raw("<details class=\"meervoud-uitklap\"").raw("afspraken".equals(sectie) ? " open" : "").raw("><summary>Een afspraak vastleggen</summary>");
        afspraakFormulier(v, h, pad + "/afspraken#afspraken", "afspraken".equals(sectie));
        h.raw("</details></div>");

        h.raw("<div id=\"vrijgave\" tabindex=\"-1\">").h2("Vrijgaveregister");
        h.p("Gegevens uit het overleg gaan alleen mee naar een deelnemer voor diens eigen taak in de aanpak, met instemming van wie ze inbracht "
                + "(Wmo 2015 art. 5.4.3 lid 4). De privacykern beslist; het register toont wat vrijgegeven is, op welke regel.");
        bericht(h, bericht, sectie, "vrijgave");
        JsonNode vrijgaven = o.path("vrijgaven");
        if (vrijgaven.isEmpty()) {
            h.p("Nog niets vrijgegeven.");
        } else {
            h.tabel("Vrijgegeven gegevens", "Van", "Aan", "Gegevens", "Voor de eigen taak", "Besluit", "Regel");
            for (JsonNode r : vrijgaven) {
                h.rij(Html.esc(r.path("verstrekker").asText()), Html.esc(r.path("ontvanger").asText()),
                        Html.esc(String.join(", ", Schermen.teksten(r.path("gegevens")).stream().map(Schermen::label).sorted().toList())),
                        Html.esc(r.path("eigenTaak").asText()), Html.esc("PERMIT".equals(r.path("besluit").asText()) ? "Toegestaan" : "Geweigerd"),
                        Html.esc(r.path("regel").asText()));
            }
            h.tabelEinde();
        }
        boolean terug = "vrijgave".equals(sectie);
        h.raw("<details class=\"meervoud-uitklap\"").raw(terug ? " open" : "").raw("><summary>Gegevens vrijgeven</summary>");
        h.form(pad + "/vrijgave#vrijgave", v.sessie.csrf);
        h.keuze("Van (wie de gegevens inbracht)", "verstrekker", partijen, v.veld("verstrekker"));
        h.keuze("Aan (wie ze meeneemt)", "ontvanger", partijen, v.veld("ontvanger"));
        Html.soorten(h, "Welke gegevens", "gegeven-", g -> terug && v.aangevinkt("gegeven-" + g.name()));
        h.veld("Voor welke eigen taak in de aanpak", "eigenTaak", "text", terug ? v.veld("eigenTaak") : "", true, "Wmo 2015 art. 5.4.3 lid 4 onder a.", null);
        h.vinkje("Wie de gegevens inbracht, stemt in (lid 4 onder b)", "toestemmingVerstrekker", terug && v.aangevinkt("toestemmingVerstrekker"));
        h.vinkje("De ontvanger is bij of krachtens de eigen wet bevoegd tot het verwerken van bijzondere gegevens (lid 4 onder c)", "ontvangerBevoegd",
                terug && v.aangevinkt("ontvangerBevoegd"));
        h.knop("Vrijgeven").formEinde().raw("</details></div>");

        Api.Antwoord dossiers = v.get("/api/v1/coordinatiedossiers?onderzoek=" + o.path("onderzoek").asText() + "&paginaGrootte=1", null);
        JsonNode dossier = dossiers.body().path("_embedded").path("coordinatiedossiers").path(0);
        if (coordinatie && dossiers.ok() && dossier.has("id")) {
            h.raw("<p class=\"utrecht-paragraph\">").link("/ui/coordinatiedossiers/" + dossier.path("id").asText(), "Naar het coördinatiedossier").raw("</p>");
        } else if (v.sessie.heeft("consulent")) {
            h.raw("<p class=\"utrecht-paragraph\">").link("/ui/onderzoeken/" + o.path("onderzoek").asText(), "Naar het onderzoek").raw("</p>");
        }
        v.toon(status, "Casusoverleg", "/ui/coordinatiedossiers", h);
    }

    // --- shared ----------------------------------------------------------------------------------------------

    private static ObjectNode afspraak(Verzoek v) {
        ObjectNode body = Api.JSON.createObjectNode();
        ObjectNode a = body.putArray("afspraken").addObject().put("wie", v.veld("wie")).put("wat", v.veld("wat"));
        if (!v.veld("toelichting").isEmpty()) {
            a.put("toelichting", v.veld("toelichting"));
        }
        return body;
    }

    private static void afspraken(Html h, JsonNode afspraken, String bijschrift) {
        if (afspraken.isEmpty()) {
            h.p("Nog geen afspraken.");
            return;
        }
        h.tabel(bijschrift, "Wie", "Wat", "Toelichting");
        for (JsonNode a : afspraken) {
            h.rij(Html.esc(a.path("wie").asText()), Html.esc(a.path("wat").asText()), Html.esc(a.path("toelichting").asText("")));
        }
        h.tabelEinde();
    }

    private static void afspraakFormulier(Verzoek v, Html h, String actie, boolean terug) {
        h.form(actie, v.sessie.csrf);
        h.veld("Wie", "wie", "text", terug ? v.veld("wie") : "", true, null, null);
        h.veld("Wat", "wat", "text", terug ? v.veld("wat") : "", true, null, null);
        h.veld("Toelichting", "toelichting", "text", terug ? v.veld("toelichting") : "", false, "Kort.", null);
        h.knop("Afspraak vastleggen").formEinde();
    }

    /** A date field as the API takes it; today when it was left empty. */
    private static String datum(Verzoek v, String veld) {
        return v.veld(veld).isEmpty() ? LocalDate.now().toString() : v.veld(veld);
    }

    private static void bericht(Html h, Html bericht, String sectie, String hier) {
        if (bericht != null && hier.equals(sectie)) {
            h.raw(bericht.toString());
        }
    }
}
