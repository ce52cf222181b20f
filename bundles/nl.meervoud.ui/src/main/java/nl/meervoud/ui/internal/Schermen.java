// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.meervoud.casus.api.Melding;
import nl.meervoud.casus.api.Onderzoek;

/**
 * The screens behind sign-in. Each reads and writes through {@link Api} only; what the person may see or do is
 * what the API answers, and every refusal is shown in plain Dutch with its article. Ids in URLs are the files'
 * UUIDs; a BSN only ever travels in a form body.
 */
final class Schermen {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern MELDING = Pattern.compile("/ui/meldingen/(" + ID + ")(/triage)?");
    private static final Pattern VERSTREKKING = Pattern.compile("/ui/verstrekkingsverzoeken/(" + ID + ")(/antwoord)?");
    private static final Pattern ONDERZOEK = Pattern.compile("/ui/onderzoeken/(" + ID + ")(/verzoek|/gezinslid|/instemming|/procedure|/inhoud|/uitkomst|/aanpak|/casusoverleg)?");
    private static final Pattern COORDINATIE = Pattern.compile("/ui/coordinatiedossiers/(" + ID + ")(/[a-z]+)?");
    private static final Pattern OVERLEG = Pattern.compile("/ui/casusoverleggen/(" + ID + ")(/[a-z]+)?");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl-NL"));

    /**
     * A list the API serves: its path, its title, the function that works it, the page of one file, the states it can
     * filter on, and whether its files carry a legal term (then the worklist shows the nearest first).
     */
    record Lijst(String naam, String titel, String functie, String detail, List<String> toestanden, boolean termijnen) {
    }

    static final List<Lijst> LIJSTEN = List.of(
            new Lijst("meldingen", "Meldingen", "meldpuntmedewerker", "/ui/meldingen/", namen(Melding.Toestand.values()), true),
            new Lijst("onderzoeken", "Onderzoeken", "consulent", "/ui/onderzoeken/", namen(Onderzoek.Toestand.values()), true),
            new Lijst("coordinatiedossiers", "Coördinatiedossiers", "coordinator", "/ui/coordinatiedossiers/",
                    namen(nl.meervoud.casus.api.Coordinatiedossier.Toestand.values()), false),
            new Lijst("verstrekkingsverzoeken", "Verstrekkingsverzoeken", "professional", "/ui/verstrekkingsverzoeken/",
                    namen(nl.meervoud.casus.api.Verstrekkingsverzoek.Toestand.values()), false));

    void behandel(String pad, Verzoek v) throws IOException {
        Matcher m;
        if (pad.equals("/ui/")) {
            werkvoorraad(v);
        } else if (pad.equals("/ui/namens")) {
            namens(v);
        } else if (pad.equals("/ui/meldingen/nieuw")) {
            nieuweMelding(v);
        } else if (pad.equals("/ui/onderzoeken/nieuw")) {
            nieuwOnderzoek(v);
        } else if (pad.equals("/ui/inzage")) {
            Inzagescherm.toon(v);
        } else if (pad.equals(Partijscherm.VERZOEK_ONDERZOEK)) {
            Partijscherm.verzoekOnderzoek(v);
        } else if (pad.equals(Privacyscherm.PAD)) {
            Privacyscherm.behandel(v, null);
        } else if (pad.startsWith(Privacyscherm.PAD + "/")) {
            Privacyscherm.behandel(v, pad.substring(Privacyscherm.PAD.length() + 1));
        } else if (pad.equals("/ui/beheer")) {
            Beheer.overzicht(v);
        } else if (pad.equals("/ui/beheer/gebruikers")) {
            Beheer.gebruikers(v);
        } else if ((m = MELDING.matcher(pad)).matches()) {
            melding(v, m.group(1), m.group(2) != null);
        } else if ((m = VERSTREKKING.matcher(pad)).matches()) {
            Partijscherm.verzoek(v, m.group(1), m.group(2) != null);
        } else if ((m = ONDERZOEK.matcher(pad)).matches() && "/verzoek".equals(m.group(2))) {
            Verzoekscherm.verzoek(v, m.group(1));
        } else if ((m = ONDERZOEK.matcher(pad)).matches() && "/gezinslid".equals(m.group(2))) {
            Gezinsscherm.vragen(v, m.group(1));
        } else if ((m = ONDERZOEK.matcher(pad)).matches() && "/instemming".equals(m.group(2))) {
            Gezinsscherm.instemming(v, m.group(1));
        } else if ((m = ONDERZOEK.matcher(pad)).matches() && "/casusoverleg".equals(m.group(2))) {
            Coordinatiescherm.nieuwOverlegInOnderzoek(v, m.group(1));
        } else if ((m = ONDERZOEK.matcher(pad)).matches() && m.group(2) != null) {
            Afrondingsscherm.behandel(v, m.group(1), m.group(2).substring(1));
        } else if ((m = ONDERZOEK.matcher(pad)).matches()) {
            onderzoek(v, m.group(1), null, null, 200);
        } else if ((m = COORDINATIE.matcher(pad)).matches()) {
            Coordinatiescherm.dossier(v, m.group(1), m.group(2) == null ? null : m.group(2).substring(1));
        } else if ((m = OVERLEG.matcher(pad)).matches()) {
            Coordinatiescherm.overleg(v, m.group(1), m.group(2) == null ? null : m.group(2).substring(1));
        } else {
            for (Lijst l : LIJSTEN) {
                if (pad.equals("/ui/" + l.naam())) {
                    lijst(v, l);
                    return;
                }
            }
            nietGevonden(v);
        }
    }

