// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The investigation file (Wmo 2015 §3a): scope, family, outcome per person, the approach decision, retention. */
class Wmo_2_3a_OnderzoeksdossierTest {
    /** The Jeugdwet module's entry rule, as the case service finds it among the active process rules. */
    static final Onderzoeksdossier.Ingang JEUGDWET = new Onderzoeksdossier.Ingang("WMO_2_3A_1", "Jeugdwet", "jeugdwet/J1", java.util.List.of("Jeugdwet art. 2.4a"));

    static final LocalDate DAG = LocalDate.of(2026, 11, 2);
    static final Onderzoeksdossier.Betrokkene SANNE = new Onderzoeksdossier.Betrokkene(new Bsn("111222333"), "Sanne", LocalDate.of(1988, 4, 12));
    static final Onderzoeksdossier.Betrokkene MARK = new Onderzoeksdossier.Betrokkene(new Bsn("123456782"), "Mark", LocalDate.of(1986, 1, 30));
    static final Onderzoeksdossier.Huisgenoot PARTNER_THUIS = new Onderzoeksdossier.Huisgenoot(true, false, null,
            List.of(new Onderzoeksdossier.Band(Relatie.PARTNER, "111222333")));
    /** The Jeugdwet module's J9 as the case service reads it from the active rule sets. */
    static final Leeftijdsgrens JEUGDIGE = new Leeftijdsgrens(18, Set.of(21, 23), "jeugdwet/J9", List.of("Wmo 2015 art. 1.1.1", "Jeugdwet art. 1.1"));
    static final GecoordineerdeAanpak.Regels AANPAK = Wmo_2_3a_2_GecoordineerdeAanpakTest.WAMS_CORE;
    static final Onderzoeksdossier.Inhoud INHOUD = new Onderzoeksdossier.Inhoud(Set.of("schulden"), List.of("schulden"), null, null, null, true);

    static Onderzoeksdossier gestart() {
        return Onderzoeksdossier.op2_3a_1(DAG, JEUGDWET, SANNE, new Onderzoeksdossier.Reikwijdte(Set.of("opvoeding", "schulden"), Set.of()), true)
                .procedure(new Onderzoeksdossier.Procedure(true, true, true, true));
    }

    @Test
    void wmo_2_3a_1_lid_1_onlyThroughTheEntryRuleOfALawAndWithAnAgreedScope() {
        assertThrows(NullPointerException.class, () -> Onderzoeksdossier.op2_3a_1(DAG, null, SANNE,
                new Onderzoeksdossier.Reikwijdte(Set.of("schulden"), Set.of()), true), "no entry without the trigger of a law");
        assertEquals("Wmo 2015 art. 2.3a.1 lid 1", assertThrows(ProcesStapException.class,
                () -> Onderzoeksdossier.op2_3a_1(DAG, JEUGDWET, SANNE, new Onderzoeksdossier.Reikwijdte(Set.of(), Set.of()), true)).artikel());
    }

    /** A module's trigger on the 2.3a.4 procedure without a request, as the Wet inburgering 2021 module declares it. */
    static final Onderzoeksdossier.Ingang BREDE_INTAKE = new Onderzoeksdossier.Ingang("WET_INBURGERING_14_8", "Wet inburgering 2021",
            "inburgering/I1", List.of("Wet inburgering 2021 art. 14 lid 8"));

    @Test
    void wetInburgering_14_lid_8_aTriggerWithoutRequestStartsOn2_3a_4WithTheRouteItsModuleNamesAndRecordsTheDuty() {
        Onderzoeksdossier o = Onderzoeksdossier.zonderVerzoek(DAG, BREDE_INTAKE, SANNE, "brede intake: schulden en opvoedvragen",
                "inburgeringsplicht");
        assertEquals(Onderzoek.Route.WMO_2_3A_4, o.proces().route(), "the 2.3a.4 procedure, lid 2-7");
        assertEquals(Onderzoek.Toestand.GESTART, o.proces().toestand(), "no lid 1 assessment: the intake is the reason");
        assertEquals("WET_INBURGERING_14_8", o.ingangsroute(), "the kernel sees the module's route");
        assertEquals("Wet inburgering 2021", o.hulpvraagWet());
        assertEquals(Map.of("111222333", List.of("inburgeringsplicht")), o.plichten());
        assertEquals("brede intake: schulden en opvoedvragen", o.beoordeling(), "the reasons the college started on");
        assertEquals("Wet inburgering 2021 art. 14 lid 8", assertThrows(ProcesStapException.class,
                () -> Onderzoeksdossier.zonderVerzoek(DAG, BREDE_INTAKE, SANNE, " ", "")).artikel(), "no start without recorded reasons");
        assertEquals("WMO_2_3A_4", Onderzoeksdossier.verzoek2_3a_4(SANNE, new Onderzoeksdossier.Verzoek("woningcorporatie", true, true, true,
                true, "overlast")).ingangsroute(), "a party's request is the Wams's own route");
    }

