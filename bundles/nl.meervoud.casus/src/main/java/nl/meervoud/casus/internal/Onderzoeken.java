// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.meervoud.casus.api.Coordinatiedossier;
import nl.meervoud.casus.api.Onderbouwing;
import nl.meervoud.casus.api.Onderzoeksdossier;
import nl.meervoud.casus.api.Verkrijging;
import nl.meervoud.casus.internal.Router.Antwoord;
import nl.meervoud.casus.internal.Router.Call;
import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.privacy.api.Voorwaarde;
import nl.meervoud.store.api.Dossiers.Dossier;
import nl.meervoud.store.api.Dossiers.Soort;
import nl.meervoud.store.api.Dossiers;

/** Investigations: the routes in, family members, content, the outcome per person, the approach (Wmo 2015 §3a). */
final class Onderzoeken extends Resource {

    Onderzoeken(Deps deps) {
        super(deps);
    }

    @Override
    void routes(Router r) {
        r.add("GET", "/onderzoeken", c -> lijst(c, Soort.ONDERZOEK))
                .add("POST", "/onderzoeken", this::nieuwOnderzoek)
                .add("GET", "/onderzoeken/{id}", this::onderzoek)
                .add("POST", "/onderzoeken/{id}/beoordeling", this::beoordeling)
                .add("POST", "/onderzoeken/{id}/noodzaak", this::noodzaak)
                .add("POST", "/onderzoeken/{id}/informering", this::informeerClient)
                .add("PUT", "/onderzoeken/{id}/procedure", this::procedure)
                .add("POST", "/onderzoeken/{id}/gezinsleden", this::vraagGezinslid)
                .add("POST", "/onderzoeken/{id}/gezinsleden/{bsn}/instemming", this::instemming)
                .add("PUT", "/onderzoeken/{id}/inhoud", this::inhoud)
                .add("POST", "/onderzoeken/{id}/hergebruik", this::hergebruik)
                .add("POST", "/onderzoeken/{id}/uitkomst", this::uitkomst)
                .add("GET", "/onderzoeken/{id}/uitkomsten/{bsn}", this::uitkomstVoor)
                .add("POST", "/onderzoeken/{id}/uitkomsten/{bsn}/verkrijging", this::verkrijging)
                .add("POST", "/onderzoeken/{id}/aanpak", this::aanpak)
                .add("GET", "/onderzoeken/{id}/verwerkingen", this::verwerkingen);
    }

