// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The meldpunt (Wmo 2015 art. 2.2.5, 5.5.1-5.5.4). */
class Wmo_5_5_MeldpuntTest {
    static final LocalDate DAG = LocalDate.of(2026, 11, 2);
    static final Melding.Melder BUUR = new Melding.Melder(Melding.MelderSoort.BURGER, "Buur", "06-1", true);
    static final Melding.Gemelde GEMELDE = new Melding.Gemelde(null, "J. Jansen", "Dorpsstraat 1");

    @Test
    void wmo_5_5_1_aProfessionalCannotStayAnonymousTowardsTheGemelde() {
        ProcesStapException e = assertThrows(ProcesStapException.class,
                () -> new Melding.Melder(Melding.MelderSoort.PROFESSIONAL, "Wijkagent", "", true));
        assertEquals("Wmo 2015 art. 5.5.1", e.artikel());
        assertTrue(BUUR.anoniemJegensGemelde(), "a resident may");
    }

    @Test
    void wmo_5_5_2_nonResidentOrAcuteMeldingenRegisterNoPersonalData() {
        for (Melding m : new Melding[] { Melding.ontvang(DAG, BUUR, GEMELDE, "zorg", false, false),
                Melding.ontvang(DAG, BUUR, GEMELDE, "zorg", true, true) }) {
            assertEquals(Melding.Toestand.NIET_GEREGISTREERD, m.toestand());
            assertNull(m.melder());
            assertNull(m.gemelde());
            assertNull(m.zorg());
            assertFalse(m.geregistreerd());
        }
    }

    @Test
    void wmo_5_5_4_takingItUpUnderAnOwnTaskNeedsTheGemeldesConsent() {
        Melding m = Melding.ontvang(DAG, BUUR, GEMELDE, "vervuilde woning", true, false);
        ProcesStapException e = assertThrows(ProcesStapException.class,
                () -> m.trieer(new Melding.Triage(Melding.TriageUitkomst.EIGEN_TAAK, "matig", "Wgs", false, DAG)));
        assertEquals("Wmo 2015 art. 5.5.4 lid 1", e.artikel());
        assertEquals(Melding.Toestand.EIGEN_TAAK,
                m.trieer(new Melding.Triage(Melding.TriageUitkomst.EIGEN_TAAK, "matig", "Wgs", true, DAG)).toestand());
        Melding wvggz = m.trieer(new Melding.Triage(Melding.TriageUitkomst.WVGGZ, "ernstig", null, false, DAG));
        assertTrue(wvggz.verderGebruikZonderToestemming(), "after a Wvggz reclassification no consent is needed");
    }

    @Test
    void aTriageThatForwardsOrTakesUpWithoutNamingWhereIsMalformedBeforeAnyMeldingIsRead() {
        // The request's own shape: refused when it is read, so no melddossier is read and nothing is logged.
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new Melding.Triage(Melding.TriageUitkomst.DOORSTUREN, "licht", "", false, DAG)).getMessage().startsWith("naar: "));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new Melding.Triage(Melding.TriageUitkomst.EIGEN_TAAK, "licht", null, true, DAG)).getMessage().startsWith("naar: "));
    }

    @Test
    void wmo_2_2_5_triageOnlyOnceAndOnlyForAMeldingInTreatment() {
        Melding m = Melding.ontvang(DAG, BUUR, GEMELDE, "zorg", true, false)
                .trieer(new Melding.Triage(Melding.TriageUitkomst.DOORSTUREN, "licht", "GGD", false, DAG));
        assertEquals("Wmo 2015 art. 2.2.5 lid 2", assertThrows(ProcesStapException.class,
                () -> m.trieer(new Melding.Triage(Melding.TriageUitkomst.GEEN_VERVOLG, "", null, false, DAG))).artikel());
    }

    @Test
    void avg_14_theGemeldeIsToldWithinAMonthUnlessTheExceptionIsRecorded() {
        Melding m = Melding.ontvang(DAG, BUUR, GEMELDE, "zorg", true, false);
        assertEquals(LocalDate.of(2026, 12, 2), m.informerenUiterlijk());
        assertFalse(m.informerenTeLaat(LocalDate.of(2026, 12, 2)));
        assertTrue(m.informerenTeLaat(LocalDate.of(2026, 12, 3)));
        Melding uitzondering = m.informeerGemelde(null, "informeren zou de veiligheid van de melder in gevaar brengen");
        assertFalse(uitzondering.informerenTeLaat(LocalDate.of(2027, 1, 1)));
        assertThrows(ProcesStapException.class, () -> uitzondering.informeerGemelde(DAG, null));
    }

    @Test
    void wmo_2_2_5_lid_2_theMelderIsToldAtMostTheHandlingAndNeverWhenSafetyIsAtStake() {
        Melding m = Melding.ontvang(DAG, BUUR, GEMELDE, "zorg", true, false);
        assertEquals("Wmo 2015 art. 2.2.5 lid 2", assertThrows(ProcesStapException.class,
                () -> m.informeerMelder(DAG, Melding.TerugkoppelingSoort.IN_BEHANDELING_GENOMEN, true, true)).artikel());
        assertThrows(ProcesStapException.class, () -> m.informeerMelder(DAG, Melding.TerugkoppelingSoort.DOORGESTUURD, false, true));
        assertEquals(Melding.TerugkoppelingSoort.IN_BEHANDELING_GENOMEN,
                m.informeerMelder(DAG, Melding.TerugkoppelingSoort.IN_BEHANDELING_GENOMEN, false, true).terugkoppeling().soort());
        assertThrows(ProcesStapException.class, () -> m.informeerMelder(DAG, Melding.TerugkoppelingSoort.IN_BEHANDELING_GENOMEN, false, false),
                "professionals only, when so configured");
    }
}
