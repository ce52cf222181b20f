// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.meervoud.casus.api.Bewaarstart;
import nl.meervoud.casus.api.GecoordineerdeAanpak;
import nl.meervoud.casus.api.Leeftijdsgrens;
import nl.meervoud.casus.api.Coordinatiedossier;
import nl.meervoud.casus.api.Melding;
import nl.meervoud.casus.api.Onderzoek;
import nl.meervoud.casus.api.Onderzoeksdossier;
import nl.meervoud.casus.api.Verkrijging;
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
import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.RetentionRule;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.store.api.Dossiers.Dossier;
import nl.meervoud.store.api.Dossiers.Soort;
import nl.meervoud.store.api.Dossiers;

/**
 * What every resource of the case API shares: the enforcement point (every personal-data access is a kernel
 * decision, logged, a denial a 403), retention dates from the kernel's rules, loading and representing stored
 * files, and the investigation helpers the other resources need. A resource adds its routes and handlers.
 */
abstract class Resource {
    static final String BASE = CasusApi.BASE;
    static final String VERWERKING = CasusApi.VERWERKING;

    /**
     * What the resources work with.
     *
     * @param melddossierMaanden configured months of the melddossier (Wmo 2015 art. 5.5.4 lid 1)
     * @param melderTerugkoppelingBurgers whether resident melders get feedback (rulebook §8 item 11)
     */
    /**
     * @param gebruikers the local accounts, to check whom the college designates; null when the auth bundle offers none
     * @param gemeenten the municipalities' own settings (melddossier period, feedback, law modules); null: none
     */
    record Deps(Dossiers dossiers, PrivacyKernel kernel, ProcessingLog log, Clock clock, int melddossierMaanden,
            boolean melderTerugkoppelingBurgers, java.util.Set<String> verwerkingsactiviteiten, nl.meervoud.auth.api.Gebruikers gebruikers,
            nl.meervoud.platform.api.Gemeenten gemeenten) {
    }

    /** The whole store; a request works only through {@link #dossiers(Call)}, its municipality's view. */
    private final Dossiers store;
    final PrivacyKernel kernel;
    final ProcessingLog log;
    final Clock clock;
    final int melddossierMaanden;
    final boolean melderTerugkoppelingBurgers;
    /** The register of processing activities (AVG art. 30) a request's {@value #VERWERKING} must name an entry of. */
    final java.util.Set<String> verwerkingsactiviteiten;
    /** The local accounts; null when none are offered. */
    final nl.meervoud.auth.api.Gebruikers gebruikers;
    /** The municipalities' own settings; null when the platform offers none. */
    private final nl.meervoud.platform.api.Gemeenten gemeenten;

    Resource(Deps deps) {
        this.store = deps.dossiers();
        this.kernel = deps.kernel();
        this.log = deps.log();
        this.clock = deps.clock();
        this.melddossierMaanden = deps.melddossierMaanden();
        this.melderTerugkoppelingBurgers = deps.melderTerugkoppelingBurgers();
        this.verwerkingsactiviteiten = java.util.Set.copyOf(deps.verwerkingsactiviteiten());
        this.gebruikers = deps.gebruikers();
        this.gemeenten = deps.gemeenten();
    }

    /**
     * The kernel as the acting person's municipality meets it (issue 10 §3): without the law modules that
     * municipality switched off. Every question of law a request asks goes here.
     */
    PrivacyKernel kernel(Call c) {
        return kernel.voorGemeente(c.identiteit().principal().gemeente());
    }

    /** The settings of the acting person's municipality; where it set nothing, the installation's. */
    private nl.meervoud.platform.api.Gemeenten.Instellingen instellingen(Call c) {
        String code = c.identiteit().principal().gemeente();
        return gemeenten == null ? nl.meervoud.platform.api.Gemeenten.Instellingen.geen(code) : gemeenten.van(code);
    }

    /** Every municipality with settings of its own (none when the platform offers no municipal settings). */
    List<nl.meervoud.platform.api.Gemeenten.Instellingen> alleGemeenten() {
        return gemeenten == null ? List.of() : gemeenten.alle();
    }

    /** How many months the municipality keeps a melddossier (Wmo 2015 art. 5.5.4 lid 1). */
    int melddossierMaanden(Call c) {
        Integer eigen = instellingen(c).melddossierMaanden();
        return eigen == null ? melddossierMaanden : eigen;
    }

    /** Whether the municipality gives resident melders feedback too (Wmo 2015 art. 2.2.5 lid 2 onder d). */
    boolean melderTerugkoppelingBurgers(Call c) {
        Boolean eigen = instellingen(c).melderTerugkoppelingBurgers();
        return eigen == null ? melderTerugkoppelingBurgers : eigen;
    }

    /**
     * The store as the acting person's municipality sees it (issue 10 §3): a file of another municipality is not
     * found, not listed and not changed, as if it did not exist. The municipality comes from the authenticated
     * principal (the token's gemeentecode, or the local account's), never from the request.
     */
    Dossiers dossiers(Call c) {
        return store.voorGemeente(c.identiteit().principal().gemeente());
    }

