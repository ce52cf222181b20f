// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;


/**
 * Data requests to parties (Wmo 2015 art. 5.4.2) on the investigation's screen: the requests already sent with
 * their state, and a form that first asks the kernel "mag dit?" ({@code POST /api/v1/verstrekkingsverzoeken/toets},
 * nothing sent, stored or logged) and shows its answer with the article, before the consulent sends it.
 */
final class Verzoekscherm {
    private Verzoekscherm() {
    }

    /** The form was posted: check it with the kernel, or send it. */
    static void verzoek(Verzoek v, String id) throws IOException {
        if (v.geenFormulier("/ui/onderzoeken/" + id)) {
            return;
        }
        ObjectNode body = Api.JSON.createObjectNode().put("onderzoek", id);
        body.putObject("partij").put("id", v.veld("partijId")).put("naam", v.veld("partijNaam")).put("bsnBevoegd", v.aangevinkt("bsnBevoegd"));
        body.put("betrokkene", v.veld("betrokkene"));
        v.soorten("gegeven-", body.putArray("gegevens"));
        body.putObject("motivering").put("doel", v.veld("doel")).put("domein", v.veld("domein")).put("waarom", v.veld("waarom")).put("metWie", v.veld("metWie"));
        boolean versturen = "versturen".equals(v.veld("actie"));
        Api.Antwoord a = v.post(versturen ? "/api/v1/verstrekkingsverzoeken" : "/api/v1/verstrekkingsverzoeken/toets", "wams-onderzoek", body);
        if (versturen && a.ok()) {
            v.naar("/ui/onderzoeken/" + id);
            return;
        }
        Html antwoord = new Html();
        if (!a.ok()) {
            Schermen.weigering(antwoord, a);
        } else {
            kernantwoord(antwoord, a.body());
        }
        Schermen.onderzoek(v, id, antwoord, "verzoek", Schermen.status(a));
    }

    /** "Mag dit? Ja, op grond van …" or "Nee, omdat …, art. …", per question the kernel was asked. */
    private static void kernantwoord(Html h, JsonNode toets) {
        boolean ja = toets.path("toegestaan").asBoolean(false);
        h.raw("<div class=\"utrecht-alert utrecht-alert--").raw(ja ? "ok" : "warning").raw("\" role=\"status\"><div class=\"utrecht-alert__content\"><div class=\"utrecht-alert__message\">");
        h.raw("<p class=\"utrecht-paragraph\"><strong>").text(ja ? "Mag dit? Ja." : "Mag dit? Nee.").raw("</strong> ")
                .text(ja ? "U kunt het verzoek versturen." : "Zo kan het verzoek niet worden verstuurd.").raw("</p>");
        h.raw("<ul class=\"utrecht-unordered-list\">");
        for (JsonNode q : toets.path("vragen")) {
            String artikelen = String.join("; ", Schermen.teksten(q.path("citaties")));
            boolean permit = "PERMIT".equals(q.path("effect").asText());
            h.raw("<li class=\"utrecht-unordered-list__item\">").text(Schermen.label(q.path("vraag").asText()) + ": ");
            if (permit) {
                h.text("ja, op grond van " + artikelen + " (regel " + q.path("regel").asText() + ")");
            } else {
                h.text("nee, omdat " + String.join("; ", Schermen.teksten(q.path("redenen"))) + (artikelen.isEmpty() ? "" : " (" + artikelen + ")"));
            }
            h.raw("</li>");
        }
        h.raw("</ul></div></div></div>\n");
    }

    /** The requests of this investigation and the form for a new one. */
    static void sectie(Verzoek v, Html h, String id, JsonNode o, Html toets) throws IOException {
        h.h2("Gegevens opvragen bij partijen");
        Api.Antwoord lijst = Schermen.bijZaak(v, o, id, "verstrekkingsverzoeken");
        JsonNode items = lijst.body().path("_embedded").path("verstrekkingsverzoeken");
        if (lijst.ok() && items.size() > 0) {
            Schermen.dossiers(h, "Verzoeken bij dit onderzoek", "/ui/verstrekkingsverzoeken/", items, "Verzoek", "Toestand", "Verstuurd");
        } else if (!lijst.ok()) {
            Schermen.weigering(h, lijst);
        }
        // Data are asked for the investigation while it runs (Wmo 2015 art. 5.4.2 lid 1); after the outcome only for the services.
        if (!v.sessie.heeft("consulent") || !"GESTART".equals(o.path("proces").path("toestand").asText())) {
            return;
        }
        h.raw("<details class=\"meervoud-uitklap\"").raw(toets != null || items.isEmpty() ? " open" : "").raw("><summary>Gegevens opvragen bij een partij</summary>");
        h.raw("<div id=\"verzoek\" tabindex=\"-1\">");
        if (toets != null) {
            h.raw(toets.toString());
        }
        h.raw("</div>");
        h.p("Vraag alleen wat nodig is, binnen de reikwijdte die de cliënt afsprak (Wmo 2015 art. 5.4.2 lid 1). Toets eerst of het mag: "
                + "dan wordt nog niets verstuurd.");
        // The answer page opens at the kernel's answer (the fragment survives the POST), not at the top.
        h.form("/ui/onderzoeken/" + id + "/verzoek#verzoek", v.sessie.csrf);
        h.veld("Partij (kenmerk)", "partijId", "text", v.veld("partijId"), true, "Bijvoorbeeld kredietbank.", null);
        h.veld("Naam van de partij", "partijNaam", "text", v.veld("partijNaam"), true, null, null);
        h.vinkje("De partij mag het BSN gebruiken", "bsnBevoegd", v.aangevinkt("bsnBevoegd"));
        Map<String, String> personen = new LinkedHashMap<>();
        personen.put(o.path("client").path("bsn").asText(), o.path("client").path("naam").asText());
        for (JsonNode g : o.path("gezinsleden")) {
            personen.put(g.path("persoon").path("bsn").asText(), g.path("persoon").path("naam").asText());
        }
        List<String[]> opties = new ArrayList<>();
        personen.forEach((bsn, naam) -> opties.add(new String[] { bsn, naam }));
        h.keuze("Over wie", "betrokkene", opties, v.veld("betrokkene"));
        Html.soorten(h, "Welke gegevens", "gegeven-", g -> v.aangevinkt("gegeven-" + g.name()));
        h.veld("Doel", "doel", "text", v.veld("doel"), true, "Het specifieke doel van dit verzoek.", null);
        h.veld("Levensdomein", "domein", "text", v.veld("domein"), true, "Binnen de afgesproken reikwijdte.", null);
        h.veld("Waarom nodig", "waarom", "textarea", v.veld("waarom"), true, null, null);
        h.veld("Met wie gedeeld", "metWie", "text", v.veld("metWie"), true, null, null);
        h.raw("<div class=\"utrecht-button-group\">")
                .raw("<button class=\"utrecht-button utrecht-button--secondary-action\" type=\"submit\" name=\"actie\" value=\"toets\">Mag dit?</button> ")
                .raw("<button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\" name=\"actie\" value=\"versturen\">Versturen</button>")
                .raw("</div>").formEinde().raw("</details>");
    }
}