    // --- werkvoorraad and lists ------------------------------------------------------------------------------

    /**
     * The municipalities this person may work for under a regional arrangement, as the API gives them
     * ({@code GET /api/v1/samenwerking}): code and label; empty when there are none (or the answer failed).
     */
    private static List<String[]> samenwerking(Verzoek v) {
        Api.Antwoord a = v.eigen("/api/v1/samenwerking");
        List<String[]> out = new ArrayList<>();
        if (a.ok()) {
            a.body().path("namens").forEach(g -> {
                List<String> functies = new ArrayList<>();
                g.path("functies").forEach(f -> functies.add(f.asText()));
                String naam = g.path("naam").asText("");
                out.add(new String[] { g.path("gemeente").asText(), "Gemeente " + g.path("gemeente").asText() + (naam.isEmpty() ? "" : " " + naam)
                        + " (als " + String.join(", ", functies) + ")" });
            });
        }
        return out;
    }

    /** Switches the municipality the person works for: their own (empty) or one the API offers them; else 400. */
    private void namens(Verzoek v) throws IOException {
        if (v.geenFormulier("/ui/")) {
            return;
        }
        String gekozen = v.veld("gemeente");
        if (gekozen.isEmpty()) {
            v.sessie.namens = null;
            v.naar("/ui/");
            return;
        }
        if (samenwerking(v).stream().noneMatch(o -> o[0].equals(gekozen))) {
            v.toon(400, "Geen samenwerking", "/ui/", new Html().h1("Geen samenwerking")
                    .p("Deze gemeente heeft geen werk van uw functies aan uw gemeente opgedragen.").link("/ui/", "Naar de werkvoorraad"));
            return;
        }
        v.sessie.namens = gekozen;
        v.naar("/ui/");
    }

    private void werkvoorraad(Verzoek v) throws IOException {
        Html h = new Html().h1("Werkvoorraad");
        List<String[]> gemeenten = samenwerking(v);
        if (!gemeenten.isEmpty() || v.sessie.namens != null) {
            // Regional cooperation (issue 10 §3): work for a municipality that entrusted the person's municipality.
            List<String[]> opties = new ArrayList<>();
            opties.add(new String[] { "", "Eigen gemeente" + (v.sessie.gemeente.isEmpty() ? "" : " (" + v.sessie.gemeente + ")") });
            opties.addAll(gemeenten);
            h.form("/ui/namens", v.sessie.csrf).keuze("Werken voor", "gemeente", opties, v.sessie.namens == null ? "" : v.sessie.namens)
                    .knop("Wisselen").formEinde();
        }
        boolean iets = false;
        for (Lijst l : LIJSTEN) {
            if (!v.sessie.heeft(l.functie())) {
                continue;
            }
            iets = true;
            h.h2(l.titel());
            // The worklist puts the nearest legal term first; the full list lets the person choose.
            Api.Antwoord a = v.get("/api/v1/" + l.naam() + "?paginaGrootte=10" + (l.termijnen() ? "&sorteer=termijn" : ""), null);
            if (!a.ok()) {
                weigering(h, a);
                continue;
            }
            tabel(h, l, a.body(), v.pagina.nadertDagen);
            h.raw("<p class=\"utrecht-paragraph\">").link("/ui/" + l.naam(), "Alle " + l.titel().toLowerCase(Locale.ROOT)).raw("</p>");
        }
        if (!iets) {
            h.p("Uw functies hebben geen werkvoorraad in deze schermen.");
        }
        v.toon(200, "Werkvoorraad", "/ui/", h);
    }

    /** A list position as the API writes it (Base64url); anything else in the address is ignored. */
    private static final String NA_TEKENS = "[A-Za-z0-9_-]{1,200}";
    private static final Pattern NA = Pattern.compile(NA_TEKENS);
    private static final Pattern NA_IN_LINK = Pattern.compile("[?&]na=(" + NA_TEKENS + ")(?:&|$)");

