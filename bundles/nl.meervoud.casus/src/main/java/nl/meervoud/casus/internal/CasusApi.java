// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meervoud.casus.api.Bewaarstart;
import nl.meervoud.casus.api.Casusoverleg;
import nl.meervoud.casus.api.Coordinatiedossier;
import nl.meervoud.casus.api.Gezinslid;
import nl.meervoud.casus.api.Huishouden;
import nl.meervoud.casus.api.Melding;
import nl.meervoud.casus.api.Onderzoek;
import nl.meervoud.casus.api.Onderzoeksdossier;
import nl.meervoud.casus.api.Persoon;
import nl.meervoud.casus.api.ProcesStapException;
import nl.meervoud.casus.api.Verstrekkingsverzoek;
import nl.meervoud.casus.internal.Router.Antwoord;
import nl.meervoud.casus.internal.Router.Call;
import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Domein;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.PrivacyKernel;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.RetentionRule;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.privacy.api.Voorwaarde;
import nl.meervoud.privacy.api.VoorwaardeVerstrekker;
import nl.meervoud.store.api.Dossiers;
import nl.meervoud.store.api.Dossiers.Dossier;
import nl.meervoud.store.api.Dossiers.Soort;

/**
 * The case API under /api/v1 (NL API Design Rules: resources in the Dutch legal terms, JSON, problem+json,
 * pagination on every list, OpenAPI 3 at /api/v1/openapi.json). This class is the enforcement point: every read,
 * write, disclosure or re-use of personal data asks the privacy kernel first, with the processing activity the
 * request states in the {@code x-verwerking} header, and the kernel logs it; a denial is a 403 with the kernel's
 * reasons and citations. Lists return no personal data.
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

    private final transient Dossiers dossiers;
    private final transient PrivacyKernel kernel;
    private final transient ProcessingLog log;
    private final transient Identiteit identiteit;
    private final transient Router router;
    private final int maxBody;
    private final int melddossierMaanden;
    private final boolean melderTerugkoppelingBurgers;
    private final transient Clock clock = Clock.systemDefaultZone();
    private final byte[] openapi;

    @Activate
    public CasusApi(@Reference Dossiers dossiers, @Reference PrivacyKernel kernel, @Reference ProcessingLog log, CasusConfig config)
            throws IOException {
        this.dossiers = dossiers;
        this.kernel = kernel;
        this.log = log;
        this.identiteit = new Identiteit(config.identiteit_id(), config.identiteit_rollen(), config.identiteit_wet());
        this.maxBody = config.maxBody();
        if (config.melddossierMaanden() < 6 || config.melddossierMaanden() > 12) {
            throw new IllegalArgumentException("melddossierMaanden: 6 tot en met 12 (Wmo 2015 art. 5.5.4 lid 1)");
        }
        this.melddossierMaanden = config.melddossierMaanden();
        this.melderTerugkoppelingBurgers = config.melderTerugkoppelingBurgers();
        try (InputStream in = CasusApi.class.getResourceAsStream("/openapi/openapi.json")) {
            this.openapi = in.readAllBytes();
        }
        this.router = routes(new Router());
    }

    Router routes(Router r) {
        return r.add("GET", "/openapi.json", c -> new Antwoord(200, openapi, Map.of()))
                .add("GET", "/meldingen", c -> lijst(c, Soort.MELDING, "meldingen"))
                .add("POST", "/meldingen", this::nieuweMelding)
                .add("GET", "/meldingen/{id}", this::melding)
                .add("POST", "/meldingen/{id}/triage", this::triage)
                .add("POST", "/meldingen/{id}/informering", this::informeerGemelde)
                .add("POST", "/meldingen/{id}/terugkoppeling", this::terugkoppeling)
                .add("GET", "/onderzoeken", c -> lijst(c, Soort.ONDERZOEK, "onderzoeken"))
                .add("POST", "/onderzoeken", this::nieuwOnderzoek)
                .add("GET", "/onderzoeken/{id}", this::onderzoek)
                .add("POST", "/onderzoeken/{id}/beoordeling", this::beoordeling)
                .add("POST", "/onderzoeken/{id}/informering", this::informeerClient)
                .add("PUT", "/onderzoeken/{id}/procedure", this::procedure)
                .add("POST", "/onderzoeken/{id}/gezinsleden", this::vraagGezinslid)
                .add("POST", "/onderzoeken/{id}/gezinsleden/{bsn}/instemming", this::instemming)
                .add("PUT", "/onderzoeken/{id}/inhoud", this::inhoud)
                .add("POST", "/onderzoeken/{id}/uitkomst", this::uitkomst)
                .add("GET", "/onderzoeken/{id}/uitkomsten/{bsn}", this::uitkomstVoor)
                .add("POST", "/onderzoeken/{id}/aanpak", this::aanpak)
                .add("GET", "/onderzoeken/{id}/verwerkingen", this::verwerkingen)
                .add("GET", "/coordinatiedossiers", c -> lijst(c, Soort.COORDINATIEDOSSIER, "coordinatiedossiers"))
                .add("GET", "/coordinatiedossiers/{id}", this::coordinatiedossier)
                .add("POST", "/coordinatiedossiers/{id}/voortgang", this::voortgang)
                .add("POST", "/coordinatiedossiers/{id}/afspraken", this::coordinatieAfspraken)
                .add("POST", "/coordinatiedossiers/{id}/signaal", this::signaal)
                .add("POST", "/coordinatiedossiers/{id}/beeindiging", this::beeindiging)
                .add("POST", "/coordinatiedossiers/{id}/overdracht", this::overdracht)
                .add("GET", "/casusoverleggen", c -> lijst(c, Soort.CASUSOVERLEG, "casusoverleggen"))
                .add("POST", "/casusoverleggen", this::nieuwCasusoverleg)
                .add("GET", "/casusoverleggen/{id}", this::casusoverleg)
                .add("POST", "/casusoverleggen/{id}/afspraken", this::overlegAfspraken)
                .add("POST", "/casusoverleggen/{id}/vrijgaven", this::vrijgave)
                .add("GET", "/verstrekkingsverzoeken", c -> lijst(c, Soort.VERSTREKKINGSVERZOEK, "verstrekkingsverzoeken"))
                .add("POST", "/verstrekkingsverzoeken", this::nieuwVerstrekkingsverzoek)
                .add("GET", "/verstrekkingsverzoeken/{id}", this::verstrekkingsverzoek)
                .add("POST", "/verstrekkingsverzoeken/{id}/antwoord", this::antwoord)
                .add("GET", "/inzage/{bsn}", this::inzage);
    }

    Router router() {
        return router;
    }

    // ---------------------------------------------------------------- HTTP

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String route = "?";
        try {
            var match = router.match(req.getMethod(), path);
            route = match.getKey().template();
            byte[] body = body(req);
            Antwoord a = match.getKey().handler().handle(new Call(req, match.getValue(), body));
            resp.setStatus(a.status());
            a.headers().forEach(resp::setHeader);
            if (a.body() != null) {
                resp.setContentType("application/json");
                resp.getOutputStream().write(a.body() instanceof byte[] b ? b : Json.write(a.body()));
            }
        } catch (Problem p) {
            problem(req, resp, p);
        } catch (ProcesStapException e) {
            problem(req, resp, Problem.artikel(e.getMessage(), e.artikel()));
        } catch (Dossiers.ConflictException e) {
            problem(req, resp, Problem.conflict(e.getMessage()));
        } catch (NoSuchElementException e) {
            problem(req, resp, new Problem(404, "Niet gevonden", e.getMessage(), null, null, null));
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage() == null ? "ongeldige invoer" : e.getMessage();
            int colon = msg.indexOf(": ");
            problem(req, resp, colon > 0 && !msg.substring(0, colon).contains(" ") ? Problem.veld(msg.substring(0, colon), msg.substring(colon + 2))
                    : Problem.veld("body", msg));
        } catch (Exception e) {
            // Technical logs carry no personal data: the route template (a path may hold a BSN) and the exception
            // types with their stack frames, never messages (database messages can quote stored values).
            LOG.error("{} {}{} failed: {}", req.getMethod(), BASE, route, causes(e));
            problem(req, resp, new Problem(500, "Interne fout", "de verwerking is niet gelukt; er is niets opgeslagen", null, null, null));
        }
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
            if (b.length > 0) {
                String type = req.getContentType();
                if (type == null || !type.toLowerCase().startsWith("application/json")) {
                    throw new Problem(415, "Verkeerd mediatype", "stuur application/json", null, null, null);
                }
            }
            return b;
        }
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
            body.put("regel", d.regel());
            body.set("redenen", Json.MAPPER.valueToTree(d.redenen()));
            body.set("ontbrekend", Json.MAPPER.valueToTree(d.ontbrekend()));
            body.set("citaties", Json.MAPPER.valueToTree(d.citaties().stream().map(Object::toString).toList()));
        } else if (p.extra instanceof Map<?, ?> headers) {
            headers.forEach((k, v) -> resp.setHeader(k.toString(), v.toString()));
        }
        resp.setStatus(p.status);
        resp.setContentType("application/problem+json");
        resp.getOutputStream().write(Json.write(body));
    }

    // ---------------------------------------------------------------- enforcement point

    /** Asks the kernel; a denial ends the request with 403 and the kernel's reasons. The kernel logs either way. */
    private Decision besluit(Call c, DecisionRequest.Builder b) {
        String activiteit = c.request().getHeader(VERWERKING);
        if (activiteit == null || activiteit.isBlank()) {
            throw Problem.veld(VERWERKING, "vermeld de verwerkingsactiviteit waarvoor dit verzoek persoonsgegevens verwerkt");
        }
        String traceparent = c.request().getHeader("traceparent");
        Decision d = kernel.decide(b.activiteit(activiteit).traceparent(traceparent == null ? "" : traceparent).build());
        if (d.effect() != Decision.Effect.PERMIT) {
            throw new Problem(403, "Verwerking geweigerd door de privacykern", String.join("; ", d.redenen()), null, null, d);
        }
        return d;
    }

    private static Actor partij(String id, Geheimhouding geheimhouding, boolean bsnBevoegd) {
        return new Actor(Rol.PARTIJ, id, null, Domein.SOCIAAL, "", geheimhouding, bsnBevoegd, false);
    }

    private static Doel onderzoekDoel(Onderzoeksdossier o) {
        return o.proces().route() == Onderzoek.Route.WMO_2_3A_1 ? Doel.ONDERZOEK_2_3A_1 : Doel.ONDERZOEK_2_3A_4;
    }

    private static Route route(Onderzoeksdossier o) {
        return Route.valueOf(o.proces().route().name());
    }

    /** The college processing its own investigation data (Wmo 2015 art. 5.4.1; rule W2). */
    private Decision onderzoekVerwerking(Call c, UUID id, Onderzoeksdossier o, List<String> betrokkenen, Gegevenssoort... gegevens) {
        Actor college = identiteit.als(Rol.COLLEGE);
        Doel doel = onderzoekDoel(o);
        return besluit(c, DecisionRequest.van(college).naar(college).bron(doel).doel(doel).route(route(o)).gegevens(gegevens)
                .bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.BINNEN_REIKWIJDTE).betrokkenen(betrokkenen.toArray(String[]::new))
                .zaak(id.toString()));
    }

    // ---------------------------------------------------------------- retention (rulebook §4.15)

    /** The last day a file may be kept, once its period has started: the start plus the rule's maximum. */
    private LocalDate bewarenTot(Optional<Bewaarstart> start) {
        return start.map(s -> s.datum().plus(regel(s).maximum())).orElse(null);
    }

    /**
     * The melddossier: the configured months, held within the rule's minimum and maximum (Wmo 2015 art. 5.5.4 lid
     * 1: at least six months, at most a year).
     */
    private LocalDate bewarenTotMelding(Melding m) {
        Bewaarstart s = m.bewaarstart();
        RetentionRule r = regel(s);
        LocalDate gewenst = s.datum().plusMonths(melddossierMaanden);
        LocalDate min = s.datum().plus(r.minimum());
        LocalDate max = s.datum().plus(r.maximum());
        return gewenst.isBefore(min) ? min : gewenst.isAfter(max) ? max : gewenst;
    }

    /** The active retention rule for a data set and start event; without one nothing is stored (503). */
    private RetentionRule regel(Bewaarstart s) {
        return kernel.bewaartermijnen().stream()
                .filter(r -> r.gegevensset().equals(s.gegevensset()) && r.startgebeurtenis().equals(s.startgebeurtenis())).findFirst()
                .orElseThrow(() -> new Problem(503, "Bewaartermijn onbekend", "er is geen actieve bewaarregel voor " + s.gegevensset()
                        + " vanaf " + s.startgebeurtenis() + "; er is niets opgeslagen", null, null, null));
    }

    // ---------------------------------------------------------------- helpers

    private static UUID uuid(String value, String veld) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problem.veld(veld, "geen geldige id");
        }
    }

    private Dossier laad(Soort soort, Call c) {
        UUID id = uuid(c.var("id"), "id");
        Dossier d = dossiers.find(soort, id).orElseThrow(() -> Problem.nietGevonden(soort.tabel() + " " + id));
        String ifMatch = c.request().getHeader("If-Match");
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.replace("W/", "").replace("\"", "").trim().equals(Long.toString(d.versie()))) {
            throw Problem.conflict(soort.tabel() + " " + id + " staat op versie " + d.versie() + ", niet op " + ifMatch);
        }
        return d;
    }

    private static <T> T vereist(T value, String veld) {
        if (value == null) {
            throw Problem.veld(veld, "vereist");
        }
        return value;
    }

    private LocalDate vandaag(LocalDate op) {
        return op != null ? op : LocalDate.now(clock);
    }

    private static Dossiers.Inhoud inhoud(UUID zaak, String toestand, Object domein, LocalDate bewarenTot, List<String> betrokkenen) {
        return new Dossiers.Inhoud(zaak, toestand, Json.text(domein), bewarenTot, new TreeSet<>(betrokkenen));
    }

    private static String pad(Soort soort) {
        return switch (soort) {
            case MELDING -> "/meldingen/";
            case ONDERZOEK -> "/onderzoeken/";
            case COORDINATIEDOSSIER -> "/coordinatiedossiers/";
            case CASUSOVERLEG -> "/casusoverleggen/";
            case VERSTREKKINGSVERZOEK -> "/verstrekkingsverzoeken/";
        };
    }

    /** The representation of a stored file: its columns, the domain content, and links. */
    private static ObjectNode view(Dossier d, Object domein) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", d.id().toString());
        n.put("versie", d.versie());
        n.put("toestand", d.toestand());
        if (d.zaak() != null) {
            n.put("onderzoek", d.zaak().toString());
        }
        n.put("aangemaakt", d.aangemaakt().toString());
        if (d.bewarenTot() != null) {
            n.put("bewarenTot", d.bewarenTot().toString());
        }
        if (domein != null) {
            n.setAll((ObjectNode) Json.MAPPER.valueToTree(domein));
        }
        ObjectNode links = n.putObject("_links");
        links.putObject("self").put("href", BASE + pad(d.soort()) + d.id());
        if (d.zaak() != null) {
            links.putObject("onderzoek").put("href", BASE + "/onderzoeken/" + d.zaak());
        }
        return n;
    }

    private static Antwoord gemaakt(Dossier d, Object domein) {
        return new Antwoord(201, view(d, domein), Map.of("Location", BASE + pad(d.soort()) + d.id(), "ETag", "\"" + d.versie() + "\""));
    }

    private static Antwoord gelezen(Dossier d, Object domein) {
        return new Antwoord(200, view(d, domein), Map.of("ETag", "\"" + d.versie() + "\""));
    }

    /** A page of summaries without personal data (NL API Design Rules: pagination on every list). */
    private Antwoord lijst(Call c, Soort soort, String naam) {
        int pagina = getal(c.query("pagina"), "pagina", 1, 1, Integer.MAX_VALUE / 100);
        int grootte = getal(c.query("paginaGrootte"), "paginaGrootte", 20, 1, 100);
        String toestand = c.query("toestand");
        UUID zaak = c.query("onderzoek") == null ? null : uuid(c.query("onderzoek"), "onderzoek");
        Dossiers.Pagina p = dossiers.list(soort, toestand, zaak, pagina, grootte);
        ObjectNode n = Json.MAPPER.createObjectNode();
        ArrayNode items = n.putObject("_embedded").putArray(naam);
        for (Dossier d : p.items()) {
            ObjectNode item = items.addObject();
            item.put("id", d.id().toString());
            item.put("toestand", d.toestand());
            item.put("aangemaakt", d.aangemaakt().toString());
            if (d.zaak() != null) {
                item.put("onderzoek", d.zaak().toString());
            }
            if (d.bewarenTot() != null) {
                item.put("bewarenTot", d.bewarenTot().toString());
            }
            item.putObject("_links").putObject("self").put("href", BASE + pad(soort) + d.id());
        }
        n.put("pagina", pagina);
        n.put("paginaGrootte", grootte);
        String filter = (toestand == null ? "" : "&toestand=" + toestand) + (zaak == null ? "" : "&onderzoek=" + zaak);
        ObjectNode links = n.putObject("_links");
        links.putObject("self").put("href", BASE + "/" + naam + "?pagina=" + pagina + "&paginaGrootte=" + grootte + filter);
        if (p.volgende()) {
            links.putObject("next").put("href", BASE + "/" + naam + "?pagina=" + (pagina + 1) + "&paginaGrootte=" + grootte + filter);
        }
        if (pagina > 1) {
            links.putObject("prev").put("href", BASE + "/" + naam + "?pagina=" + (pagina - 1) + "&paginaGrootte=" + grootte + filter);
        }
        return Antwoord.ok(n);
    }

    private static int getal(String value, String veld, int standaard, int min, int max) {
        if (value == null) {
            return standaard;
        }
        try {
            int v = Integer.parseInt(value);
            if (v < min || v > max) {
                throw Problem.veld(veld, "tussen " + min + " en " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw Problem.veld(veld, "geen geheel getal");
        }
    }

    // ---------------------------------------------------------------- meldingen (Wmo 2015 art. 2.2.5, 5.5.1-5.5.4)

    private static final Gegevenssoort[] MELDING_GEGEVENS = { Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT, Gegevenssoort.INHOUD };

    private static List<String> betrokkenen(Melding m) {
        return m.gemelde() != null && m.gemelde().bsn() != null ? List.of(m.gemelde().bsn().value()) : List.of();
    }

    private Antwoord nieuweMelding(Call c) {
        Requests.NieuweMelding r = c.read(Requests.NieuweMelding.class);
        Melding m = Melding.ontvang(vandaag(r.ontvangen()), vereist(r.melder(), "melder"), r.gemelde(), r.zorg(), r.ingezetene(), r.acuut());
        if (m.geregistreerd()) {
            List<Gegevenssoort> soorten = new ArrayList<>(List.of(MELDING_GEGEVENS));
            if (!betrokkenen(m).isEmpty()) {
                soorten.add(Gegevenssoort.BSN);
            }
            besluit(c, DecisionRequest.van(Actor.of(Rol.MELDER, "melder")).naar(identiteit.als(Rol.MELDPUNT)).doel(Doel.MELDPUNT_TRIAGE)
                    .gegevens(soorten.toArray(Gegevenssoort[]::new)).bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.INGEZETENE_NIET_ACUUT)
                    .betrokkenen(betrokkenen(m).toArray(String[]::new)));
        }
        LocalDate bewaren = bewarenTotMelding(m);
        Dossier d = dossiers.create(Soort.MELDING, inhoud(null, m.toestand().name(), m, bewaren, betrokkenen(m)));
        return gemaakt(d, m);
    }

    private Melding leesMelding(Call c, Dossier d) {
        Melding m = Json.stored(d.inhoud(), Melding.class);
        if (m.geregistreerd()) {
            Actor meldpunt = identiteit.als(Rol.MELDPUNT);
            besluit(c, DecisionRequest.van(meldpunt).naar(meldpunt).bron(Doel.MELDPUNT_TRIAGE).doel(Doel.MELDPUNT_TRIAGE)
                    .gegevens(MELDING_GEGEVENS).bewijs(Voorwaarde.MELDING_IN_BEHANDELING, Voorwaarde.INGEZETENE_NIET_ACUUT)
                    .betrokkenen(betrokkenen(m).toArray(String[]::new)).zaak(d.id().toString()));
        }
        return m;
    }

    private Antwoord melding(Call c) {
        Dossier d = laad(Soort.MELDING, c);
        return gelezen(d, leesMelding(c, d));
    }

    private Antwoord triage(Call c) {
        Dossier d = laad(Soort.MELDING, c);
        Melding m = leesMelding(c, d);
        Requests.Triage r = c.read(Requests.Triage.class);
        Melding.Triage t = new Melding.Triage(vereist(r.uitkomst(), "uitkomst"), r.ernst(), r.naar(), r.toestemmingGemelde(), vandaag(r.op()));
        Melding next = m.trieer(t);
        Actor meldpunt = identiteit.als(Rol.MELDPUNT);
        DecisionRequest.Builder b = DecisionRequest.van(meldpunt).bron(Doel.MELDPUNT_TRIAGE).gegevens(MELDING_GEGEVENS)
                .betrokkenen(betrokkenen(m).toArray(String[]::new)).zaak(d.id().toString());
        switch (t.uitkomst()) {
            case DOORSTUREN -> besluit(c, b.naar(partij(t.naar(), Geheimhouding.GEEN, false)).doel(Doel.MELDPUNT_DOORVERWIJZING)
                    .bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.MELDING_IN_BEHANDELING));
            case EIGEN_TAAK -> besluit(c, b.naar(identiteit.als(Rol.COLLEGE)).doel(Doel.MELDPUNT_EIGEN_TAAK)
                    .bewijs(Voorwaarde.TOESTEMMING_BETROKKENE));
            case WVGGZ -> besluit(c, b.naar(identiteit.als(Rol.COLLEGE)).doel(Doel.UITVOERING, "Wvggz")
                    .bewijs(Voorwaarde.WVGGZ_HERKWALIFICATIE, Voorwaarde.MELDING_IN_BEHANDELING));
            case GEEN_VERVOLG -> {
                // nothing leaves the melddossier
            }
        }
        Dossier saved = dossiers.update(Soort.MELDING, d.id(), d.versie(), inhoud(null, next.toestand().name(), next, d.bewarenTot(), betrokkenen(next)));
        return gelezen(saved, next);
    }

    private Antwoord informeerGemelde(Call c) {
        Dossier d = laad(Soort.MELDING, c);
        Melding m = leesMelding(c, d);
        Requests.Informering r = c.read(Requests.Informering.class);
        Melding next = m.informeerGemelde(vandaag(r.op()), r.uitzondering());
        Dossier saved = dossiers.update(Soort.MELDING, d.id(), d.versie(), inhoud(null, next.toestand().name(), next, d.bewarenTot(), betrokkenen(next)));
        return gelezen(saved, next);
    }

    /** Feedback to the melder, where necessary (Wmo 2015 art. 2.2.5 lid 2 onder d; rule M9). */
    private Antwoord terugkoppeling(Call c) {
        Dossier d = laad(Soort.MELDING, c);
        Melding m = Json.stored(d.inhoud(), Melding.class);
        Requests.Terugkoppeling r = c.read(Requests.Terugkoppeling.class);
        Melding next = m.informeerMelder(vandaag(r.op()), vereist(r.soort(), "soort"), r.veiligheidInGeding(), melderTerugkoppelingBurgers);
        besluit(c, DecisionRequest.van(identiteit.als(Rol.MELDPUNT)).naar(Actor.of(Rol.MELDER, "melder")).bron(Doel.MELDPUNT_TRIAGE)
                .doel(Doel.MELDPUNT_TRIAGE).gegevens(Gegevenssoort.PROCESINFORMATIE)
                .bewijs(Voorwaarde.MELDING_IN_BEHANDELING, Voorwaarde.INGEZETENE_NIET_ACUUT).betrokkenen(betrokkenen(m).toArray(String[]::new))
                .zaak(d.id().toString()));
        Dossier saved = dossiers.update(Soort.MELDING, d.id(), d.versie(), inhoud(null, next.toestand().name(), next, d.bewarenTot(), betrokkenen(next)));
        return gelezen(saved, next);
    }

    // ---------------------------------------------------------------- onderzoeken (Wmo 2015 §3a)

    private Dossier bewaarOnderzoek(Dossier d, Onderzoeksdossier o) {
        return dossiers.update(Soort.ONDERZOEK, d.id(), d.versie(), onderzoekInhoud(o));
    }

    private Dossiers.Inhoud onderzoekInhoud(Onderzoeksdossier o) {
        return inhoud(null, o.proces().toestand().name(), o, bewarenTot(o.bewaarstart()), o.betrokkenen());
    }

    private Antwoord nieuwOnderzoek(Call c) {
        Requests.NieuwOnderzoek r = c.read(Requests.NieuwOnderzoek.class);
        Onderzoeksdossier.Betrokkene client = vereist(r.client(), "client");
        vereist(client.bsn(), "client.bsn");
        Actor college = identiteit.als(Rol.COLLEGE);
        Onderzoeksdossier o;
        switch (vereist(r.route(), "route")) {
            case WMO_2_3A_1 -> {
                o = Onderzoeksdossier.op2_3a_1(vandaag(r.verzoekdatum()), vereist(r.hulpvraagWet(), "hulpvraagWet"), client, r.reikwijdte(),
                        r.vermoedenMeervoudigeProblematiek());
                besluit(c, DecisionRequest.van(Actor.of(Rol.CLIENT, client.bsn().value())).naar(college).doel(Doel.ONDERZOEK_2_3A_1)
                        .route(Route.WMO_2_3A_1).gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.BSN, Gegevenssoort.CONTACT)
                        .bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.BINNEN_REIKWIJDTE).betrokkenen(client.bsn().value()));
            }
            case WMO_2_3A_4 -> {
                o = Onderzoeksdossier.verzoek2_3a_4(client, vereist(r.verzoek(), "verzoek"));
                besluit(c, DecisionRequest.van(partij(r.verzoek().partij(), Geheimhouding.GEEN, true)).naar(college).doel(Doel.ONDERZOEK_2_3A_4)
                        .route(Route.WMO_2_3A_4).gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.BSN, Gegevenssoort.CONTACT)
                        .bewijs(Voorwaarde.GEMOTIVEERD_VERZOEK).betrokkenen(client.bsn().value()));
            }
            case WET_INBURGERING_14_8 -> {
                o = Onderzoeksdossier.uitBredeIntake(vandaag(r.verzoekdatum()), client);
                besluit(c, DecisionRequest.van(college).naar(college).doel(Doel.ONDERZOEK_2_3A_4).route(Route.WET_INBURGERING_14_8)
                        .gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.BSN, Gegevenssoort.CONTACT)
                        .bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD).betrokkenen(client.bsn().value()));
            }
            default -> throw new IllegalStateException();
        }
        Dossier d = dossiers.create(Soort.ONDERZOEK, onderzoekInhoud(o));
        return gemaakt(d, onderzoekView(o));
    }

    /** The file as the college sees it, with the computed deadline and whether it passed (Wmo 2015 art. 2.3a.1). */
    private Map<String, Object> onderzoekView(Onderzoeksdossier o) {
        Map<String, Object> v = new LinkedHashMap<>(Json.MAPPER.convertValue(o, Map.class));
        o.proces().termijn().ifPresent(t -> v.put("termijn", t.toString()));
        v.put("termijnVerstreken", o.proces().termijnVerstreken(LocalDate.now(clock)));
        v.put("clienten", o.clienten());
        v.put("clientstatus", o.clientstatus());
        return v;
    }

    private Onderzoeksdossier leesOnderzoek(Dossier d) {
        return Json.stored(d.inhoud(), Onderzoeksdossier.class);
    }

    private Antwoord onderzoek(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        onderzoekVerwerking(c, d.id(), o, o.betrokkenen(), Gegevenssoort.IDENTIFICEREND, Gegevenssoort.BSN, Gegevenssoort.CONTACT,
                Gegevenssoort.GEZINSSAMENSTELLING, Gegevenssoort.PROCESINFORMATIE, Gegevenssoort.INHOUD);
        return gelezen(d, onderzoekView(o));
    }

    private Antwoord beoordeling(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.Beoordeling r = c.read(Requests.Beoordeling.class);
        Onderzoeksdossier next = o.beoordeel(r.starten(), r.motivering(), vandaag(r.op()));
        onderzoekVerwerking(c, d.id(), o, o.betrokkenen(), Gegevenssoort.IDENTIFICEREND, Gegevenssoort.PROCESINFORMATIE);
        return gelezen(bewaarOnderzoek(d, next), onderzoekView(next));
    }

    private Antwoord informeerClient(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Onderzoeksdossier next = o.informeer();
        onderzoekVerwerking(c, d.id(), o, o.betrokkenen(), Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT, Gegevenssoort.PROCESINFORMATIE);
        return gelezen(bewaarOnderzoek(d, next), onderzoekView(next));
    }

    private Antwoord procedure(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Onderzoeksdossier next = o.procedure(c.read(Onderzoeksdossier.Procedure.class));
        onderzoekVerwerking(c, d.id(), o, List.of(o.client().bsn().value()), Gegevenssoort.IDENTIFICEREND, Gegevenssoort.PROCESINFORMATIE);
        return gelezen(bewaarOnderzoek(d, next), onderzoekView(next));
    }

    private Antwoord vraagGezinslid(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.NieuwGezinslid r = c.read(Requests.NieuwGezinslid.class);
        Onderzoeksdossier.Betrokkene p = vereist(r.persoon(), "persoon");
        vereist(p.bsn(), "persoon.bsn");
        LocalDate op = vandaag(r.op());
        Persoon client = new Persoon(o.client().bsn().value(), vereist(o.client().geboortedatum(), "client.geboortedatum"), true, false, 18);
        Persoon lid = new Persoon(p.bsn().value(), vereist(p.geboortedatum(), "persoon.geboortedatum"), r.inHuishouding(), r.verblijftElders(),
                r.jeugdigeTot() == null ? 18 : r.jeugdigeTot());
        Huishouden h = new Huishouden(client).met(lid).relatie(lid.id(), vereist(r.relatie(), "relatie"), client.id());
        Gezinslid.Grond grond = h.gezinsleden(op).stream().filter(g -> g.persoon().id().equals(lid.id())).map(Gezinslid::grond).findFirst()
                .orElse(null);
        Onderzoeksdossier next = o.vraagGezinslid(p, grond, op);
        besluit(c, DecisionRequest.van(Actor.of(Rol.GEZINSLID, p.bsn().value())).naar(identiteit.als(Rol.COLLEGE)).doel(onderzoekDoel(o))
                .route(route(o)).gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT, Gegevenssoort.GEZINSSAMENSTELLING)
                .bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.DRAAGKRACHT_GEZINSLID, Voorwaarde.BINNEN_REIKWIJDTE).betrokkenen(p.bsn().value()).zaak(d.id().toString()));
        return gelezen(bewaarOnderzoek(d, next), onderzoekView(next));
    }

    private Antwoord instemming(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.Instemming r = c.read(Requests.Instemming.class);
        String bsn = c.var("bsn");
        Onderzoeksdossier next = o.instemming(bsn, vandaag(r.op()));
        besluit(c, DecisionRequest.van(Actor.of(Rol.CLIENT, bsn)).naar(identiteit.als(Rol.COLLEGE)).doel(onderzoekDoel(o)).route(route(o))
                .gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.BSN, Gegevenssoort.CONTACT)
                .bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.TOESTEMMING_GEZINSLID, Voorwaarde.BINNEN_REIKWIJDTE).betrokkenen(bsn).zaak(d.id().toString()));
        return gelezen(bewaarOnderzoek(d, next), onderzoekView(next));
    }

    private Antwoord inhoud(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.InhoudVerzoek r = c.read(Requests.InhoudVerzoek.class);
        Onderzoeksdossier next = o.inhoud(vereist(r.inhoud(), "inhoud"));
        Set<Gegevenssoort> gegevens = r.gegevens() == null || r.gegevens().isEmpty() ? EnumSet.of(Gegevenssoort.INHOUD) : EnumSet.copyOf(r.gegevens());
        onderzoekVerwerking(c, d.id(), o, o.clienten(), gegevens.toArray(Gegevenssoort[]::new));
        return gelezen(bewaarOnderzoek(d, next), onderzoekView(next));
    }

    private Antwoord uitkomst(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.UitkomstVerzoek r = c.read(Requests.UitkomstVerzoek.class);
        Onderzoeksdossier next = o.uitkomst(vereist(r.uitkomsten(), "uitkomsten"), r.aanpalend(), vandaag(r.op()));
        onderzoekVerwerking(c, d.id(), o, o.clienten(), Gegevenssoort.PROCESINFORMATIE, Gegevenssoort.INHOUD);
        return gelezen(bewaarOnderzoek(d, next), onderzoekView(next));
    }

    /** The written outcome for one person only (Wmo 2015 art. 2.3a.2 lid 1). */
    private Antwoord uitkomstVoor(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        String bsn = c.var("bsn");
        Onderzoeksdossier.Uitkomst u = o.uitkomstVoor(bsn);
        if (u == null) {
            throw Problem.nietGevonden("een uitkomst voor deze persoon in onderzoek " + d.id());
        }
        onderzoekVerwerking(c, d.id(), o, List.of(bsn), Gegevenssoort.PROCESINFORMATIE, Gegevenssoort.INHOUD);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("onderzoek", d.id().toString());
        v.put("bsn", bsn);
        v.put("uitkomst", u);
        v.put("gecoordineerdeAanpak", o.aanpak());
        return Antwoord.ok(v);
    }

    private Antwoord aanpak(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.AanpakVerzoek r = c.read(Requests.AanpakVerzoek.class);
        switch (vereist(r.besluit(), "besluit")) {
            case COORDINATOR -> {
                Coordinatiedossier.Coordinator coordinator = vereist(r.coordinator(), "coordinator");
                Onderzoeksdossier next = o.coordinatorAangewezen();
                Actor naar = new Actor(Rol.COORDINATOR, coordinator.naam(), null, Domein.SOCIAAL, "", Geheimhouding.GEEN, true, true);
                besluit(c, DecisionRequest.van(identiteit.als(Rol.COLLEGE)).naar(naar).bron(onderzoekDoel(o)).doel(Doel.COORDINATIE)
                        .gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT, Gegevenssoort.PROCESINFORMATIE)
                        .bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.ALLEEN_RELEVANT_DEEL)
                        .betrokkenen(o.clienten().toArray(String[]::new)).zaak(d.id().toString()));
                Coordinatiedossier cd = Coordinatiedossier.voor(coordinator);
                List<Dossier> saved = dossiers.schrijf(List.of(new Dossiers.Wijziging(Soort.ONDERZOEK, d.id(), d.versie(), onderzoekInhoud(next)),
                        new Dossiers.Wijziging(Soort.COORDINATIEDOSSIER, null, 0,
                                inhoud(d.id(), cd.toestand().name(), cd, bewarenTot(cd.bewaarstart()), next.clienten()))));
                Map<String, Object> v = onderzoekView(next);
                v.put("coordinatiedossier", BASE + "/coordinatiedossiers/" + saved.get(1).id());
                return new Antwoord(200, view(saved.get(0), v), Map.of("ETag", "\"" + saved.get(0).versie() + "\"", "Location",
                        BASE + "/coordinatiedossiers/" + saved.get(1).id()));
            }
            case EIGEN_REGIE -> {
                Onderzoeksdossier next = o.eigenRegie();
                onderzoekVerwerking(c, d.id(), o, o.clienten(), Gegevenssoort.PROCESINFORMATIE);
                return gelezen(bewaarOnderzoek(d, next), onderzoekView(next));
            }
            case GEEN -> {
                Onderzoeksdossier next = o.geenAanpak();
                onderzoekVerwerking(c, d.id(), o, o.clienten(), Gegevenssoort.PROCESINFORMATIE);
                return gelezen(bewaarOnderzoek(d, next), onderzoekView(next));
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * Every processing-log record of the case, oldest first, for the privacy officer and the college's
     * accountability (AVG art. 5 lid 2): each kernel decision with its rule, purpose and outcome; subjects
     * pseudonymised as in the log. The reading itself is recorded.
     */
    private Antwoord verwerkingen(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        identiteit.als(Rol.COLLEGE);
        String activiteit = c.request().getHeader(VERWERKING);
        if (activiteit == null || activiteit.isBlank()) {
            throw Problem.veld(VERWERKING, "vermeld de verwerkingsactiviteit");
        }
        List<nl.meervoud.privacy.api.ProcessingRecord> records = log.byZaak(d.id().toString());
        log.vastleggen(new ProcessingLog.Vastlegging(activiteit, "verantwoording", List.of("AVG art. 5 lid 2"), "verwerkingen", identiteit.id(),
                d.id().toString(), List.of(), List.of(Gegevenssoort.PROCESINFORMATIE.name())));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("onderzoek", d.id().toString());
        v.put("verwerkingen", records);
        return Antwoord.ok(v);
    }

    // ---------------------------------------------------------------- coördinatiedossiers (Wmo 2015 art. 2.3a.3)

    private Coordinatiedossier leesCoordinatie(Call c, Dossier d, Gegevenssoort... gegevens) {
        Coordinatiedossier cd = Json.stored(d.inhoud(), Coordinatiedossier.class);
        Actor coordinator = identiteit.als(Rol.COORDINATOR);
        besluit(c, DecisionRequest.van(coordinator).naar(coordinator).bron(Doel.COORDINATIE).doel(Doel.COORDINATIE).gegevens(gegevens)
                .bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD).betrokkenen(d.betrokkenen().toArray(String[]::new)).zaak(d.zaak().toString()));
        return cd;
    }

    private Map<String, Object> coordinatieView(Coordinatiedossier cd) {
        Map<String, Object> v = new LinkedHashMap<>(Json.MAPPER.convertValue(cd, Map.class));
        v.put("verwerkingsverantwoordelijke", cd.verwerkingsverantwoordelijke());
        v.put("overdrachtNodig", cd.overdrachtNodig());
        return v;
    }

    private Antwoord bewaarCoordinatie(Dossier d, Coordinatiedossier cd) {
        Dossier saved = dossiers.update(Soort.COORDINATIEDOSSIER, d.id(), d.versie(),
                inhoud(d.zaak(), cd.toestand().name(), cd, bewarenTot(cd.bewaarstart()), List.copyOf(d.betrokkenen())));
        return gelezen(saved, coordinatieView(cd));
    }

    private Antwoord coordinatiedossier(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        return gelezen(d, coordinatieView(leesCoordinatie(c, d, Gegevenssoort.IDENTIFICEREND, Gegevenssoort.PROCESINFORMATIE)));
    }

    private Antwoord voortgang(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        Coordinatiedossier cd = leesCoordinatie(c, d, Gegevenssoort.PROCESINFORMATIE);
        Requests.Voortgang r = c.read(Requests.Voortgang.class);
        return bewaarCoordinatie(d, cd.voortgang(new Coordinatiedossier.Notitie(vandaag(r.op()), r.doel(), r.tekst())));
    }

    private Antwoord coordinatieAfspraken(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        Coordinatiedossier cd = leesCoordinatie(c, d, Gegevenssoort.PROCESINFORMATIE);
        return bewaarCoordinatie(d, cd.afspraken(vereist(c.read(Requests.Afspraken.class).afspraken(), "afspraken")));
    }

    private Antwoord signaal(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        Coordinatiedossier cd = leesCoordinatie(c, d, Gegevenssoort.PROCESINFORMATIE);
        Requests.Signaal r = c.read(Requests.Signaal.class);
        return bewaarCoordinatie(d, cd.signaleer(new Coordinatiedossier.Signaal(r.soort(), r.reden(), vandaag(r.op()))));
    }

    /** The college ends the approach: the investigation and the coördinatiedossier change together. */
    private Antwoord beeindiging(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        Coordinatiedossier cd = leesCoordinatie(c, d, Gegevenssoort.PROCESINFORMATIE);
        LocalDate op = vandaag(c.read(Requests.Beeindiging.class).op());
        Dossier od = dossiers.find(Soort.ONDERZOEK, d.zaak()).orElseThrow(() -> Problem.nietGevonden("onderzoek " + d.zaak()));
        Onderzoeksdossier o = leesOnderzoek(od).aanpakBeeindigd(op);
        Coordinatiedossier next = cd.beeindig(op);
        List<Dossier> saved = dossiers.schrijf(List.of(new Dossiers.Wijziging(Soort.ONDERZOEK, od.id(), od.versie(), onderzoekInhoud(o)),
                new Dossiers.Wijziging(Soort.COORDINATIEDOSSIER, d.id(), d.versie(),
                        inhoud(d.zaak(), next.toestand().name(), next, bewarenTot(next.bewaarstart()), List.copyOf(d.betrokkenen())))));
        return gelezen(saved.get(1), coordinatieView(next));
    }

    /** A coordinator from outside the municipality hands everything over (Wmo 2015 art. 5.4.4 lid 7-8; rule W19). */
    private Antwoord overdracht(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        Coordinatiedossier cd = Json.stored(d.inhoud(), Coordinatiedossier.class);
        Coordinatiedossier next = cd.overgedragen(vandaag(c.read(Requests.Beeindiging.class).op()));
        Actor van = new Actor(Rol.COORDINATOR, cd.coordinator().naam(), null, Domein.SOCIAAL, "", Geheimhouding.GEEN, true, true);
        besluit(c, DecisionRequest.van(van).naar(identiteit.als(Rol.COLLEGE)).bron(Doel.COORDINATIE).doel(Doel.OVERDRACHT)
                .gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT, Gegevenssoort.PROCESINFORMATIE).bewijs(Voorwaarde.AANPAK_BEEINDIGD)
                .betrokkenen(d.betrokkenen().toArray(String[]::new)).zaak(d.zaak().toString()));
        return bewaarCoordinatie(d, next);
    }

    // ---------------------------------------------------------------- casusoverleggen (Wmo 2015 art. 5.4.3)

    private Decision overlegVerwerking(Call c, UUID zaak, Onderzoeksdossier o, Casusoverleg.Fase fase, Gegevenssoort... gegevens) {
        Actor van = fase == Casusoverleg.Fase.ONDERZOEK ? identiteit.als(Rol.COLLEGE) : identiteit.als(Rol.COORDINATOR);
        Doel bron = fase == Casusoverleg.Fase.ONDERZOEK ? onderzoekDoel(o) : Doel.COORDINATIE;
        return besluit(c, DecisionRequest.van(van).naar(Actor.of(Rol.CASUSOVERLEG, zaak.toString())).bron(bron).doel(Doel.CASUSOVERLEG)
                .gegevens(gegevens).bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD).betrokkenen(o.clienten().toArray(String[]::new)).zaak(zaak.toString()));
    }

    private Antwoord nieuwCasusoverleg(Call c) {
        Requests.NieuwCasusoverleg r = c.read(Requests.NieuwCasusoverleg.class);
        UUID zaak = vereist(r.onderzoek(), "onderzoek");
        Dossier od = dossiers.find(Soort.ONDERZOEK, zaak).orElseThrow(() -> Problem.veld("onderzoek", "bestaat niet"));
        Onderzoeksdossier o = leesOnderzoek(od);
        Casusoverleg co = Casusoverleg.bijeenroepen(o, vereist(r.fase(), "fase"), vandaag(r.datum()), r.genodigden(), r.clientUitgenodigd(),
                r.zwaarwegendeBelangen());
        overlegVerwerking(c, zaak, o, co.fase(), Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT);
        Dossier d = dossiers.create(Soort.CASUSOVERLEG, inhoud(zaak, co.fase().name(), co, null, o.clienten()));
        return gemaakt(d, co);
    }

    private Antwoord casusoverleg(Call c) {
        Dossier d = laad(Soort.CASUSOVERLEG, c);
        Casusoverleg co = Json.stored(d.inhoud(), Casusoverleg.class);
        Onderzoeksdossier o = leesOnderzoek(dossiers.find(Soort.ONDERZOEK, d.zaak()).orElseThrow());
        overlegVerwerking(c, d.zaak(), o, co.fase(), Gegevenssoort.IDENTIFICEREND, Gegevenssoort.PROCESINFORMATIE);
        return gelezen(d, co);
    }

    private Antwoord overlegAfspraken(Call c) {
        Dossier d = laad(Soort.CASUSOVERLEG, c);
        Casusoverleg co = Json.stored(d.inhoud(), Casusoverleg.class);
        Onderzoeksdossier o = leesOnderzoek(dossiers.find(Soort.ONDERZOEK, d.zaak()).orElseThrow());
        Casusoverleg next = co.afspraken(vereist(c.read(Requests.Afspraken.class).afspraken(), "afspraken"));
        overlegVerwerking(c, d.zaak(), o, co.fase(), Gegevenssoort.PROCESINFORMATIE);
        Dossier saved = dossiers.update(Soort.CASUSOVERLEG, d.id(), d.versie(), inhoud(d.zaak(), next.fase().name(), next, d.bewarenTot(),
                List.copyOf(d.betrokkenen())));
        return gelezen(saved, next);
    }

    /**
     * Data leaving the meeting (Wmo 2015 art. 5.4.3 lid 4; rule W12): the kernel decides with the provider's
     * consent, the recipient's authorisation and any conditions the provider attached when it supplied them.
     */
    private Antwoord vrijgave(Call c) {
        Dossier d = laad(Soort.CASUSOVERLEG, c);
        Casusoverleg co = Json.stored(d.inhoud(), Casusoverleg.class);
        Requests.Vrijgave r = c.read(Requests.Vrijgave.class);
        Set<Gegevenssoort> gegevens = vereist(r.gegevens(), "gegevens");
        if (gegevens.isEmpty()) {
            throw Problem.veld("gegevens", "ten minste één gegevenssoort");
        }
        Casusoverleg.Vrijgave aanvraag = new Casusoverleg.Vrijgave(vereist(r.verstrekker(), "verstrekker"), vereist(r.ontvanger(), "ontvanger"),
                gegevens, r.eigenTaak(), r.toestemmingVerstrekker(), r.ontvangerBevoegd(), null, null);
        co.vrijgave(aanvraag); // validates invitees and own task before the kernel is asked
        Rol rol = r.ontvangerRol() == null ? Rol.PARTIJ : r.ontvangerRol();
        Actor naar = new Actor(rol, r.ontvanger(), null, Domein.SOCIAAL, "", Geheimhouding.GEEN, false, r.ontvangerBevoegd());
        List<Voorwaarde> bewijs = new ArrayList<>(List.of(Voorwaarde.NOODZAAK_ONDERBOUWD));
        if (r.toestemmingVerstrekker()) {
            bewijs.add(Voorwaarde.TOESTEMMING_VERSTREKKER);
        }
        Decision besluit = besluit(c, DecisionRequest.van(Actor.of(Rol.CASUSOVERLEG, d.zaak().toString())).naar(naar).bron(Doel.CASUSOVERLEG)
                .doel(rol == Rol.COORDINATOR ? Doel.COORDINATIE : Doel.EIGEN_TAAK).gegevens(gegevens.toArray(Gegevenssoort[]::new))
                .bewijs(bewijs.toArray(Voorwaarde[]::new)).voorwaarden(voorwaarden(d.zaak(), r.verstrekker()).toArray(VoorwaardeVerstrekker[]::new))
                .betrokkenen(d.betrokkenen().toArray(String[]::new)).zaak(d.zaak().toString()));
        Casusoverleg next = co.vrijgave(new Casusoverleg.Vrijgave(aanvraag.verstrekker(), aanvraag.ontvanger(), gegevens, r.eigenTaak(),
                r.toestemmingVerstrekker(), r.ontvangerBevoegd(), besluit.effect().name(), besluit.regel()));
        Dossier saved = dossiers.update(Soort.CASUSOVERLEG, d.id(), d.versie(), inhoud(d.zaak(), next.fase().name(), next, d.bewarenTot(),
                List.copyOf(d.betrokkenen())));
        return gelezen(saved, next);
    }

    /** The sticky conditions a provider attached to data it supplied in this case (Wmo 2015 art. 5.4.2 lid 1). */
    private List<VoorwaardeVerstrekker> voorwaarden(UUID zaak, String verstrekker) {
        List<VoorwaardeVerstrekker> out = new ArrayList<>();
        for (int pagina = 1;; pagina++) {
            Dossiers.Pagina p = dossiers.list(Soort.VERSTREKKINGSVERZOEK, Verstrekkingsverzoek.Toestand.VERSTREKT_ONDER_VOORWAARDEN.name(), zaak,
                    pagina, 100);
            for (Dossier d : p.items()) {
                Verstrekkingsverzoek v = Json.stored(d.inhoud(), Verstrekkingsverzoek.class);
                if (v.partij().id().equals(verstrekker)) {
                    out.addAll(v.antwoord().voorwaarden());
                }
            }
            if (!p.volgende()) {
                return out;
            }
        }
    }

    // ---------------------------------------------------------------- verstrekkingsverzoeken (Wmo 2015 art. 5.4.2)

    private Antwoord nieuwVerstrekkingsverzoek(Call c) {
        Requests.NieuwVerstrekkingsverzoek r = c.read(Requests.NieuwVerstrekkingsverzoek.class);
        UUID zaak = vereist(r.onderzoek(), "onderzoek");
        Dossier od = dossiers.find(Soort.ONDERZOEK, zaak).orElseThrow(() -> Problem.veld("onderzoek", "bestaat niet"));
        Onderzoeksdossier o = leesOnderzoek(od);
        Verstrekkingsverzoek v = Verstrekkingsverzoek.verzoek(o, vereist(r.partij(), "partij"), vereist(r.betrokkene(), "betrokkene"),
                r.gegevens(), r.motivering());
        // The request itself tells the party that the college investigates this person (rule W10).
        List<Gegevenssoort> gegevens = new ArrayList<>(List.of(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.DAT_INFORMATIE));
        if (v.partij().bsnBevoegd()) {
            gegevens.add(Gegevenssoort.BSN);
        }
        besluit(c, DecisionRequest.van(identiteit.als(Rol.COLLEGE)).naar(partij(v.partij().id(), v.partij().geheimhouding(), v.partij().bsnBevoegd()))
                .bron(onderzoekDoel(o)).doel(onderzoekDoel(o)).route(route(o)).gegevens(gegevens.toArray(Gegevenssoort[]::new))
                .bewijs(reikwijdte(o, v, Voorwaarde.NOODZAAK_ONDERBOUWD)).betrokkenen(v.betrokkene().value()).zaak(zaak.toString()));
        Dossier d = dossiers.create(Soort.VERSTREKKINGSVERZOEK, inhoud(zaak, v.toestand().name(), v, null, List.of(v.betrokkene().value())));
        return gemaakt(d, v);
    }

    /**
     * The evidence for a data request, with BINNEN_REIKWIJDTE only when the request's life domain lies inside the
     * scope the client agreed to (Wmo 2015 art. 2.3a.1 lid 4; the kernel's prohibition P9 refuses the rest).
     */
    private static Voorwaarde[] reikwijdte(Onderzoeksdossier o, Verstrekkingsverzoek v, Voorwaarde basis) {
        return o.binnenReikwijdte(v.motivering().domein()) ? new Voorwaarde[] { basis, Voorwaarde.BINNEN_REIKWIJDTE }
                : new Voorwaarde[] { basis };
    }

    private Antwoord verstrekkingsverzoek(Call c) {
        Dossier d = laad(Soort.VERSTREKKINGSVERZOEK, c);
        Verstrekkingsverzoek v = Json.stored(d.inhoud(), Verstrekkingsverzoek.class);
        Onderzoeksdossier o = leesOnderzoek(dossiers.find(Soort.ONDERZOEK, d.zaak()).orElseThrow());
        onderzoekVerwerking(c, d.zaak(), o, List.of(v.betrokkene().value()), v.gegevens().toArray(Gegevenssoort[]::new));
        return gelezen(d, v);
    }

    /**
     * The party's answer. Provided data enter the investigation only on the kernel's permit (rules W5, W6); a
     * refusal for zwaarwegende redenen is recorded and final.
     */
    private Antwoord antwoord(Call c) {
        Dossier d = laad(Soort.VERSTREKKINGSVERZOEK, c);
        Verstrekkingsverzoek v = Json.stored(d.inhoud(), Verstrekkingsverzoek.class);
        Requests.Antwoord r = c.read(Requests.Antwoord.class);
        LocalDate op = vandaag(r.op());
        Verstrekkingsverzoek next;
        if (vereist(r.besluit(), "besluit") == Requests.AntwoordBesluit.GEWEIGERD) {
            next = v.geweigerd(op, r.zwaarwegendeRedenen());
        } else {
            next = v.verstrekt(new Verstrekkingsverzoek.Antwoord(op, r.voorwaarden(), null, r.toestemmingBetrokkene(), r.afwegingVastgelegd()));
            Onderzoeksdossier o = leesOnderzoek(dossiers.find(Soort.ONDERZOEK, d.zaak()).orElseThrow());
            List<Voorwaarde> bewijs = new ArrayList<>(List.of(reikwijdte(o, v, Voorwaarde.GEMOTIVEERD_VERZOEK)));
            if (r.toestemmingBetrokkene()) {
                bewijs.add(Voorwaarde.TOESTEMMING_BETROKKENE);
            }
            if (r.afwegingVastgelegd()) {
                bewijs.add(Voorwaarde.AFWEGING_BEROEPSGEHEIM);
            }
            besluit(c, DecisionRequest.van(partij(v.partij().id(), v.partij().geheimhouding(), v.partij().bsnBevoegd()))
                    .naar(identiteit.als(Rol.COLLEGE)).doel(onderzoekDoel(o)).route(route(o)).gegevens(v.gegevens().toArray(Gegevenssoort[]::new))
                    .bewijs(bewijs.toArray(Voorwaarde[]::new)).betrokkenen(v.betrokkene().value()).zaak(d.zaak().toString()));
        }
        Dossier saved = dossiers.update(Soort.VERSTREKKINGSVERZOEK, d.id(), d.versie(),
                inhoud(d.zaak(), next.toestand().name(), next, d.bewarenTot(), List.of(next.betrokkene().value())));
        return gelezen(saved, next);
    }

    // ---------------------------------------------------------------- inzage (AVG art. 15)

    /**
     * A person's own processing-log records and data: of each file only their own part, never another family
     * member's. Recorded in the processing log as an inzage.
     */
    private Antwoord inzage(Call c) {
        String bsn = c.var("bsn");
        try {
            new nl.meervoud.casus.api.Bsn(bsn);
        } catch (IllegalArgumentException e) {
            throw Problem.veld("bsn", "geen geldig BSN");
        }
        String activiteit = c.request().getHeader(VERWERKING);
        if (activiteit == null || activiteit.isBlank()) {
            throw Problem.veld(VERWERKING, "vermeld de verwerkingsactiviteit");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bsn", bsn);
        out.put("verwerkingen", log.byBetrokkene(bsn));
        List<Object> gegevens = new ArrayList<>();
        for (Dossier d : dossiers.byBetrokkene(bsn)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("soort", d.soort().tabel());
            item.put("id", d.id().toString());
            item.put("toestand", d.toestand());
            if (d.bewarenTot() != null) {
                item.put("bewarenTot", d.bewarenTot().toString());
            }
            switch (d.soort()) {
                case ONDERZOEK -> {
                    Onderzoeksdossier o = leesOnderzoek(d);
                    item.put("route", o.proces().route());
                    item.put("hulpvraagWet", o.hulpvraagWet());
                    if (o.client().bsn().value().equals(bsn)) {
                        item.put("persoon", o.client());
                        item.put("rol", "cliënt");
                        item.put("reikwijdte", o.reikwijdte());
                    } else {
                        o.gezinsleden().stream().filter(g -> g.persoon().bsn().value().equals(bsn)).findFirst().ifPresent(g -> {
                            item.put("persoon", g.persoon());
                            item.put("rol", "gezinslid");
                            item.put("deelname", Map.of("grond", g.grond(), "gevraagd", g.gevraagd(), "ingestemd",
                                    g.ingestemd() == null ? "" : g.ingestemd()));
                        });
                    }
                    if (o.uitkomstVoor(bsn) != null) {
                        item.put("uitkomst", o.uitkomstVoor(bsn));
                    }
                    if (o.aanpak() != null) {
                        item.put("gecoordineerdeAanpak", o.aanpak());
                    }
                }
                case COORDINATIEDOSSIER -> {
                    Coordinatiedossier cd = Json.stored(d.inhoud(), Coordinatiedossier.class);
                    item.put("coordinator", cd.coordinator());
                    item.put("afspraken", cd.afspraken());
                    item.put("voortgang", cd.voortgang());
                }
                case CASUSOVERLEG -> {
                    Casusoverleg co = Json.stored(d.inhoud(), Casusoverleg.class);
                    item.put("datum", co.datum());
                    item.put("afspraken", co.afspraken());
                }
                case VERSTREKKINGSVERZOEK -> {
                    Verstrekkingsverzoek v = Json.stored(d.inhoud(), Verstrekkingsverzoek.class);
                    item.put("partij", v.partij().naam());
                    item.put("gegevens", v.gegevens());
                    item.put("antwoord", v.antwoord());
                }
                case MELDING -> {
                    Melding m = Json.stored(d.inhoud(), Melding.class);
                    item.put("ontvangen", m.ontvangen());
                    item.put("zorg", m.zorg());
                    if (m.melder() != null && !m.melder().anoniemJegensGemelde()) {
                        item.put("melder", m.melder().naam());
                    }
                }
            }
            gegevens.add(item);
        }
        out.put("gegevens", gegevens);
        log.vastleggen(new ProcessingLog.Vastlegging(activiteit, "inzage", List.of("AVG art. 15"), "inzage", identiteit.id(), "",
                List.of(bsn), List.of(Gegevenssoort.IDENTIFICEREND.name(), Gegevenssoort.PROCESINFORMATIE.name())));
        return Antwoord.ok(out);
    }
}
