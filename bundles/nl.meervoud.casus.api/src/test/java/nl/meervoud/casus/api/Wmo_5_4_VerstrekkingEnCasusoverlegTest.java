// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.VoorwaardeVerstrekker;

/** Data requests (Wmo 2015 art. 5.4.2), the casusoverleg (5.4.3) and the coördinatiedossier (2.3a.3, 5.4.4-5.4.5). */
class Wmo_5_4_VerstrekkingEnCasusoverlegTest {
    /** The Jeugdwet module's entry rule, as the case service finds it among the active process rules. */
    static final Onderzoeksdossier.Ingang JEUGDWET = new Onderzoeksdossier.Ingang("WMO_2_3A_1", "Jeugdwet", "jeugdwet/J1", java.util.List.of("Jeugdwet art. 2.4a"));

    static final LocalDate DAG = LocalDate.of(2026, 11, 2);
    static final Onderzoeksdossier.Betrokkene CLIENT = new Onderzoeksdossier.Betrokkene(new Bsn("111222333"), "S", LocalDate.of(1988, 4, 12));
    static final Verstrekkingsverzoek.Motivering MOTIVERING = new Verstrekkingsverzoek.Motivering("schulden in beeld", "achterstanden",
            "coördinator", "schulden");

    static Onderzoeksdossier onderzoek() {
        return Onderzoeksdossier.op2_3a_1(DAG, JEUGDWET, CLIENT, new Onderzoeksdossier.Reikwijdte(Set.of("schulden"), Set.of()), true);
    }

    static Verstrekkingsverzoek verzoek(Geheimhouding geheimhouding) {
        return Verstrekkingsverzoek.verzoek(onderzoek(), new Verstrekkingsverzoek.Partij("p", "P", geheimhouding, true), CLIENT.bsn(),
                Set.of(Gegevenssoort.FINANCIEEL), MOTIVERING);
    }

    @Test
    void wmo_5_4_2_lid_1_theRequestIsMotivated() {
        assertEquals("Wmo 2015 art. 5.4.2 lid 1", assertThrows(ProcesStapException.class,
                () -> Verstrekkingsverzoek.verzoek(onderzoek(), new Verstrekkingsverzoek.Partij("p", "P", null, true), CLIENT.bsn(),
                        Set.of(Gegevenssoort.FINANCIEEL), new Verstrekkingsverzoek.Motivering("doel", "", "x", "schulden"))).artikel());
    }

    @Test
    void wmo_5_4_2_lid_1_aRefusalForZwaarwegendeRedenenIsFinal() {
        Verstrekkingsverzoek geweigerd = verzoek(Geheimhouding.GEEN).geweigerd(DAG, "lopend strafrechtelijk onderzoek");
        assertEquals(Verstrekkingsverzoek.Toestand.GEWEIGERD, geweigerd.toestand());
        assertEquals("Wmo 2015 art. 5.4.2 lid 1", assertThrows(ProcesStapException.class,
                () -> geweigerd.verstrekt(new Verstrekkingsverzoek.Antwoord(DAG, List.of(), null, true, true))).artikel());
        assertThrows(IllegalArgumentException.class, () -> verzoek(Geheimhouding.GEEN).geweigerd(DAG, " "));
    }

    @Test
    void wmo_5_4_2_lid_1_conditionsTravelWithTheData() {
        VoorwaardeVerstrekker niet = new VoorwaardeVerstrekker("p", VoorwaardeVerstrekker.Soort.NIET_AAN, Set.of("woningcorporatie"), null);
        Verstrekkingsverzoek v = verzoek(Geheimhouding.GEEN).verstrekt(new Verstrekkingsverzoek.Antwoord(DAG, List.of(niet), null, false, false));
        assertEquals(Verstrekkingsverzoek.Toestand.VERSTREKT_ONDER_VOORWAARDEN, v.toestand());
        assertEquals(List.of(niet), v.antwoord().voorwaarden());
    }