    /**
     * Who may list files of a kind (need-to-know, issue 10 §2): the functions that work with them. The operator
     * and the resident list nothing; the privacy officer lists investigations to reach their processing log.
     */
    static nl.meervoud.auth.api.Functie[] lijstFuncties(Soort soort) {
        return switch (soort) {
            case MELDING -> new nl.meervoud.auth.api.Functie[] { nl.meervoud.auth.api.Functie.MELDPUNTMEDEWERKER };
            case ONDERZOEK -> new nl.meervoud.auth.api.Functie[] { nl.meervoud.auth.api.Functie.CONSULENT,
                    nl.meervoud.auth.api.Functie.PRIVACYFUNCTIONARIS };
            case COORDINATIEDOSSIER, CASUSOVERLEG -> new nl.meervoud.auth.api.Functie[] { nl.meervoud.auth.api.Functie.COORDINATOR,
                    nl.meervoud.auth.api.Functie.CONSULENT };
            // A party's professional lists the requests addressed to their party (their key on the request).
            case VERSTREKKINGSVERZOEK -> new nl.meervoud.auth.api.Functie[] { nl.meervoud.auth.api.Functie.CONSULENT,
                    nl.meervoud.auth.api.Functie.PROFESSIONAL };
        };
    }

    /**
     * The keys a list is filtered by: the person's need-to-know keys; for a party's professional who is not also a
     * consulent, only their party's key on the data requests addressed to it (not the keys of any investigation).
     */
    static java.util.Set<String> lijstSleutels(Identiteit wie, Soort soort) {
        if (soort == Soort.VERSTREKKINGSVERZOEK && wie.heeft(nl.meervoud.auth.api.Functie.PROFESSIONAL)
                && !wie.heeft(nl.meervoud.auth.api.Functie.CONSULENT)) {
            String partij = wie.principal().organisatie();
            return partij.isEmpty() ? java.util.Set.of() : java.util.Set.of(Identiteit.PARTIJ + partij);
        }
        return wie.toegangssleutels();
    }

    /**
     * Who lists every file of a kind rather than only those their need-to-know keys open: anyone for meldingen (the
     * meldpunt has no cases yet), the privacy officer for all kinds, a coordinator for coordination files and
     * casusoverleggen; a consulent lists the cases of their own and their team's.
     */
    static boolean lijstAlles(Identiteit wie, Soort soort) {
        return switch (soort) {
            case MELDING -> true;
            case ONDERZOEK, VERSTREKKINGSVERZOEK -> wie.heeft(nl.meervoud.auth.api.Functie.PRIVACYFUNCTIONARIS);
            // A coordinator sees the approaches they were designated for (their key on the investigation), not all.
            case COORDINATIEDOSSIER, CASUSOVERLEG -> wie.heeft(nl.meervoud.auth.api.Functie.PRIVACYFUNCTIONARIS);
        };
    }

    /**
     * Whether the person acting is the college's consulent or the case's coordinator in this request (the
     * need-to-know applies to both: a coordinator works only on the approaches the college designated them for).
     */
    private static boolean alsConsulent(Call c, DecisionRequest request) {
        return als(c, request, Rol.COLLEGE) || als(c, request, Rol.COORDINATOR);
    }

    /** Whether the person acting is the sender or the recipient of this request in this role. */
    private static boolean als(Call c, DecisionRequest request, Rol rol) {
        String id = c.identiteit().id();
        return (request.van().rol() == rol && id.equals(request.van().id())) || (request.naar().rol() == rol && id.equals(request.naar().id()));
    }

