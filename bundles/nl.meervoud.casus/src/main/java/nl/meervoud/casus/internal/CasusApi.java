// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.meervoud.auth.api.Authenticator;
import nl.meervoud.auth.api.NietAangemeld;
import nl.meervoud.casus.api.ProcesStapException;
import nl.meervoud.casus.internal.Router.Antwoord;
import nl.meervoud.casus.internal.Router.Call;
import nl.meervoud.platform.api.Gemeenten;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.PrivacyKernel;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.store.api.Dossiers;

/**
 * The case API under /api/v1 (NL API Design Rules: resources in the Dutch legal terms, JSON, problem+json,
 * pagination on every list, OpenAPI 3 at /api/v1/openapi.json): one servlet that routes to the resources
 * ({@link Meldingen}, {@link Onderzoeken}, {@link Coordinatie}, {@link Casusoverleggen},
 * {@link Verstrekkingsverzoeken}, {@link Inzage}), limits bodies and turns every refusal into problem+json. The
 * enforcement point is {@link Resource}: every read, write, disclosure or re-use of personal data asks the privacy
 * kernel first, with the processing activity the request states in the {@code x-verwerking} header.
 */
@Component(service = Servlet.class, configurationPid = CasusConfig.PID)
@Designate(ocd = CasusConfig.class)
@HttpWhiteboardServletPattern("/api/v1/*")
public final class CasusApi extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CasusApi.class);
    static final String BASE = "/api/v1";
    /** The header in which a request states the processing activity it serves (as BRP protocollering's x-verwerking). */
    static final String VERWERKING = "x-verwerking";

    private final transient Router router;
    private final transient PrivacyKernel kernel;
    private final transient nl.meervoud.platform.api.Gemeenten gemeenten;
    private final transient Authenticator authenticator;
    private final transient nl.meervoud.privacy.api.Law wet;
    private final int maxBody;
    private final byte[] openapi;

    @Activate
    public CasusApi(@Reference Dossiers dossiers, @Reference PrivacyKernel kernel, @Reference ProcessingLog log,
            @Reference Authenticator authenticator, CasusConfig config,
            @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL) nl.meervoud.auth.api.Gebruikers gebruikers,
            @Reference nl.meervoud.platform.api.Gemeenten gemeenten)
            throws IOException {
        this.authenticator = authenticator;
        this.wet = nl.meervoud.privacy.api.Law.of(config.identiteit_wet());
        this.maxBody = config.maxBody();
        // Only a sanity check here: the bounds are the law's (R4 of the active rule set, Wmo 2015 art. 5.5.4 lid 1) and
        // are applied to every melddossier (Resource.bewarenTotMelding), so no copy of them lives in this class.
        if (config.melddossierMaanden() < 1) {
            throw new IllegalArgumentException("melddossierMaanden: een positief aantal maanden");
        }
        try (InputStream in = CasusApi.class.getResourceAsStream("/openapi/openapi.json")) {
            this.openapi = in.readAllBytes();
        }
        this.kernel = kernel;
        this.gemeenten = gemeenten;
        this.queryParameters = queryParameters(openapi);
        Resource.Deps deps = new Resource.Deps(dossiers, kernel, log, Clock.systemDefaultZone(),
                config.melddossierMaanden(), config.melderTerugkoppelingBurgers(), java.util.Set.of(config.verwerkingsactiviteiten()), gebruikers, gemeenten);
        this.router = new Router().add("GET", "/openapi.json", c -> new Antwoord(200, openapi, Map.of()));
        for (Resource resource : List.of(new Meldingen(deps), new Onderzoeken(deps), new Coordinatie(deps), new Casusoverleggen(deps),
                new Verstrekkingsverzoeken(deps), new Inzage(deps), new Verantwoording(deps), new Samenwerking(deps))) {
            resource.routes(router);
        }
    }

    /** The header with which someone acts for another municipality under a regional arrangement (issue 10 §3). */
    static final String GEMEENTE = "x-gemeente";

    /**
     * Who acts, and for which municipality. Without {@value #GEMEENTE}, or with one's own code: for one's own. With
     * another's code: for that municipality, only if its settings entrust the work of one of the person's functions to
     * the person's municipality (a regional meldpunt, a shared team), and then in those functions only; the request
     * is that municipality's throughout (its files, its rules, its part of the log). Otherwise 403, before anything
     * is read.
     */
    Identiteit identiteit(nl.meervoud.auth.api.Principal p, String namens) {
        if (namens == null || namens.equals(p.gemeente())) {
            return new Identiteit(p, wet);
        }
        if (!Gemeenten.isGemeentecode(namens)) {
            throw Problem.veld(GEMEENTE, "de CBS-gemeentecode (vier cijfers) van de gemeente waarvoor u handelt");
        }
        Gemeenten.Instellingen daar = gemeenten.van(namens);
        java.util.Set<String> opgedragen = daar.opgedragenAan(p.gemeente());
        java.util.Set<nl.meervoud.auth.api.Functie> functies = opgedragen(daar, p);
        if (functies.isEmpty()) {
            throw new Problem(403, "Geen samenwerking", "gemeente " + namens + " heeft uw gemeente (" + p.gemeente() + ") geen werk opgedragen "
                    + "in uw functie" + (opgedragen.isEmpty() ? "" : "; wel: " + String.join(", ", new java.util.TreeSet<>(opgedragen))), null, null, null);
        }
        return new Identiteit(new nl.meervoud.auth.api.Principal(p.subject(), p.uitgever(), namens, functies, p.organisatie(), "", p.teams()), wet,
                p.gemeente());
    }

    /** Which of the person's functions this municipality entrusted to the person's municipality (its setting samenwerking). */
    static java.util.Set<nl.meervoud.auth.api.Functie> opgedragen(Gemeenten.Instellingen gemeente, nl.meervoud.auth.api.Principal p) {
        java.util.Set<String> opgedragen = gemeente.opgedragenAan(p.gemeente());
        java.util.Set<nl.meervoud.auth.api.Functie> functies = java.util.EnumSet.noneOf(nl.meervoud.auth.api.Functie.class);
        p.functies().stream().filter(f -> opgedragen.contains(f.naam())).forEach(functies::add);
        return functies;
    }

    Router router() {
        return router;
    }

    /** Per operation ({@code GET /meldingen}), the query parameters its contract names; any other is refused. */
    private final Map<String, java.util.Set<String>> queryParameters;

    private static Map<String, java.util.Set<String>> queryParameters(byte[] openapi) throws IOException {
        Map<String, java.util.Set<String>> allowed = new java.util.HashMap<>();
        Json.MAPPER.readTree(openapi).path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            java.util.Set<String> names = new java.util.HashSet<>();
            op.getValue().path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    names.add(p.path("name").asText());
                }
            });
            allowed.put(op.getKey().toUpperCase() + " " + path.getKey(), java.util.Set.copyOf(names));
        }));
        return Map.copyOf(allowed);
    }

    /** Refuses a query parameter the operation's contract does not name (strict at the edge: no unknown fields). */
    private void onlyKnownQueryParameters(HttpServletRequest req, String operation) {
        String raw = req.getQueryString();
        if (raw == null || raw.isEmpty()) {
            return;
        }
        java.util.Set<String> allowed = queryParameters.getOrDefault(operation, java.util.Set.of());
        for (String pair : raw.split("&", -1)) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (!allowed.contains(name)) {
                throw Problem.veld(name.matches("[A-Za-z]{1,40}") ? name : "query", "onbekende queryparameter"
                        + (allowed.isEmpty() ? "; deze bewerking kent er geen" : "; bekend: " + String.join(", ", new java.util.TreeSet<>(allowed))));
            }
        }
    }

    // ---------------------------------------------------------------- HTTP

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String route = "?";
        Call call = null;
        try {
            // Nothing anonymous but the contract itself: who acts is known before a route is even matched.
            Identiteit identiteit = "GET".equals(req.getMethod()) && "/openapi.json".equals(path) ? null
                    : identiteit(authenticator.authenticate(req.getHeader("Authorization")), req.getHeader(GEMEENTE));
            var match = router.match(req.getMethod(), path);
            route = match.getKey().template();
            onlyKnownQueryParameters(req, req.getMethod() + " " + route);
            byte[] body = body(req);
            call = new Call(req, match.getValue(), body, new ArrayList<>(), identiteit);
            Antwoord a = match.getKey().handler().handle(call);
            resp.setStatus(a.status());
            a.headers().forEach(resp::setHeader);
            if (a.body() != null) {
                resp.setContentType("application/json");
                resp.getOutputStream().write(a.body() instanceof byte[] b ? b : Json.write(a.body()));
            }
        } catch (NietAangemeld e) {
            nl.meervoud.auth.api.HttpAanmelding.kopregels(resp, e);
            problem(req, resp, new Problem(e.status(), e.title(), e.getMessage(), null, null, null));
        } catch (Problem p) {
            fail(req, resp, call, p);
        } catch (ProcesStapException e) {
            fail(req, resp, call, Problem.artikel(e.getMessage(), e.artikel()));
        } catch (Dossiers.ConflictException e) {
            fail(req, resp, call, Problem.conflict(e.getMessage()));
        } catch (NoSuchElementException e) {
            fail(req, resp, call, new Problem(404, "Niet gevonden", e.getMessage(), null, null, null));
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage() == null ? "ongeldige invoer" : e.getMessage();
            int colon = msg.indexOf(": ");
            fail(req, resp, call, colon > 0 && !msg.substring(0, colon).contains(" ") ? Problem.veld(msg.substring(0, colon), msg.substring(colon + 2))
                    : Problem.veld("body", msg));
        } catch (nl.meervoud.privacy.api.ProcessingLog.Unavailable e) {
            // Nothing is done that is not on record; the log heals by itself, /health names it meanwhile.
            resp.setHeader("Retry-After", "30");
            fail(req, resp, call, new Problem(503, "Verwerkingenlogboek niet beschikbaar",
                    "het verwerkingenlogboek kan nu niet schrijven; zonder vastlegging geen verwerking, er is niets opgeslagen", null, null, null));
        } catch (Exception e) {
            // Technical logs carry no personal data: the route template (a path may hold a BSN) and the exception
            // types with their stack frames, never messages (database messages can quote stored values).
            LOG.error("{} {}{} failed: {}", req.getMethod(), BASE, route, causes(e));
            fail(req, resp, call, new Problem(500, "Interne fout", "de verwerking is niet gelukt; er is niets opgeslagen", null, null, null));
        }
    }

    /**
     * Answers a refusal or failure. Whatever the kernel permitted earlier in this request did not take place: each
     * permit gets its "niet uitgevoerd" record (issue 8 §4), so that the log never shows as done what was not stored.
     */
    private void fail(HttpServletRequest req, HttpServletResponse resp, Call call, Problem p) throws IOException {
        if (call != null) {
            for (Router.Verleend v : call.verleend()) {
                try {
                    kernel.nietUitgevoerd(v.verzoek(), v.besluit(), p.status + " " + p.title);
                } catch (RuntimeException e) {
                    LOG.error("{} {}: cannot record that a permitted processing did not take place: {}", req.getMethod(), BASE, causes(e));
                }
            }
        }
        problem(req, resp, p);
    }

    /** The exception types of a cause chain with where each was thrown; no messages. */
    static String causes(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 4000; t = t.getCause()) {
            out.append(out.length() == 0 ? "" : " <- ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(3, frames.length); i++) {
                out.append(i == 0 ? " at " : ", ").append(frames[i]);
            }
        }
        return out.toString();
    }

    private byte[] body(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > maxBody) {
            throw new Problem(413, "Body te groot", "de body is groter dan " + maxBody + " bytes", null, null, null);
        }
        try (InputStream in = req.getInputStream()) {
            byte[] b = in.readNBytes(maxBody + 1);
            if (b.length > maxBody) {
                throw new Problem(413, "Body te groot", "de body is groter dan " + maxBody + " bytes", null, null, null);
            }
            if (b.length > 0 && !isJson(req.getContentType())) {
                throw new Problem(415, "Verkeerd mediatype", "stuur application/json (UTF-8)", null, null, null);
            }
            return b;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem p) {
                throw p;
            }
            // Jetty refuses a malformed body (a bad chunk, a body shorter than its Content-Length) while it is read.
            throw Problem.veld("body", "de body kon niet worden gelezen (onvolledig of verkeerd gecodeerd)");
        }
    }

    /** {@code application/json}, with at most the parameter {@code charset=utf-8}; nothing else (issue 12 §1). */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].trim().split("=", 2);
            if (kv.length != 2 || !kv[0].trim().equalsIgnoreCase("charset") || !kv[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static void problem(HttpServletRequest req, HttpServletResponse resp, Problem p) throws IOException {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("type", "https://meervoud.nl/problemen/" + p.status);
        body.put("title", p.title);
        body.put("status", p.status);
        body.put("detail", p.getMessage());
        body.put("instance", req.getRequestURI());
        if (p.artikel != null) {
            body.put("artikel", p.artikel);
        }
        if (!p.invalidParams.isEmpty()) {
            body.set("invalidParams", Json.MAPPER.valueToTree(p.invalidParams));
        }
        if (p.extra instanceof Decision d) {
            Json.besluit(body, d);
        } else if (p.extra instanceof Map<?, ?> headers) {
            headers.forEach((k, v) -> resp.setHeader(k.toString(), v.toString()));
        }
        resp.setStatus(p.status);
        resp.setContentType("application/problem+json");
        resp.getOutputStream().write(Json.write(body));
    }
}
