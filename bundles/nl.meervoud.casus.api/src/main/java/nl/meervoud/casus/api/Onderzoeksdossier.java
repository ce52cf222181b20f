// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.meervoud.privacy.api.Gegevenssoort;

/**
 * The investigation's file (Wmo 2015 §3a): the process state ({@link Onderzoek}) with who takes part, the scope
 * the client agreed to, the content (a)-(e) and the written outcome per person. Investigation data only: the
 * coördinatiedossier is a separate record stored apart (Wmo 2015 art. 5.4.5). Immutable.
 *
 * @param proces the process state and the Wams procedure it follows
 * @param hulpvraagWet the law under which the help request or intake was made ("Wmo 2015" for a party's request)
 * @param ingang the trigger rule that brought the case in, with the route it names; null for a party's request
 *        under Wmo 2015 art. 2.3a.4 lid 1, which is the Wams's own route and needs none
 * @param client the client
 * @param reikwijdte the domains and problems the client agreed to (2.3a.1); empty for 2.3a.4
 * @param gezinsleden family members asked to take part, with their consent
 * @param verzoek the party's reasoned request (2.3a.4); null on the other routes
 * @param beoordeling the college's reasons for starting or not (2.3a.4 lid 1); null before
 * @param procedure the Wmo procedure items that apply (2.3a.1 lid 5)
 * @param inhoud the content (a)-(e) (2.3a.1 lid 4); null before
 * @param uitkomsten the written outcome per person, by BSN (2.3a.2 lid 1)
 * @param plichten per client BSN, the duties a law puts on them that the approach rules may ask for, as the trigger
 *        of the route declares them (the Wet inburgering 2021 module: {@code inburgeringsplicht}, art. 6 lid 1)
 * @param aanpak whether a coordinated approach follows (2.3a.2 lid 2); null before the outcome
 * @param hergebruik what the college took into the investigation from its own records under other laws (Wmo 2015
 *        art. 5.4.1 lid 4), each with the rule that permitted it; since 0.3
 * @param onderbouwingen the necessity justifications recorded for the investigation, oldest first: the evidence
 *        the privacy kernel is told of ({@link #noodzaak()}); since 0.4
 */
