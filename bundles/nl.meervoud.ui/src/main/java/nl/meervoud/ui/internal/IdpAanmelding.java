// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Signing in at the municipality's IdP (Keycloak, with DigiD behind it for residents): the OpenID Connect
 * authorization-code flow with PKCE (RFC 7636, S256) for a public client. The browser is sent to the IdP with a
 * random {@code state}, bound to it by a short-lived cookie, and a code challenge; the code that comes back is
 * exchanged, with the verifier that never left the server, for an access token. The UI keeps that token on the
 * server as for a local account, and the API validates it (signature by JWKS, issuer, audience, expiry): the UI
 * trusts nothing of the token itself. While the person works, the session renews the access token with the refresh
 * token ({@link #vernieuw}); "Afmelden" ends the session at the IdP too ({@link #afmelden}), so the next sign-in
 * asks for the password again instead of passing straight through the IdP's single sign-on.
 */
final class IdpAanmelding {
    static final String START = "/ui/aanmelden/idp";
    static final String TERUG = "/ui/aanmelden/terug";
    static final String COOKIE = "meervoud-aanmelding";
    /** Sign-ins under way at most; a flood of starts cannot grow the server's memory without bound. */
    static final int MAXIMUM = 10_000;
    private static final Duration GELDIG = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sign-in under way: the PKCE verifier, the redirect URI it was started with, until when it may come back. */
    record Wachtend(String verifier, String terug, Instant tot) {
    }

    /** The IdP's endpoints, from its discovery document; {@code einde} and {@code intrekking} may be empty. */
    record Eindpunten(String autorisatie, String token, String einde, String intrekking) {
    }

    private final String issuer;
    private final String clientId;
    private final String scope;
    private final String naam;
    private final String adres;
    private final Sessies sessies;
    private final boolean alleenHttps;
    private final Clock clock;
    private final ConcurrentHashMap<String, Wachtend> wachtend = new ConcurrentHashMap<>();
    private volatile Eindpunten eindpunten;

    IdpAanmelding(UiConfig config, Sessies sessies, Clock clock) {
        this.issuer = config.idpIssuer().strip();
        this.clientId = config.idpClientId();
        this.scope = config.idpScope();
        this.naam = config.idpNaam();
        this.adres = config.adres().strip();
        this.sessies = sessies;
        this.alleenHttps = config.alleenHttps();
        this.clock = clock;
    }

    /** Whether an IdP is configured. */
    boolean aan() {
        return !issuer.isEmpty();
    }

    /** The label of the button on the sign-in screen. */
    String naam() {
        return naam;
    }

    /** Sends the browser to the IdP. */
    void start(Verzoek v) throws IOException {
        Eindpunten e = eindpunten();
        if (e == null) {
            fout(v, 503, "De inlogdienst van de gemeente is nu niet bereikbaar. Probeer het over enkele minuten opnieuw.");
            return;
        }
        Instant nu = clock.instant();
        wachtend.values().removeIf(w -> w.tot().isBefore(nu));
        if (wachtend.size() >= MAXIMUM) {
            fout(v, 503, "Er melden zich nu te veel mensen tegelijk aan. Probeer het over enkele minuten opnieuw.");
            return;
        }
        String state = willekeurig();
        String verifier = willekeurig();
        String terug = basis(v) + TERUG;
        wachtend.put(state, new Wachtend(verifier, terug, nu.plus(GELDIG)));
        // Lax, not Strict: the IdP sends the browser back with a top-level GET from its own site.
        v.resp.addHeader("Set-Cookie", COOKIE + "=" + state + "; Path=/ui/aanmelden; Max-Age=" + GELDIG.toSeconds() + "; HttpOnly; SameSite=Lax"
                + (alleenHttps ? "; Secure" : ""));
        v.resp.setStatus(302);
        v.resp.setHeader("Location", e.autorisatie() + (e.autorisatie().contains("?") ? "&" : "?") + "response_type=code&client_id=" + enc(clientId)
                + "&redirect_uri=" + enc(terug) + "&scope=" + enc(scope) + "&state=" + state + "&code_challenge=" + uitdaging(verifier)
                + "&code_challenge_method=S256");
    }

    /** The IdP sends the browser back: check the state, exchange the code, start the session. */
    void terug(Verzoek v) throws IOException {
        String state = v.veld("state");
        String cookie = Ui.cookie(v.req, COOKIE);
        Wachtend w = state.isEmpty() ? null : wachtend.remove(state);
        v.resp.addHeader("Set-Cookie", COOKIE + "=; Path=/ui/aanmelden; Max-Age=0; HttpOnly; SameSite=Lax" + (alleenHttps ? "; Secure" : ""));
        if (w == null || !state.equals(cookie) || w.tot().isBefore(clock.instant())) {
            // Not started here, in this browser, within ten minutes: a forged or replayed answer, or a stale tab.
            fout(v, 400, "Deze aanmelding is verlopen of hoort niet bij deze browser. Meld u opnieuw aan.");
            return;
        }
        if (!v.veld("error").isEmpty() || v.veld("code").isEmpty()) {
            fout(v, 401, "De inlogdienst van de gemeente heeft de aanmelding niet bevestigd.");
            return;
        }
        Eindpunten e = eindpunten();
        JsonNode token = e == null ? null : tokenVoor(e, v.veld("code"), w);
        if (token == null || !token.hasNonNull("access_token")) {
            fout(v, 401, "De aanmelding kon bij de inlogdienst van de gemeente niet worden afgerond. Meld u opnieuw aan.");
            return;
        }
        String access = token.path("access_token").asText();
        Api.Antwoord ik = v.api.get("/api/v1/aanmelding/ik", access, null);
        if (!ik.ok()) {
            // The API validates the token (issuer, audience, signature, expiry) and the person's functions.
            fout(v, ik.status() == 401 || ik.status() == 403 ? 403 : 503, ik.status() == 401 || ik.status() == 403
                    ? "U bent bij de gemeente aangemeld, maar Meervoud aanvaardt die aanmelding niet (geen functie of geen gemeente). Vraag de beheerder."
                    : "Uw functies konden niet worden gelezen. Probeer het opnieuw.");
            return;
        }
        Set<String> functies = new HashSet<>();
        ik.body().path("functies").forEach(f -> functies.add(f.asText()));
        var sessie = sessies.nieuw(tokens(token), gebruiker(access), functies, ik.body().path("gemeente").asText(""));
        if (sessie.isEmpty()) {
            fout(v, 503, "Er zijn nu te veel mensen aangemeld. Probeer het over enkele minuten opnieuw.");
            return;
        }
        v.resp.addHeader("Set-Cookie", Ui.COOKIE + "=" + sessie.get().id + "; Path=/ui; HttpOnly; SameSite=Strict" + (alleenHttps ? "; Secure" : ""));
        // A page of our own, not a redirect: the browser came from the IdP's site, and would not send the SameSite=Strict
        // session cookie on a redirect chain that started there. The next navigation starts here, so it does.
        String verder = Aanmelding.startpagina(functies);
        byte[] body = ("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Aangemeld — Meervoud</title>"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + verder + "\"></head><body><p><a href=\"" + verder + "\">Verder naar Meervoud</a></p>"
                + "</body></html>\n").getBytes(StandardCharsets.UTF_8);
        v.resp.setStatus(200);
        v.resp.setContentType("text/html;charset=utf-8");
        v.resp.setContentLength(body.length);
        v.resp.getOutputStream().write(body);
    }

    /** The base URL of this installation as the browser reaches it: {@code adres} when set, else from the request. */
    private String basis(Verzoek v) {
        if (!adres.isEmpty()) {
            return adres.endsWith("/") ? adres.substring(0, adres.length() - 1) : adres;
        }
        // The IdP accepts only the redirect URIs registered for the client, so a forged Host cannot send a code elsewhere.
        return (alleenHttps ? "https" : v.req.getScheme()) + "://" + v.req.getServerName() + (v.req.getServerPort() == 80 || v.req.getServerPort() == 443
                ? "" : ":" + v.req.getServerPort());
    }

    private Eindpunten eindpunten() {
        Eindpunten e = eindpunten;
        if (e != null) {
            return e;
        }
        JsonNode d = verstuur("GET", (issuer.endsWith("/") ? issuer : issuer + "/") + ".well-known/openid-configuration", null);
        if (d == null || !d.hasNonNull("authorization_endpoint") || !d.hasNonNull("token_endpoint")) {
            return null;
        }
        e = new Eindpunten(d.path("authorization_endpoint").asText(), d.path("token_endpoint").asText(), d.path("end_session_endpoint").asText(""),
                d.path("revocation_endpoint").asText(""));
        eindpunten = e;
        return e;
    }

    /**
     * Renews the tokens with a refresh token (OpenID Connect Core §12); empty when the IdP refuses it (the person was
     * signed out there, or its session ended) or cannot be reached. A new refresh token in the answer replaces the old.
     */
    java.util.Optional<Sessies.Tokens> vernieuw(String verversToken) {
        Eindpunten e = eindpunten();
        JsonNode t = e == null ? null : verstuur("POST", e.token(), "grant_type=refresh_token&refresh_token=" + enc(verversToken) + "&client_id="
                + enc(clientId));
        return t == null || !t.hasNonNull("access_token") ? java.util.Optional.empty() : java.util.Optional.of(tokens(t));
    }

    /**
     * Ends the person's session at the IdP from the server, with the refresh token, so that no token passes through
     * the browser or its history: Keycloak's logout endpoint takes it (its end_session_endpoint, with client_id and
     * refresh_token in a POST); an IdP without that ends at least this sign-in by revoking the refresh token
     * (RFC 7009). Returns whether the IdP confirmed.
     */
    boolean afmelden(String verversToken) {
        Eindpunten e = eindpunten();
        if (e == null) {
            return false;
        }
        String form = "client_id=" + enc(clientId) + "&refresh_token=" + enc(verversToken);
        if (!e.einde().isEmpty() && status("POST", e.einde(), form) / 100 == 2) {
            return true;
        }
        return !e.intrekking().isEmpty() && status("POST", e.intrekking(), "client_id=" + enc(clientId) + "&token=" + enc(verversToken)
                + "&token_type_hint=refresh_token") / 100 == 2;
    }

    private static Sessies.Tokens tokens(JsonNode t) {
        return new Sessies.Tokens(t.path("access_token").asText(), t.path("expires_in").asLong(300), t.path("refresh_token").asText(""),
                t.path("refresh_expires_in").asLong(0));
    }

    private JsonNode tokenVoor(Eindpunten e, String code, Wachtend w) {
        String form = "grant_type=authorization_code&code=" + enc(code) + "&redirect_uri=" + enc(w.terug()) + "&client_id=" + enc(clientId)
                + "&code_verifier=" + enc(w.verifier());
        return verstuur("POST", e.token(), form);
    }

    /** One call to the IdP; null when it cannot be reached or does not answer with JSON. Nothing of it is logged. */
    private static JsonNode verstuur(String method, String url, String form) {
        try {
            HttpURLConnection c = verbind(method, url, form);
            int status = c.getResponseCode();
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                if (status != 200 || in == null) {
                    return null;
                }
                return Api.JSON.readTree(in.readNBytes(1024 * 1024));
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The status of one call whose answer has no content we need; -1 when the IdP cannot be reached. */
    private static int status(String method, String url, String form) {
        try {
            HttpURLConnection c = verbind(method, url, form);
            int status = c.getResponseCode();
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                if (in != null) {
                    in.readNBytes(64 * 1024);
                }
            }
            return status;
        } catch (IOException | IllegalArgumentException e) {
            return -1;
        }
    }

    private static HttpURLConnection verbind(String method, String url, String form) throws IOException {
        return Api.verbinding(method, url, 10_000, java.util.Map.of("Accept", "application/json"), "application/x-www-form-urlencoded",
                form == null ? null : form.getBytes(StandardCharsets.UTF_8));
    }

    /** The name the IdP gives the person, for the header: from the token the API has just validated. */
    private static String gebruiker(String access) {
        try {
            String[] delen = access.split("\\.");
            JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(delen[1]));
            return claims.path("preferred_username").asText(claims.path("name").asText("aangemeld"));
        } catch (IOException | RuntimeException e) {
            return "aangemeld";
        }
    }

    private static String willekeurig() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The S256 code challenge of a verifier (RFC 7636 §4.2). */
    static String uitdaging(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void fout(Verzoek v, int status, String tekst) throws IOException {
        v.toon(status, "Aanmelden", null, new Html().h1("Aanmelden").alert("error", "Aanmelden lukte niet", tekst).raw("<p class=\"utrecht-paragraph\">")
                .link("/ui/aanmelden", "Opnieuw aanmelden").raw("</p>"));
    }

    /** For tests: how many sign-ins are under way. */
    int wachtend() {
        return wachtend.size();
    }

    /** Forgets every sign-in under way (on deactivation). */
    void leeg() {
        wachtend.clear();
    }
}
