// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Signing in with a local account (the zero-setup default) through the API's own token endpoint, so its lockout,
 * Argon2id check and one-time passwords apply unchanged; then the person's functions from {@code /aanmelding/ik}.
 * A one-time password asks for a new password on the same screen.
 */
final class Aanmelding {
    private final Sessies sessies;
    private final boolean alleenHttps;
    private final IdpAanmelding idp;

    Aanmelding(Sessies sessies, boolean alleenHttps, IdpAanmelding idp) {
        this.sessies = sessies;
        this.alleenHttps = alleenHttps;
        this.idp = idp;
    }

    void aanmelden(Verzoek v) throws IOException {
        if (!v.post()) {
            if (v.sessie != null) {
                v.naar("/ui/");
                return;
            }
            formulier(v, 200, "", false, null);
            return;
        }
        String gebruiker = v.veld("gebruiker");
        String wachtwoord = v.req.getParameter("wachtwoord") == null ? "" : v.req.getParameter("wachtwoord");
        String nieuw = v.req.getParameter("nieuwWachtwoord");
        String herhaald = v.req.getParameter("nieuwWachtwoordHerhaald");
        if (gebruiker.isEmpty() || wachtwoord.isEmpty()) {
            formulier(v, 400, gebruiker, nieuw != null, "Vul uw gebruikersnaam en wachtwoord in.");
            return;
        }
        if (nieuw != null && !nieuw.equals(herhaald)) {
            formulier(v, 400, gebruiker, true, "De twee nieuwe wachtwoorden zijn niet gelijk.");
            return;
        }
        ObjectNode body = Api.JSON.createObjectNode().put("gebruiker", gebruiker).put("wachtwoord", wachtwoord);
        if (nieuw != null && !nieuw.isEmpty()) {
            body.put("nieuwWachtwoord", nieuw);
        }
        Api.Antwoord token = v.api.post("/api/v1/aanmelding/token", null, null, body);
        if (!token.ok()) {
            boolean eenmalig = "nieuwWachtwoord".equals(token.veld());
            String melding = token.status() == 401 ? "Gebruikersnaam of wachtwoord onjuist."
                    : eenmalig && nieuw == null ? "U meldt zich aan met een eenmalig wachtwoord. Kies nu een eigen wachtwoord van ten minste 12 tekens."
                            : token.weigering().detail().isEmpty() ? token.weigering().titel() : token.weigering().detail();
            formulier(v, Schermen.status(token), gebruiker, eenmalig || nieuw != null, melding);
            return;
        }
        String access = token.body().path("access_token").asText();
        Api.Antwoord ik = v.api.get("/api/v1/aanmelding/ik", access, null);
        if (!ik.ok()) {
            formulier(v, 503, gebruiker, false, "Aanmelden lukte, maar uw functies konden niet worden gelezen. Probeer het opnieuw.");
            return;
        }
        Set<String> functies = new HashSet<>();
        ik.body().path("functies").forEach(f -> functies.add(f.asText()));
        var sessie = sessies.nieuw(access, token.body().path("expires_in").asLong(3600), gebruiker, functies, ik.body().path("gemeente").asText(""));
        if (sessie.isEmpty()) {
            formulier(v, 503, gebruiker, false, "Er zijn nu te veel mensen aangemeld. Probeer het over enkele minuten opnieuw.");
            return;
        }
        v.resp.addHeader("Set-Cookie", Ui.COOKIE + "=" + sessie.get().id + "; Path=/ui; HttpOnly; SameSite=Strict" + (alleenHttps ? "; Secure" : ""));
        v.naar(startpagina(functies));
    }

    /** Where a person starts: the operator at Beheer, a resident at their inzage, the FG at the log, anyone else at the worklist. */
    static String startpagina(Set<String> functies) {
        return functies.equals(Set.of("beheerder")) ? "/ui/beheer" : functies.equals(Set.of("burger")) ? "/ui/inzage"
                : functies.equals(Set.of("privacyfunctionaris")) ? Privacyscherm.PAD : "/ui/";
    }

    /** Ends the session, and the person's session at the IdP when it came from there. */
    void afmelden(Verzoek v) {
        sessies.beeindig(v.sessie.id);
        String ververs = v.sessie.verversToken;
        if (ververs != null && idp.aan()) {
            idp.afmelden(ververs);
        }
        v.resp.addHeader("Set-Cookie", Ui.COOKIE + "=; Path=/ui; Max-Age=0; HttpOnly; SameSite=Strict" + (alleenHttps ? "; Secure" : ""));
        v.naar("/ui/aanmelden");
    }

    private void formulier(Verzoek v, int status, String gebruiker, boolean nieuwWachtwoord, String fout) throws IOException {
        Html h = new Html().h1("Aanmelden");
        if (idp.aan() && fout == null) {
            // The municipality's IdP first: staff and residents (DigiD behind it) sign in there; local accounts below.
            h.raw("<p class=\"utrecht-paragraph\"><a class=\"utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action\" href=\"")
                    .raw(IdpAanmelding.START).raw("\">").text(idp.naam()).raw("</a></p>");
            h.h2("Of met een account van deze installatie");
        }
        if (fout != null) {
            h.alert(nieuwWachtwoord && status == 403 ? "warning" : "error", nieuwWachtwoord && status == 403 ? "Kies een eigen wachtwoord" : "Aanmelden lukte niet", fout);
        }
        h.raw("<form class=\"utrecht-form\" method=\"post\" action=\"/ui/aanmelden\">");
        h.veld("Gebruikersnaam", "gebruiker", "text", gebruiker, true, null, null);
        h.veld(nieuwWachtwoord ? "Eenmalig of huidig wachtwoord" : "Wachtwoord", "wachtwoord", "password", "", true, null, null);
        if (nieuwWachtwoord) {
            h.veld("Nieuw wachtwoord", "nieuwWachtwoord", "password", "", true, "Ten minste 12 tekens.", null);
            h.veld("Nieuw wachtwoord nog eens", "nieuwWachtwoordHerhaald", "password", "", true, null, null);
        }
        h.knop("Aanmelden").formEinde();
        h.p("Nog geen account? De functioneel beheerder van uw organisatie maakt het aan.");
        v.toon(status, "Aanmelden", null, h);
    }
}