    private void lijst(Verzoek v, Lijst l) throws IOException {
        String toestand = v.veld("toestand");
        if (!toestand.isEmpty() && !l.toestanden().contains(toestand)) {
            toestand = "";
        }
        int pagina = 1;
        try {
            pagina = Math.max(1, Math.min(1_000_000, Integer.parseInt(v.veld("pagina").isEmpty() ? "1" : v.veld("pagina"))));
        } catch (NumberFormatException e) {
            pagina = 1;
        }
        String sorteer = l.termijnen() && "termijn".equals(v.veld("sorteer")) ? "termijn" : "";
        Html h = new Html().h1(l.titel());
        if (l.naam().equals("meldingen") && v.sessie.heeft("meldpuntmedewerker")) {
            h.raw("<p class=\"utrecht-paragraph\"><a class=\"utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action\" href=\"/ui/meldingen/nieuw\">Nieuwe melding</a></p>");
        }
        if (l.naam().equals("onderzoeken") && v.sessie.heeft("consulent")) {
            h.raw("<p class=\"utrecht-paragraph\"><a class=\"utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action\" href=\"/ui/onderzoeken/nieuw\">Nieuw onderzoek</a></p>");
        }
        List<String[]> opties = new ArrayList<>();
        opties.add(new String[] { "", "Alle" });
        l.toestanden().forEach(t -> opties.add(new String[] { t, label(t) }));
        h.raw("<form class=\"utrecht-form meervoud-filter\" method=\"get\" action=\"/ui/").raw(l.naam()).raw("\">")
                .keuze("Toestand", "toestand", opties, toestand);
        if (l.termijnen()) {
            h.keuze("Volgorde", "sorteer", List.of(new String[] { "", "Nieuwste eerst" }, new String[] { "termijn", "Eerstvolgende termijn eerst" }), sorteer);
        }
        h.knop("Tonen").formEinde();
        String filter = (toestand.isEmpty() ? "" : "&toestand=" + toestand) + (sorteer.isEmpty() ? "" : "&sorteer=" + sorteer);
        // "Volgende" carries the API's own position (na, keyset paging): a deep page costs what the first one costs.
        String na = NA.matcher(v.veld("na")).matches() ? v.veld("na") : "";
        Api.Antwoord a = v.get("/api/v1/" + l.naam() + "?" + (na.isEmpty() ? "pagina=" + pagina : "na=" + na) + "&paginaGrootte=20" + filter, null);
        if (!a.ok()) {
            weigering(h, a);
        } else {
            pagina = Math.max(1, a.body().path("pagina").asInt(pagina));
            tabel(h, l, a.body(), v.pagina.nadertDagen);
            h.raw("<nav class=\"utrecht-pagination\" aria-label=\"Pagina's\">");
            if (pagina > 1) {
                h.raw("<a class=\"utrecht-pagination__relative-link utrecht-pagination__relative-link--prev\" rel=\"prev\" href=\"/ui/").raw(l.naam())
                        .raw("?pagina=").raw(String.valueOf(pagina - 1)).text(filter).raw("\">Vorige</a> ");
            }
            h.raw("<span class=\"utrecht-pagination__page-link utrecht-pagination__page-link--current\" aria-current=\"page\">Pagina ").raw(String.valueOf(pagina)).raw("</span>");
            Matcher volgende = NA_IN_LINK.matcher(a.body().path("_links").path("next").path("href").asText(""));
            if (volgende.find()) {
                h.raw(" <a class=\"utrecht-pagination__relative-link utrecht-pagination__relative-link--next\" rel=\"next\" href=\"/ui/").raw(l.naam())
                        .raw("?na=").raw(volgende.group(1)).text(filter).raw("\">Volgende</a>");
            }
            h.raw("</nav>\n");
        }
        v.toon(200, l.titel(), "/ui/" + l.naam(), h);
    }

    private static void tabel(Html h, Lijst l, JsonNode pagina, int nadertDagen) {
        JsonNode items = pagina.path("_embedded").path(l.naam());
        if (!items.isArray() || items.isEmpty()) {
            h.p("Geen " + l.titel().toLowerCase(Locale.ROOT) + " om te tonen.");
            return;
        }
        if (l.termijnen()) {
            h.tabel(l.titel() + " die u mag zien", "Dossier", "Toestand", "Termijn", "Aangemaakt", "Bewaren tot");
        } else {
            h.tabel(l.titel() + " die u mag zien", "Dossier", "Toestand", "Aangemaakt", "Bewaren tot");
        }
        for (JsonNode i : items) {
            String id = i.path("id").asText();
            String dossier = l.detail() == null ? Html.esc(kort(id))
                    : "<a class=\"utrecht-link utrecht-link--html-a\" href=\"" + Html.esc(l.detail() + id) + "\">" + Html.esc(kort(id)) + "</a>";
            String toestand = Html.esc(label(i.path("toestand").asText()));
            String aangemaakt = Html.esc(datum(i.path("aangemaakt").asText()));
            String bewaren = Html.esc(i.has("bewarenTot") ? datum(i.path("bewarenTot").asText()) : "—");
            if (l.termijnen()) {
                JsonNode t = i.path("termijn");
                Html cel = new Html();
                if (t.isObject()) {
                    termijn(cel, LocalDate.parse(t.path("datum").asText()), t.path("verstreken").asBoolean(), t.path("wat").asText(),
                            String.join(", ", teksten(t.path("citaties"))), nadertDagen);
                } else {
                    cel.text("—");
                }
                h.rij(dossier, toestand, cel.toString(), aangemaakt, bewaren);
            } else {
                h.rij(dossier, toestand, aangemaakt, bewaren);
            }
        }
        h.tabelEinde();
    }