    @Test
    void wmo_5_4_3_lid_1_everyInviteeHasARecordedNecessityAndTheClientIsInvitedUnlessReasoned() {
        assertEquals("Wmo 2015 art. 5.4.3 lid 1", assertThrows(ProcesStapException.class,
                () -> new Casusoverleg.Genodigde("kredietbank", " ")).artikel());
        List<Casusoverleg.Genodigde> g = List.of(new Casusoverleg.Genodigde("kredietbank", "schulden"));
        assertEquals("Wmo 2015 art. 5.4.3 lid 1", assertThrows(ProcesStapException.class,
                () -> Casusoverleg.bijeenroepen(onderzoek(), Casusoverleg.Fase.ONDERZOEK, DAG, g, false, null)).artikel());
        Casusoverleg zonder = Casusoverleg.bijeenroepen(onderzoek(), Casusoverleg.Fase.ONDERZOEK, DAG, g, false, "onderling privacybelang gezinsleden");
        assertEquals("onderling privacybelang gezinsleden", zonder.zwaarwegendeBelangen());
        assertNull(Casusoverleg.bijeenroepen(onderzoek(), Casusoverleg.Fase.ONDERZOEK, DAG, g, true, "genegeerd").zwaarwegendeBelangen());
    }

    @Test
    void wmo_2_3a_3_lid_3_theCoordinatorConvenesOnlyDuringTheApproach() {
        List<Casusoverleg.Genodigde> g = List.of(new Casusoverleg.Genodigde("kredietbank", "schulden"));
        assertEquals("Wmo 2015 art. 2.3a.3 lid 3", assertThrows(ProcesStapException.class,
                () -> Casusoverleg.bijeenroepen(onderzoek(), Casusoverleg.Fase.COORDINATIE, DAG, g, true, null)).artikel());
    }

    @Test
    void wmo_2_3a_4_lid_2_theRequestingPartyIsAlwaysInvolved() {
        Onderzoeksdossier o = Onderzoeksdossier.verzoek2_3a_4(CLIENT,
                new Onderzoeksdossier.Verzoek("ggz-team", true, true, true, true, "zorgmijding met overlast")).beoordeel(true, "ernstig", DAG);
        assertEquals("Wmo 2015 art. 2.3a.4 lid 2", assertThrows(ProcesStapException.class,
                () -> Casusoverleg.bijeenroepen(o, Casusoverleg.Fase.ONDERZOEK, DAG, List.of(new Casusoverleg.Genodigde("politie", "overlast")),
                        true, null)).artikel());
    }

    @Test
    void wmo_5_4_3_lid_4_theRegisterKnowsTheInviteesAndAReleaseNamesAnOwnTask() {
        Casusoverleg co = Casusoverleg.bijeenroepen(onderzoek(), Casusoverleg.Fase.ONDERZOEK, DAG,
                List.of(new Casusoverleg.Genodigde("a", "x"), new Casusoverleg.Genodigde("b", "y")), true, null);
        assertTrue(co.genodigd("a") && co.genodigd("b"));
        assertFalse(co.genodigd("c"), "the evidence the kernel's W12 asks for (GENODIGDE_DEELNEMERS)");
        assertThrows(IllegalArgumentException.class,
                () -> co.vrijgave(new Casusoverleg.Vrijgave("a", "b", Set.of(Gegevenssoort.FINANCIEEL), " ", true, false, "PERMIT", "W12")));
        assertEquals(1, co.vrijgave(new Casusoverleg.Vrijgave("a", "b", Set.of(Gegevenssoort.FINANCIEEL), "taak", true, false, "PERMIT", "W12"))
                .vrijgaven().size());
    }

    @Test
    void wmo_5_4_4_lid_7_anOutsideCoordinatorHandsOverAndTheCollegeBecomesController() {
        Coordinatiedossier cd = Coordinatiedossier.voor(new Coordinatiedossier.Coordinator("F", Coordinatiedossier.CoordinatorSoort.MEDEWERKER_PARTIJ, "Wijkteam"));
        assertEquals("Wijkteam", cd.verwerkingsverantwoordelijke());
        assertThrows(ProcesStapException.class, () -> cd.overgedragen(DAG));
        Coordinatiedossier beeindigd = cd.beeindig(DAG);
        assertEquals(new Bewaarstart("coordinatiedossier", "aanpak-beeindigd", DAG), beeindigd.bewaarstart().orElseThrow(),
                "Wmo 2015 art. 5.4.5 lid 2");
        assertThrows(ProcesStapException.class, () -> beeindigd.voortgang(new Coordinatiedossier.Notitie(DAG, "d", "t")));
        assertEquals("college", beeindigd.overgedragen(DAG).verwerkingsverantwoordelijke());
        Coordinatiedossier ambtenaar = Coordinatiedossier.voor(new Coordinatiedossier.Coordinator("A", Coordinatiedossier.CoordinatorSoort.GEMEENTEAMBTENAAR, null));
        assertEquals("college", ambtenaar.verwerkingsverantwoordelijke());
        assertThrows(ProcesStapException.class, () -> ambtenaar.beeindig(DAG).overgedragen(DAG));
    }
}