    @Test
    void wmo_2_3a_2_lid_2_onder_b_theDutyTheTriggerRecordedMakesTheApproachMandatory() {
        Onderzoeksdossier o = Onderzoeksdossier.zonderVerzoek(DAG, BREDE_INTAKE, SANNE, "brede intake", "inburgeringsplicht")
                .informeer().inhoud(INHOUD);
        Onderzoeksdossier uit = o.uitkomst(Map.of("111222333", new Onderzoeksdossier.Uitkomst("schulden", List.of("schuldhulpverlening"),
                List.of(), "via de schuldhulpverlening")), false, DAG.plusWeeks(3), AANPAK);
        assertEquals(GecoordineerdeAanpak.Uitkomst.VERPLICHT, uit.aanpak().uitkomst());
        assertEquals("wams-core/A3", uit.aanpak().regel());
    }

    private static final Verkrijging BIJSTAND = new Verkrijging("bijstand", "Participatiewet", Verkrijging.Aanvraag.APART, "", "",
            "participatiewet/P-8", List.of("Participatiewet art. 7a"));

    /** Sanne's written outcome proposing these services, three weeks in, with these service routes active. */
    private Onderzoeksdossier uitkomstVoorSanne(List<String> diensten, String hoe, Verkrijging... routes) {
        return gestart().informeer().inhoud(INHOUD).uitkomst(Map.of("111222333", new Onderzoeksdossier.Uitkomst("c", diensten, List.of(), hoe)),
                false, DAG.plusWeeks(3), AANPAK, List.of(routes));
    }

    @Test
    void wmo_2_3a_2_lid_1_theWrittenOutcomeSaysPerServiceHowItsLawHasItObtained() {
        Verkrijging schuldhulp = new Verkrijging("schuldhulpverlening", "Wgs", Verkrijging.Aanvraag.VERKLARING, "", "", "wgs/S7",
                List.of("Wgs art. 3b"));
        Onderzoeksdossier uit = uitkomstVoorSanne(List.of("schuldhulpverlening", "budgetcoaching"), "via het wijkteam", BIJSTAND, schuldhulp);
        assertEquals(List.of(schuldhulp), uit.uitkomstVoor("111222333").verkrijging(),
                "the service a rule covers gets its route; one no active module covers keeps only the college's own text");
        assertEquals("via het wijkteam", uit.uitkomstVoor("111222333").hoeTeVerkrijgen());
    }

    @Test
    void wmo_2_3a_2_lid_1_theStepARouteAsksIsRecordedWithItsDecisionTerm() {
        Verkrijging maatwerk = new Verkrijging("maatwerkvoorziening", "Wmo 2015", Verkrijging.Aanvraag.GEEN, "P2W", "de instemming", "wmo/D1",
                List.of("Wmo 2015 art. 2.3.5 lid 2"));
        Onderzoeksdossier uit = uitkomstVoorSanne(List.of("maatwerkvoorziening", "bijstand", "budgetcoaching"), "zie de regels", maatwerk, BIJSTAND);
        LocalDate instemming = DAG.plusWeeks(4);
        Verkrijging voldaan = uit.dienstVerkregen("111222333", "maatwerkvoorziening", Verkrijging.Stap.INSTEMMING, instemming)
                .uitkomstVoor("111222333").verkrijging().get(0);
        assertEquals(instemming, voldaan.voldaanOp());
        assertEquals(instemming.plusWeeks(2), voldaan.beslissingUiterlijk(), "the decision within two weeks of the consent (D1)");

        ProcesStapException teWeinig = assertThrows(ProcesStapException.class,
                () -> uit.dienstVerkregen("111222333", "bijstand", Verkrijging.Stap.INSTEMMING, instemming));
        assertEquals("Participatiewet art. 7a", teWeinig.artikel(), "bijstand still needs its own application");
        assertTrue(teWeinig.getMessage().contains("participatiewet/P-8"), teWeinig.getMessage());
        assertEquals(null, uit.dienstVerkregen("111222333", "bijstand", Verkrijging.Stap.AANVRAAG, instemming).uitkomstVoor("111222333")
                .verkrijging().get(1).beslissingUiterlijk(), "a route without a term sets no decision day");
        assertThrows(ProcesStapException.class, () -> uit.dienstVerkregen("111222333", "budgetcoaching", Verkrijging.Stap.INSTEMMING, instemming),
                "no module's route covers it");
        assertThrows(ProcesStapException.class, () -> uit.dienstVerkregen("111222333", "jeugdhulp", Verkrijging.Stap.INSTEMMING, instemming),
                "not proposed for this person");
        assertThrows(IllegalArgumentException.class, () -> uit.dienstVerkregen("111222333", "maatwerkvoorziening", Verkrijging.Stap.INSTEMMING,
                DAG), "before the outcome was given");
        Onderzoeksdossier eenmaal = uit.dienstVerkregen("111222333", "maatwerkvoorziening", Verkrijging.Stap.INSTEMMING, instemming);
        assertThrows(ProcesStapException.class, () -> eenmaal.dienstVerkregen("111222333", "maatwerkvoorziening", Verkrijging.Stap.INSTEMMING,
                instemming.plusDays(1)), "recorded once");
    }