    private Antwoord nieuwOnderzoek(Call c) {
        Requests.NieuwOnderzoek r = c.read(Requests.NieuwOnderzoek.class);
        Onderzoeksdossier.Betrokkene client = vereist(r.client(), "client");
        vereist(client.bsn(), "client.bsn");
        String route = vereist(r.route(), "route");
        // A party's professional files a 2.3a.4 request for their own party, and nothing else; the college receives it
        // as an institution. Anyone else acts for the college (a consulent) or is refused by the kernel.
        boolean partijZelf = Route.WMO_2_3A_4.name().equals(route) && c.identiteit().heeft(nl.meervoud.auth.api.Functie.PROFESSIONAL)
                && !c.identiteit().heeft(nl.meervoud.auth.api.Functie.CONSULENT);
        if (partijZelf && r.verzoek() != null && r.verzoek().partij() != null
                && !r.verzoek().partij().equals(c.identiteit().principal().organisatie())) {
            throw Problem.veld("verzoek.partij", "een professional dient een verzoek in voor de eigen organisatie ("
                    + c.identiteit().principal().organisatie() + ")");
        }
        Actor college = partijZelf ? c.identiteit().college() : c.identiteit().als(Rol.COLLEGE);
        // The id is chosen before the decision, so that the decision is logged with the case it creates.
        UUID id = UUID.randomUUID();
        c.identiteit().bekendeToegang().put(id, java.util.Set.of()); // not stored yet: nothing to look up
        String zaak = id.toString();
        Onderzoeksdossier o;
        if (Route.WMO_2_3A_4.name().equals(route)) {
            o = Onderzoeksdossier.verzoek2_3a_4(client, vereist(r.verzoek(), "verzoek"));
            // The party's reasons are the justification the college's processing rests on until it assesses them.
            o = onderbouwd(c, o, r.verzoek().motivering(), "verzoek");
            o = onderbouwd(c, o, r.noodzaak(), "aanvulling");
            besluit(c, DecisionRequest.van(partij(r.verzoek().partij(), Geheimhouding.GEEN, true)).naar(college).doel(Doel.ONDERZOEK_2_3A_4)
                    .route(Route.WMO_2_3A_4).gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.BSN, Gegevenssoort.CONTACT)
                    .bewijs(Voorwaarde.GEMOTIVEERD_VERZOEK).betrokkenen(client.bsn().value()).zaak(zaak));
        } else {
            ProcessRule trigger = trigger(c, route, vereist(r.hulpvraagWet(), "hulpvraagWet"));
            Onderzoeksdossier.Ingang ingang = new Onderzoeksdossier.Ingang(route, r.hulpvraagWet(), trigger.id(), citaties(trigger));
            if ("true".equals(trigger.parameter("zonderVerzoek"))) {
                // Wmo 2015 art. 2.3a.4 lid 2-7 applied without a party's request (Wet inburgering 2021 art. 14 lid 8): the
                // college, in the role of the trigger's law, processes what it found for the investigation; the recorded
                // reasons (`aanleiding`) are the necessity the kernel asks for.
                o = Onderzoeksdossier.zonderVerzoek(vandaag(r.verzoekdatum()), ingang, client, vereist(r.aanleiding(), "aanleiding"),
                        trigger.parameter("plicht"));
                o = onderbouwd(c, o, r.aanleiding(), "aanleiding");
                o = onderbouwd(c, o, r.noodzaak(), "aanvulling");
                besluit(c, DecisionRequest.van(c.identiteit().als(Rol.COLLEGE, Law.of(ingang.wet()))).naar(college).doel(Doel.ONDERZOEK_2_3A_4)
                        .route(Route.of(route)).gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.BSN, Gegevenssoort.CONTACT)
                        .bewijs(Bewijsvoering.noodzaak(o)).betrokkenen(client.bsn().value()).zaak(zaak));
            } else {
                o = Onderzoeksdossier.op2_3a_1(vandaag(r.verzoekdatum()), ingang, client, r.reikwijdte(), r.vermoedenMeervoudigeProblematiek());
                // Why the investigation needs the client's data, as the consulent records it with the help request;
                // without it the kernel refuses (W1 asks the necessity to be recorded), on record.
                o = onderbouwd(c, o, r.noodzaak(), "hulpvraag");
                besluit(c, DecisionRequest.van(Actor.of(Rol.CLIENT, client.bsn().value())).naar(college).doel(Doel.ONDERZOEK_2_3A_1)
                        .route(Route.of(route)).gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.BSN, Gegevenssoort.CONTACT)
                        .bewijs(Bewijsvoering.onderzoek(o)).betrokkenen(client.bsn().value()).zaak(zaak));
            }
        }
        // Need-to-know: who started it, and their teams; a request a party's professional filed stays open to the
        // municipality's consulenten until one takes it on.
        Dossier d = dossiers(c).create(Soort.ONDERZOEK, id, onderzoekInhoud(c, o,
                partijZelf ? java.util.Set.of(Identiteit.OPEN) : c.identiteit().eigenSleutels()));
        return gemaakt(d, onderzoekView(c, o));
    }

    /**
     * The file with a justification given with this request recorded (what; by the person acting; now; from where),
     * or the file as it was when none was given.
     */
    private Onderzoeksdossier onderbouwd(Call c, Onderzoeksdossier o, String waarom, String bron) {
        return waarom == null || waarom.isBlank() ? o : o.onderbouwd(onderbouwing(c, waarom, bron));
    }

    /** A justification recorded now by the person acting; refuses an empty one, naming {@code waarom}. */
    private Onderbouwing onderbouwing(Call c, String waarom, String bron) {
        return new Onderbouwing(waarom, c.identiteit().id(), clock.instant(), bron);
    }

    /**
     * The coordinator the college designates (Wmo 2015 art. 2.3a.3 lid 1) is a person, not a name: the account they
     * log in with. With local accounts the account must exist and act in the coordinator function, or the
     * designation is refused naming the article; an IdP's subject is taken as the IdP vouches for it at their login
     * (only that person then acts as coordinator in the case).
     */
    private Coordinatiedossier.Coordinator aangewezen(Call c, Coordinatiedossier.Coordinator coordinator) {
        String gebruiker = coordinator.gebruiker();
        if (gebruiker == null || gebruiker.isBlank()) {
            throw Problem.veld("coordinator.gebruiker", "vereist: het account van de persoon die het college als coördinator aanwijst");
        }
        if (gebruikers != null && nl.meervoud.auth.api.Gebruikers.UITGEVER.equals(c.identiteit().principal().uitgever())) {
            nl.meervoud.auth.api.Gebruikers.Gebruiker account = gebruikers.lijst().stream().filter(g -> g.naam().equals(gebruiker))
                    .findFirst().orElseThrow(() -> Problem.artikel("`" + gebruiker + "` is geen account van deze installatie; het college wijst "
                            + "een persoon aan die als coördinator inlogt", "Wmo 2015 art. 2.3a.3 lid 1"));
            if (!account.functies().contains(nl.meervoud.auth.api.Functie.COORDINATOR)) {
                throw Problem.artikel("`" + gebruiker + "` heeft de functie coördinator niet; alleen een aangewezen coördinator coördineert "
                        + "de aanpak", "Wmo 2015 art. 2.3a.3 lid 1");
            }
        }
        return coordinator;
    }

    /**
     * The entry rule by which a help request or intake under this law starts an investigation on this route, from the
     * active rule sets: a law whose module is not installed has none, and the request is refused naming the law and
     * the route. Routes the Wams defines are checked first, so a typo in a route is a 400, not a missing module.
     */
    private ProcessRule trigger(Call c, String route, String wet) {
        if (wet.isBlank()) {
            throw Problem.veld("hulpvraagWet", "vereist");
        }
        if (!route.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw Problem.veld("route", "een route is WMO_2_3A_1, WMO_2_3A_4 of een route die een actieve wetsmodule declareert");
        }
        return procesregels(c, ProcessRule.TRIGGER, route).filter(t -> wet.equals(t.parameter("wet"))).findFirst()
                .orElseThrow(() -> Problem.artikel((Route.WMO_2_3A_1.name().equals(route) ? "een hulpvraag onder `" + wet + "`"
                        : "een onderzoek langs route `" + route + "` onder `" + wet + "`") + " start geen onderzoek: geen actieve regelset "
                        + "declareert een ingang voor deze wet (is de module van die wet geïnstalleerd?)",
                        Route.WMO_2_3A_1.name().equals(route) ? "Wmo 2015 art. 2.3a.1 lid 1" : "Wmo 2015 art. 2.3a.4 lid 1"));
    }

    private Antwoord onderzoek(Call c) {
        List<Soort> met = met(c.query("met"));
        // Who may not list an embedded kind is refused before anything is read or decided, not after the kernel's permit.
        met.forEach(soort -> c.identiteit().eis(lijstFuncties(soort)));
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        onderzoekVerwerking(c, d.id(), o, o.betrokkenen(), Gegevenssoort.IDENTIFICEREND, Gegevenssoort.BSN, Gegevenssoort.CONTACT,
                Gegevenssoort.GEZINSSAMENSTELLING, Gegevenssoort.PROCESINFORMATIE, Gegevenssoort.INHOUD);
        Antwoord a = gelezen(d, onderzoekView(c, o));
        if (!met.isEmpty()) {
            // The case's other files, as their own lists would give them (summaries only, as far as need-to-know opens
            // them), in the same answer: a screen needs one call, not one per list.
            com.fasterxml.jackson.databind.node.ObjectNode embedded = ((com.fasterxml.jackson.databind.node.ObjectNode) a.body()).putObject("_embedded");
            for (Soort soort : met) {
                com.fasterxml.jackson.databind.node.ArrayNode items = embedded.putArray(naam(soort));
                Dossiers.Pagina p = dossiers(c).list(soort, null, d.id(), lijstAlles(c.identiteit(), soort) ? null : lijstSleutels(c.identiteit(), soort),
                        Dossiers.Volgorde.NIEUWSTE, 1, MET_MAXIMUM);
                p.items().forEach(x -> kolommen(items.addObject(), x).putObject("_links").putObject("self").put("href", href(x)));
            }
        }
        return a;
    }

    /** How many of each kind of file {@code ?met=} embeds (the newest); the kind's own list pages through all. */
    static final int MET_MAXIMUM = 100;

    /** {@code ?met=verstrekkingsverzoeken,casusoverleggen,coordinatiedossiers}: read before anything is decided. */
    private static List<Soort> met(String met) {
        if (met == null) {
            return List.of();
        }
        List<Soort> out = new ArrayList<>();
        for (String naam : met.split(",", -1)) {
            Soort soort = switch (naam) {
                case "verstrekkingsverzoeken" -> Soort.VERSTREKKINGSVERZOEK;
                case "casusoverleggen" -> Soort.CASUSOVERLEG;
                case "coordinatiedossiers" -> Soort.COORDINATIEDOSSIER;
                default -> throw Problem.veld("met", "verstrekkingsverzoeken, casusoverleggen en/of coordinatiedossiers, gescheiden door komma's");
            };
            if (!out.contains(soort)) {
                out.add(soort);
            }
        }
        return out;
    }

    /** A step on the investigation: the college's own processing of these categories is decided, then stored. */
    private Antwoord stap(Call c, Dossier d, Onderzoeksdossier o, Onderzoeksdossier next, List<String> betrokkenen,
            Gegevenssoort... gegevens) {
        onderzoekVerwerking(c, d.id(), next, betrokkenen, gegevens); // the evidence as the step leaves the file
        return gelezen(bewaarOnderzoek(c, d, next), onderzoekView(c, next));
    }

    private Antwoord beoordeling(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.Beoordeling r = c.read(Requests.Beoordeling.class);
        Onderzoeksdossier next = o.beoordeel(r.starten(), r.motivering(), vandaag(r.op()));
        if (r.starten()) {
            next = onderbouwd(c, next, r.motivering(), "beoordeling");
        }
        return stap(c, d, o, next, o.betrokkenen(), Gegevenssoort.IDENTIFICEREND, Gegevenssoort.PROCESINFORMATIE);
    }

    /**
     * A necessity justification recorded as the investigation develops (Wmo 2015 art. 5.4.1 lid 1): what, by whom,
     * when. The latest one is what the kernel is told of; a file stored without one (before 0.4 of the case model)
     * gets one here before anything else can be done with it.
     */
    private Antwoord noodzaak(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderbouwing nieuw = onderbouwing(c, vereist(c.read(Requests.Noodzaak.class).waarom(), "waarom"), "aanvulling");
        Onderzoeksdossier o = leesOnderzoek(d);
        Onderzoeksdossier next = o.onderbouwd(nieuw);
        return stap(c, d, o, next, o.clienten(), Gegevenssoort.PROCESINFORMATIE);
    }

    private Antwoord informeerClient(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Onderzoeksdossier next = o.informeer();
        return stap(c, d, o, next, o.betrokkenen(), Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT, Gegevenssoort.PROCESINFORMATIE);
    }

    private Antwoord procedure(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Onderzoeksdossier next = o.procedure(c.read(Onderzoeksdossier.Procedure.class));
        return stap(c, d, o, next, List.of(o.client().bsn().value()), Gegevenssoort.IDENTIFICEREND, Gegevenssoort.PROCESINFORMATIE);
    }

    private Antwoord vraagGezinslid(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.NieuwGezinslid r = c.read(Requests.NieuwGezinslid.class);
        Onderzoeksdossier.Betrokkene p = vereist(r.persoon(), "persoon");
        vereist(p.bsn(), "persoon.bsn");
        LocalDate op = vandaag(r.op());
        List<Onderzoeksdossier.Band> banden = new ArrayList<>(r.relaties() == null ? List.of() : r.relaties());
        if (r.relatie() != null) {
            banden.add(new Onderzoeksdossier.Band(r.relatie(), o.client().bsn().value()));
        }
        if (banden.isEmpty()) {
            throw Problem.veld("relatie", "vereist: hoe deze persoon zich verhoudt tot de cliënt of een gevraagd gezinslid");
        }
        Onderzoeksdossier next = o.vraagGezinslid(p, new Onderzoeksdossier.Huisgenoot(r.inHuishouding(), r.verblijftElders(), r.jeugdigeTot(),
                banden), op, jeugdige(c));
        // Why this family member is needed given the problems (Wmo 2015 art. 1.1.1, "voor zover nodig"), when given.
        next = onderbouwd(c, next, r.noodzaak(), "gezinslid");
        besluit(c, DecisionRequest.van(Actor.of(Rol.GEZINSLID, p.bsn().value())).naar(c.identiteit().als(Rol.COLLEGE)).doel(onderzoekDoel(o))
                .route(route(o)).gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT, Gegevenssoort.GEZINSSAMENSTELLING)
                .bewijs(Bewijsvoering.gezinslid(next, p.bsn().value())).betrokkenen(p.bsn().value()).zaak(d.id().toString()));
        return gelezen(bewaarOnderzoek(c, d, next), onderzoekView(c, next));
    }

    private Antwoord instemming(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.Instemming r = c.read(Requests.Instemming.class);
        String bsn = c.var("bsn");
        Onderzoeksdossier next = o.instemming(bsn, vandaag(r.op()));
        besluit(c, DecisionRequest.van(Actor.of(Rol.CLIENT, bsn)).naar(c.identiteit().als(Rol.COLLEGE)).doel(onderzoekDoel(o)).route(route(o))
                .gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.BSN, Gegevenssoort.CONTACT)
                .bewijs(Bewijsvoering.instemming(next, bsn)).betrokkenen(bsn).zaak(d.id().toString()));
        return gelezen(bewaarOnderzoek(c, d, next), onderzoekView(c, next));
    }

    private Antwoord inhoud(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.InhoudVerzoek r = c.read(Requests.InhoudVerzoek.class);
        Onderzoeksdossier next = o.inhoud(vereist(r.inhoud(), "inhoud"));
        Set<Gegevenssoort> gegevens = r.gegevens() == null || r.gegevens().isEmpty() ? EnumSet.of(Gegevenssoort.INHOUD) : EnumSet.copyOf(r.gegevens());
        return stap(c, d, o, next, o.clienten(), gegevens.toArray(Gegevenssoort[]::new));
    }

    private Antwoord uitkomst(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.UitkomstVerzoek r = c.read(Requests.UitkomstVerzoek.class);
        vereist(r.uitkomsten(), "uitkomsten").forEach((bsn, u) -> {
            vereist(u, "uitkomsten." + bsn);
            if (!u.verkrijging().isEmpty()) {
                throw Problem.veld("uitkomsten." + bsn + ".verkrijging", "wordt berekend uit de regels van de wetsmodules, niet ingevoerd");
            }
        });
        Onderzoeksdossier next = o.uitkomst(r.uitkomsten(), r.aanpalend(), vandaag(r.op()), aanpakRegels(c), dienstroutes(c));
        return stap(c, d, o, next, o.clienten(), Gegevenssoort.PROCESINFORMATIE, Gegevenssoort.INHOUD);
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
        v.put("zichtbaarheid", EIGEN_DEEL);
        return Antwoord.ok(v);
    }

    /**
     * The college takes a client's data from another of its tasks into the investigation (Wmo 2015 art. 5.4.1 lid 4):
     * the college in the role of that law provides to the college investigating, and the kernel decides on the rule
     * of that law's module (jeugdwet/J2, participatiewet/P-2, wgs/S2, inburgering/I2); a law without an active module
     * has no such rule and is refused, naming it. Outside the agreed scope the kernel's P9 refuses (2.3a.1 lid 4).
     */
    private Antwoord hergebruik(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.HergebruikVerzoek r = c.read(Requests.HergebruikVerzoek.class);
        String wet = vereist(r.wet(), "wet");
        Law law = Law.find(wet).orElseThrow(() -> Problem.veld("wet", "geen wet die het platform of een regelset kent"));
        String bsn = vereist(r.betrokkene(), "betrokkene").value();
        Onderzoeksdossier.Hergebruik gevraagd = new Onderzoeksdossier.Hergebruik(wet, bsn, r.gegevens(), r.domein(), r.waarom(), vandaag(r.op()),
                null, null);
        Decision besluit = besluit(c, DecisionRequest.van(c.identiteit().als(Rol.COLLEGE, law)).naar(c.identiteit().als(Rol.COLLEGE))
                .doel(onderzoekDoel(o)).route(route(o)).gegevens(gevraagd.gegevens().toArray(Gegevenssoort[]::new))
                .bewijs(Bewijsvoering.domein(o, gevraagd.domein(), gevraagd.waarom()))
                .betrokkenen(bsn).zaak(d.id().toString()));
        Onderzoeksdossier.Hergebruik vastgelegd = new Onderzoeksdossier.Hergebruik(wet, bsn, gevraagd.gegevens(), gevraagd.domein(),
                gevraagd.waarom(), gevraagd.op(), besluit.regel(), besluit.citaties().stream().map(Object::toString).toList());
        Dossier saved = bewaarOnderzoek(c, d, o.hergebruikt(vastgelegd));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("onderzoek", d.id().toString());
        v.put("hergebruik", vastgelegd);
        return new Antwoord(201, v, Map.of("ETag", "\"" + saved.versie() + "\""));
    }

    /**
     * A person did what the route of a proposed service asks (the separate application, the statement, the consent):
     * recorded with the decision term the route sets, after the kernel permits using the investigation's data for
     * the service under its own law (Wmo 2015 art. 5.4.4 lid 1: W13, and a module's rule such as wgs/S3, which asks
     * the evidence the route says the step brings).
     */
    private Antwoord verkrijging(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        String bsn = c.var("bsn");
        Requests.Verkrijgingsstap r = c.read(Requests.Verkrijgingsstap.class);
        if (o.uitkomstVoor(bsn) == null) {
            throw Problem.nietGevonden("een uitkomst voor deze persoon in onderzoek " + d.id());
        }
        String dienst = vereist(r.dienst(), "dienst");
        Verkrijging.Stap stap = vereist(r.stap(), "stap");
        LocalDate op = vandaag(r.op());
        Verkrijging route = o.uitkomstVoor(bsn).verkrijging().stream().filter(v -> v.dienst().equals(dienst)).findFirst().orElse(null);
        if (route == null) {
            o.dienstVerkregen(bsn, dienst, stap, op); // refuses, naming why: no such service or no route of an active module
        }
        // The investigation's recorded necessity, and what the route says this step brings (the application, the consent).
        List<Voorwaarde> bewijs = new ArrayList<>(List.of(Bewijsvoering.noodzaak(o)));
        route.bewijs().forEach(b -> bewijs.add(Voorwaarde.of(b)));
        Law wet = Law.of(route.wet());
        besluit(c, DecisionRequest.van(c.identiteit().als(Rol.COLLEGE)).naar(c.identiteit().als(Rol.COLLEGE, wet)).bron(onderzoekDoel(o))
                .doel(Doel.UITVOERING, wet.name()).route(route(o))
                .gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.PROCESINFORMATIE, Gegevenssoort.INHOUD)
                .bewijs(bewijs.toArray(Voorwaarde[]::new)).betrokkenen(bsn).zaak(d.id().toString()));
        // A step the route does not ask is refused after the kernel's permit, which then gets its "niet uitgevoerd" record.
        Onderzoeksdossier next = o.dienstVerkregen(bsn, dienst, stap, op);
        Dossier saved = bewaarOnderzoek(c, d, next);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("onderzoek", d.id().toString());
        v.put("bsn", bsn);
        v.put("verkrijging", next.uitkomstVoor(bsn).verkrijging().stream().filter(x -> x.dienst().equals(dienst)).findFirst().orElseThrow());
        v.put("zichtbaarheid", EIGEN_DEEL);
        return new Antwoord(200, v, Map.of("ETag", "\"" + saved.versie() + "\""));
    }

    private Antwoord aanpak(Call c) {
        Dossier d = laad(Soort.ONDERZOEK, c);
        Onderzoeksdossier o = leesOnderzoek(d);
        Requests.AanpakVerzoek r = c.read(Requests.AanpakVerzoek.class);
        switch (vereist(r.besluit(), "besluit")) {
            case COORDINATOR -> {
                Coordinatiedossier.Coordinator coordinator = aangewezen(c, vereist(r.coordinator(), "coordinator"));
                Onderzoeksdossier next = o.coordinatorAangewezen();
                Actor naar = coordinator(c.identiteit(), coordinator);
                besluit(c, DecisionRequest.van(c.identiteit().als(Rol.COLLEGE)).naar(naar).bron(onderzoekDoel(o)).doel(Doel.COORDINATIE)
                        .gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT, Gegevenssoort.PROCESINFORMATIE)
                        // Only the relevant part goes along by construction: these three categories, not the content.
                        .bewijs(Bewijsvoering.metAlleenRelevantDeel(o))
                        .betrokkenen(o.clienten().toArray(String[]::new)).zaak(d.id().toString()));
                Coordinatiedossier cd = Coordinatiedossier.voor(coordinator);
                // Need-to-know: the designated person now works on this case as its coordinator, and on nothing else.
                java.util.Set<String> toegang = new java.util.TreeSet<>(d.toegang() == null ? Set.of() : d.toegang());
                toegang.add(coordinatorSleutel(c.identiteit(), coordinator));
                List<Dossier> saved = dossiers(c).schrijf(List.of(new Dossiers.Wijziging(Soort.ONDERZOEK, d.id(), d.versie(),
                        onderzoekInhoud(c, next, toegang)),
                        new Dossiers.Wijziging(Soort.COORDINATIEDOSSIER, null, 0,
                                inhoud(d.id(), cd.toestand().name(), cd, bewarenTot(c, cd.bewaarstart()), next.clienten()))));
                Map<String, Object> v = onderzoekView(c, next);
                v.put("coordinatiedossier", href(saved.get(1)));
                return new Antwoord(200, view(saved.get(0), v), Map.of("ETag", "\"" + saved.get(0).versie() + "\"", "Location",
                        href(saved.get(1))));
            }
            case EIGEN_REGIE -> {
                Onderzoeksdossier next = o.eigenRegie(aanpakRegels(c));
                return stap(c, d, o, next, o.clienten(), Gegevenssoort.PROCESINFORMATIE);
            }
            case GEEN -> {
                Onderzoeksdossier next = o.geenAanpak();
                return stap(c, d, o, next, o.clienten(), Gegevenssoort.PROCESINFORMATIE);
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * The processing-log records of the case, oldest first and a page at a time, for the privacy officer and the college's
     * accountability (AVG art. 5 lid 2): each kernel decision with its rule, purpose and outcome; subjects
     * pseudonymised as in the log. The reading itself is recorded.
     */
    private Antwoord verwerkingen(Call c) {
        // The college's consulent, or the privacy officer, who sees the processing log but not the case content.
        String uitvoerder = c.identiteit().eis(nl.meervoud.auth.api.Functie.PRIVACYFUNCTIONARIS, nl.meervoud.auth.api.Functie.CONSULENT);
        Dossier d = laad(Soort.ONDERZOEK, c);
        if (!c.identiteit().heeft(nl.meervoud.auth.api.Functie.PRIVACYFUNCTIONARIS)) {
            toegang(c, d.id()); // a consulent's own accountability reading: only for cases of theirs or their team
        }
        ProcessingLog.Venster venster = venster(c, false);
        String activiteit = activiteit(c);
        ProcessingLog.Pagina pagina = log.byZaak(d.id().toString(), venster);
        log.vastleggen(new ProcessingLog.Vastlegging(activiteit, "verantwoording", List.of("AVG art. 5 lid 2"), "verwerkingen", uitvoerder,
                d.id().toString(), List.of(), List.of(Gegevenssoort.PROCESINFORMATIE.name())));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("onderzoek", d.id().toString());
        v.put("verwerkingen", pagina.records());
        return Antwoord.ok(logPagina(v, pagina, venster));
    }
}
