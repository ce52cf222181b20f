// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meervoud.auth.api.Authenticator;
import nl.meervoud.auth.api.Functie;
import nl.meervoud.auth.api.Gebruikers;
import nl.meervoud.auth.api.NietAangemeld;
import nl.meervoud.auth.api.Principal;

/**
 * {@code /api/v1/aanmelding}: log in with a local account ({@code POST /token}: a bearer token; a one-time password
 * only together with a new one), who am I ({@code GET /ik}), and for the functional operator the local accounts
 * ({@code GET, POST /gebruikers}, {@code DELETE /gebruikers/{naam}}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/aanmelding/*")
public final class AanmeldServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 8 * 1024;

    private final transient LokaleGebruikers gebruikers;
    private final transient LokaleUitgever uitgever;
    private final transient Authenticator authenticator;

    @Activate
    public AanmeldServlet(@Reference LokaleGebruikers gebruikers, @Reference LokaleUitgever uitgever, @Reference Authenticator authenticator) {
        this.gebruikers = gebruikers;
        this.uitgever = uitgever;
        this.authenticator = authenticator;
    }

    /** A refusal with its status, title and detail (problem+json). */
    private static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String title;
        final String veld;

        Problem(int status, String title, String detail, String veld) {
            super(detail, null, false, false);
            this.status = status;
            this.title = title;
            this.veld = veld;
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String method = req.getMethod();
        try {
            if (req.getQueryString() != null) {
                throw new Problem(400, "Ongeldig verzoek", "deze bewerking kent geen queryparameters", "query");
            }
            if (path.equals("/token")) {
                only(method, "POST");
                token(req, resp);
            } else if (path.equals("/ik")) {
                only(method, "GET");
                Principal p = principal(req);
                ObjectNode out = Json.MAPPER.createObjectNode().put("uitgever", p.uitgever()).put("gemeente", p.gemeente());
                ArrayNode f = out.putArray("functies");
                p.functies().stream().map(Functie::naam).sorted().forEach(f::add);
                if (!p.organisatie().isEmpty()) {
                    out.put("organisatie", p.organisatie());
                }
                ArrayNode t = out.putArray("teams");
                p.teams().stream().sorted().forEach(t::add);
                write(resp, 200, out);
            } else if (path.equals("/gebruikers")) {
                Principal beheerder = beheerder(req);
                if ("GET".equals(method)) {
                    ArrayNode list = Json.MAPPER.createArrayNode();
                    for (Gebruikers.Gebruiker g : gebruikers.lijst()) {
                        if (!beheert(beheerder, g.gemeente())) {
                            continue; // another municipality's people are not this operator's to see
                        }
                        ObjectNode n = list.addObject().put("naam", g.naam()).put("gemeente", g.gemeente());
                        ArrayNode f = n.putArray("functies");
                        g.functies().stream().map(Functie::naam).sorted().forEach(f::add);
                        n.put("organisatie", g.organisatie()).put("eenmaligWachtwoord", g.eenmalig());
                        ArrayNode t = n.putArray("teams");
                        g.teams().stream().sorted().forEach(t::add);
                    }
                    write(resp, 200, Json.MAPPER.createObjectNode().set("gebruikers", list));
                } else {
                    only(method, "GET", "POST");
                    aanmaken(req, resp, beheerder);
                }
            } else if (path.startsWith("/gebruikers/")) {
                Principal beheerder = beheerder(req);
                only(method, "DELETE");
                String naam = path.substring("/gebruikers/".length());
                boolean eigen = gebruikers.lijst().stream().anyMatch(g -> g.naam().equals(naam) && beheert(beheerder, g.gemeente()));
                if (!eigen || !gebruikers.verwijderen(naam)) {
                    throw new Problem(404, "Niet gevonden", "geen account met deze naam", "naam");
                }
                resp.setStatus(204);
            } else {
                throw new Problem(404, "Niet gevonden", "bekend: /token, /ik, /gebruikers", null);
            }
        } catch (Problem p) {
            problem(resp, p.status, p.title, p.getMessage(), p.veld);
        } catch (NietAangemeld e) {
            nl.meervoud.auth.api.HttpAanmelding.kopregels(resp, e);
            problem(resp, e.status(), e.title(), e.getMessage(), null);
        } catch (IllegalArgumentException e) {
            // "veld: reden" names the field; any other message (an unknown function, say) is about the body
            String msg = String.valueOf(e.getMessage());
            int colon = msg.indexOf(": ");
            boolean field = colon > 0 && msg.substring(0, colon).matches("[A-Za-z.]{1,40}");
            problem(resp, 400, "Ongeldige invoer", field ? msg.substring(colon + 2) : msg, field ? msg.substring(0, colon) : "body");
        }
    }

    private void token(HttpServletRequest req, HttpServletResponse resp) throws IOException, Problem {
        JsonNode body = body(req, Set.of("gebruiker", "wachtwoord", "nieuwWachtwoord"));
        String naam = text(body, "gebruiker", true);
        String wachtwoord = text(body, "wachtwoord", true);
        String nieuw = text(body, "nieuwWachtwoord", false);
        LokaleGebruikers.Account account;
        try {
            account = gebruikers.inloggen(naam, wachtwoord.toCharArray(), nieuw == null ? null : nieuw.toCharArray());
        } catch (LokaleGebruikers.Geweigerd g) {
            if (g.status == 429) {
                resp.setHeader("Retry-After", "60");
            }
            throw new Problem(g.status, g.status == 401 ? "Niet aangemeld" : g.status == 429 ? "Te veel pogingen" : "Aanmelding geweigerd",
                    g.getMessage(), g.veld);
        }
        LokaleUitgever.Token token = uitgever.issue(account);
        write(resp, 200, Json.MAPPER.createObjectNode().put("access_token", token.value()).put("token_type", "Bearer")
                .put("expires_in", token.expiresIn()));
    }

    private void aanmaken(HttpServletRequest req, HttpServletResponse resp, Principal beheerder) throws IOException, Problem {
        JsonNode body = body(req, Set.of("naam", "functies", "gemeente", "organisatie", "bsn", "teams"));
        String naam = text(body, "naam", true);
        JsonNode f = body.get("functies");
        if (f == null || !f.isArray() || f.isEmpty()) {
            throw new Problem(400, "Ongeldige invoer", "een lijst met ten minste één functie", "functies");
        }
        Set<Functie> functies = EnumSet.noneOf(Functie.class);
        for (JsonNode n : f) {
            if (!n.isTextual()) {
                throw new Problem(400, "Ongeldige invoer", "functies zijn tekst", "functies");
            }
            try {
                functies.add(Functie.of(n.asText()));
            } catch (IllegalArgumentException e) {
                throw new Problem(400, "Ongeldige invoer", e.getMessage(), "functies");
            }
        }
        Set<String> teams = new java.util.TreeSet<>();
        JsonNode t = body.get("teams");
        if (t != null) {
            if (!t.isArray()) {
                throw new Problem(400, "Ongeldige invoer", "een lijst van teamnamen", "teams");
            }
            for (JsonNode n : t) {
                if (!n.isTextual()) {
                    throw new Problem(400, "Ongeldige invoer", "teamnamen zijn tekst", "teams");
                }
                teams.add(n.asText());
            }
        }
        String gemeente = text(body, "gemeente", false);
        if (gemeente == null || gemeente.isBlank()) {
            // A municipality's operator creates accounts of their own municipality; the installation's, of its own.
            gemeente = beheerder.gemeente();
        } else if (!beheert(beheerder, gemeente)) {
            throw new Problem(403, "Geen bevoegdheid", "een functioneel beheerder maakt accounts voor de eigen gemeente ("
                    + beheerder.gemeente() + "); een andere gemeente krijgt haar accounts van haar eigen beheerder of van de installatie", "gemeente");
        }
        String wachtwoord = gebruikers.aanmaken(naam, functies, gemeente, text(body, "organisatie", false),
                text(body, "bsn", false), teams);
        write(resp, 201, Json.MAPPER.createObjectNode().put("naam", naam).put("eenmaligWachtwoord", wachtwoord));
    }

    private Principal principal(HttpServletRequest req) throws NietAangemeld {
        return authenticator.authenticate(req.getHeader("Authorization"));
    }

    private Principal beheerder(HttpServletRequest req) throws NietAangemeld, Problem {
        Principal p = principal(req);
        if (!p.heeft(Functie.BEHEERDER)) {
            throw new Problem(403, "Geen bevoegdheid", "alleen de functioneel beheerder beheert accounts", null);
        }
        return p;
    }

    /**
     * Municipalities side by side (issue 10 §3): an operator manages the accounts of their own municipality; the
     * installation's operators (of its own municipality, setting {@code gemeente}) those of every municipality, so
     * that they can onboard one.
     */
    private boolean beheert(Principal beheerder, String gemeente) {
        return beheerder.gemeente().equals(gemeente) || beheerder.gemeente().equals(gebruikers.installatieGemeente());
    }

    private static void only(String method, String... allowed) throws Problem {
        for (String a : allowed) {
            if (a.equals(method)) {
                return;
            }
        }
        throw new Problem(405, "Methode niet toegestaan", "hier: " + String.join(", ", allowed), null);
    }

    private static JsonNode body(HttpServletRequest req, Set<String> fields) throws IOException, Problem {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).replace(" ", "").matches("application/json(;charset=utf-8)?")) {
            throw new Problem(415, "Verkeerd mediatype", "stuur application/json (UTF-8)", null);
        }
        byte[] bytes;
        try (InputStream in = req.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new Problem(413, "Body te groot", "de body is groter dan " + MAX_BODY + " bytes", null);
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new Problem(400, "Ongeldige JSON", "de body is geen geldige JSON (dubbele sleutels en inhoud na het object worden geweigerd)",
                    "body");
        }
        if (node == null || !node.isObject()) {
            throw new Problem(400, "Ongeldige invoer", "een JSON-object", "body");
        }
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new Problem(400, "Ongeldige invoer", "onbekend veld; bekend: " + String.join(", ", new java.util.TreeSet<>(fields)),
                        name.matches("[A-Za-z]{1,40}") ? name : "body");
            }
        }
        return node;
    }

    private static String text(JsonNode body, String field, boolean required) throws Problem {
        JsonNode n = body.get(field);
        if (n == null) {
            if (required) {
                throw new Problem(400, "Ongeldige invoer", "verplicht", field);
            }
            return null;
        }
        if (!n.isTextual() || n.asText().isEmpty() || n.asText().length() > 256) {
            throw new Problem(400, "Ongeldige invoer", "een niet-lege tekst van hoogstens 256 tekens", field);
        }
        return n.asText();
    }

    private static void write(HttpServletResponse resp, int status, JsonNode body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.getOutputStream().write(Json.MAPPER.writeValueAsBytes(body));
    }

    private static void problem(HttpServletResponse resp, int status, String title, String detail, String veld) throws IOException {
        ObjectNode p = Json.MAPPER.createObjectNode().put("type", "https://meervoud.nl/problemen/" + status).put("title", title)
                .put("status", status).put("detail", detail);
        if (veld != null) {
            p.putArray("invalidParams").addObject().put("name", veld).put("reason", detail);
        }
        resp.setStatus(status);
        resp.setContentType("application/problem+json");
        resp.getOutputStream().write(Json.MAPPER.writeValueAsBytes(p));
    }
}