    @Test
    void wmo_2_3a_1_lid_4_findingsOutsideTheAgreedScopeAreRefused() {
        ProcesStapException e = assertThrows(ProcesStapException.class, () -> gestart()
                .inhoud(new Onderzoeksdossier.Inhoud(Set.of("gezondheid"), List.of(), null, null, null, true)));
        assertEquals("Wmo 2015 art. 2.3a.1 lid 1", e.artikel());
        assertTrue(gestart().binnenReikwijdte("schulden"));
        assertFalse(gestart().binnenReikwijdte("gezondheid"));
    }

    @Test
    void wmo_2_3a_1_lid_3_aFamilyMemberIsAClientFromTheirConsent() {
        Onderzoeksdossier gevraagd = gestart().vraagGezinslid(MARK, PARTNER_THUIS, DAG, JEUGDIGE);
        assertEquals(List.of("111222333"), gevraagd.clienten());
        assertEquals(List.of("111222333", "123456782"), gevraagd.betrokkenen());
        assertEquals(Gezinslid.Grond.GEZAMENLIJKE_HUISHOUDING, gevraagd.gezinsleden().get(0).grond());
        Onderzoeksdossier.Huisgenoot elders = new Onderzoeksdossier.Huisgenoot(false, true, null,
                List.of(new Onderzoeksdossier.Band(Relatie.EX_PARTNER, "111222333")));
        assertEquals(Gezinslid.ARTIKEL, assertThrows(ProcesStapException.class, () -> gestart().vraagGezinslid(MARK, elders, DAG, JEUGDIGE)).artikel(),
                "an ex-partner elsewhere without a child in the household is not a gezinslid");
        Onderzoeksdossier ingestemd = gevraagd.instemming("123456782", DAG.plusDays(1));
        assertEquals(List.of("111222333", "123456782"), ingestemd.clienten());
        assertThrows(ProcesStapException.class, () -> ingestemd.instemming("123456782", DAG));
    }

    private static Onderzoeksdossier.Hergebruik hergebruik(String wet, String bsn, String domein) {
        return new Onderzoeksdossier.Hergebruik(wet, bsn, Set.of(nl.meervoud.privacy.api.Gegevenssoort.FINANCIEEL), domein, "inkomen in beeld", DAG,
                "participatiewet/P-2", List.of("Wmo 2015 art. 5.4.1 lid 4"));
    }