    // --- meldpunt --------------------------------------------------------------------------------------------

    private void nieuweMelding(Verzoek v) throws IOException {
        if (!v.post()) {
            meldingFormulier(v, 200, null);
            return;
        }
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("ontvangen", v.veld("ontvangen"));
        ObjectNode melder = body.putObject("melder").put("soort", v.veld("melderSoort")).put("naam", v.veld("melderNaam"));
        if (!v.veld("melderContact").isEmpty()) {
            melder.put("contact", v.veld("melderContact"));
        }
        melder.put("anoniemJegensGemelde", v.aangevinkt("anoniem"));
        ObjectNode gemelde = body.putObject("gemelde").put("naam", v.veld("gemeldeNaam"));
        if (!v.veld("gemeldeAdres").isEmpty()) {
            gemelde.put("adres", v.veld("gemeldeAdres"));
        }
        body.put("zorg", v.veld("zorg")).put("ingezetene", v.aangevinkt("ingezetene")).put("acuut", v.aangevinkt("acuut"));
        Api.Antwoord a = v.post("/api/v1/meldingen", "wams-meldpunt", body);
        if (a.ok() && a.body().hasNonNull("id")) {
            v.naar("/ui/meldingen/" + a.body().path("id").asText());
        } else if (a.ok()) {
            // Not registered (not a resident, or acute): the law lets the meldpunt keep no personal data (art. 5.5.2).
            Html h = new Html().h1("Melding niet geregistreerd");
            h.alert("info", "Niet geregistreerd", a.body().path("toelichting").asText("Deze melding wordt mondeling overgedragen; er zijn geen persoonsgegevens vastgelegd."));
            h.raw("<p class=\"utrecht-paragraph\">").link("/ui/meldingen", "Terug naar de meldingen").raw("</p>");
            v.toon(200, "Melding", "/ui/meldingen", h);
        } else {
            meldingFormulier(v, status(a), a);
        }
    }

    private static final Map<String, String> MELDING_VELDEN = Map.of("ontvangen", "ontvangen", "melder.soort", "melderSoort", "melder.naam", "melderNaam",
            "melder.contact", "melderContact", "gemelde.naam", "gemeldeNaam", "gemelde.adres", "gemeldeAdres", "zorg", "zorg");

    private void meldingFormulier(Verzoek v, int status, Api.Antwoord fout) throws IOException {
        Html h = new Html().h1("Nieuwe melding");
        Formulierfout f = Formulierfout.toon(h, fout, MELDING_VELDEN);
        h.p("Een melding van zorg over een inwoner (Wmo 2015 art. 2.3a.3). Leg alleen vast wat nodig is; het meldpunt registreert geen BSN.");
        h.form("/ui/meldingen/nieuw", v.sessie.csrf);
        h.veld("Ontvangen op", "ontvangen", "date", v.post() ? v.veld("ontvangen") : LocalDate.now().toString(), true, null, f.bij("ontvangen"));
        h.raw("<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset\"><legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend\">Melder</legend>");
        h.keuze("Soort melder", "melderSoort", List.of(new String[] { "BURGER", "Inwoner" }, new String[] { "PROFESSIONAL", "Professional" }), v.veld("melderSoort"));
        h.veld("Naam melder", "melderNaam", "text", v.veld("melderNaam"), true, null, f.bij("melderNaam"));
        h.veld("Contactgegevens melder", "melderContact", "text", v.veld("melderContact"), false, null, f.bij("melderContact"));
        h.vinkje("De melder wil anoniem blijven tegenover de gemelde (alleen een inwoner, art. 5.5.1)", "anoniem", v.aangevinkt("anoniem"));
        h.raw("</fieldset><fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset\"><legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend\">Gemelde</legend>");
        h.veld("Naam gemelde", "gemeldeNaam", "text", v.veld("gemeldeNaam"), true, null, f.bij("gemeldeNaam"));
        h.veld("Adres gemelde", "gemeldeAdres", "text", v.veld("gemeldeAdres"), false, null, f.bij("gemeldeAdres"));
        h.vinkje("De gemelde is ingezetene van de gemeente", "ingezetene", !v.post() || v.aangevinkt("ingezetene"));
        h.vinkje("Er is acuut gevaar", "acuut", v.aangevinkt("acuut"));
        h.raw("</fieldset>");
        h.veld("Zorg", "zorg", "textarea", v.veld("zorg"), true, "Waarover maakt de melder zich zorgen?", f.bij("zorg"));
        h.knop("Melding vastleggen").formEinde();
        v.toon(status, "Nieuwe melding", "/ui/meldingen", h);
    }