    private static UUID zaakId(String zaak) {
        try {
            return zaak == null || zaak.isEmpty() ? null : UUID.fromString(zaak);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Need-to-know (issue 10 §2): a consulent works on the investigations they started or their team holds, and on
     * the files of those cases; an investigation with the key {@code open} (stored before need-to-know, or filed by a
     * party) is open to every consulent. 403 otherwise. Coordinators and the privacy officer are not limited by it.
     */
    void toegang(Call c, UUID zaak) {
        toegang(c, zaak, false);
    }

    /**
     * As {@link #toegang(Call, UUID)}; acting as the case's coordinator, once the college designated one (the
     * investigation holds a coordinator's key), only that person's key opens it: the coordinator of Wmo 2015 art.
     * 1.1.1 is the designated person (2.3a.3 lid 1), not anyone in the function whose team holds the case.
     */
    private void toegang(Call c, UUID zaak, boolean alsCoordinator) {
        if (zaak == null) {
            return;
        }
        // Every stored investigation has a key (its creator's, or `open`: migration V4), so none means the case is not an
        // investigation (a melding) or is being created by this very request.
        java.util.Set<String> keys = c.identiteit().bekendeToegang().computeIfAbsent(zaak, z -> dossiers(c).toegang(Soort.ONDERZOEK, z));
        if (!keys.isEmpty() && java.util.Collections.disjoint(keys, c.identiteit().toegangssleutels())) {
            throw new Problem(403, "Geen toegang", "dit onderzoek is niet van u of van uw team (need-to-know)", null, null, null);
        }
        if (alsCoordinator && keys.stream().anyMatch(k -> k.startsWith(Identiteit.COORDINATOR))
                && !keys.contains(Identiteit.COORDINATOR + c.identiteit().id())) {
            throw new Problem(403, "Geen toegang", "u bent niet de coördinator die het college voor deze aanpak aanwees "
                    + "(Wmo 2015 art. 2.3a.3 lid 1)", "Wmo 2015 art. 2.3a.3 lid 1", null, null);
        }
    }

    /** Adds this resource's routes. */
    abstract void routes(Router r);

    // ---------------------------------------------------------------- enforcement point

    /**
     * The processing activity the request states (header {@value #VERWERKING}); required wherever personal data are
     * touched, and an entry of the configured register of processing activities (AVG art. 30), nothing else.
     */
    String activiteit(Call c) {
        String activiteit = c.request().getHeader(VERWERKING);
        if (activiteit == null || activiteit.isBlank()) {
            throw Problem.veld(VERWERKING, "vermeld de verwerkingsactiviteit waarvoor dit verzoek persoonsgegevens verwerkt");
        }
        if (!verwerkingsactiviteiten.contains(activiteit)) {
            throw Problem.veld(VERWERKING, "geen verwerkingsactiviteit uit het register; bekend: "
                    + String.join(", ", new java.util.TreeSet<>(verwerkingsactiviteiten)));
        }
        return activiteit;
    }

    /** Asks the kernel; a denial ends the request with 403 and the kernel's reasons. The kernel logs either way. */
    Decision besluit(Call c, DecisionRequest.Builder b) {
        String activiteit = activiteit(c);
        String traceparent = c.request().getHeader("traceparent");
        DecisionRequest request = b.activiteit(activiteit).traceparent(traceparent == null ? "" : traceparent).build();
        Decision d = kernel(c).decide(request);
        if (d.effect() != Decision.Effect.PERMIT) {
            String functie = c.identiteit().ontbreekt();
            throw new Problem(403, "Verwerking geweigerd door de privacykern",
                    (functie.isEmpty() ? "" : functie + "; ") + String.join("; ", d.redenen()), null, null, d);
        }
        c.verleend().add(new Router.Verleend(request, d));
        if (alsConsulent(c, request)) {
            // Need-to-know, refused by the process after the kernel permitted: the failure path records that the
            // permitted processing did not take place.
            toegang(c, zaakId(request.zaak()), als(c, request, Rol.COORDINATOR));
        }
        return d;
    }

    /**
     * What a person is shown of a file that concerns others too, and the articles that decide it (issue 8 §3:
     * a computed fact names its article): their own part only, so that family members can receive help without
     * the others knowing (Wmo 2015 art. 2.3a.2 lid 1), and no other person's data in a copy (AVG art. 15 lid 4).
     */
    static final Map<String, Object> EIGEN_DEEL = Map.of("uitleg", "alleen het eigen deel; de uitkomst, deelname en "
            + "voorzieningen van gezinsleden blijven verborgen", "citaties", List.of("Wmo 2015 art. 2.3a.2 lid 1", "AVG art. 15 lid 4"));

    /**
     * The coordinator designated in the case, as the kernel sees them: the designated account at the issuer of the
     * person acting, with the municipality, as {@link Identiteit#id()} names a person; a file stored before 0.4
     * names the coordinator only by name.
     */
    static Actor coordinator(Identiteit wie, Coordinatiedossier.Coordinator coordinator) {
        String id = coordinator.gebruiker() == null ? coordinator.naam() : wie.idVan(coordinator.gebruiker());
        return new Actor(Rol.COORDINATOR, id, null, Domein.SOCIAAL, "", Geheimhouding.GEEN, true, true);
    }

    /** The need-to-know key the designated coordinator's person opens ({@link Identiteit#toegangssleutels()}). */
    static String coordinatorSleutel(Identiteit wie, Coordinatiedossier.Coordinator coordinator) {
        return Identiteit.COORDINATOR + wie.idVan(coordinator.gebruiker());
    }

    static Actor partij(String id, Geheimhouding geheimhouding, boolean bsnBevoegd) {
        return new Actor(Rol.PARTIJ, id, null, Domein.SOCIAAL, "", geheimhouding, bsnBevoegd, false);
    }

    /**
     * The party of a data request as the kernel's actor: in the role its law's module declares for it (e.g.
     * {@code WLZ_UITVOERDER}), or {@code PARTIJ}. Whether that role is in force is the kernel's to decide: a role
     * whose module has left is refused by the kernel, naming it, with a processing-log record.
     *
     * @param opgeslagen the party comes from a stored request, whose role was checked when it arrived; it is taken as
     *        stored even when no rule file has named it since a restart (the kernel then refuses it)
     * @throws Problem (400, {@code partij.rol}) for a new request naming a role no rule file of this platform ever
     *         declared, or one of the Wams's own roles other than {@code PARTIJ} (a party is not the college or the client)
     */
    static Actor partij(Verstrekkingsverzoek.Partij p, boolean opgeslagen) {
        Rol rol = Rol.PARTIJ;
        if (opgeslagen && !p.rol().isEmpty()) {
            rol = Rol.of(p.rol());
        } else if (!p.rol().isEmpty()) {
            rol = Rol.find(p.rol()).orElseThrow(() -> Problem.veld("partij.rol",
                    "geen rol die een regelset declareert; laat weg voor een partij in het algemeen (Wmo 2015 art. 1.1.1)"));
            if (rol != Rol.PARTIJ && Rol.ingebouwde().contains(rol)) {
                throw Problem.veld("partij.rol", "een partij heeft geen rol " + rol.name() + " (Wmo 2015 art. 1.1.1); laat weg of noem "
                        + "de rol die de module van haar wet declareert");
            }
        }
        return new Actor(rol, p.id(), null, Domein.SOCIAAL, "", p.geheimhouding(), p.bsnBevoegd(), false);
    }

    static Doel onderzoekDoel(Onderzoeksdossier o) {
        return o.proces().route() == Onderzoek.Route.WMO_2_3A_1 ? Doel.ONDERZOEK_2_3A_1 : Doel.ONDERZOEK_2_3A_4;
    }

    /** The kernel's route of the investigation; a route a law brings is in force only while its module declares it. */
    static Route route(Onderzoeksdossier o) {
        return Route.of(o.ingangsroute());
    }

    /**
     * The college processing its own investigation data for the investigation (Wmo 2015 art. 5.4.1 lid 1; rule W1a,
     * W4 for special categories), with the evidence the file records ({@link Bewijsvoering#onderzoek}).
     */
    Decision onderzoekVerwerking(Call c, UUID id, Onderzoeksdossier o, List<String> betrokkenen, Gegevenssoort... gegevens) {
        Actor college = c.identiteit().als(Rol.COLLEGE);
        Doel doel = onderzoekDoel(o);
        return besluit(c, DecisionRequest.van(college).naar(college).bron(doel).doel(doel).route(route(o)).gegevens(gegevens)
                .bewijs(Bewijsvoering.onderzoek(o)).betrokkenen(betrokkenen.toArray(String[]::new))
                .zaak(id.toString()));
    }

    // ---------------------------------------------------------------- retention (rulebook §4.15)

    /** The last day a file may be kept, once its period has started: the start plus the rule's maximum. */
    LocalDate bewarenTot(Call c, Optional<Bewaarstart> start) {
        return start.map(s -> s.datum().plus(regel(c, s).maximum())).orElse(null);
    }

    /**
     * The melddossier: the configured months, held within the rule's minimum and maximum (Wmo 2015 art. 5.5.4 lid
     * 1: at least six months, at most a year).
     */
    LocalDate bewarenTotMelding(Call c, Melding m) {
        Bewaarstart s = m.bewaarstart();
        RetentionRule r = regel(c, s);
        LocalDate gewenst = s.datum().plusMonths(melddossierMaanden(c));
        LocalDate min = s.datum().plus(r.minimum());
        LocalDate max = s.datum().plus(r.maximum());
        return gewenst.isBefore(min) ? min : gewenst.isAfter(max) ? max : gewenst;
    }

    /** The active retention rule for a data set and start event; without one nothing is stored (503). */
    RetentionRule regel(Call c, Bewaarstart s) {
        return Bewaarregels.regel(kernel(c), s).orElseThrow(() -> new Problem(503, "Bewaartermijn onbekend", "er is geen actieve bewaarregel voor " + s.gegevensset()
                        + " vanaf " + s.startgebeurtenis() + "; er is niets opgeslagen", null, null, null));
    }

    // ---------------------------------------------------------------- helpers

    static UUID uuid(String value, String veld) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problem.veld(veld, "geen geldige id");
        }
    }

