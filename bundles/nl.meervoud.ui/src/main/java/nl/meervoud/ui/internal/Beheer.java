// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The operator's screens: modules and their state, health, and the local accounts. No personal data. */
final class Beheer {
    /** The functions an operator can give an account, with their labels. */
    static final List<String[]> FUNCTIES = List.of(new String[] { "meldpuntmedewerker", "Meldpuntmedewerker" }, new String[] { "consulent", "Consulent" },
            new String[] { "coordinator", "Coördinator" }, new String[] { "privacyfunctionaris", "Privacyfunctionaris (FG)" },
            new String[] { "beheerder", "Functioneel beheerder" }, new String[] { "professional", "Professional van een partij" },
            new String[] { "burger", "Inwoner (voor ontwikkeling en test; in productie via DigiD bij de IdP)" });

    private Beheer() {
    }

    static void overzicht(Verzoek v) throws IOException {
        Html h = new Html().h1("Beheer");
        Api.Antwoord health = v.api.get("/health", null, null);
        String status = health.body().path("status").asText(health.status() == 0 ? "ONBEREIKBAAR" : String.valueOf(health.status()));
        h.raw("<p class=\"utrecht-paragraph\">Gezondheid: ").badge("UP".equals(status) ? "safe" : "danger", status).raw("</p>\n");
        Api.Antwoord p = v.get("/api/v1/platform", null);
        if (!p.ok()) {
            Schermen.weigering(h, p);
        } else {
            JsonNode d = p.body();
            h.gegevens(List.of(new String[] { "Versie", d.path("version").asText() }, new String[] { "Distributie", d.path("distribution").path("name").asText() },
                    new String[] { "Onderdelen", String.join(", ", Schermen.teksten(d.path("distribution").path("features"))) },
                    new String[] { "Java", d.path("java").asText() }));
            h.h2("Modules");
            h.tabel("Geïnstalleerde modules en hun toestand", "Module", "Soort", "Versie", "Toestand", "Bron", "Reden");
            for (JsonNode m : d.path("modules")) {
                String state = m.path("state").asText();
                String badge = new Html().badge("ACTIVE".equals(state) ? "safe" : "danger", state).toString();
                h.rij(Html.esc(m.path("name").asText()), Html.esc(m.path("kind").asText()), Html.esc(m.path("version").asText()), badge,
                        Html.esc(m.path("source").asText()), Html.esc(m.path("reason").asText()));
            }
            h.tabelEinde();
        }
        h.raw("<p class=\"utrecht-paragraph\">").link("/ui/beheer/gebruikers", "Accounts beheren").raw(" · ")
                .link(Privacyscherm.REGISTER, "Register van verwerkingsactiviteiten").raw(" · ")
                .link("/system/console", "Felix Web Console (eigen inlog)").raw("</p>\n");
        v.toon(200, "Beheer", "/ui/beheer", h);
    }

    static void gebruikers(Verzoek v) throws IOException {
        Html h = new Html().h1("Accounts");
        int status = 200;
        if (v.post()) {
            ObjectNode body = Api.JSON.createObjectNode().put("naam", v.veld("naam"));
            ArrayNode functies = body.putArray("functies");
            for (String[] f : FUNCTIES) {
                if (v.aangevinkt("functie-" + f[0])) {
                    functies.add(f[0]);
                }
            }
            if (!v.veld("organisatie").isEmpty()) {
                body.put("organisatie", v.veld("organisatie"));
            }
            if (!v.veld("bsn").isEmpty()) {
                body.put("bsn", v.veld("bsn"));
            }
            ArrayNode teams = body.putArray("teams");
            for (String t : v.veld("teams").split(",")) {
                if (!t.isBlank()) {
                    teams.add(t.strip());
                }
            }
            Api.Antwoord a = v.post("/api/v1/aanmelding/gebruikers", null, body);
            if (a.ok()) {
                // Shown once, on this answer only (no redirect: the page is not stored, Cache-Control no-store).
                h.alert("ok", "Account " + a.body().path("naam").asText() + " aangemaakt",
                        "Eenmalig wachtwoord: " + a.body().path("eenmaligWachtwoord").asText() + " — geef het persoonlijk door; het wordt niet nog eens getoond.");
                status = 201;
            } else {
                Schermen.weigering(h, a);
                status = Schermen.status(a);
            }
        }
        Api.Antwoord lijst = v.get("/api/v1/aanmelding/gebruikers", null);
        if (!lijst.ok()) {
            Schermen.weigering(h, lijst);
        } else {
            h.tabel("Lokale accounts", "Naam", "Functies", "Organisatie", "Teams", "Eenmalig wachtwoord");
            for (JsonNode g : lijst.body().path("gebruikers")) {
                h.rij(Html.esc(g.path("naam").asText()), Html.esc(String.join(", ", Schermen.teksten(g.path("functies")))), Html.esc(g.path("organisatie").asText()),
                        Html.esc(String.join(", ", Schermen.teksten(g.path("teams")))), g.path("eenmaligWachtwoord").asBoolean() ? "ja" : "nee");
            }
            h.tabelEinde();
        }
        h.h2("Nieuw account");
        h.form("/ui/beheer/gebruikers", v.sessie.csrf);
        h.veld("Naam", "naam", "text", "", true, "De gebruikersnaam, bijvoorbeeld j.jansen.", null);
        h.raw("<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset\"><legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend\">Functies</legend>");
        List<String[]> opties = new ArrayList<>(FUNCTIES);
        for (String[] f : opties) {
            h.vinkje(f[1], "functie-" + f[0], false);
        }
        h.raw("</fieldset>");
        h.veld("Organisatie", "organisatie", "text", "", false, "Alleen voor een professional: de partij waarvoor hij werkt.", null);
        h.veld("Teams", "teams", "text", "", false, "Gescheiden door komma's; een consulent ziet de onderzoeken van zijn teams.", null);
        h.veld("BSN", "bsn", "text", "", false, "Alleen voor een inwoner-account (ontwikkeling en test).", null);
        h.knop("Account aanmaken").formEinde();
        v.toon(status, "Accounts", "/ui/beheer", h);
    }
}