    private void melding(Verzoek v, String id, boolean triage) throws IOException {
        Api.Antwoord fout = null;
        if (triage) {
            if (v.geenFormulier("/ui/meldingen/" + id)) {
                return;
            }
            ObjectNode body = Api.JSON.createObjectNode().put("uitkomst", v.veld("uitkomst")).put("ernst", v.veld("ernst"))
                    .put("toestemmingGemelde", v.aangevinkt("toestemmingGemelde")).put("op", v.veld("op"));
            if (!v.veld("naar").isEmpty()) {
                body.put("naar", v.veld("naar"));
            }
            Api.Antwoord a = v.post("/api/v1/meldingen/" + id + "/triage", "wams-meldpunt", body);
            if (a.ok()) {
                v.naar("/ui/meldingen/" + id);
                return;
            }
            fout = a;
        }
        JsonNode m = lees(v, "/api/v1/meldingen/" + id, "wams-meldpunt", "Melding", "/ui/meldingen");
        if (m == null) {
            return;
        }
        Html h = new Html().h1("Melding");
        h.gegevens(List.of(new String[] { "Toestand", label(m.path("toestand").asText()) }, new String[] { "Ontvangen", datum(m.path("ontvangen").asText()) },
                new String[] { "Melder", m.path("melder").path("naam").asText() + " (" + label(m.path("melder").path("soort").asText()) + ")" },
                new String[] { "Gemelde", m.path("gemelde").path("naam").asText() }, new String[] { "Zorg", m.path("zorg").asText() },
                new String[] { "Bewaren tot", m.has("bewarenTot") ? datum(m.path("bewarenTot").asText()) + " (Wmo 2015 art. 5.5.4 lid 1)" : "—" }));
        if ("IN_TRIAGE".equals(m.path("toestand").asText()) && v.sessie.heeft("meldpuntmedewerker")) {
            h.h2("Triage");
            if (fout != null) {
                weigering(h, fout);
            }
            h.form("/ui/meldingen/" + id + "/triage", v.sessie.csrf);
            h.keuze("Uitkomst", "uitkomst", List.of(new String[] { "DOORSTUREN", "Doorsturen (art. 2.2.5 lid 2 onder a)" },
                    new String[] { "EIGEN_TAAK", "Eigen taak van het college" }, new String[] { "WVGGZ", "Verkennend onderzoek Wvggz" },
                    new String[] { "GEEN_VERVOLG", "Geen vervolg" }), v.veld("uitkomst"));
            h.veld("Ernst", "ernst", "text", v.veld("ernst"), true, "Hoe ernstig is de situatie?", null);
            h.veld("Doorsturen naar, of de wet van de eigen taak", "naar", "text", v.veld("naar"), false, "Bij doorsturen de organisatie; bij een eigen taak de wet, bijvoorbeeld Jeugdwet.", null);
            h.vinkje("De gemelde stemt in met doorsturen", "toestemmingGemelde", v.aangevinkt("toestemmingGemelde"));
            h.veld("Datum", "op", "date", v.veld("op").isEmpty() ? LocalDate.now().toString() : v.veld("op"), true, null, null);
            h.knop("Triage vastleggen").formEinde();
        }
        v.toon(status(fout), "Melding", "/ui/meldingen", h);
    }

    // --- onderzoek -------------------------------------------------------------------------------------------

    /** The routes into an investigation, by the article that opens them. */
    static final Map<String, String> ROUTES;

    static {
        Map<String, String> routes = new java.util.LinkedHashMap<>();
        routes.put("WMO_2_3A_1", "Hulpvraag: onderzoek door het college (Wmo 2015 art. 2.3a.1)");
        routes.put("WMO_2_3A_4", "Verzoek van een partij (Wmo 2015 art. 2.3a.4)");
        ROUTES = java.util.Collections.unmodifiableMap(routes);
    }

    private static final Map<String, String> ONDERZOEK_VELDEN = Map.of("verzoekdatum", "verzoekdatum", "client.bsn", "clientBsn", "client.naam", "clientNaam",
            "client.geboortedatum", "clientGeboortedatum", "reikwijdte.domeinen", "domeinen", "reikwijdte.problemen", "problemen", "noodzaak", "noodzaak",
            "hulpvraagWet", "hulpvraagWet");