    Dossier laad(Soort soort, Call c) {
        UUID id = uuid(c.var("id"), "id");
        Dossier d = dossiers(c).find(soort, id).orElseThrow(() -> Problem.nietGevonden(soort.tabel() + " " + id));
        if (d.toegang() != null) {
            c.identiteit().bekendeToegang().put(d.id(), d.toegang()); // read with the file, checked at its decision
        }
        String ifMatch = c.request().getHeader("If-Match");
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.replace("W/", "").replace("\"", "").trim().equals(Long.toString(d.versie()))) {
            throw Problem.conflict(soort.tabel() + " " + id + " staat op versie " + d.versie() + ", niet op " + ifMatch);
        }
        return d;
    }

    static <T> T vereist(T value, String veld) {
        if (value == null) {
            throw Problem.veld(veld, "vereist");
        }
        return value;
    }

    LocalDate vandaag(LocalDate op) {
        return op != null ? op : LocalDate.now(clock);
    }

    static Dossiers.Inhoud inhoud(UUID zaak, String toestand, Object domein, LocalDate bewarenTot, List<String> betrokkenen) {
        return inhoud(zaak, toestand, domein, bewarenTot, betrokkenen, null);
    }

    /** As above, with need-to-know keys (null: leave them as they are). */
    static Dossiers.Inhoud inhoud(UUID zaak, String toestand, Object domein, LocalDate bewarenTot, List<String> betrokkenen,
            java.util.Set<String> toegang) {
        return inhoud(zaak, toestand, domein, bewarenTot, betrokkenen, toegang, null);
    }

    /** As above, with the file's next legal term (null: none), which lists sort by. */
    static Dossiers.Inhoud inhoud(UUID zaak, String toestand, Object domein, LocalDate bewarenTot, List<String> betrokkenen,
            java.util.Set<String> toegang, LocalDate termijn) {
        return new Dossiers.Inhoud(zaak, toestand, Json.storable(domein), bewarenTot, new TreeSet<>(betrokkenen), toegang, termijn);
    }

    /** A melddossier as stored, with its term to inform the gemelde while that is due. */
    static Dossiers.Inhoud meldingInhoud(Melding m, LocalDate bewarenTot, List<String> betrokkenen) {
        return inhoud(null, m.toestand().name(), m, bewarenTot, betrokkenen, null, meldingTermijn(m).map(Termijn::datum).orElse(null));
    }

    /** The resource name of a kind of file, as in its path and in a list's {@code _embedded}. */
    static String naam(Soort soort) {
        return switch (soort) {
            case MELDING -> "meldingen";
            case ONDERZOEK -> "onderzoeken";
            case COORDINATIEDOSSIER -> "coordinatiedossiers";
            case CASUSOVERLEG -> "casusoverleggen";
            case VERSTREKKINGSVERZOEK -> "verstrekkingsverzoeken";
        };
    }

    static String href(Dossier d) {
        return BASE + "/" + naam(d.soort()) + "/" + d.id();
    }

    /** The columns every representation of a file carries, personal-data free: id, state, case, dates. */
    static ObjectNode kolommen(ObjectNode n, Dossier d) {
        n.put("id", d.id().toString());
        n.put("toestand", d.toestand());
        if (d.zaak() != null) {
            n.put("onderzoek", d.zaak().toString());
        }
        n.put("aangemaakt", d.aangemaakt().toString());
        if (d.bewarenTot() != null) {
            n.put("bewarenTot", d.bewarenTot().toString());
        }
        return n;
    }

    /** The representation of a stored file: its columns, the domain content, and links. */
    static ObjectNode view(Dossier d, Object domein) {
        ObjectNode n = kolommen(Json.MAPPER.createObjectNode(), d);
        n.put("versie", d.versie());
        if (domein != null) {
            n.setAll((ObjectNode) Json.MAPPER.valueToTree(domein));
        }
        ObjectNode links = n.putObject("_links");
        links.putObject("self").put("href", href(d));
        if (d.zaak() != null) {
            links.putObject("onderzoek").put("href", BASE + "/onderzoeken/" + d.zaak());
        }
        return n;
    }

    static Antwoord gemaakt(Dossier d, Object domein) {
        return new Antwoord(201, view(d, domein), Map.of("Location", href(d), "ETag", "\"" + d.versie() + "\""));
    }

    static Antwoord gelezen(Dossier d, Object domein) {
        return new Antwoord(200, view(d, domein), Map.of("ETag", "\"" + d.versie() + "\""));
    }

    /** A page of summaries without personal data (NL API Design Rules: pagination on every list). */
    Antwoord lijst(Call c, Soort soort) {
        c.identiteit().eis(lijstFuncties(soort));
        String naam = naam(soort);
        if (c.query("pagina") != null && c.query("na") != null) {
            throw Problem.veld("na", "niet samen met pagina: na volgt uit de vorige pagina en weet zelf welke pagina het is");
        }
        int grootte = getal(c.query("paginaGrootte"), "paginaGrootte", 20, 1, 100);
        String toestand = c.query("toestand");
        if (toestand != null && !toestand.matches("[A-Z][A-Z_]{0,39}")) {
            throw Problem.veld("toestand", "een toestand in hoofdletters, zoals GESTART");
        }
        UUID zaak = c.query("onderzoek") == null ? null : uuid(c.query("onderzoek"), "onderzoek");
        String sorteer = c.query("sorteer");
        if (sorteer != null && !sorteer.equals("nieuwste") && !sorteer.equals("termijn")) {
            throw Problem.veld("sorteer", "nieuwste (standaard) of termijn");
        }
        Dossiers.Volgorde volgorde = "termijn".equals(sorteer) ? Dossiers.Volgorde.TERMIJN : Dossiers.Volgorde.NIEUWSTE;
        Plaats na = c.query("na") == null ? null : Plaats.lees(c.query("na"), volgorde);
        int pagina = na != null ? na.pagina() : getal(c.query("pagina"), "pagina", 1, 1, Integer.MAX_VALUE / 100);
        java.util.Set<String> sleutels = lijstAlles(c.identiteit(), soort) ? null : lijstSleutels(c.identiteit(), soort);
        Dossiers.Pagina p = na != null ? dossiers(c).list(soort, toestand, zaak, sleutels, volgorde, na.na(), grootte)
                : dossiers(c).list(soort, toestand, zaak, sleutels, volgorde, pagina, grootte);
        ObjectNode n = Json.MAPPER.createObjectNode();
        ArrayNode items = n.putObject("_embedded").putArray(naam);
        LocalDate vandaag = LocalDate.now(clock);
        for (Dossier d : p.items()) {
            ObjectNode item = kolommen(items.addObject(), d);
            // The term in words and with its articles, from the file itself: nothing of its content goes in the list.
            // Of an investigation only what its term rests on is read (Json.termijnBron): the whole file is not needed.
            Optional<Termijn> t = d.termijn() == null ? Optional.empty() : soort == Soort.ONDERZOEK ? volgendeTermijn(c, Json.termijnBron(d.inhoud()))
                    : soort == Soort.MELDING ? meldingTermijn(Json.stored(d.inhoud(), Melding.class)) : Optional.empty();
            t.ifPresent(x -> item.putObject("termijn").put("datum", x.datum().toString()).put("wat", x.wat()).put("verstreken", vandaag.isAfter(x.datum()))
                    .set("citaties", Json.MAPPER.valueToTree(x.citaties())));
            item.putObject("_links").putObject("self").put("href", href(d));
        }
        n.put("pagina", pagina);
        n.put("paginaGrootte", grootte);
        String filter = (toestand == null ? "" : "&toestand=" + toestand) + (zaak == null ? "" : "&onderzoek=" + zaak)
                + (sorteer == null ? "" : "&sorteer=" + sorteer);
        java.util.function.Function<String, String> link = at -> BASE + "/" + naam + "?" + at + "&paginaGrootte=" + grootte + filter;
        ObjectNode links = n.putObject("_links");
        links.putObject("self").put("href", link.apply(na == null ? "pagina=" + pagina : "na=" + c.query("na")));
        if (p.volgende()) {
            // The next page begins after this one's last file (keyset paging): it reads only the rows it shows.
            Plaats volgende = new Plaats(Dossiers.Na.na(p.items().get(p.items().size() - 1), volgorde), pagina + 1);
            links.putObject("next").put("href", link.apply("na=" + volgende.schrijf()));
        }
        if (pagina > 1) {
            links.putObject("prev").put("href", link.apply("pagina=" + (pagina - 1)));
        }
        return Antwoord.ok(n);
    }

    /**
     * Where a list's next page begins, as the opaque {@code na} of its link: the order, the page's number (for the
     * answer's {@code pagina}) and the last file's keys, Base64url. Read back strictly: anything else is a 400 that
     * names {@code na}. It holds no personal data: a creation time, a date and an id, all in the listed summaries.
     */
    record Plaats(Dossiers.Na na, int pagina) {
        private static final String ONGELDIG = "geen plaats in een lijst: neem na over uit _links.next van de vorige pagina";
        private static final java.util.regex.Pattern VORM = java.util.regex.Pattern.compile(
                "(nieuwste|termijn)\\|([0-9]{1,9})\\|([0-9TZ:.+-]{0,40})\\|([0-9a-f-]{36})");

        String schrijf() {
            String sleutel = na.volgorde() == Dossiers.Volgorde.NIEUWSTE ? na.aangemaakt().toString() : na.termijn() == null ? "" : na.termijn().toString();
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString((na.volgorde().name().toLowerCase(java.util.Locale.ROOT) + "|"
                    + pagina + "|" + sleutel + "|" + na.id()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        static Plaats lees(String value, Dossiers.Volgorde volgorde) {
            java.util.regex.Matcher m;
            try {
                m = value.length() > 200 ? null
                        : VORM.matcher(new String(java.util.Base64.getUrlDecoder().decode(value), java.nio.charset.StandardCharsets.US_ASCII));
            } catch (IllegalArgumentException notBase64) {
                m = null;
            }
            if (m == null || !m.matches()) {
                throw Problem.veld("na", ONGELDIG);
            }
            Dossiers.Volgorde eigen = m.group(1).equals("termijn") ? Dossiers.Volgorde.TERMIJN : Dossiers.Volgorde.NIEUWSTE;
            if (eigen != volgorde) {
                throw Problem.veld("na", "hoort bij een lijst met sorteer=" + m.group(1) + "; vraag die sortering of begin bij de eerste pagina");
            }
            try {
                int pagina = Integer.parseInt(m.group(2));
                UUID id = UUID.fromString(m.group(4));
                if (pagina < 2 || !id.toString().equals(m.group(4))) {
                    throw new IllegalArgumentException();
                }
                return eigen == Dossiers.Volgorde.NIEUWSTE ? new Plaats(new Dossiers.Na(eigen, java.time.Instant.parse(m.group(3)), null, id), pagina)
                        : new Plaats(new Dossiers.Na(eigen, null, m.group(3).isEmpty() ? null : LocalDate.parse(m.group(3)), id), pagina);
            } catch (RuntimeException e) {
                throw Problem.veld("na", ONGELDIG);
            }
        }
    }

    /** The page of a processing-log reading the query asks for: {@code pagina} from 1, {@code paginaGrootte} up to 500. */
    static ProcessingLog.Venster venster(Call c, boolean nieuwsteEerst) {
        int pagina = getal(c.query("pagina"), "pagina", 1, 1, 1_000_000);
        int grootte = getal(c.query("paginaGrootte"), "paginaGrootte", 100, 1, 500);
        return new ProcessingLog.Venster((pagina - 1) * grootte, grootte, nieuwsteEerst);
    }

    /** The processing log as the acting person's municipality may read it (until the log has one per municipality). */
    Gemeentelog gemeentelog(Call c) {
        return new Gemeentelog(store, c.identiteit().principal().gemeente());
    }

    /** Adds a municipality's page's place in the reading to an answer; the total only when it is known. */
    static Map<String, Object> logPagina(Map<String, Object> out, Gemeentelog.Pagina p, ProcessingLog.Venster v) {
        out.put("pagina", v.vanaf() / v.aantal() + 1);
        out.put("paginaGrootte", v.aantal());
        if (p.totaal() != null) {
            out.put("totaal", p.totaal());
        }
        out.put("volgende", p.volgende());
        return out;
    }

    /** Adds the page's place in the whole reading to an answer. */
    static Map<String, Object> logPagina(Map<String, Object> out, ProcessingLog.Pagina p, ProcessingLog.Venster v) {
        out.put("pagina", v.vanaf() / v.aantal() + 1);
        out.put("paginaGrootte", v.aantal());
        out.put("totaal", p.totaal());
        out.put("volgende", v.vanaf() + p.records().size() < p.totaal());
        return out;
    }

    static int getal(String value, String veld, int standaard, int min, int max) {
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

    // ---------------------------------------------------------------- the investigation, shared by the resources

    Dossier bewaarOnderzoek(Call c, Dossier d, Onderzoeksdossier o) {
        return dossiers(c).update(Soort.ONDERZOEK, d.id(), d.versie(), onderzoekInhoud(c, o));
    }

    Dossiers.Inhoud onderzoekInhoud(Call c, Onderzoeksdossier o) {
        return onderzoekInhoud(c, o, null);
    }

    /** With the need-to-know keys it is stored with (null: leave them as they are), and its next legal term. */
    Dossiers.Inhoud onderzoekInhoud(Call c, Onderzoeksdossier o, java.util.Set<String> toegang) {
        return inhoud(null, o.proces().toestand().name(), o, bewarenTot(c, o.bewaarstart()), o.betrokkenen(), toegang,
                volgendeTermijn(c, o).map(Termijn::datum).orElse(null));
    }

    /**
     * A legal term a worklist shows: by when, what, on which articles (as the active rule set or law module states
     * them), and whether it passed.
     */
    record Termijn(LocalDate datum, String wat, List<String> citaties) {
    }

    /**
     * The investigation's next legal term: while it runs, the term for its outcome by the active rule sets (Wmo 2015
     * art. 2.3a.1 or a module's own); after the outcome, the earliest decision term a law module's route set for a
     * service the client applied for (Wmo 2015 art. 2.3a.2 lid 1 and that law's article). Meervoud does not hold the
     * decision itself, so such a term stays shown until its day has passed.
     */
    Optional<Termijn> volgendeTermijn(Call c, Onderzoeksdossier o) {
        return volgendeTermijn(c, new Json.TermijnBron(o.proces(), o.hulpvraagWet(), o.ingang(), o.uitkomsten() == null ? null
                : o.uitkomsten().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> new Json.TermijnBron.Uitkomst(e.getValue().verkrijging())))));
    }

    /** {@link #volgendeTermijn(Call, Onderzoeksdossier)} from what the term rests on. */
    Optional<Termijn> volgendeTermijn(Call c, Json.TermijnBron o) {
        if (o.proces().toestand() == Onderzoek.Toestand.GESTART) {
            return termijnRegel(c, o.ingangsroute(), o.proces().route().name(), o.hulpvraagWet())
                    .flatMap(r -> o.proces().termijn(Period.parse(r.parameter("termijn"))).map(t -> new Termijn(t, "uitkomst van het onderzoek", citaties(r))));
        }
        Termijn eerst = null;
        for (Json.TermijnBron.Uitkomst u : o.uitkomsten() == null ? List.<Json.TermijnBron.Uitkomst>of() : o.uitkomsten().values()) {
            for (Verkrijging v : u.verkrijging()) {
                if (v.beslissingUiterlijk() != null && (eerst == null || v.beslissingUiterlijk().isBefore(eerst.datum()))) {
                    eerst = new Termijn(v.beslissingUiterlijk(), "beslissing over " + v.dienst(), v.citaties());
                }
            }
        }
        return Optional.ofNullable(eerst);
    }

    /** The melding's term to inform the gemelde, while that is due ({@link Melding#informerenOpen()}). */
    static Optional<Termijn> meldingTermijn(Melding m) {
        return m.informerenOpen() ? Optional.of(new Termijn(m.informerenUiterlijk(), "gemelde informeren", List.of(Melding.ARTIKEL_INFORMEREN)))
                : Optional.empty();
    }

    /** A BSN from a request body, checked by the eleven-test before anything is read or decided. */
    static String bsnVeld(String bsn) {
        try {
            return new nl.meervoud.casus.api.Bsn(vereist(bsn, "bsn")).value();
        } catch (IllegalArgumentException e) {
            throw Problem.veld("bsn", "geen geldig BSN");
        }
    }

    /**
     * The file as the college sees it, with the deadline the active rules set for its route and law, whether it
     * passed, and the rule and articles it rests on (wams-core/T2: Wmo 2015 art. 2.3a.1).
     */
    Map<String, Object> onderzoekView(Call c, Onderzoeksdossier o) {
        Map<String, Object> v = new LinkedHashMap<>(Json.MAPPER.convertValue(o, Map.class));
        termijnRegel(c, o).ifPresent(r -> {
            Period termijn = Period.parse(r.parameter("termijn"));
            o.proces().termijn(termijn).ifPresent(t -> v.put("termijn", t.toString()));
            v.put("termijnVerstreken", o.proces().termijnVerstreken(termijn, LocalDate.now(clock)));
            v.put("termijnGrondslag", Map.of("regel", r.id(), "citaties", citaties(r)));
        });
        v.put("clienten", o.clienten());
        v.put("clientstatus", o.clientstatus());
        return v;
    }

    /**
     * The term rule of the active rule sets for this investigation's route: one for its law if a module sets one,
     * else the route's general term, else that of the Wams procedure the route follows; none when no active rule
     * set sets a term.
     */
    private Optional<ProcessRule> termijnRegel(Call c, Onderzoeksdossier o) {
        return termijnRegel(c, o.ingangsroute(), o.proces().route().name(), o.hulpvraagWet());
    }

    private Optional<ProcessRule> termijnRegel(Call c, String ingangsroute, String route, String hulpvraagWet) {
        List<ProcessRule> eigen = procesregels(c, ProcessRule.TERMIJN, ingangsroute).toList();
        List<ProcessRule> terms = eigen.isEmpty() ? procesregels(c, ProcessRule.TERMIJN, route).toList() : eigen;
        return terms.stream().filter(r -> !r.parameter("wet").isEmpty() && r.parameter("wet").equals(hulpvraagWet)).findFirst()
                .or(() -> terms.stream().filter(r -> r.parameter("wet").isEmpty()).findFirst());
    }

    /**
     * How the active law modules say their services are obtained ({@code dienstroute} rules; Wmo 2015 art. 2.3a.2
     * lid 1, rulebook §3.8), for the written outcome.
     */
    List<Verkrijging> dienstroutes(Call c) {
        return kernel(c).procesregels().stream().filter(r -> ProcessRule.DIENSTROUTE.equals(r.soort()))
                .map(r -> new Verkrijging(r.parameter("dienst"), r.parameter("wet"),
                        Verkrijging.Aanvraag.valueOf(r.parameter("aanvraag").toUpperCase(Locale.ROOT)), r.parameter("termijn"),
                        r.parameter("vanaf"), r.id(), citaties(r),
                        r.parameter("bewijs").isEmpty() ? List.of() : Arrays.stream(r.parameter("bewijs").split(",")).map(String::trim).toList(),
                        null, null))
                .toList();
    }

    /**
     * Up to which age a person is a jeugdige, as an active rule set bounds it (the Jeugdwet module's J9, Jeugdwet
     * art. 1.1); null when none does.
     */
    Leeftijdsgrens jeugdige(Call c) {
        return kernel(c).procesregels().stream()
                .filter(r -> ProcessRule.LEEFTIJDSGRENS.equals(r.soort()) && "jeugdige".equals(r.parameter("begrip"))).findFirst()
                .map(r -> new Leeftijdsgrens(Integer.parseInt(r.parameter("tot")), r.parameter("verlengdTot").isEmpty() ? Set.of()
                        : Arrays.stream(r.parameter("verlengdTot").split(",")).map(String::strip).map(Integer::valueOf).collect(Collectors.toSet()),
                        r.id(), citaties(r)))
                .orElse(null);
    }

    /**
     * The active rules on the coordinated approach (the Wams core's A1-A6 and E1: Wmo 2015 art. 2.3a.2 lid 2,
     * 2.3a.3 lid 2, 2.3a.4 lid 8), in rule-set order.
     */
    GecoordineerdeAanpak.Regels aanpakRegels(Call c) {
        List<GecoordineerdeAanpak.Regel> aanpak = kernel(c).procesregels().stream().filter(r -> ProcessRule.AANPAK.equals(r.soort()))
                .map(r -> new GecoordineerdeAanpak.Regel(r.id(), citaties(r), GecoordineerdeAanpak.Uitkomst.valueOf(r.parameter("uitkomst")),
                        aantal(r.parameter("voorzieningenVoorEenClient")), aantal(r.parameter("clientenMetVoorziening")), r.parameter("plicht"),
                        "true".equals(r.parameter("aanpalend")), "true".equals(r.parameter("eigenRegie")), r.parameter("reden")))
                .toList();
        List<GecoordineerdeAanpak.Uitsluiting> geenEigenRegie = kernel(c).procesregels().stream()
                .filter(r -> ProcessRule.EIGEN_REGIE.equals(r.soort()) && "false".equals(r.parameter("toegestaan")))
                .map(r -> new GecoordineerdeAanpak.Uitsluiting(r.id(), citaties(r), r.parameter("route"))).toList();
        return new GecoordineerdeAanpak.Regels(aanpak, geenEigenRegie);
    }

    private static int aantal(String value) {
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    /** A process rule's articles as the case model shows them. */
    static List<String> citaties(ProcessRule r) {
        return r.citaties().stream().map(Object::toString).toList();
    }

    /** The active rule sets' process rules of a kind on a route: the case model's law comes from the modules. */
    java.util.stream.Stream<ProcessRule> procesregels(Call c, String soort, String route) {
        return kernel(c).procesregels().stream().filter(r -> soort.equals(r.soort()) && route.equals(r.parameter("route")));
    }

    Onderzoeksdossier leesOnderzoek(Dossier d) {
        return Json.stored(d.inhoud(), Onderzoeksdossier.class);
    }
}