public record Onderzoeksdossier(Onderzoek proces, String hulpvraagWet, Ingang ingang, Betrokkene client, Reikwijdte reikwijdte,
        List<Deelname> gezinsleden, Verzoek verzoek, String beoordeling, Procedure procedure, Inhoud inhoud,
        Map<String, Uitkomst> uitkomsten, Map<String, List<String>> plichten, GecoordineerdeAanpak aanpak, List<Hergebruik> hergebruik,
        List<Onderbouwing> onderbouwingen) {

    /**
     * The rule by which a case entered the process: not a list kept here, but the trigger an active law module
     * declares (Wmo 2015 art. 2.3.2 lid 1 in the Wams core, Jeugdwet art. 2.4a in the Jeugdwet module, Wet
     * inburgering 2021 art. 14 lid 8 in its module, …), found by the case service in the kernel's active process
     * rules. Kept with the file, so that a case keeps the route it came in on after its module has gone.
     *
     * @param route the route the trigger names: {@code WMO_2_3A_1}, or one its module declares, e.g.
     *        {@code WET_INBURGERING_14_8}; the kernel sees the case on this route
     * @param wet the law of the help request or intake, e.g. "Jeugdwet"
     * @param regel the scoped id of the trigger rule, e.g. {@code jeugdwet/J1}
     * @param citaties the articles the entry rests on
     */
    public record Ingang(String route, String wet, String regel, List<String> citaties) {
        /** Validates. */
        public Ingang {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(wet, "wet");
            Objects.requireNonNull(regel, "regel");
            citaties = List.copyOf(citaties);
        }
    }

    /** Normalises the lists. */
    public Onderzoeksdossier {
        Objects.requireNonNull(proces, "proces");
        Objects.requireNonNull(client, "client");
        reikwijdte = reikwijdte == null ? new Reikwijdte(Set.of(), Set.of()) : reikwijdte;
        gezinsleden = gezinsleden == null ? List.of() : List.copyOf(gezinsleden);
        procedure = procedure == null ? new Procedure(false, false, false, false) : procedure;
        uitkomsten = uitkomsten == null ? Map.of() : Map.copyOf(uitkomsten);
        Map<String, List<String>> p = new LinkedHashMap<>();
        (plichten == null ? Map.<String, List<String>>of() : plichten).forEach((bsn, l) -> p.put(bsn, List.copyOf(l)));
        plichten = java.util.Collections.unmodifiableMap(p);
        hergebruik = hergebruik == null ? List.of() : List.copyOf(hergebruik);
        onderbouwingen = onderbouwingen == null ? List.of() : List.copyOf(onderbouwingen);
    }

    /** A file as it was before 0.4, without recorded justifications. */
    public Onderzoeksdossier(Onderzoek proces, String hulpvraagWet, Ingang ingang, Betrokkene client, Reikwijdte reikwijdte,
            List<Deelname> gezinsleden, Verzoek verzoek, String beoordeling, Procedure procedure, Inhoud inhoud,
            Map<String, Uitkomst> uitkomsten, Map<String, List<String>> plichten, GecoordineerdeAanpak aanpak, List<Hergebruik> hergebruik) {
        this(proces, hulpvraagWet, ingang, client, reikwijdte, gezinsleden, verzoek, beoordeling, procedure, inhoud, uitkomsten, plichten,
                aanpak, hergebruik, null);
    }

    /** A file as it was before 0.3, without records re-used from the college's other tasks. */
    public Onderzoeksdossier(Onderzoek proces, String hulpvraagWet, Ingang ingang, Betrokkene client, Reikwijdte reikwijdte,
            List<Deelname> gezinsleden, Verzoek verzoek, String beoordeling, Procedure procedure, Inhoud inhoud,
            Map<String, Uitkomst> uitkomsten, Map<String, List<String>> plichten, GecoordineerdeAanpak aanpak) {
        this(proces, hulpvraagWet, ingang, client, reikwijdte, gezinsleden, verzoek, beoordeling, procedure, inhoud, uitkomsten, plichten,
                aanpak, null);
    }

    /**
     * Data the college already holds for a client under one of its other tasks, taken into the investigation (Wmo
     * 2015 art. 5.4.1 lid 4: the college may process for the investigation what it has under the Jeugdwet, the
     * Participatiewet, the Wgs, the Wet inburgering 2021 …). Which law permits it is the kernel's decision on the
     * rule of that law's module (e.g. {@code participatiewet/P-2}); the file keeps the rule that decided. Since 0.3.
     *
     * @param wet the law under which the college holds the data, as its module declares it
     * @param betrokkene the client whose data they are
     * @param gegevens the kinds of data taken over
     * @param domein the life domain they concern; on 2.3a.1 inside the agreed scope
     * @param waarom why they are needed for the investigation
     * @param op the day
     * @param regel the scoped id of the rule that permitted it
     * @param citaties its articles
     */
    public record Hergebruik(String wet, String betrokkene, Set<Gegevenssoort> gegevens, String domein, String waarom, LocalDate op,
            String regel, List<String> citaties) {
        /** Validates and copies. */
        public Hergebruik {
            if (wet == null || wet.isBlank()) {
                throw new IllegalArgumentException("wet: vereist, de wet waaronder het college de gegevens heeft");
            }
            if (gegevens == null || gegevens.isEmpty()) {
                throw new IllegalArgumentException("gegevens: noem de soorten gegevens die het onderzoek nodig heeft");
            }
            if (domein == null || domein.isBlank()) {
                throw new IllegalArgumentException("domein: het leefdomein waarover de gegevens gaan");
            }
            if (waarom == null || waarom.isBlank()) {
                throw new IllegalArgumentException("waarom: waarom het onderzoek deze gegevens nodig heeft (noodzaak)");
            }
            Objects.requireNonNull(betrokkene, "betrokkene");
            gegevens = Set.copyOf(gegevens);
            regel = regel == null ? "" : regel;
            citaties = List.copyOf(citaties == null ? List.of() : citaties);
        }
    }

    /**
     * A person in the file.
     *
     * @param bsn the BSN (validated)
     * @param naam name
     * @param geboortedatum date of birth
     */
    public record Betrokkene(Bsn bsn, String naam, LocalDate geboortedatum) {
        /** Validates. */
        public Betrokkene {
            Objects.requireNonNull(bsn, "bsn");
            if (geboortedatum != null && geboortedatum.isAfter(LocalDate.now())) {
                throw new IllegalArgumentException("geboortedatum: ligt in de toekomst");
            }
        }
    }

    /**
     * The domains and problems the client agreed to have investigated: the investigation, and the data it may
     * process, stay inside it (Wmo 2015 art. 2.3a.1 lid 1, "in samenspraak").
     *
     * @param domeinen life domains, e.g. "schulden", "inkomen", "opvoeding"
     * @param problemen the problems named
     */
    public record Reikwijdte(Set<String> domeinen, Set<String> problemen) {
        /** Copies. */
        public Reikwijdte {
            domeinen = domeinen == null ? Set.of() : Set.copyOf(domeinen);
            problemen = problemen == null ? Set.of() : Set.copyOf(problemen);
        }

        /** Whether a domain is inside the agreed scope. */
        public boolean omvat(String domein) {
            return domeinen.contains(domein);
        }
    }

    /**
     * A family member asked to take part (Wmo 2015 art. 2.3a.1 lid 3): a client from the moment they consent.
     *
     * @param persoon the family member
     * @param grond why they are a gezinslid (Wmo 2015 art. 1.1.1)
     * @param gevraagd the day they were asked
     * @param ingestemd the day they consented; null while not
     * @param huisgenoot where they live and how they relate to the others in the case, from which the ground was
     *        computed
     * @param grondslag the ground in words and the articles and rule it rests on; null in files stored before it
     *        was recorded
     */
    public record Deelname(Betrokkene persoon, Gezinslid.Grond grond, LocalDate gevraagd, LocalDate ingestemd, Huisgenoot huisgenoot,
            Grondslag grondslag) {
    }

    /**
     * On what a person counts as a gezinslid: the ground of Wmo 2015 art. 1.1.1 and, where the ground ends with
     * the age of a jeugdige, the rule that sets that age (Jeugdwet art. 1.1, the Jeugdwet module's J9).
     *
     * @param uitleg the ground in Dutch
     * @param citaties the articles
     * @param regel the scoped id of the age rule applied; null when the ground does not depend on an age
     */
    public record Grondslag(String uitleg, List<String> citaties, String regel) {
        /** Copies. */
        public Grondslag {
            citaties = List.copyOf(citaties);
        }

        static Grondslag van(Gezinslid.Grond grond, Leeftijdsgrens grens) {
            if (!grond.naarLeeftijd() || grens == null) {
                return new Grondslag(grond.uitleg(), List.of(Gezinslid.ARTIKEL), null);
            }
            List<String> citaties = new ArrayList<>(List.of(Gezinslid.ARTIKEL));
            grens.citaties().stream().filter(c -> !citaties.contains(c)).forEach(citaties::add);
            return new Grondslag(grond.uitleg(), citaties, grens.regel());
        }
    }

    /**
     * How this person relates to someone already in the case: this person is {@code relatie} of {@code met}.
     *
     * @param relatie the relation
     * @param met the BSN of the client or of a family member already asked
     */
    public record Band(Relatie relatie, String met) {
        /** Validates. */
        public Band {
            if (relatie == null || met == null || met.isBlank()) {
                throw new IllegalArgumentException("relaties: elke relatie noemt `relatie` en `met`");
            }
        }
    }

    /**
     * The household facts of a family member (Wmo 2015 art. 1.1.1, 1.1.2).
     *
     * @param inHuishouding lives in the client's joint household
     * @param verblijftElders stays elsewhere for more than 24 hours
     * @param jeugdigeTot where the person's jeugdige age is extended, the age it is extended to (one the active
     *        {@link Leeftijdsgrens} allows, e.g. 21 or 23); null for the rule's plain bound
     * @param banden relations to the client and to family members already asked
     */
    public record Huisgenoot(boolean inHuishouding, boolean verblijftElders, Integer jeugdigeTot, List<Band> banden) {
        /** Copies. */
        public Huisgenoot {
            banden = banden == null ? List.of() : List.copyOf(banden);
        }
    }

    /**
     * A party's reasoned request (Wmo 2015 art. 2.3a.4 lid 1) with the criteria it substantiates.
     *
     * @param partij the requesting party; always involved (lid 2)
     * @param voortdurendOfTerugkerend the problems are ongoing or recurring
     * @param teloorgangOfLageKwaliteitVanLeven decline or a low quality of life
     * @param zorgmijdingMetOverlastOfOnveiligheidOfHulpOnwerkzaam help refused or accepted selectively while
     *        nuisance or unsafety continues, or help ineffective
     * @param aanpakDraagtBij it is plausible that a coordinated approach helps
     * @param motivering the party's reasons
     */
    public record Verzoek(String partij, boolean voortdurendOfTerugkerend, boolean teloorgangOfLageKwaliteitVanLeven,
            boolean zorgmijdingMetOverlastOfOnveiligheidOfHulpOnwerkzaam, boolean aanpakDraagtBij, String motivering) {
    }

    /**
     * The Wmo procedure items that apply to a 2.3a.1 investigation (Wmo 2015 art. 2.3a.1 lid 5).
     *
     * @param identiteitVastgesteld the client's identity is established
     * @param clientondersteuningGewezen the client was pointed to free cliëntondersteuning
     * @param persoonlijkPlanGewezen the client was told they may submit a persoonlijk plan
     * @param pgbGewezen the client was pointed to the pgb option
     */
    public record Procedure(boolean identiteitVastgesteld, boolean clientondersteuningGewezen, boolean persoonlijkPlanGewezen,
            boolean pgbGewezen) {
    }

    /**
     * What the investigation establishes (Wmo 2015 art. 2.3a.1 lid 4 onder a-e).
     *
     * @param domeinen the life domains the findings touch (checked against the agreed scope on 2.3a.1)
     * @param problemen (a) the problems
     * @param huidigeDiensten (b) services and interventions running now
     * @param eerdereDiensten (c) services used earlier for these problems
     * @param nodigeDiensten (d) the services, agreements and interventions needed
     * @param meervoudigeProblematiek (e) whether there is meervoudige problematiek that needs coordination
     */
    public record Inhoud(Set<String> domeinen, List<String> problemen, List<String> huidigeDiensten, List<String> eerdereDiensten,
            List<String> nodigeDiensten, boolean meervoudigeProblematiek) {
        /** Copies. */
        public Inhoud {
            domeinen = domeinen == null ? Set.of() : Set.copyOf(domeinen);
            problemen = problemen == null ? List.of() : List.copyOf(problemen);
            huidigeDiensten = huidigeDiensten == null ? List.of() : List.copyOf(huidigeDiensten);
            eerdereDiensten = eerdereDiensten == null ? List.of() : List.copyOf(eerdereDiensten);
            nodigeDiensten = nodigeDiensten == null ? List.of() : List.copyOf(nodigeDiensten);
        }
    }

    /**
     * The written outcome for one person (Wmo 2015 art. 2.3a.2 lid 1): rendered for that person alone, so that one
     * family member's services stay hidden from another.
     *
     * @param conclusies outcomes and conclusions
     * @param voorzieningen the proposed social-domain services for this person
     * @param aanpalend adjacent-domain services or agreements (no duty to explain how to obtain them)
     * @param hoeTeVerkrijgen how the proposed social-domain services can be obtained
     * @param verkrijging per proposed service that a law module's {@code dienstroute} rule covers, what its law asks
     *        to obtain it, with the rule and articles; computed when the outcome is given, never supplied
     */
    public record Uitkomst(String conclusies, List<String> voorzieningen, List<String> aanpalend, String hoeTeVerkrijgen,
            List<Verkrijging> verkrijging) {
        /** Copies and validates. */
        public Uitkomst {
            voorzieningen = voorzieningen == null ? List.of() : List.copyOf(voorzieningen);
            aanpalend = aanpalend == null ? List.of() : List.copyOf(aanpalend);
            verkrijging = verkrijging == null ? List.of() : List.copyOf(verkrijging);
            if (conclusies == null || conclusies.isBlank()) {
                throw new IllegalArgumentException("uitkomst.conclusies: de schriftelijke weergave is verplicht (Wmo 2015 art. 2.3a.2 lid 1)");
            }
            if (!voorzieningen.isEmpty() && (hoeTeVerkrijgen == null || hoeTeVerkrijgen.isBlank())) {
                throw new IllegalArgumentException("uitkomst.hoeTeVerkrijgen: vermeld hoe de voorzieningen zijn te verkrijgen "
                        + "(Wmo 2015 art. 2.3a.2 lid 1)");
            }
        }

        /** An outcome as the college writes it, before the rules say how its services are obtained. */
        public Uitkomst(String conclusies, List<String> voorzieningen, List<String> aanpalend, String hoeTeVerkrijgen) {
            this(conclusies, voorzieningen, aanpalend, hoeTeVerkrijgen, List.of());
        }

        /** This outcome with, for each proposed service a route covers, how it is obtained (Wmo 2015 art. 2.3a.2 lid 1). */
        public Uitkomst verkregenVolgens(List<Verkrijging> routes) {
            List<Verkrijging> matched = new ArrayList<>();
            for (String dienst : voorzieningen) {
                routes.stream().filter(r -> r.dienst().equals(dienst)).findFirst().ifPresent(matched::add);
            }
            return new Uitkomst(conclusies, voorzieningen, aanpalend, hoeTeVerkrijgen, matched);
        }
    }

    /**
     * Why and for how long a person is a client in this case (Wmo 2015 art. 1.1.1, "cliënt"; rulebook §2.1).
     *
     * @param bsn the person
     * @param reden why
     * @param artikel the part of the definition
     * @param vanaf from (inclusive)
     * @param tot until (inclusive); null while it runs
     * @param medeWmoClient whether the person, entering through another law, is also a Wmo 2015 client for the
     *        investigation and the approach (Artikel II, V, VI, VII)
     */
    public record Clientstatus(String bsn, Reden reden, String artikel, LocalDate vanaf, LocalDate tot, boolean medeWmoClient) {
    }

    /** The grounds of client status this file can give. */
    public enum Reden {
        /** The person an investigation into meervoudige problematiek is about. */
        ONDERZOEK,
        /** A family member, from their consent. */
        INSTEMMEND_GEZINSLID,
        /** Everyone for whom a coordinator is appointed, while the approach runs. */
        GECOORDINEERDE_AANPAK
    }

    /**
     * Client status per person: in the investigation from its start (for 2.3a.4 from the start, not the request)
     * or from a family member's consent, until the outcome; then, under a coordinated approach, from the outcome
     * (the approach follows it) until the approach ends.
     */
    public List<Clientstatus> clientstatus() {
        List<Clientstatus> out = new ArrayList<>();
        LocalDate start = proces.gestart();
        if (start == null) {
            return out;
        }
        boolean mede = !"Wmo 2015".equals(hulpvraagWet);
        LocalDate uitkomst = proces.uitkomstMeegedeeld();
        String onderzoekArtikel = "Wmo 2015 art. 1.1.1 (cliënt, onderdeel onderzoek naar meervoudige problematiek)";
        out.add(new Clientstatus(client.bsn().value(), Reden.ONDERZOEK, onderzoekArtikel, start, uitkomst, mede));
        for (Deelname d : gezinsleden) {
            if (d.ingestemd() != null) {
                out.add(new Clientstatus(d.persoon().bsn().value(), Reden.INSTEMMEND_GEZINSLID, "Wmo 2015 art. 2.3a.1 lid 3", d.ingestemd(),
                        uitkomst, mede));
            }
        }
        if (proces.toestand() == Onderzoek.Toestand.AANPAK_LOPEND || proces.toestand() == Onderzoek.Toestand.AANPAK_BEEINDIGD) {
            for (String bsn : clienten()) {
                out.add(new Clientstatus(bsn, Reden.GECOORDINEERDE_AANPAK, "Wmo 2015 art. 1.1.1 (cliënt, onderdeel gecoördineerde aanpak)",
                        uitkomst, proces.aanpakBeeindigd(), mede));
            }
        }
        return out;
    }

    /**
     * A help request with a suspicion of related problems (Wmo 2015 art. 2.3a.1 lid 1), entering through the trigger
     * of the law it was made under.
     */
    public static Onderzoeksdossier op2_3a_1(LocalDate verzoek, Ingang ingang, Betrokkene client, Reikwijdte reikwijdte,
            boolean vermoedenMeervoudigeProblematiek) {
        Objects.requireNonNull(ingang, "ingang");
        if (reikwijdte == null || reikwijdte.domeinen().isEmpty()) {
            throw new ProcesStapException("leg vast welke domeinen de cliënt in het onderzoek wil betrekken", "Wmo 2015 art. 2.3a.1 lid 1");
        }
        return new Onderzoeksdossier(Onderzoek.op2_3a_1(verzoek, vermoedenMeervoudigeProblematiek), ingang.wet(), ingang, client,
                reikwijdte, null, null, null, null, null, null, null, null);
    }

    /** A party's reasoned request (Wmo 2015 art. 2.3a.4 lid 1). */
    public static Onderzoeksdossier verzoek2_3a_4(Betrokkene client, Verzoek verzoek) {
        Objects.requireNonNull(verzoek, "verzoek");
        if (verzoek.partij() == null || verzoek.partij().isBlank()) {
            throw new IllegalArgumentException("verzoek.partij: de verzoekende partij");
        }
        if (verzoek.motivering() == null || verzoek.motivering().isBlank()) {
            throw new ProcesStapException("het verzoek is gemotiveerd", "Wmo 2015 art. 2.3a.4 lid 1");
        }
        Onderzoek proces = Onderzoek.verzoek2_3a_4(verzoek.voortdurendOfTerugkerend(), verzoek.teloorgangOfLageKwaliteitVanLeven(),
                verzoek.zorgmijdingMetOverlastOfOnveiligheidOfHulpOnwerkzaam(), verzoek.aanpakDraagtBij());
        return new Onderzoeksdossier(proces, "Wmo 2015", null, client, null, null, verzoek, null, null, null, null, null, null);
    }

    /**
     * An investigation applying Wmo 2015 art. 2.3a.4 lid 2-7 without a party's request, started by a law's trigger
     * (Wet inburgering 2021 art. 14 lid 8: the brede intake). What the college found that made it start is recorded
     * as its reasons, as a 2.3a.4 assessment would be.
     *
     * @param start the day of the intake that started it
     * @param ingang the trigger rule
     * @param client the client
     * @param aanleiding why the college starts: the possible multiple problems the intake showed
     * @param plicht the duty the trigger says a client on this route has (e.g. {@code inburgeringsplicht}); "" for none
     */
    public static Onderzoeksdossier zonderVerzoek(LocalDate start, Ingang ingang, Betrokkene client, String aanleiding, String plicht) {
        Objects.requireNonNull(ingang, "ingang");
        Objects.requireNonNull(client, "client");
        if (aanleiding == null || aanleiding.isBlank()) {
            throw new ProcesStapException("leg vast welke mogelijke meervoudige problematiek aanleiding is voor het onderzoek",
                    ingang.citaties().isEmpty() ? "Wmo 2015 art. 2.3a.4 lid 2" : ingang.citaties().get(0));
        }
        Map<String, List<String>> plichten = plicht == null || plicht.isBlank() ? null : Map.of(client.bsn().value(), List.of(plicht));
        return new Onderzoeksdossier(Onderzoek.zonderVerzoek(start), ingang.wet(), ingang, client, null, null, null, aanleiding, null,
                null, null, plichten, null);
    }

    /** The route the case is on as the kernel sees it: its trigger's route, or the Wams procedure itself. */
    public String ingangsroute() {
        return ingang != null ? ingang.route() : proces.route().name();
    }

    private Onderzoeksdossier with(Onderzoek p, List<Deelname> leden, String beoordeling, Procedure procedure, Inhoud inhoud,
            Map<String, Uitkomst> uitkomsten, Map<String, List<String>> plichten, GecoordineerdeAanpak aanpak) {
        return new Onderzoeksdossier(p, hulpvraagWet, ingang, client, reikwijdte, leden, verzoek, beoordeling, procedure, inhoud, uitkomsten,
                plichten, aanpak, hergebruik, onderbouwingen);
    }

    /**
     * The necessity justification in force: the latest one recorded; empty when the file holds none (then the
     * kernel is not told the necessity is recorded, and refuses what needs it).
     */
    public java.util.Optional<Onderbouwing> noodzaak() {
        return onderbouwingen.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(onderbouwingen.get(onderbouwingen.size() - 1));
    }

    /** The file with one more justification recorded (Wmo 2015 art. 5.4.1 lid 1). */
    public Onderzoeksdossier onderbouwd(Onderbouwing o) {
        List<Onderbouwing> all = new ArrayList<>(onderbouwingen);
        all.add(Objects.requireNonNull(o, "onderbouwing"));
        return new Onderzoeksdossier(proces, hulpvraagWet, ingang, client, reikwijdte, gezinsleden, verzoek, beoordeling, procedure, inhoud,
                uitkomsten, plichten, aanpak, hergebruik, all);
    }

    /** The college's assessment of the request, with reasons (Wmo 2015 art. 2.3a.4 lid 1). */
    public Onderzoeksdossier beoordeel(boolean starten, String motivering, LocalDate op) {
        return with(proces.beoordeel(starten, motivering, op), gezinsleden, motivering, procedure, inhoud, uitkomsten,
                plichten, aanpak);
    }

    /** The client and family are told that the investigation takes place (Wmo 2015 art. 2.3a.4 lid 3). */
    public Onderzoeksdossier informeer() {
        return with(proces.informeerClient(), gezinsleden, beoordeling, procedure, inhoud, uitkomsten, plichten, aanpak);
    }

    /** Records the Wmo procedure items (Wmo 2015 art. 2.3a.1 lid 5). */
    public Onderzoeksdossier procedure(Procedure p) {
        vereisLopend("de procedure vastleggen");
        return with(proces, gezinsleden, beoordeling, Objects.requireNonNull(p, "procedure"), inhoud, uitkomsten,
                plichten, aanpak);
    }

    /**
     * A family member is asked to take part (Wmo 2015 art. 2.3a.1 lid 3). Only a gezinslid as Wmo 2015 art. 1.1.1
     * defines it may be asked; the ground is computed from the household as far as it is recorded in the case: the
     * client, the family members asked before (with their facts and relations) and this person's facts and
     * relations. An ex-partner or a sibling staying elsewhere is a gezinslid through a child in the household, so
     * that child is asked first.
     *
     * @param grens up to which age a person is a jeugdige, from the active rule sets (the Jeugdwet module's J9); null
     *        when no active rule set bounds it, and then a ground that depends on it is refused
     */
    public Onderzoeksdossier vraagGezinslid(Betrokkene persoon, Huisgenoot feiten, LocalDate op, Leeftijdsgrens grens) {
        vereisLopend("een gezinslid vragen");
        Objects.requireNonNull(feiten, "huisgenoot");
        if (persoon.bsn().equals(client.bsn()) || deelname(persoon.bsn().value()) != null) {
            throw new ProcesStapException("deze persoon neemt al deel aan het onderzoek", "Wmo 2015 art. 2.3a.1 lid 3");
        }
        if (client.geboortedatum() == null) {
            throw new IllegalArgumentException("client.geboortedatum: vereist om te bepalen wie gezinslid is (Wmo 2015 art. 1.1.1)");
        }
        if (persoon.geboortedatum() == null) {
            throw new IllegalArgumentException("persoon.geboortedatum: vereist om te bepalen wie gezinslid is (Wmo 2015 art. 1.1.1)");
        }
        if (feiten.jeugdigeTot() != null && grens == null) {
            throw new IllegalArgumentException("jeugdigeTot: geen actieve regelset bepaalt tot welke leeftijd iemand jeugdige is");
        }
        Integer nieuwTot = grens == null ? null : grens.voor(feiten.jeugdigeTot());
        Huishouden huishouden = new Huishouden(new Persoon(client.bsn().value(), client.geboortedatum(), true, false,
                grens == null ? null : grens.tot()));
        java.util.Set<String> bekend = new java.util.HashSet<>(List.of(client.bsn().value()));
        for (Deelname d : gezinsleden) {
            if (d.huisgenoot() != null && d.persoon().geboortedatum() != null) {
                huishouden.met(persoon(d.persoon(), d.huisgenoot(), grens == null ? null
                        : d.huisgenoot().jeugdigeTot() == null ? grens.tot() : d.huisgenoot().jeugdigeTot()));
                bekend.add(d.persoon().bsn().value());
            }
        }
        Persoon nieuw = persoon(persoon, feiten, nieuwTot);
        huishouden.met(nieuw);
        for (Deelname d : gezinsleden) {
            if (d.huisgenoot() != null && d.persoon().geboortedatum() != null) {
                d.huisgenoot().banden().stream().filter(b -> bekend.contains(b.met()))
                        .forEach(b -> huishouden.relatie(d.persoon().bsn().value(), b.relatie(), b.met()));
            }
        }
        for (Band b : feiten.banden()) {
            if (!bekend.contains(b.met())) {
                throw new IllegalArgumentException("relaties: `" + b.met() + "` is niet de cliënt of een eerder gevraagd gezinslid");
            }
            huishouden.relatie(nieuw.id(), b.relatie(), b.met());
        }
        Gezinslid.Grond grond = huishouden.gezinsleden(op).stream().filter(g -> g.persoon().id().equals(nieuw.id()))
                .map(Gezinslid::grond).findFirst().orElse(null);
        if (grond == null) {
            throw new ProcesStapException("deze persoon is geen gezinslid van de cliënt", Gezinslid.ARTIKEL);
        }
        List<Deelname> leden = new ArrayList<>(gezinsleden);
        leden.add(new Deelname(persoon, grond, op, null, feiten, Grondslag.van(grond, grens)));
        return with(proces, leden, beoordeling, procedure, inhoud, uitkomsten, plichten, aanpak);
    }

    private static Persoon persoon(Betrokkene b, Huisgenoot h, Integer jeugdigeTot) {
        return new Persoon(b.bsn().value(), b.geboortedatum(), h.inHuishouding(), h.verblijftElders(), jeugdigeTot);
    }

    /** The family member consents and becomes a client (Wmo 2015 art. 2.3a.1 lid 3). */
    public Onderzoeksdossier instemming(String bsn, LocalDate op) {
        vereisLopend("instemming vastleggen");
        Deelname d = deelname(bsn);
        if (d == null) {
            throw new ProcesStapException("alleen een gevraagd gezinslid kan instemmen", "Wmo 2015 art. 2.3a.1 lid 3");
        }
        if (d.ingestemd() != null) {
            throw new ProcesStapException("het gezinslid heeft al ingestemd", "Wmo 2015 art. 2.3a.1 lid 3");
        }
        List<Deelname> leden = new ArrayList<>(gezinsleden);
        leden.set(leden.indexOf(d), new Deelname(d.persoon(), d.grond(), d.gevraagd(), op, d.huisgenoot(), d.grondslag()));
        return with(proces, leden, beoordeling, procedure, inhoud, uitkomsten, plichten, aanpak);
    }

    /** The BSNs of the clients: the client and each family member from their consent. */
    public List<String> clienten() {
        List<String> out = new ArrayList<>();
        out.add(client.bsn().value());
        gezinsleden.stream().filter(d -> d.ingestemd() != null).forEach(d -> out.add(d.persoon().bsn().value()));
        return out;
    }

    /** Everyone in the file (client and every family member asked), for inzage. */
    public List<String> betrokkenen() {
        List<String> out = new ArrayList<>();
        out.add(client.bsn().value());
        gezinsleden.forEach(d -> out.add(d.persoon().bsn().value()));
        return out;
    }

    /** Whether the person with this BSN is a client in this investigation. */
    public boolean isClient(String bsn) {
        return clienten().contains(bsn);
    }

    /** Whether a life domain may be investigated: always on 2.3a.4 and 14 lid 8; within the scope on 2.3a.1. */
    public boolean binnenReikwijdte(String domein) {
        return proces.route() != Onderzoek.Route.WMO_2_3A_1 || reikwijdte.omvat(domein);
    }

    /** Records the content (a)-(e); on 2.3a.1 the findings must stay inside the agreed scope (lid 1 and 4). */
    public Onderzoeksdossier inhoud(Inhoud i) {
        vereisLopend("de inhoud vastleggen");
        Objects.requireNonNull(i, "inhoud");
        for (String domein : i.domeinen()) {
            if (!binnenReikwijdte(domein)) {
                throw new ProcesStapException("het domein `" + domein + "` valt buiten wat de cliënt in samenspraak heeft afgesproken "
                        + reikwijdte.domeinen(), "Wmo 2015 art. 2.3a.1 lid 1");
            }
        }
        return with(proces, gezinsleden, beoordeling, procedure, i, uitkomsten, plichten, aanpak);
    }

    /**
     * Gives the written outcome per client and computes whether a coordinated approach follows (Wmo 2015 art.
     * 2.3a.2 lid 1-2), by the active rules on the coordinated approach.
     */
    public Onderzoeksdossier uitkomst(Map<String, Uitkomst> perPersoon, boolean aanpalend, LocalDate op, GecoordineerdeAanpak.Regels regels) {
        return uitkomst(perPersoon, aanpalend, op, regels, List.of());
    }

    /**
     * The written outcome per person, with the approach decision, and for each proposed service that one of the
     * {@code routes} (the active law modules' {@code dienstroute} rules) covers, how its law says it is obtained
     * (Wmo 2015 art. 2.3a.2 lid 1).
     */
    public Onderzoeksdossier uitkomst(Map<String, Uitkomst> perPersoon, boolean aanpalend, LocalDate op, GecoordineerdeAanpak.Regels regels,
            List<Verkrijging> routes) {
        if (inhoud == null) {
            throw new ProcesStapException("het onderzoek heeft nog geen inhoud (a)-(e)", "Wmo 2015 art. 2.3a.1 lid 4");
        }
        if (proces.route() == Onderzoek.Route.WMO_2_3A_1 && !procedure.identiteitVastgesteld()) {
            throw new ProcesStapException("de identiteit van de cliënt is niet vastgesteld", "Wmo 2015 art. 2.3a.1 lid 5");
        }
        if (perPersoon == null || !perPersoon.containsKey(client.bsn().value())) {
            throw new IllegalArgumentException("uitkomsten: een schriftelijke weergave voor de cliënt is verplicht (Wmo 2015 art. 2.3a.2 lid 1)");
        }
        for (String bsn : perPersoon.keySet()) {
            if (!isClient(bsn)) {
                throw new ProcesStapException("een uitkomst alleen voor cliënten; een gezinslid is cliënt vanaf de instemming",
                        "Wmo 2015 art. 2.3a.1 lid 3");
            }
        }
        Onderzoek next = proces.uitkomst(op);
        Map<String, List<String>> diensten = new LinkedHashMap<>();
        perPersoon.forEach((bsn, u) -> diensten.put(bsn, u.voorzieningen()));
        Map<String, Set<String>> duties = new LinkedHashMap<>();
        plichten.forEach((bsn, l) -> duties.put(bsn, Set.copyOf(l)));
        GecoordineerdeAanpak beslissing = GecoordineerdeAanpak.beslis(diensten, aanpalend, duties, Objects.requireNonNull(regels, "regels"));
        Map<String, Uitkomst> geschreven = new LinkedHashMap<>();
        perPersoon.forEach((bsn, u) -> geschreven.put(bsn, u.verkregenVolgens(Objects.requireNonNull(routes, "routes"))));
        return with(next, gezinsleden, beoordeling, procedure, inhoud, geschreven, plichten, beslissing);
    }

    /** The outcome for one person only (Wmo 2015 art. 2.3a.2 lid 1: separately where privacy needs it). */
    public Uitkomst uitkomstVoor(String bsn) {
        return uitkomsten.get(bsn);
    }

    /**
     * A person did what the route of a service proposed in their outcome asks (the separate application, the oral or
     * written statement, the consent; Wmo 2015 art. 2.3a.2 lid 1 and the route's own article): recorded on that
     * service's {@link Verkrijging}, with the decision term counted from that day.
     *
     * @throws ProcesStapException when the person has no outcome, the outcome does not propose the service, no route
     *         of an active law module covered it when the outcome was written, or the step is not the one its route asks
     * @throws IllegalArgumentException ({@code op}) for a day before the outcome was given
     */
    public Onderzoeksdossier dienstVerkregen(String bsn, String dienst, Verkrijging.Stap stap, LocalDate op) {
        Uitkomst u = uitkomsten.get(bsn);
        if (u == null) {
            throw new ProcesStapException("voor deze persoon is geen uitkomst gegeven", "Wmo 2015 art. 2.3a.2 lid 1");
        }
        if (!u.voorzieningen().contains(dienst)) {
            throw new ProcesStapException("de uitkomst voor deze persoon stelt " + dienst + " niet voor", "Wmo 2015 art. 2.3a.2 lid 1");
        }
        if (proces.uitkomstMeegedeeld() != null && op.isBefore(proces.uitkomstMeegedeeld())) {
            throw new IllegalArgumentException("op: ligt vóór de uitkomst van " + proces.uitkomstMeegedeeld() + " (Wmo 2015 art. 2.3a.2 lid 1)");
        }
        List<Verkrijging> routes = new ArrayList<>(u.verkrijging());
        int i = 0;
        while (i < routes.size() && !routes.get(i).dienst().equals(dienst)) {
            i++;
        }
        if (i == routes.size()) {
            throw new ProcesStapException("voor " + dienst + " gaf geen actieve wetsmodule een dienstroute toen de uitkomst werd gegeven; "
                    + "de uitkomst zegt hoe: " + u.hoeTeVerkrijgen(), "Wmo 2015 art. 2.3a.2 lid 1");
        }
        routes.set(i, routes.get(i).voldaan(stap, op));
        Map<String, Uitkomst> next = new LinkedHashMap<>(uitkomsten);
        next.put(bsn, new Uitkomst(u.conclusies(), u.voorzieningen(), u.aanpalend(), u.hoeTeVerkrijgen(), routes));
        return with(proces, gezinsleden, beoordeling, procedure, inhoud, next, plichten, aanpak);
    }

    /**
     * The college takes a client's data from one of its other tasks into the investigation (Wmo 2015 art. 5.4.1 lid 4),
     * once the kernel permitted it (the caller records the rule). Refused for someone who is not a client (a family
     * member before their consent, Wmo 2015 art. 2.3a.1 lid 3) and once the investigation is over (its outcome was
     * given: the data may then serve only the services, art. 5.4.4 lid 1).
     */
    public Onderzoeksdossier hergebruikt(Hergebruik h) {
        Objects.requireNonNull(h, "hergebruik");
        if (!isClient(h.betrokkene())) {
            throw new ProcesStapException("alleen gegevens van een cliënt; een gezinslid is cliënt vanaf zijn instemming",
                    "Wmo 2015 art. 5.4.1 lid 4");
        }
        if (proces.toestand() != Onderzoek.Toestand.GESTART) {
            throw new ProcesStapException(proces.toestand() == Onderzoek.Toestand.VERZOEK_INGEDIEND || proces.toestand() == Onderzoek.Toestand.NIET_GESTART
                    ? "het college heeft geen onderzoek gestart" : "het onderzoek is afgerond met de uitkomst; gegevens voor het onderzoek "
                    + "worden niet meer verzameld (daarna alleen voor de voorzieningen, Wmo 2015 art. 5.4.4 lid 1)", "Wmo 2015 art. 5.4.1 lid 4");
        }
        if (!binnenReikwijdte(h.domein())) {
            throw new ProcesStapException("het domein " + h.domein() + " ligt buiten wat de cliënt in samenspraak afsprak",
                    "Wmo 2015 art. 2.3a.1 lid 4");
        }
        List<Hergebruik> next = new ArrayList<>(hergebruik);
        next.add(h);
        return new Onderzoeksdossier(proces, hulpvraagWet, ingang, client, reikwijdte, gezinsleden, verzoek, beoordeling, procedure, inhoud,
                uitkomsten, plichten, aanpak, next, onderbouwingen);
    }

    /** A coordinator is appointed (Wmo 2015 art. 2.3a.3 lid 1); refused when no coordinated approach follows. */
    public Onderzoeksdossier coordinatorAangewezen() {
        if (aanpak != null && aanpak.uitkomst() == GecoordineerdeAanpak.Uitkomst.GEEN) {
            throw new ProcesStapException("er volgt geen gecoördineerde aanpak: " + aanpak.reden(), aanpak.artikel());
        }
        return with(proces.coordinatorAangewezen(), gezinsleden, beoordeling, procedure, inhoud, uitkomsten, plichten, aanpak);
    }

    /**
     * The client coordinates under their own direction (Wmo 2015 art. 2.3a.3 lid 2), unless an active rule rules it
     * out after this route (Wmo 2015 art. 2.3a.4 lid 8 after a party's request).
     */
    public Onderzoeksdossier eigenRegie(GecoordineerdeAanpak.Regels regels) {
        Onderzoek next = proces.eigenRegie();
        return with(next, gezinsleden, beoordeling, procedure, inhoud, uitkomsten, plichten,
                GecoordineerdeAanpak.eigenRegie(ingangsroute(), Objects.requireNonNull(regels, "regels")));
    }

    /** No coordinated approach; refused where one is mandatory (Wmo 2015 art. 2.3a.2 lid 2). */
    public Onderzoeksdossier geenAanpak() {
        if (aanpak != null && aanpak.uitkomst() == GecoordineerdeAanpak.Uitkomst.VERPLICHT) {
            throw new ProcesStapException("een gecoördineerde aanpak is verplicht: " + aanpak.reden(), aanpak.artikel());
        }
        return with(proces.geenAanpak(), gezinsleden, beoordeling, procedure, inhoud, uitkomsten, plichten, aanpak);
    }

    /** The coordinated approach ends (Wmo 2015 art. 2.3a.3 lid 4). */
    public Onderzoeksdossier aanpakBeeindigd(LocalDate op) {
        return with(proces.aanpakBeeindigd(op), gezinsleden, beoordeling, procedure, inhoud, uitkomsten, plichten, aanpak);
    }

    /**
     * From when the investigation data's retention runs, once known (Wmo 2015 art. 5.4.5 lid 1): the outcome when no
     * coordinated approach follows, the end of the approach when one did.
     */
    public java.util.Optional<Bewaarstart> bewaarstart() {
        return proces.bewaartermijnStart().map(d -> new Bewaarstart("onderzoek",
                proces.toestand() == Onderzoek.Toestand.AANPAK_BEEINDIGD ? "aanpak-afgerond" : "uitkomst-meegedeeld", d));
    }

    /** The family member with this BSN as asked to take part; null when they were not. */
    public Deelname deelname(String bsn) {
        return gezinsleden.stream().filter(d -> d.persoon().bsn().value().equals(bsn)).findFirst().orElse(null);
    }

    private void vereisLopend(String stap) {
        if (proces.toestand() != Onderzoek.Toestand.GESTART) {
            throw new ProcesStapException("`" + stap + "` kan alleen tijdens het onderzoek (toestand " + proces.toestand() + ")",
                    proces.route() == Onderzoek.Route.WMO_2_3A_1 ? "Wmo 2015 art. 2.3a.1" : "Wmo 2015 art. 2.3a.4");
        }
    }
}