    private void nieuwOnderzoek(Verzoek v) throws IOException {
        Api.Antwoord fout = null;
        if (v.post()) {
            ObjectNode body = Api.JSON.createObjectNode().put("route", v.veld("route")).put("verzoekdatum", v.veld("verzoekdatum"));
            if (!v.veld("hulpvraagWet").isEmpty()) {
                body.put("hulpvraagWet", v.veld("hulpvraagWet"));
            }
            body.putObject("client").put("bsn", v.veld("clientBsn")).put("naam", v.veld("clientNaam")).put("geboortedatum", v.veld("clientGeboortedatum"));
            ObjectNode reikwijdte = body.putObject("reikwijdte");
            lijstVeld(reikwijdte.putArray("domeinen"), v.veld("domeinen"));
            lijstVeld(reikwijdte.putArray("problemen"), v.veld("problemen"));
            body.put("vermoedenMeervoudigeProblematiek", v.aangevinkt("vermoeden")).put("noodzaak", v.veld("noodzaak"));
            Api.Antwoord a = v.post("/api/v1/onderzoeken", "wams-onderzoek", body);
            if (a.ok()) {
                v.naar("/ui/onderzoeken/" + a.body().path("id").asText());
                return;
            }
            fout = a;
        }
        Html h = new Html().h1("Nieuw onderzoek");
        Formulierfout f = Formulierfout.toon(h, fout, ONDERZOEK_VELDEN);
        h.p("Een onderzoek naar meervoudige problematiek (Wmo 2015 art. 2.3a.1), in samenspraak met de cliënt: leg de reikwijdte vast die de cliënt afspreekt, en waarom het nodig is.");
        h.form("/ui/onderzoeken/nieuw", v.sessie.csrf);
        h.keuze("Route", "route", ROUTES.entrySet().stream().map(e -> new String[] { e.getKey(), e.getValue() }).toList(), v.veld("route"));
        h.veld("Datum van de hulpvraag", "verzoekdatum", "date", v.post() ? v.veld("verzoekdatum") : LocalDate.now().toString(), true, null,
                f.bij("verzoekdatum"));
        h.keuze("Wet van de hulpvraag", "hulpvraagWet", List.of(new String[] { "", "Wmo 2015" }, new String[] { "Jeugdwet", "Jeugdwet" },
                new String[] { "Participatiewet", "Participatiewet" }, new String[] { "Wgs", "Wet gemeentelijke schuldhulpverlening" },
                new String[] { "Wi2021", "Wet inburgering 2021" }), v.veld("hulpvraagWet"));
        h.raw("<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset\"><legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend\">Cliënt</legend>");
        h.veld("BSN", "clientBsn", "text", v.veld("clientBsn"), true, "Negen cijfers.", f.bij("clientBsn"));
        h.veld("Naam", "clientNaam", "text", v.veld("clientNaam"), true, null, f.bij("clientNaam"));
        h.veld("Geboortedatum", "clientGeboortedatum", "date", v.veld("clientGeboortedatum"), true, null, f.bij("clientGeboortedatum"));
        h.raw("</fieldset>");
        h.veld("Levensdomeinen", "domeinen", "text", v.veld("domeinen"), true, "Gescheiden door komma's, bijvoorbeeld: opvoeding, schulden, inkomen.", f.bij("domeinen"));
        h.veld("Problemen", "problemen", "text", v.veld("problemen"), true, "Gescheiden door komma's.", f.bij("problemen"));
        h.vinkje("Er is een vermoeden van meervoudige problematiek", "vermoeden", !v.post() || v.aangevinkt("vermoeden"));
        h.veld("Noodzaak", "noodzaak", "textarea", v.veld("noodzaak"), true, "Waarom is dit onderzoek nodig? Het dossier bewaart het met wie het vastlegde en wanneer.",
                f.bij("noodzaak"));
        h.knop("Onderzoek starten").formEinde();
        v.toon(status(fout), "Nieuw onderzoek", "/ui/onderzoeken", h);
    }

