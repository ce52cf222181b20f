// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser UI under {@code /ui} and the accessibility statement at {@code /toegankelijkheid}: one servlet that
 * serves the NL Design System CSS, signs people in (the token stays in the server-side session), checks the CSRF
 * token of every form, and hands each screen to its class. Pages carry {@code Cache-Control: no-store} and a
 * Content-Security-Policy without inline scripts or styles; URLs and titles never hold a BSN or a name.
 */
@Component(service = Servlet.class, configurationPid = UiConfig.PID)
@Designate(ocd = UiConfig.class)
@HttpWhiteboardServletPattern({ "/ui/*", "/toegankelijkheid" })
public final class Ui extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(Ui.class);
    static final String COOKIE = "meervoud-sessie";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** A static file held in memory, with its gzip form and ETag. */
    private record Bestand(String type, byte[] bytes, byte[] gzip, String etag) {
    }

    private final transient Sessies sessies;
    private final transient Map<String, Bestand> statisch = new HashMap<>();
    private final transient Path etc;
    private final boolean alleenHttps;
    private final transient Pagina pagina;
    private final transient Aanmelding aanmelding;
    private final transient IdpAanmelding idp;
    private final transient Schermen schermen;

    @Activate
    public Ui(UiConfig config, BundleContext context) throws IOException {
        this.sessies = new Sessies(Clock.systemUTC(), Duration.ofMinutes(config.sessieMinuten()));
        this.alleenHttps = config.alleenHttps();
        this.pagina = new Pagina(config.organisatie(), config.termijnNadertDagen());
        String etcDir = context.getProperty("meervoud.etc.dir");
        this.etc = etcDir == null ? null : Path.of(etcDir, "ui");
        for (String[] f : new String[][] { { "/ui/static/nlds/index.css", "/static/nlds/index.css", "text/css" },
                { "/ui/static/nlds/theme.css", "/static/nlds/theme.css", "text/css" }, { "/ui/static/meervoud.css", "/static/meervoud.css", "text/css" },
                { "/ui/logo.svg", "/static/logo.svg", "image/svg+xml" } }) {
            try (InputStream in = Ui.class.getResourceAsStream(f[1])) {
                if (in == null) {
                    throw new IOException("bundle resource missing: " + f[1]);
                }
                statisch.put(f[0], bestand(f[2], in.readAllBytes()));
            }
        }
        this.idp = new IdpAanmelding(config, sessies, Clock.systemUTC());
        if (idp.aan()) {
            sessies.vernieuwer(idp::vernieuw);
        }
        this.aanmelding = new Aanmelding(sessies, alleenHttps, idp);
        this.schermen = new Schermen();
    }

    @Deactivate
    void stop() {
        sessies.leeg();
        idp.leeg();
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String pad = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Content-Security-Policy", CSP);
        Api api = new Api("http://" + host(req.getLocalAddr()) + ":" + req.getLocalPort());
        try {
            Bestand b = statisch.get(pad);
            if (b != null && !pad.equals("/ui/logo.svg")) {
                statisch(req, resp, b, "public, max-age=86400");
                return;
            }
            resp.setHeader("Cache-Control", "no-store");
            Optional<Sessies.Sessie> sessie = sessies.vind(cookie(req));
            if (pad.equals("/ui/thema.css") || pad.equals("/ui/logo.svg")) {
                thema(req, resp, pad, sessie.map(s -> s.gemeente).orElse(null));
                return;
            }
            if (pad.equals("/toegankelijkheid")) {
                Toegankelijkheid.toon(new Verzoek(req, resp, sessie.orElse(null), api, pagina));
                return;
            }
            if (!req.getMethod().equals("GET") && !req.getMethod().equals("POST")) {
                resp.setHeader("Allow", "GET, POST");
                resp.sendError(405);
                return;
            }
            if (req.getMethod().equals("POST") && !formulierLeesbaar(req)) {
                // A form the container cannot read (too large, malformed encoding) is the sender's fault: 400, never a 5xx.
                new Verzoek(req, resp, null, api, pagina).toon(400, "Formulier onleesbaar", null,
                        new Html().h1("Formulier onleesbaar").p("Het formulier kon niet worden gelezen: te groot, of ongeldig gecodeerd."));
                return;
            }
            if (req.getMethod().equals("POST") && !eigenHerkomst(req)) {
                new Verzoek(req, resp, null, api, pagina).toon(403, "Geweigerd", null,
                        new Html().h1("Geweigerd").p("Dit formulier kwam niet van deze website."));
                return;
            }
            if (idp.aan() && req.getMethod().equals("GET") && (pad.equals(IdpAanmelding.START) || pad.equals(IdpAanmelding.TERUG))) {
                Verzoek v = new Verzoek(req, resp, sessie.orElse(null), api, pagina);
                if (pad.equals(IdpAanmelding.START)) {
                    idp.start(v);
                } else {
                    idp.terug(v);
                }
                return;
            }
            if (pad.equals("/ui/aanmelden")) {
                aanmelding.aanmelden(new Verzoek(req, resp, sessie.orElse(null), api, pagina));
                return;
            }
            if (sessie.isEmpty()) {
                resp.setStatus(303);
                resp.setHeader("Location", "/ui/aanmelden");
                return;
            }
            Verzoek v = new Verzoek(req, resp, sessie.get(), api, pagina);
            if (v.post() && !gelijk(v.veld("csrf"), sessie.get().csrf)) {
                v.toon(403, "Formulier verlopen", null, new Html().h1("Formulier verlopen")
                        .p("Dit formulier hoort niet bij uw sessie. Open het scherm opnieuw en probeer het nog eens.").link("/ui/", "Naar de werkvoorraad"));
                return;
            }
            if (pad.equals("/ui/afmelden") && v.post()) {
                aanmelding.afmelden(v);
                return;
            }
            schermen.behandel(pad.equals("/ui") ? "/ui/" : pad, v);
        } catch (RuntimeException e) {
            // No personal data in technical logs: the path holds ids only, the message is left out.
            String ref = Sessies.willekeurig().substring(0, 8);
            LOG.error("UI-fout {} bij {} {}: {} in {}", ref, req.getMethod(), pad, e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            if (!resp.isCommitted()) {
                resp.reset();
                resp.setHeader("Cache-Control", "no-store");
                new Verzoek(req, resp, null, api, pagina).toon(500, "Er ging iets mis", null,
                        new Html().h1("Er ging iets mis").p("Het scherm kon niet worden getoond. Noem bij een melding aan de beheerder kenmerk " + ref + "."));
            }
        }
    }

    /** The municipality's theme (design tokens) and logo from {@code etc/ui/<gemeentecode>/}, else {@code etc/ui/}. */
    private void thema(HttpServletRequest req, HttpServletResponse resp, String pad, String gemeente) throws IOException {
        String naam = pad.substring("/ui/".length());
        Path bestand = null;
        if (etc != null) {
            if (gemeente != null && gemeente.matches("[0-9]{4}") && Files.isRegularFile(etc.resolve(gemeente).resolve(naam))) {
                bestand = etc.resolve(gemeente).resolve(naam);
            } else if (Files.isRegularFile(etc.resolve(naam))) {
                bestand = etc.resolve(naam);
            }
        }
        Bestand b = bestand != null ? bestand(naam.endsWith(".css") ? "text/css" : "image/svg+xml", Files.readAllBytes(bestand))
                : naam.endsWith(".css") ? bestand("text/css", "/* geen thema in etc/ui */\n".getBytes(StandardCharsets.UTF_8)) : statisch.get(pad);
        statisch(req, resp, b, "private, no-cache");
    }

    private static void statisch(HttpServletRequest req, HttpServletResponse resp, Bestand b, String cache) throws IOException {
        resp.setHeader("Cache-Control", cache);
        resp.setHeader("ETag", b.etag());
        if (b.etag().equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        resp.setContentType(b.type().startsWith("text/") ? b.type() + ";charset=utf-8" : b.type());
        String ae = req.getHeader("Accept-Encoding");
        resp.setHeader("Vary", "Accept-Encoding");
        byte[] body = b.bytes();
        if (ae != null && ae.contains("gzip")) {
            resp.setHeader("Content-Encoding", "gzip");
            body = b.gzip();
        }
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    private static Bestand bestand(String type, byte[] bytes) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(bytes);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Bestand(type, bytes, gz.toByteArray(), "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cookie(HttpServletRequest req) {
        return cookie(req, COOKIE);
    }

    /** The value of the named cookie, or null. */
    static String cookie(HttpServletRequest req, String naam) {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (naam.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** A form POST must come from this site: the browser's Origin (or Referer) names this host (OWASP CSRF cheat sheet). */
    static boolean eigenHerkomst(HttpServletRequest req) {
        String host = req.getHeader("Host");
        String origin = req.getHeader("Origin");
        if ("null".equals(origin)) {
            return false; // an opaque origin: a sandboxed frame or a redirect from elsewhere
        }
        if (origin == null) {
            origin = req.getHeader("Referer");
            if (origin == null) {
                return true; // no header at all: an old client or a tool; the CSRF token still decides
            }
        }
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host)
                || origin.startsWith("http://" + host + "/") || origin.startsWith("https://" + host + "/"));
    }

    /** Whether the container can read the form's fields; it throws on a body over its limit or with bad encoding. */
    private static boolean formulierLeesbaar(HttpServletRequest req) {
        try {
            req.getParameterMap();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static boolean gelijk(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String host(String adres) {
        return adres.contains(":") ? "[" + adres + "]" : adres;
    }
}
