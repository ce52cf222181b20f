// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** One browser request as the screens see it: the form fields, the session, the API, and the answer. */
final class Verzoek {
    final HttpServletRequest req;
    final HttpServletResponse resp;
    final Sessies.Sessie sessie;
    final Api api;
    final Pagina pagina;

    Verzoek(HttpServletRequest req, HttpServletResponse resp, Sessies.Sessie sessie, Api api, Pagina pagina) {
        this.req = req;
        this.resp = resp;
        this.sessie = sessie;
        this.api = api;
        this.pagina = pagina;
    }

    boolean post() {
        return "POST".equals(req.getMethod());
    }

    /** A form or query field, trimmed; empty when absent. */
    String veld(String naam) {
        String v = req.getParameter(naam);
        return v == null ? "" : v.strip();
    }

    boolean aangevinkt(String naam) {
        return "ja".equals(req.getParameter(naam));
    }

    /** The kinds of data ticked in {@link Html#soorten} checkboxes named {@code prefix + NAME}, added to {@code out}. */
    com.fasterxml.jackson.databind.node.ArrayNode soorten(String prefix, com.fasterxml.jackson.databind.node.ArrayNode out) {
        Html.SOORTEN.stream().filter(g -> aangevinkt(prefix + g.name())).forEach(g -> out.add(g.name()));
        return out;
    }

    /** Writes a whole page. */
    void toon(int status, String titel, String actief, Html inhoud) throws IOException {
        byte[] body = pagina.render(titel, sessie, actief, inhoud).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /**
     * For a path that only takes a form: a GET (a bookmark, a reload) is sent on to the page the form belongs to.
     *
     * @return true when the request was not a POST and has been answered
     */
    boolean geenFormulier(String pagina) {
        if (post()) {
            return false;
        }
        naar(pagina);
        return true;
    }

    /** Post/redirect/get: after a successful form the browser asks for the result page. */
    void naar(String pad) {
        resp.setStatus(303);
        resp.setHeader("Location", pad);
    }

    /** A call of the API for the municipality the person works for now (their own, or the one chosen, {@link Sessies.Sessie#namens}). */
    Api.Antwoord get(String pad, String verwerking) {
        return api.send("GET", pad, sessie.token, verwerking, null, sessie.namens);
    }

    /** A call of the API for the person's own municipality, whatever they work for now (what they may act for). */
    Api.Antwoord eigen(String pad) {
        return api.get(pad, sessie.token, null);
    }

    Api.Antwoord post(String pad, String verwerking, com.fasterxml.jackson.databind.JsonNode body) {
        return api.send("POST", pad, sessie.token, verwerking, body, sessie.namens);
    }

    Api.Antwoord put(String pad, String verwerking, com.fasterxml.jackson.databind.JsonNode body) {
        return api.send("PUT", pad, sessie.token, verwerking, body, sessie.namens);
    }
}
