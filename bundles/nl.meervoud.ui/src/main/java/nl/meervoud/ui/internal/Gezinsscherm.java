// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Family members on the investigation's screen (Wmo 2015 art. 2.3a.1 lid 3): asking a gezinslid to take part,
 * and recording their consent, from which moment they are a client. Whether someone is a gezinslid, and on which
 * ground of art. 1.1.1, is computed by the case model from the household; the screen shows it with its article.
 * A family member is named in the form by position, so the page holds no BSN of anyone.
 */
final class Gezinsscherm {
    private Gezinsscherm() {
    }

    /** Asks a family member to take part. */
    static void vragen(Verzoek v, String id) throws IOException {
        if (v.geenFormulier("/ui/onderzoeken/" + id)) {
            return;
        }
        ObjectNode body = Api.JSON.createObjectNode();
        body.putObject("persoon").put("bsn", v.veld("gezinslidBsn")).put("naam", v.veld("gezinslidNaam")).put("geboortedatum", v.veld("gezinslidGeboortedatum"));
        body.put("relatie", v.veld("relatie")).put("inHuishouding", v.aangevinkt("inHuishouding")).put("op", v.veld("gezinslidOp"))
                .put("noodzaak", v.veld("gezinslidNoodzaak"));
        klaar(v, id, v.post("/api/v1/onderzoeken/" + id + "/gezinsleden", "wams-onderzoek", body));
    }

    /** Records the consent of the family member at this position. */
    static void instemming(Verzoek v, String id) throws IOException {
        if (v.geenFormulier("/ui/onderzoeken/" + id)) {
            return;
        }
        JsonNode o = Schermen.lees(v, "/api/v1/onderzoeken/" + id, "wams-onderzoek", "Onderzoek", "/ui/onderzoeken");
        if (o == null) {
            return;
        }
        int positie;
        try {
            positie = Integer.parseInt(v.veld("gezinslid"));
        } catch (NumberFormatException e) {
            positie = -1;
        }
        JsonNode g = o.path("gezinsleden").path(positie);
        if (g.isMissingNode()) {
            v.naar("/ui/onderzoeken/" + id);
            return;
        }
        ObjectNode body = Api.JSON.createObjectNode().put("op", v.veld("instemmingOp").isEmpty() ? LocalDate.now().toString() : v.veld("instemmingOp"));
        klaar(v, id, v.post("/api/v1/onderzoeken/" + id + "/gezinsleden/" + g.path("persoon").path("bsn").asText() + "/instemming", "wams-onderzoek", body));
    }

    private static void klaar(Verzoek v, String id, Api.Antwoord a) throws IOException {
        Schermen.klaar(v, a, "/ui/onderzoeken/" + id, id, "gezinsleden", Schermen::onderzoek);
    }

    /** The family members with their ground and consent, a consent button per member who has not consented, and the form. */
    static void sectie(Verzoek v, Html h, String id, JsonNode o, Html bericht) {
        h.raw("<div id=\"gezinsleden\" tabindex=\"-1\">");
        h.h2("Gezinsleden");
        if (bericht != null) {
            h.raw(bericht.toString());
        }
        JsonNode leden = o.path("gezinsleden");
        if (leden.isEmpty()) {
            h.p("Nog geen gezinsleden in dit onderzoek.");
        } else {
            h.tabel("Gezinsleden, hun grond en hun instemming", "Naam", "Relatie", "Grond (Wmo 2015 art. 1.1.1)", "Gevraagd", "Ingestemd");
            int i = 0;
            for (JsonNode g : leden) {
                String ingestemd;
                if (g.hasNonNull("ingestemd") && !g.path("ingestemd").asText().isEmpty()) {
                    ingestemd = Html.esc(Schermen.datum(g.path("ingestemd").asText()));
                } else if (v.sessie.heeft("consulent")) {
                    ingestemd = new Html().form("/ui/onderzoeken/" + id + "/instemming", v.sessie.csrf)
                            .raw("<input type=\"hidden\" name=\"gezinslid\" value=\"" + i + "\">")
                            .raw("<button class=\"utrecht-button utrecht-button--secondary-action\" type=\"submit\">Instemming vastleggen</button>")
                            .formEinde().toString();
                } else {
                    ingestemd = "nog niet";
                }
                h.rij(Html.esc(g.path("persoon").path("naam").asText()), Html.esc(Schermen.label(g.path("relatie").asText())),
                        Html.esc(Schermen.label(g.path("grond").asText())), Html.esc(Schermen.datum(g.path("gevraagd").asText())), ingestemd);
                i++;
            }
            h.tabelEinde();
        }
        if (v.sessie.heeft("consulent")) {
            h.raw("<details class=\"meervoud-uitklap\"").raw(bericht != null ? " open" : "").raw("><summary>Een gezinslid vragen mee te doen (Wmo 2015 art. 2.3a.1 lid 3)</summary>");
            h.form("/ui/onderzoeken/" + id + "/gezinslid#gezinsleden", v.sessie.csrf);
            h.veld("BSN", "gezinslidBsn", "text", v.veld("gezinslidBsn"), true, "Negen cijfers.", null);
            h.veld("Naam", "gezinslidNaam", "text", v.veld("gezinslidNaam"), true, null, null);
            h.veld("Geboortedatum", "gezinslidGeboortedatum", "date", v.veld("gezinslidGeboortedatum"), true, null, null);
            h.keuze("Relatie tot de cliënt", "relatie", Schermen.namen(nl.meervoud.casus.api.Relatie.values()).stream()
                    .map(r -> new String[] { r, Schermen.label(r) }).toList(), v.veld("relatie"));
            h.vinkje("Woont in hetzelfde huishouden", "inHuishouding", v.aangevinkt("inHuishouding"));
            h.veld("Gevraagd op", "gezinslidOp", "date", v.veld("gezinslidOp").isEmpty() ? LocalDate.now().toString() : v.veld("gezinslidOp"), true, null, null);
            h.veld("Noodzaak", "gezinslidNoodzaak", "textarea", v.veld("gezinslidNoodzaak"), true,
                    "Waarom is het nodig dit gezinslid te vragen? Het dossier bewaart het met wie het vastlegde en wanneer.", null);
            h.knop("Gezinslid vragen").formEinde().raw("</details>");
        }
        h.raw("</div>");
    }
}
