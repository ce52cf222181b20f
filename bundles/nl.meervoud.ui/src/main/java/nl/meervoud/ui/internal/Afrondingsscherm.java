// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.meervoud.casus.api.Coordinatiedossier;
import nl.meervoud.casus.api.Onderzoek;
import nl.meervoud.privacy.api.Gegevenssoort;

/**
 * The end of the investigation on its screen: the procedure items (Wmo 2015 art. 2.3a.1 lid 5), the content (a)-(e)
 * (lid 4), the written outcome per person (art. 2.3a.2 lid 1) and the approach decision (art. 2.3a.2 lid 2,
 * 2.3a.3). Whether a coordinated approach is mandatory, optional or not the college's, and on which rule, is what
 * the case model computes from the active rule sets; the screen shows it with its article. Persons are named in the
 * forms by position among the clients, so no BSN is typed or shown here.
 */
final class Afrondingsscherm {
    private Afrondingsscherm() {
    }

    /** The four forms, by the last part of their path. */
    static final List<String> FORMULIEREN = List.of("procedure", "inhoud", "uitkomst", "aanpak");

    static void behandel(Verzoek v, String id, String formulier) throws IOException {
        if (v.geenFormulier("/ui/onderzoeken/" + id)) {
            return;
        }
        String pad = "/api/v1/onderzoeken/" + id + "/" + formulier;
        Api.Antwoord a = switch (formulier) {
            case "procedure" -> v.put(pad, "wams-onderzoek", Api.JSON.createObjectNode().put("identiteitVastgesteld", v.aangevinkt("identiteitVastgesteld"))
                    .put("clientondersteuningGewezen", v.aangevinkt("clientondersteuningGewezen")).put("persoonlijkPlanGewezen", v.aangevinkt("persoonlijkPlanGewezen"))
                    .put("pgbGewezen", v.aangevinkt("pgbGewezen")));
            case "inhoud" -> v.put(pad, "wams-onderzoek", inhoud(v));
            case "uitkomst" -> uitkomst(v, id, pad);
            default -> v.post(pad, "aanpak".equals(formulier) && "COORDINATOR".equals(v.veld("besluit")) ? "wams-coordinatie" : "wams-onderzoek", aanpak(v));
        };
        if (a == null) {
            return;
        }
        Schermen.klaar(v, a, "/ui/onderzoeken/" + id, id, "afronding", Schermen::onderzoek);
    }

    private static ObjectNode inhoud(Verzoek v) {
        ObjectNode body = Api.JSON.createObjectNode();
        ObjectNode i = body.putObject("inhoud");
        Schermen.lijstVeld(i.putArray("domeinen"), v.veld("inhoudDomeinen"));
        Schermen.lijstVeld(i.putArray("problemen"), v.veld("inhoudProblemen"));
        Schermen.lijstVeld(i.putArray("huidigeDiensten"), v.veld("huidigeDiensten"));
        Schermen.lijstVeld(i.putArray("eerdereDiensten"), v.veld("eerdereDiensten"));
        Schermen.lijstVeld(i.putArray("nodigeDiensten"), v.veld("nodigeDiensten"));
        i.put("meervoudigeProblematiek", v.aangevinkt("meervoudigeProblematiek"));
        if (v.soorten("inhoud-", body.putArray("gegevens")).isEmpty()) {
            body.remove("gegevens"); // the case model's default: the investigation's content
        }
        return body;
    }

    /** The outcome per client, from the form's positions; null when the page was answered (the file could not be read). */
    private static Api.Antwoord uitkomst(Verzoek v, String id, String pad) throws IOException {
        JsonNode o = Schermen.lees(v, "/api/v1/onderzoeken/" + id, "wams-onderzoek", "Onderzoek", "/ui/onderzoeken");
        if (o == null) {
            return null;
        }
        ObjectNode body = Api.JSON.createObjectNode().put("op", v.veld("uitkomstOp")).put("aanpalend", v.aangevinkt("aanpalend"));
        ObjectNode uitkomsten = body.putObject("uitkomsten");
        int i = 0;
        for (JsonNode bsn : o.path("clienten")) {
            String conclusies = v.veld("uitkomst-" + i + "-conclusies");
            String voorzieningen = v.veld("uitkomst-" + i + "-voorzieningen");
            // A client whose part of the form is left empty gets no outcome here; the case model insists on the client's.
            if (!conclusies.isEmpty() || !voorzieningen.isEmpty()) {
                ObjectNode u = uitkomsten.putObject(bsn.asText()).put("conclusies", conclusies);
                Schermen.lijstVeld(u.putArray("voorzieningen"), voorzieningen);
                if (!v.veld("uitkomst-" + i + "-hoe").isEmpty()) {
                    u.put("hoeTeVerkrijgen", v.veld("uitkomst-" + i + "-hoe"));
                }
            }
            i++;
        }
        return v.post(pad, "wams-onderzoek", body);
    }

