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

    /** The path of a party's request for an investigation (Wmo 2015 art. 2.3a.4). */
    static final String VERZOEK_ONDERZOEK = "/ui/verzoek-onderzoek";

    private static final java.util.Map<String, String> ONDERZOEKSVERZOEK_VELDEN = java.util.Map.of("client.bsn", "clientBsn", "client.naam", "clientNaam",
            "client.geboortedatum", "clientGeboortedatum", "verzoek.motivering", "motivering", "verzoek.partij", "motivering");

    /**
     * A party's reasoned request that the college investigate (Wmo 2015 art. 2.3a.4 lid 1): the person, the criteria
     * of serious multiple problems the party substantiates, and why a coordinated approach can help. The party is
     * the professional's own organisation, from their sign-in; afterwards they read nothing of the case.
     */
    static void verzoekOnderzoek(Verzoek v) throws IOException {
        Api.Antwoord fout = null;
        if (v.post()) {
            Api.Antwoord ik = v.get("/api/v1/aanmelding/ik", null);
            ObjectNode body = Api.JSON.createObjectNode().put("route", "WMO_2_3A_4");
            body.putObject("client").put("bsn", v.veld("clientBsn")).put("naam", v.veld("clientNaam")).put("geboortedatum", v.veld("clientGeboortedatum"));
            body.putObject("verzoek").put("partij", ik.body().path("organisatie").asText("")).put("voortdurendOfTerugkerend", v.aangevinkt("voortdurend"))
                    .put("teloorgangOfLageKwaliteitVanLeven", v.aangevinkt("teloorgang")).put("zorgmijdingMetOverlastOfOnveiligheidOfHulpOnwerkzaam",
                            v.aangevinkt("zorgmijding")).put("aanpakDraagtBij", v.aangevinkt("draagtBij")).put("motivering", v.veld("motivering"));
            Api.Antwoord a = v.post("/api/v1/onderzoeken", "wams-onderzoek", body);
            if (a.ok()) {
                Html h = new Html().h1("Verzoek om onderzoek ingediend");
                h.alert("info", "Ingediend", "Het college beoordeelt uw verzoek en beslist of het een onderzoek start (Wmo 2015 art. 2.3a.4). "
                        + "Als partij ziet u het onderzoek zelf niet; het college betrekt u bij een casusoverleg als dat nodig is.");
                h.raw("<p class=\"utrecht-paragraph\">").link("/ui/", "Naar de werkvoorraad").raw("</p>");
                v.toon(200, "Verzoek om onderzoek", VERZOEK_ONDERZOEK, h);
                return;
            }
            fout = a;
        }
        Html h = new Html().h1("Verzoek om onderzoek");
        Schermen.Formulierfout f = Schermen.Formulierfout.toon(h, fout, ONDERZOEKSVERZOEK_VELDEN);
        h.p("Uw organisatie vraagt het college om een onderzoek naar ernstige meervoudige problematiek van een inwoner (Wmo 2015 art. 2.3a.4 lid 1). "
                + "Onderbouw elk criterium; het college beslist.");
        h.form(VERZOEK_ONDERZOEK, v.sessie.csrf);
        h.groep("De inwoner");
        h.veld("BSN", "clientBsn", "text", v.veld("clientBsn"), true, "Negen cijfers.", f.bij("clientBsn"));
        h.veld("Naam", "clientNaam", "text", v.veld("clientNaam"), true, null, f.bij("clientNaam"));
        h.veld("Geboortedatum", "clientGeboortedatum", "date", v.veld("clientGeboortedatum"), true, null, f.bij("clientGeboortedatum"));
        h.groepEinde();
        h.groep("Ernstige meervoudige problematiek (art. 2.3a.4 lid 1)");
        h.vinkje("De problemen zijn voortdurend of terugkerend", "voortdurend", v.aangevinkt("voortdurend"));
        h.vinkje("Door hun aard of complexiteit dreigt maatschappelijke teloorgang of een lage kwaliteit van leven, of is die er al", "teloorgang",
                v.aangevinkt("teloorgang"));
        h.vinkje("De inwoner vraagt of aanvaardt geen hulp terwijl de omgeving overlast ervaart of de veiligheid in het geding is, of de hulp werkt niet "
                + "bij gebrek aan afstemming", "zorgmijding", v.aangevinkt("zorgmijding"));
        h.vinkje("Een gecoördineerde aanpak kan bijdragen aan het oplossen of verminderen van de problemen", "draagtBij", v.aangevinkt("draagtBij"));
        h.groepEinde();
        h.veld("Motivering", "motivering", "textarea", v.veld("motivering"), true, "Waarom vraagt uw organisatie dit onderzoek?", f.bij("motivering"));
        h.knop("Verzoek indienen").formEinde();
        v.toon(Schermen.status(fout), "Verzoek om onderzoek", VERZOEK_ONDERZOEK, h);
    }
}
