// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.meervoud.casus.api.Onderzoek.Toestand;

/** The investigation's process of Wmo 2015 §3a (rulebook §3.4-3.9, §4.15), one rule per test. */
class Wmo_2_3a_OnderzoekTest {
    /** The term of wams-core/T2 (Wmo 2015 art. 2.3a.1), as the case service reads it from the active rules. */
    private static final java.time.Period ZES_WEKEN = java.time.Period.ofWeeks(6);

    private static final LocalDate DAG = LocalDate.of(2026, 11, 2);

    @Test
    void wmo_2_3a_1_lid_1_startsOnlyOnASuspicionOfRelatedProblems() {
        ProcesStapException e = assertThrows(ProcesStapException.class, () -> Onderzoek.op2_3a_1(DAG, false));
        assertEquals("Wmo 2015 art. 2.3a.1 lid 1", e.artikel());
        assertEquals(Toestand.GESTART, Onderzoek.op2_3a_1(DAG, true).toestand());
    }

    @Test
    void wmo_2_3a_1_theTermIsSixWeeksAfterTheRequest() {
        Onderzoek o = Onderzoek.op2_3a_1(DAG, true);
        assertEquals(Optional.of(DAG.plusWeeks(6)), o.termijn(ZES_WEKEN));
        assertFalse(o.termijnVerstreken(ZES_WEKEN, DAG.plusWeeks(6)));
        assertTrue(o.termijnVerstreken(ZES_WEKEN, DAG.plusWeeks(6).plusDays(1)));
        assertFalse(o.uitkomst(DAG.plusWeeks(5)).termijnVerstreken(ZES_WEKEN, DAG.plusWeeks(7)), "closed in time");
    }

    @Test
    void wmo_2_3a_4_lid_1_aRequestMustSubstantiateEveryCriterionAndTheAssessmentNeedsReasons() {
        assertEquals("Wmo 2015 art. 2.3a.4 lid 1",
                assertThrows(ProcesStapException.class, () -> Onderzoek.verzoek2_3a_4(true, true, false, true)).artikel());
        Onderzoek verzoek = Onderzoek.verzoek2_3a_4(true, true, true, true);
        assertThrows(ProcesStapException.class, () -> verzoek.beoordeel(true, " ", DAG));
        assertEquals(Toestand.NIET_GESTART, verzoek.beoordeel(false, "hulp is nog niet aangeboden", DAG).toestand());
        assertEquals(Toestand.GESTART, verzoek.beoordeel(true, "overlast en verwaarlozing", DAG).toestand());
    }

    @Test
    void wmo_2_3a_4_lid_3_noOutcomeBeforeTheClientWasToldOfTheInvestigation() {
        Onderzoek gestart = Onderzoek.verzoek2_3a_4(true, true, true, true).beoordeel(true, "motivering", DAG);
        ProcesStapException e = assertThrows(ProcesStapException.class, () -> gestart.uitkomst(DAG.plusWeeks(3)));
        assertEquals("Wmo 2015 art. 2.3a.4 lid 3", e.artikel());
        assertEquals(Toestand.UITKOMST_MEEGEDEELD, gestart.informeerClient().uitkomst(DAG.plusWeeks(3)).toestand());
    }

    @Test
    void wmo_2_3a_3_lid_1_aCoordinatorAfterAPartysRequest() {
        Onderzoek uitkomst = Onderzoek.verzoek2_3a_4(true, true, true, true).beoordeel(true, "m", DAG).informeerClient()
                .uitkomst(DAG.plusWeeks(4));
        assertEquals(Toestand.AANPAK_LOPEND, uitkomst.coordinatorAangewezen().toestand());
    }

    @Test
    void wmo_2_3a_3_lid_2_selfCoordinationAfterA2_3a_1Investigation() {
        Onderzoek o = Onderzoek.op2_3a_1(DAG, true).uitkomst(DAG.plusWeeks(4)).eigenRegie();
        assertEquals(Toestand.EIGEN_REGIE, o.toestand());
    }

    @Test
    void wmo_2_3a_4_lid_2_tot_7_withoutARequest_startsAtOnceOnThe2_3a_4ProcedureButTheClientMustBeInformed() {
        Onderzoek o = Onderzoek.zonderVerzoek(DAG);
        assertEquals(Toestand.GESTART, o.toestand());
        assertEquals(Onderzoek.Route.WMO_2_3A_4, o.route());
        assertThrows(ProcesStapException.class, () -> o.uitkomst(DAG.plusWeeks(2)));
    }

    @Test
    void wmo_2_3a_3_stepsOutOfOrderAreRefusedNamingTheArticle() {
        Onderzoek gestart = Onderzoek.op2_3a_1(DAG, true);
        ProcesStapException e = assertThrows(ProcesStapException.class, gestart::coordinatorAangewezen);
        assertEquals("Wmo 2015 art. 2.3a.3 lid 1", e.artikel());
        assertTrue(e.getMessage().contains("toestand GESTART"));
        assertThrows(ProcesStapException.class, () -> gestart.aanpakBeeindigd(DAG));
    }

    @Test
    void wmo_5_4_5_lid_1_retentionRunsFromTheEndOfTheApproachOrFromTheOutcome() {
        Onderzoek uitkomst = Onderzoek.op2_3a_1(DAG, true).uitkomst(DAG.plusWeeks(5));
        assertEquals(Optional.empty(), uitkomst.bewaartermijnStart());
        assertEquals(Optional.of(DAG.plusWeeks(5)), uitkomst.geenAanpak().bewaartermijnStart());
        LocalDate einde = DAG.plusYears(1);
        assertEquals(Optional.of(einde), uitkomst.coordinatorAangewezen().aanpakBeeindigd(einde).bewaartermijnStart());
    }
}