    private static ObjectNode aanpak(Verzoek v) {
        ObjectNode body = Api.JSON.createObjectNode().put("besluit", v.veld("besluit"));
        if ("COORDINATOR".equals(v.veld("besluit"))) {
            ObjectNode c = body.putObject("coordinator").put("naam", v.veld("coordinatorNaam")).put("soort", v.veld("coordinatorSoort"))
                    .put("gebruiker", v.veld("coordinatorGebruiker"));
            if (!v.veld("coordinatorOrganisatie").isEmpty()) {
                c.put("organisatie", v.veld("coordinatorOrganisatie"));
            }
        }
        return body;
    }

    /** The section on the investigation's screen: what is recorded, and the form of the next step. */
    static void sectie(Verzoek v, Html h, String id, JsonNode o, Html bericht) {
        h.raw("<div id=\"afronding\" tabindex=\"-1\">");
        h.h2("Afronding: inhoud, uitkomst en aanpak");
        if (bericht != null) {
            h.raw(bericht.toString());
        }
        String toestand = o.path("proces").path("toestand").asText();
        boolean lopend = Onderzoek.Toestand.GESTART.name().equals(toestand);
        boolean consulent = v.sessie.heeft("consulent");
        Map<String, String> namen = namen(o);

        JsonNode p = o.path("procedure");
        h.raw("<h3 class=\"utrecht-heading-3\">").text("Procedure (Wmo 2015 art. 2.3a.1 lid 5)").raw("</h3>");
        h.gegevens(List.of(new String[] { "Identiteit vastgesteld", janee(p.path("identiteitVastgesteld")) },
                new String[] { "Gewezen op cliëntondersteuning", janee(p.path("clientondersteuningGewezen")) },
                new String[] { "Gewezen op het persoonlijk plan", janee(p.path("persoonlijkPlanGewezen")) },
                new String[] { "Gewezen op een pgb", janee(p.path("pgbGewezen")) }));
        if (lopend && consulent) {
            h.raw("<details class=\"meervoud-uitklap\"><summary>Procedure bijwerken</summary>");
            h.form("/ui/onderzoeken/" + id + "/procedure#afronding", v.sessie.csrf);
            h.vinkje("De identiteit van de cliënt is vastgesteld", "identiteitVastgesteld", p.path("identiteitVastgesteld").asBoolean());
            h.vinkje("De cliënt is gewezen op gratis cliëntondersteuning", "clientondersteuningGewezen", p.path("clientondersteuningGewezen").asBoolean());
            h.vinkje("De cliënt is gewezen op het persoonlijk plan", "persoonlijkPlanGewezen", p.path("persoonlijkPlanGewezen").asBoolean());
            h.vinkje("De cliënt is gewezen op een persoonsgebonden budget", "pgbGewezen", p.path("pgbGewezen").asBoolean());
            h.knop("Procedure vastleggen").formEinde().raw("</details>");
        }

        JsonNode inhoud = o.path("inhoud");
        h.raw("<h3 class=\"utrecht-heading-3\">").text("Inhoud van het onderzoek (Wmo 2015 art. 2.3a.1 lid 4)").raw("</h3>");
        if (inhoud.isObject()) {
            h.gegevens(List.of(new String[] { "Levensdomeinen", String.join(", ", Schermen.teksten(inhoud.path("domeinen")).stream().sorted().toList()) },
                    new String[] { "Problemen", String.join(", ", Schermen.teksten(inhoud.path("problemen"))) },
                    new String[] { "Huidige diensten", String.join(", ", Schermen.teksten(inhoud.path("huidigeDiensten"))) },
                    new String[] { "Eerdere diensten", String.join(", ", Schermen.teksten(inhoud.path("eerdereDiensten"))) },
                    new String[] { "Nodige diensten", String.join(", ", Schermen.teksten(inhoud.path("nodigeDiensten"))) },
                    new String[] { "Meervoudige problematiek", janee(inhoud.path("meervoudigeProblematiek")) }));
        } else {
            h.p("Nog niet vastgelegd.");
        }
        if (lopend && consulent) {
            h.raw("<details class=\"meervoud-uitklap\"").raw(inhoud.isObject() ? "" : " open").raw("><summary>Inhoud vastleggen</summary>");
            h.form("/ui/onderzoeken/" + id + "/inhoud#afronding", v.sessie.csrf);
            h.veld("Levensdomeinen", "inhoudDomeinen", "text", waarde(v, "inhoudDomeinen", inhoud.path("domeinen"), o.path("reikwijdte").path("domeinen")), true,
                    "Binnen de afgesproken reikwijdte; gescheiden door komma's.", null);
            h.veld("Problemen (a)", "inhoudProblemen", "text", waarde(v, "inhoudProblemen", inhoud.path("problemen"), o.path("reikwijdte").path("problemen")), true,
                    "Gescheiden door komma's.", null);
            h.veld("Huidige diensten (b)", "huidigeDiensten", "text", waarde(v, "huidigeDiensten", inhoud.path("huidigeDiensten"), null), false, null, null);
            h.veld("Eerdere diensten (c)", "eerdereDiensten", "text", waarde(v, "eerdereDiensten", inhoud.path("eerdereDiensten"), null), false, null, null);
            h.veld("Nodige diensten (d)", "nodigeDiensten", "text", waarde(v, "nodigeDiensten", inhoud.path("nodigeDiensten"), null), false, null, null);
            h.vinkje("Er is sprake van meervoudige problematiek (e)", "meervoudigeProblematiek",
                    v.post() ? v.aangevinkt("meervoudigeProblematiek") : inhoud.path("meervoudigeProblematiek").asBoolean(true));
            Html.soorten(h, "Welke gegevens de inhoud bevat", "inhoud-", g -> v.aangevinkt("inhoud-" + g.name()) || (!v.post() && g == Gegevenssoort.INHOUD));
            h.knop("Inhoud vastleggen").formEinde().raw("</details>");
        }

        h.raw("<h3 class=\"utrecht-heading-3\">").text("Uitkomst per persoon (Wmo 2015 art. 2.3a.2 lid 1)").raw("</h3>");
        JsonNode uitkomsten = o.path("uitkomsten");
        if (uitkomsten.isObject() && uitkomsten.size() > 0) {
            uitkomsten.properties().forEach(e -> uitkomstVan(h, namen.getOrDefault(e.getKey(), "cliënt"), e.getValue()));
        } else if (lopend && consulent) {
            h.p("Schrijf voor iedere cliënt afzonderlijk op wat het onderzoek uitwijst: conclusies, de voorzieningen en hoe ze zijn te verkrijgen.");
            h.form("/ui/onderzoeken/" + id + "/uitkomst#afronding", v.sessie.csrf);
            int i = 0;
            for (JsonNode bsn : o.path("clienten")) {
                h.groep("Uitkomst voor " + namen.getOrDefault(bsn.asText(), "cliënt " + (i + 1)));
                h.veld("Conclusies", "uitkomst-" + i + "-conclusies", "textarea", v.veld("uitkomst-" + i + "-conclusies"), i == 0, null, null);
                h.veld("Voorzieningen", "uitkomst-" + i + "-voorzieningen", "text", v.veld("uitkomst-" + i + "-voorzieningen"), false,
                        "Gescheiden door komma's, bijvoorbeeld: jeugdhulp, schuldhulpverlening.", null);
                h.veld("Hoe ze zijn te verkrijgen", "uitkomst-" + i + "-hoe", "text", v.veld("uitkomst-" + i + "-hoe"), false,
                        "Verplicht zodra er voorzieningen zijn.", null);
                h.groepEinde();
                i++;
            }
            h.vinkje("Er zijn aanpalende diensten van andere partijen nodig", "aanpalend", v.aangevinkt("aanpalend"));
            h.veld("Meegedeeld op", "uitkomstOp", "date", v.veld("uitkomstOp").isEmpty() ? LocalDate.now().toString() : v.veld("uitkomstOp"), true, null, null);
            h.knop("Uitkomst vastleggen").formEinde();
        } else {
            h.p("Nog geen uitkomst.");
        }

        JsonNode aanpak = o.path("aanpak");
        if (aanpak.isObject()) {
            h.raw("<h3 class=\"utrecht-heading-3\">").text("Gecoördineerde aanpak").raw("</h3>");
            String uitkomst = aanpak.path("uitkomst").asText();
            String soort = "VERPLICHT".equals(uitkomst) ? "warning" : "GEEN".equals(uitkomst) ? "neutral" : "safe";
            h.raw("<p class=\"utrecht-paragraph\">").badge(soort, "VERPLICHT".equals(uitkomst) ? "Verplicht" : "FACULTATIEF".equals(uitkomst) ? "Mogelijk" : "Geen")
                    .raw(" ").text(aanpak.path("reden").asText() + " (" + aanpak.path("artikel").asText() + ", regel " + aanpak.path("regel").asText() + ")").raw("</p>\n");
        }
        if (Onderzoek.Toestand.UITKOMST_MEEGEDEELD.name().equals(toestand) && consulent) {
            h.raw("<h3 class=\"utrecht-heading-3\">").text("Besluit over de aanpak (Wmo 2015 art. 2.3a.3)").raw("</h3>");
            h.form("/ui/onderzoeken/" + id + "/aanpak#afronding", v.sessie.csrf);
            h.keuze("Besluit", "besluit", List.of(new String[] { "COORDINATOR", "Een coördinator aanwijzen (art. 2.3a.3 lid 1)" },
                    new String[] { "EIGEN_REGIE", "De cliënt coördineert in eigen regie (art. 2.3a.3 lid 2)" },
                    new String[] { "GEEN", "Geen gecoördineerde aanpak" }), v.veld("besluit"));
            h.groep("De coördinator (bij het aanwijzen)");
            h.veld("Naam", "coordinatorNaam", "text", v.veld("coordinatorNaam"), false, null, null);
            h.keuze("Soort", "coordinatorSoort", List.of(new String[] { Coordinatiedossier.CoordinatorSoort.GEMEENTEAMBTENAAR.name(), "Ambtenaar van de gemeente" },
                    new String[] { Coordinatiedossier.CoordinatorSoort.MEDEWERKER_PARTIJ.name(), "Medewerker van een betrokken partij" },
                    new String[] { Coordinatiedossier.CoordinatorSoort.ZELFSTANDIGE.name(), "Zelfstandige" }), v.veld("coordinatorSoort"));
            h.veld("Organisatie", "coordinatorOrganisatie", "text", v.veld("coordinatorOrganisatie"), false,
                    "De werkgever, of het eigen bedrijf van een zelfstandige; leeg voor een ambtenaar.", null);
            h.veld("Account", "coordinatorGebruiker", "text", v.veld("coordinatorGebruiker"), false,
                    "Het account van de persoon die u aanwijst: alleen die persoon werkt als coördinator in deze zaak.", null);
            h.groepEinde();
            h.knop("Besluit vastleggen").formEinde();
        }
        h.raw("</div>");
    }