    /**
     * The investigation; {@code bericht} (may be null) is what a form on it was answered with (the kernel's answer to
     * a data request not yet sent, or a refusal), shown in the section {@code sectie} it belongs to, with {@code status}.
     */
    static void onderzoek(Verzoek v, String id, Html bericht, String sectie, int status) throws IOException {
        // The case's other files come in the same answer: one API call for the whole screen.
        JsonNode o = lees(v, "/api/v1/onderzoeken/" + id + (v.sessie.heeft("consulent") ? "?met=verstrekkingsverzoeken,casusoverleggen,coordinatiedossiers" : ""),
                "wams-onderzoek", "Onderzoek", "/ui/onderzoeken");
        if (o == null) {
            return;
        }
        Html h = new Html().h1("Onderzoek");
        if (o.hasNonNull("termijn")) {
            termijn(h, o, v.pagina.nadertDagen);
        }
        List<String[]> rijen = new ArrayList<>();
        rijen.add(new String[] { "Toestand", label(o.path("proces").path("toestand").asText()) });
        rijen.add(new String[] { "Route", ROUTES.getOrDefault(o.path("proces").path("route").asText(), o.path("proces").path("route").asText()) });
        if (o.hasNonNull("hulpvraagWet")) {
            rijen.add(new String[] { "Hulpvraag", o.path("hulpvraagWet").asText() + " (" + String.join(", ", teksten(o.path("ingang").path("citaties"))) + ")" });
        }
        rijen.add(new String[] { "Cliënt", o.path("client").path("naam").asText() });
        // A set in the API: shown in alphabetical order, so the same scope always reads the same.
        rijen.add(new String[] { "Levensdomeinen", String.join(", ", teksten(o.path("reikwijdte").path("domeinen")).stream().sorted().toList()) });
        rijen.add(new String[] { "Problemen", String.join(", ", teksten(o.path("reikwijdte").path("problemen")).stream().sorted().toList()) });
        h.gegevens(rijen);
        h.h2("Cliënten");
        h.tabel("Wie cliënt is, waarom en sinds wanneer", "Reden", "Sinds", "Grondslag");
        for (JsonNode c : o.path("clientstatus")) {
            h.rij(Html.esc(label(c.path("reden").asText())), Html.esc(datum(c.path("vanaf").asText())), Html.esc(c.path("artikel").asText()));
        }
        h.tabelEinde();
        Gezinsscherm.sectie(v, h, id, o, "gezinsleden".equals(sectie) ? bericht : null);
        h.h2("Onderbouwing van de noodzaak");
        for (JsonNode n : o.path("onderbouwingen")) {
            h.raw("<blockquote class=\"utrecht-blockquote\"><p class=\"utrecht-paragraph\">").text(n.path("waarom").asText()).raw("</p><p class=\"utrecht-paragraph utrecht-paragraph--small\">")
                    .text("Vastgelegd " + datum(n.path("op").asText()) + " (" + label(n.path("bron").asText()) + ")").raw("</p></blockquote>");
        }
        Verzoekscherm.sectie(v, h, id, o, "verzoek".equals(sectie) ? bericht : null);
        Coordinatiescherm.bijOnderzoekTijdensOnderzoek(v, h, id, o, "casusoverleg".equals(sectie) ? bericht : null);
        Afrondingsscherm.sectie(v, h, id, o, "afronding".equals(sectie) ? bericht : null);
        Coordinatiescherm.bijOnderzoek(v, h, id, o);
        v.toon(status, "Onderzoek", "/ui/onderzoeken", h);
    }

    /** The legal term as the active rule set computed it, in colour and in words, with its article. */
    static void termijn(Html h, JsonNode o, int nadertDagen) {
        h.raw("<p class=\"utrecht-paragraph\">");
        termijn(h, LocalDate.parse(o.path("termijn").asText()), o.path("termijnVerstreken").asBoolean(false), "uitkomst",
                String.join(", ", teksten(o.path("termijnGrondslag").path("citaties"))), nadertDagen);
        h.raw("</p>\n");
    }

    /**
     * A legal term in colour and in words: passed (red), near (yellow, from {@code nadertDagen} days before; the
     * municipality's setting {@code termijnNadertDagen}) or
     * within (green), with what it is for and its articles. Whether it passed is the API's answer.
     */
    static void termijn(Html h, LocalDate termijn, boolean verstreken, String wat, String grondslag, int nadertDagen) {
        long dagen = ChronoUnit.DAYS.between(LocalDate.now(), termijn);
        String wanneer = wat + " uiterlijk " + DATUM.format(termijn) + " (" + grondslag + ")";
        if (verstreken) {
            h.badge("danger", "Termijn verstreken").raw(" ").text("De termijn voor " + wat + " liep tot " + DATUM.format(termijn) + " (" + grondslag + ").");
        } else if (dagen <= nadertDagen) {
            h.badge("warning", "Termijn nadert").raw(" ").text("Nog " + dagen + (dagen == 1 ? " dag" : " dagen") + ": " + wanneer + ".");
        } else {
            h.badge("safe", "Binnen de termijn").raw(" ").text(Character.toUpperCase(wanneer.charAt(0)) + wanneer.substring(1) + ".");
        }
    }

    // --- shared ----------------------------------------------------------------------------------------------

    /** A refusal of the API: what, why in plain Dutch, and on which article. */
    static void weigering(Html h, Api.Antwoord a) {
        Api.Weigering w = a.weigering();
        StringBuilder tekst = new StringBuilder(w.detail());
        Html inhoud = new Html();
        inhoud.raw("<div class=\"utrecht-alert utrecht-alert--").raw(a.status() >= 500 || a.status() == 0 ? "error" : "warning").raw("\" role=\"alert\">")
                .raw("<div class=\"utrecht-alert__content\"><div class=\"utrecht-alert__message\">");
        inhoud.raw("<p class=\"utrecht-paragraph\"><strong>").text(a.status() == 403 || a.status() == 422 ? "Nee: " + w.titel() : w.titel()).raw("</strong></p>");
        if (!tekst.isEmpty()) {
            inhoud.p(tekst.toString());
        }
        if (!w.redenen().isEmpty()) {
            inhoud.raw("<ul class=\"utrecht-unordered-list\">");
            w.redenen().forEach(r -> inhoud.raw("<li class=\"utrecht-unordered-list__item\">").text(r).raw("</li>"));
            inhoud.raw("</ul>");
        }
        if (!w.artikelen().isEmpty() && !w.artikelen().stream().allMatch(tekst.toString()::contains)) {
            inhoud.p("Op grond van: " + String.join("; ", w.artikelen().stream().distinct().toList()) + (w.regel().isEmpty() ? "" : " (regel " + w.regel() + ")"));
        }
        h.raw(inhoud.raw("</div></div></div>\n").toString());
    }