    @Test
    void wmo_5_4_1_lid_4_theCollegesOwnRecordsOfAClientEnterTheRunningInvestigationWithTheRuleThatPermittedIt() {
        Onderzoeksdossier gevraagd = gestart().vraagGezinslid(MARK, PARTNER_THUIS, DAG, JEUGDIGE);
        Onderzoeksdossier o = gevraagd.hergebruikt(hergebruik("Participatiewet", "111222333", "schulden"));
        assertEquals(List.of("participatiewet/P-2"), o.hergebruik().stream().map(Onderzoeksdossier.Hergebruik::regel).toList());
        assertEquals("Wmo 2015 art. 5.4.1 lid 4", assertThrows(ProcesStapException.class,
                () -> gevraagd.hergebruikt(hergebruik("Participatiewet", "123456782", "schulden"))).artikel(), "a family member before consent");
        assertEquals(2, gevraagd.instemming("123456782", DAG).hergebruikt(hergebruik("Participatiewet", "123456782", "schulden"))
                .hergebruikt(hergebruik("Wgs", "111222333", "schulden")).hergebruik().size(), "after consent, and under several laws");
        assertEquals("Wmo 2015 art. 2.3a.1 lid 4", assertThrows(ProcesStapException.class,
                () -> gevraagd.hergebruikt(hergebruik("Participatiewet", "111222333", "gezondheid"))).artikel(), "outside the agreed scope");
        Onderzoeksdossier uit = o.informeer().inhoud(INHOUD).uitkomst(Map.of("111222333", new Onderzoeksdossier.Uitkomst("c", List.of("jeugdhulp"),
                List.of(), "zie de regels")), false, DAG.plusWeeks(3), AANPAK);
        assertEquals("Wmo 2015 art. 5.4.1 lid 4", assertThrows(ProcesStapException.class,
                () -> uit.hergebruikt(hergebruik("Participatiewet", "111222333", "schulden"))).artikel(), "not once the outcome is given");
        assertEquals(1, uit.hergebruik().size(), "what was taken over stays with the file");
        assertThrows(IllegalArgumentException.class, () -> new Onderzoeksdossier.Hergebruik("Participatiewet", "111222333", Set.of(), "schulden", "w",
                DAG, null, null), "the kinds of data are named");
    }

    @Test
    void wmo_2_3a_2_lid_1_anOutcomeOnlyForClientsAndRenderedPerPerson() {
        Onderzoeksdossier gevraagd = gestart().vraagGezinslid(MARK, PARTNER_THUIS, DAG, JEUGDIGE).inhoud(INHOUD);
        Map<String, Onderzoeksdossier.Uitkomst> beide = Map.of(
                "111222333", new Onderzoeksdossier.Uitkomst("c", List.of("jeugdhulp"), null, "beschikking"),
                "123456782", new Onderzoeksdossier.Uitkomst("c", List.of("schuldhulpverlening"), null, "intake"));
        assertEquals("Wmo 2015 art. 2.3a.1 lid 3", assertThrows(ProcesStapException.class, () -> gevraagd.uitkomst(beide, false, DAG, AANPAK)).artikel());
        Onderzoeksdossier klaar = gevraagd.instemming("123456782", DAG).uitkomst(beide, false, DAG.plusWeeks(4), AANPAK);
        assertEquals(List.of("schuldhulpverlening"), klaar.uitkomstVoor("123456782").voorzieningen());
        assertEquals(GecoordineerdeAanpak.Uitkomst.VERPLICHT, klaar.aanpak().uitkomst());
        assertEquals("Wmo 2015 art. 2.3a.2 lid 2 onder a", assertThrows(ProcesStapException.class, klaar::geenAanpak).artikel());
    }

    @Test
    void wmo_2_3a_1_lid_5_identityIsEstablishedBeforeTheOutcome() {
        Onderzoeksdossier zonder = Onderzoeksdossier.op2_3a_1(DAG, JEUGDWET, SANNE,
                new Onderzoeksdossier.Reikwijdte(Set.of("schulden"), Set.of()), true).inhoud(INHOUD);
        assertEquals("Wmo 2015 art. 2.3a.1 lid 5", assertThrows(ProcesStapException.class, () -> zonder.uitkomst(
                Map.of("111222333", new Onderzoeksdossier.Uitkomst("c", null, null, null)), false, DAG, AANPAK)).artikel());
    }

    @Test
    void wmo_5_4_5_lid_1_investigationDataRetentionRunsFromTheOutcomeWhenNoApproachFollows() {
        Onderzoeksdossier klaar = gestart().inhoud(INHOUD)
                .uitkomst(Map.of("111222333", new Onderzoeksdossier.Uitkomst("geen voorzieningen", null, null, null)), false, DAG.plusWeeks(5), AANPAK);
        assertTrue(klaar.bewaarstart().isEmpty(), "not yet decided");
        assertEquals(new Bewaarstart("onderzoek", "uitkomst-meegedeeld", DAG.plusWeeks(5)), klaar.geenAanpak().bewaarstart().orElseThrow());
    }