    /** One person's written outcome, as the API gives it, with how each service is obtained under its own law. */
    private static void uitkomstVan(Html h, String naam, JsonNode u) {
        h.raw("<section class=\"meervoud-uitkomst\" aria-label=\"").text("Uitkomst voor " + naam).raw("\">");
        h.raw("<p class=\"utrecht-paragraph\"><strong>").text(naam).raw("</strong></p>");
        List<String[]> rijen = new ArrayList<>();
        rijen.add(new String[] { "Conclusies", u.path("conclusies").asText() });
        rijen.add(new String[] { "Voorzieningen", String.join(", ", Schermen.teksten(u.path("voorzieningen"))) });
        if (u.hasNonNull("hoeTeVerkrijgen")) {
            rijen.add(new String[] { "Hoe te verkrijgen", u.path("hoeTeVerkrijgen").asText() });
        }
        h.gegevens(rijen);
        if (u.path("verkrijging").size() > 0) {
            h.tabel("Hoe de wet van elke voorziening haar laat verkrijgen", "Voorziening", "Wet", "Wat de cliënt doet", "Beslistermijn", "Grondslag");
            for (JsonNode r : u.path("verkrijging")) {
                String termijn = r.hasNonNull("beslissingUiterlijk") ? "uiterlijk " + Schermen.datum(r.path("beslissingUiterlijk").asText())
                        : r.path("termijn").asText("").isEmpty() ? "—" : r.path("termijn").asText();
                h.rij(Html.esc(r.path("dienst").asText()), Html.esc(r.path("wet").asText()), Html.esc(Schermen.label(r.path("aanvraag").asText())),
                        Html.esc(termijn), Html.esc(String.join("; ", Schermen.teksten(r.path("citaties")))));
            }
            h.tabelEinde();
        }
        h.raw("</section>\n");
    }

    /** The clients and family members by BSN, to name them; the BSN itself is never shown. */
    static Map<String, String> namen(JsonNode o) {
        Map<String, String> namen = new LinkedHashMap<>();
        namen.put(o.path("client").path("bsn").asText(), o.path("client").path("naam").asText());
        for (JsonNode g : o.path("gezinsleden")) {
            namen.put(g.path("persoon").path("bsn").asText(), g.path("persoon").path("naam").asText());
        }
        return namen;
    }

    private static String waarde(Verzoek v, String veld, JsonNode vastgelegd, JsonNode anders) {
        if (v.req.getParameter(veld) != null) {
            return v.veld(veld); // this form was posted and refused: what the person typed
        }
        JsonNode bron = vastgelegd.isArray() && vastgelegd.size() > 0 ? vastgelegd : anders;
        return bron == null ? "" : String.join(", ", Schermen.teksten(bron).stream().sorted().toList());
    }

    private static String janee(JsonNode b) {
        return b.asBoolean(false) ? "ja" : "nee";
    }
}