    /** A screen that can be shown again with an answer (a refusal) in one of its sections. */
    interface Scherm {
        void toon(Verzoek v, String id, Html bericht, String sectie, int status) throws IOException;
    }

    /**
     * After a form: on to its section of the screen at {@code pad} (post/redirect/get), or, when the API refused, the
     * screen again with the refusal in that section and the API's status.
     */
    static void klaar(Verzoek v, Api.Antwoord a, String pad, String id, String sectie, Scherm scherm) throws IOException {
        if (a.ok()) {
            v.naar(pad + "#" + sectie);
            return;
        }
        Html fout = new Html();
        weigering(fout, a);
        scherm.toon(v, id, fout, sectie, status(a));
    }

    /** A case's files of one kind as a table: a link to each (by its short id), its state and when it was made. */
    static void dossiers(Html h, String bijschrift, String detail, JsonNode items, String dossierKop, String toestandKop, String datumKop) {
        h.tabel(bijschrift, dossierKop, toestandKop, datumKop);
        for (JsonNode i : items) {
            h.rij("<a class=\"utrecht-link utrecht-link--html-a\" href=\"" + Html.esc(detail + i.path("id").asText()) + "\">"
                    + Html.esc(kort(i.path("id").asText())) + "</a>", Html.esc(label(i.path("toestand").asText())), Html.esc(datum(i.path("aangemaakt").asText())));
        }
        h.tabelEinde();
    }

    /**
     * The files of one kind of this investigation's case: those the investigation's answer embedded ({@code ?met=}),
     * else the kind's own list.
     */
    static Api.Antwoord bijZaak(Verzoek v, JsonNode onderzoek, String id, String naam) {
        JsonNode embedded = onderzoek.path("_embedded").path(naam);
        if (embedded.isArray()) {
            com.fasterxml.jackson.databind.node.ObjectNode body = Api.JSON.createObjectNode();
            body.putObject("_embedded").set(naam, embedded);
            return new Api.Antwoord(200, body);
        }
        return v.get("/api/v1/" + naam + "?onderzoek=" + id + "&paginaGrootte=100", null);
    }

    /** The status a screen answers with after an API answer: the API's, 503 when it was not reachable, 200 without one. */
    static int status(Api.Antwoord a) {
        return a == null ? 200 : a.status() == 0 ? 503 : a.status();
    }

    /** Reads a file for a screen; when the API refuses, the screen shows only the refusal and null is returned. */
    static JsonNode lees(Verzoek v, String pad, String verwerking, String titel, String actief) throws IOException {
        Api.Antwoord a = v.get(pad, verwerking);
        if (a.ok()) {
            return a.body();
        }
        Html h = new Html().h1(titel);
        weigering(h, a);
        v.toon(status(a), titel, actief, h);
        return null;
    }

    /** A refused form: the API's answer, shown above the form, and its message at the form field the API named. */
    record Formulierfout(Api.Antwoord antwoord, String veld) {
        /** Shows the refusal (if any) and returns what the fields need to mark themselves; null answer: no error. */
        static Formulierfout toon(Html h, Api.Antwoord antwoord, Map<String, String> velden) {
            if (antwoord == null) {
                return new Formulierfout(null, null);
            }
            weigering(h, antwoord);
            return new Formulierfout(antwoord, antwoord.veld() == null ? null : velden.get(antwoord.veld()));
        }

        /** The error text for this form field, or null. */
        String bij(String formulierVeld) {
            if (antwoord == null || !formulierVeld.equals(veld)) {
                return null;
            }
            JsonNode p = antwoord.body().path("invalidParams");
            return p.isArray() && !p.isEmpty() ? p.get(0).path("reason").asText() : antwoord.weigering().detail();
        }
    }

    private void nietGevonden(Verzoek v) throws IOException {
        v.toon(404, "Niet gevonden", null, new Html().h1("Niet gevonden").p("Dit scherm bestaat niet.").raw("<p class=\"utrecht-paragraph\">")
                .link("/ui/", "Naar de werkvoorraad").raw("</p>"));
    }

    /** A comma-separated field as a JSON array of its non-empty parts. */
    static void lijstVeld(ArrayNode out, String tekst) {
        Arrays.stream(tekst.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    }

    static List<String> teksten(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** An ISO date or instant as "2 december 2026"; anything else as it is. */
    static String datum(String iso) {
        if (iso == null || iso.length() < 10) {
            return iso == null ? "" : iso;
        }
        try {
            return DATUM.format(LocalDate.parse(iso.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** An enum constant as words: {@code IN_TRIAGE} → "In triage". */
    static String label(String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String s = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String kort(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    static List<String> namen(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