    @Test
    void wmo_2_3a_4_lid_8_noSelfCoordinationAfterAPartysRequest() {
        Onderzoeksdossier o = Onderzoeksdossier.verzoek2_3a_4(SANNE,
                new Onderzoeksdossier.Verzoek("ggz", true, true, true, true, "overlast")).beoordeel(true, "ernstig", DAG).informeer().inhoud(INHOUD)
                .uitkomst(Map.of("111222333", new Onderzoeksdossier.Uitkomst("c", List.of("a", "b"), null, "x")), false, DAG, AANPAK);
        assertEquals("Wmo 2015 art. 2.3a.4 lid 8", assertThrows(ProcesStapException.class,
                () -> o.eigenRegie(AANPAK)).artikel());
    }

    @Test
    void wmo_1_1_1_clientStatusHasAReasonAndAnIntervalPerPerson() {
        Onderzoeksdossier o = gestart().vraagGezinslid(MARK, PARTNER_THUIS, DAG, JEUGDIGE)
                .instemming("123456782", DAG.plusDays(2)).inhoud(INHOUD)
                .uitkomst(Map.of("111222333", new Onderzoeksdossier.Uitkomst("c", List.of("jeugdhulp"), null, "x"),
                        "123456782", new Onderzoeksdossier.Uitkomst("c", List.of("schuldhulpverlening"), null, "y")), false, DAG.plusWeeks(5), AANPAK)
                .coordinatorAangewezen().aanpakBeeindigd(DAG.plusYears(1));
        List<Onderzoeksdossier.Clientstatus> status = o.clientstatus();
        assertEquals(new Onderzoeksdossier.Clientstatus("111222333", Onderzoeksdossier.Reden.ONDERZOEK, status.get(0).artikel(), DAG,
                DAG.plusWeeks(5), true), status.get(0));
        assertEquals(DAG.plusDays(2), status.get(1).vanaf(), "a family member from the consent (Wmo 2015 art. 2.3a.1 lid 3)");
        assertEquals(Onderzoeksdossier.Reden.GECOORDINEERDE_AANPAK, status.get(3).reden());
        assertEquals(DAG.plusYears(1), status.get(3).tot(), "until the approach ends");
        assertTrue(status.get(0).medeWmoClient(), "a Jeugdwet entrant is also a Wmo 2015 client (Artikel II)");
        Onderzoeksdossier verzoek = Onderzoeksdossier.verzoek2_3a_4(SANNE, new Onderzoeksdossier.Verzoek("ggz", true, true, true, true, "m"));
        assertTrue(verzoek.clientstatus().isEmpty(), "on 2.3a.4 a client from the start of the investigation, not the request");
    }

    @Test
    void wmo_1_1_1_anExPartnerAndASiblingElsewhereAreGezinsledenThroughAChildInTheHousehold() {
        Onderzoeksdossier.Betrokkene kind = new Onderzoeksdossier.Betrokkene(new Bsn("555555550"), "Kind", LocalDate.of(2015, 6, 1));
        Onderzoeksdossier.Betrokkene vader = new Onderzoeksdossier.Betrokkene(new Bsn("777777770"), "Vader", LocalDate.of(1984, 2, 2));
        Onderzoeksdossier.Betrokkene halfbroer = new Onderzoeksdossier.Betrokkene(new Bsn("999999990"), "Halfbroer", LocalDate.of(2012, 3, 3));
        Onderzoeksdossier metKind = gestart().vraagGezinslid(kind, new Onderzoeksdossier.Huisgenoot(true, false, null,
                List.of(new Onderzoeksdossier.Band(Relatie.KIND, "111222333"))), DAG, JEUGDIGE);
        Onderzoeksdossier metVader = metKind.vraagGezinslid(vader, new Onderzoeksdossier.Huisgenoot(false, true, null,
                List.of(new Onderzoeksdossier.Band(Relatie.EX_PARTNER, "111222333"), new Onderzoeksdossier.Band(Relatie.OUDER, "555555550"))), DAG, JEUGDIGE);
        assertEquals(Gezinslid.Grond.EX_PARTNER_ELDERS, metVader.gezinsleden().get(1).grond());
        Onderzoeksdossier metBroer = metVader.vraagGezinslid(halfbroer, new Onderzoeksdossier.Huisgenoot(false, true, null,
                List.of(new Onderzoeksdossier.Band(Relatie.BROER_OF_ZUS, "555555550"))), DAG, JEUGDIGE);
        assertEquals(Gezinslid.Grond.BROER_OF_ZUS_ELDERS, metBroer.gezinsleden().get(2).grond());
        assertThrows(IllegalArgumentException.class, () -> gestart().vraagGezinslid(vader, new Onderzoeksdossier.Huisgenoot(false, true, null,
                List.of(new Onderzoeksdossier.Band(Relatie.OUDER, "555555550"))), DAG, JEUGDIGE), "the child must be in the case first");
    }

    @Test
    void wmo_1_1_1_aGroundThatEndsWithTheJeugdigeAgeNamesTheRuleThatSetsIt() {
        Onderzoeksdossier.Betrokkene kind = new Onderzoeksdossier.Betrokkene(new Bsn("555555550"), "Kind", LocalDate.of(2012, 6, 1));
        Onderzoeksdossier.Huisgenoot inInstelling = new Onderzoeksdossier.Huisgenoot(false, true, null,
                List.of(new Onderzoeksdossier.Band(Relatie.KIND, "111222333")));
        Onderzoeksdossier.Deelname d = gestart().vraagGezinslid(kind, inInstelling, DAG, JEUGDIGE).gezinsleden().get(0);
        assertEquals(Gezinslid.Grond.KIND_ELDERS, d.grond());
        assertEquals(new Onderzoeksdossier.Grondslag(Gezinslid.Grond.KIND_ELDERS.uitleg(), List.of("Wmo 2015 art. 1.1.1", "Jeugdwet art. 1.1"),
                "jeugdwet/J9"), d.grondslag());
        assertEquals(new Onderzoeksdossier.Grondslag(Gezinslid.Grond.GEZAMENLIJKE_HUISHOUDING.uitleg(), List.of("Wmo 2015 art. 1.1.1"), null),
                gestart().vraagGezinslid(MARK, PARTNER_THUIS, DAG, JEUGDIGE).gezinsleden().get(0).grondslag(), "no age in this ground");
    }

    @Test
    void wmo_1_1_1_withoutARuleOnWhoIsAJeugdigeOnlyTheGroundsWithoutAnAgeCanBeComputed() {
        Onderzoeksdossier.Betrokkene kind = new Onderzoeksdossier.Betrokkene(new Bsn("555555550"), "Kind", LocalDate.of(2012, 6, 1));
        Onderzoeksdossier.Huisgenoot inInstelling = new Onderzoeksdossier.Huisgenoot(false, true, null,
                List.of(new Onderzoeksdossier.Band(Relatie.KIND, "111222333")));
        assertEquals(Gezinslid.ARTIKEL, assertThrows(ProcesStapException.class, () -> gestart().vraagGezinslid(kind, inInstelling, DAG, null))
                .artikel(), "no Jeugdwet module: nobody says who is a jeugdige");
        assertEquals(Gezinslid.Grond.GEZAMENLIJKE_HUISHOUDING, gestart().vraagGezinslid(MARK, PARTNER_THUIS, DAG, null).gezinsleden().get(0).grond());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gestart().vraagGezinslid(kind,
                new Onderzoeksdossier.Huisgenoot(false, true, 21, inInstelling.banden()), DAG, null));
        assertTrue(e.getMessage().startsWith("jeugdigeTot: "), e.getMessage());
    }

    @Test
    void jeugdwet_1_1_anExtensionOnlyToAnAgeTheActiveRuleAllows() {
        Onderzoeksdossier.Betrokkene zoon = new Onderzoeksdossier.Betrokkene(new Bsn("555555550"), "Zoon", DAG.minusYears(22));
        List<Onderzoeksdossier.Band> kindVan = List.of(new Onderzoeksdossier.Band(Relatie.KIND, "111222333"));
        assertEquals(Gezinslid.Grond.KIND_ELDERS, gestart().vraagGezinslid(zoon, new Onderzoeksdossier.Huisgenoot(false, true, 23, kindVan), DAG,
                JEUGDIGE).gezinsleden().get(0).grond());
        assertThrows(ProcesStapException.class, () -> gestart().vraagGezinslid(zoon, new Onderzoeksdossier.Huisgenoot(false, true, 21, kindVan),
                DAG, JEUGDIGE), "22 years old: past an extension to 21");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gestart().vraagGezinslid(zoon,
                new Onderzoeksdossier.Huisgenoot(false, true, 25, kindVan), DAG, JEUGDIGE));
        assertEquals("jeugdigeTot: 18 of een verlenging tot [21, 23] (Wmo 2015 art. 1.1.1; Jeugdwet art. 1.1, regel jeugdwet/J9)", e.getMessage());
    }
}
