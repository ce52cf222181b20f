// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.meervoud.casus.api.GecoordineerdeAanpak.Regel;
import nl.meervoud.casus.api.GecoordineerdeAanpak.Regels;
import nl.meervoud.casus.api.GecoordineerdeAanpak.Uitkomst;

/**
 * Wmo 2015 art. 2.3a.2 lid 2: when a gecoördineerde aanpak must, may or need not follow (rulebook §3.7), applied
 * with the rules as the case service reads them from the Wams core rule set (wams-core/A1-A6, E1; the Pax Exam test
 * {@code CasusApiIT} runs the same on the real rule file).
 */
class Wmo_2_3a_2_GecoordineerdeAanpakTest {

    /** The Wams core's rules on the coordinated approach, as {@code Resource.aanpakRegels()} builds them. */
    static final Regels WAMS_CORE = new Regels(List.of(
            new Regel("wams-core/A1", List.of("Wmo 2015 art. 2.3a.2 lid 2 onder a"), Uitkomst.VERPLICHT, 2, 0, "", false, false, "twee voor één"),
            new Regel("wams-core/A2", List.of("Wmo 2015 art. 2.3a.2 lid 2 onder a"), Uitkomst.VERPLICHT, 0, 2, "", false, false, "meer cliënten"),
            new Regel("wams-core/A3", List.of("Wmo 2015 art. 2.3a.2 lid 2 onder b"), Uitkomst.VERPLICHT, 1, 0, "inburgeringsplicht", false, false,
                    "plus inburgeringsplicht"),
            new Regel("wams-core/A4", List.of("Wmo 2015 art. 2.3a.2 lid 2"), Uitkomst.FACULTATIEF, 0, 1, "", true, false, "aanpalend"),
            new Regel("wams-core/A5", List.of("Wmo 2015 art. 2.3a.2 lid 2"), Uitkomst.GEEN, 0, 0, "", false, false, "niets"),
            new Regel("wams-core/A6", List.of("Wmo 2015 art. 2.3a.3 lid 2"), Uitkomst.GEEN, 0, 0, "", false, true, "eigen regie")),
            List.of(new GecoordineerdeAanpak.Uitsluiting("wams-core/E1", List.of("Wmo 2015 art. 2.3a.4 lid 8"), "WMO_2_3A_4")));

    private static GecoordineerdeAanpak beslis(Map<String, List<String>> diensten, boolean aanpalend, Map<String, Set<String>> plichten) {
        return GecoordineerdeAanpak.beslis(diensten, aanpalend, plichten, WAMS_CORE);
    }

    @Test
    void wmo_2_3a_2_lid_2_a_twoSocialDomainServicesToOneClientIsMandatory() {
        GecoordineerdeAanpak a = beslis(Map.of("client", List.of("jeugdhulp", "schuldhulp")), false, Map.of());
        assertEquals(new GecoordineerdeAanpak(Uitkomst.VERPLICHT, "twee voor één", "Wmo 2015 art. 2.3a.2 lid 2 onder a", "wams-core/A1"), a);
    }

    @Test
    void wmo_2_3a_2_lid_2_a_servicesToSeveralClientsInTheFamilyIsMandatory() {
        GecoordineerdeAanpak a = beslis(Map.of("moeder", List.of("bijstand"), "zoon", List.of("jeugdhulp")), false, Map.of());
        assertEquals(Uitkomst.VERPLICHT, a.uitkomst());
        assertEquals("wams-core/A2", a.regel());
    }

    @Test
    void wmo_2_3a_2_lid_2_b_oneServicePlusAnInburgeringsplichtIsMandatory() {
        GecoordineerdeAanpak a = beslis(Map.of("client", List.of("bijstand")), false, Map.of("client", Set.of("inburgeringsplicht")));
        assertEquals(Uitkomst.VERPLICHT, a.uitkomst());
        assertEquals("Wmo 2015 art. 2.3a.2 lid 2 onder b", a.artikel());
        assertEquals(Uitkomst.GEEN, beslis(Map.of("client", List.of("bijstand"), "kind", List.of()), false,
                Map.of("kind", Set.of("inburgeringsplicht"))).uitkomst(), "the duty counts for the client with the service");
    }

    @Test
    void wmo_2_3a_2_lid_2_oneServicePlusAdjacentDomainsOnlyIsOptional() {
        assertEquals(Uitkomst.FACULTATIEF, beslis(Map.of("client", List.of("wmo-begeleiding")), true, Map.of()).uitkomst());
    }

    @Test
    void wmo_2_3a_2_lid_2_oneServiceAloneNeedsNoCoordination() {
        GecoordineerdeAanpak a = beslis(Map.of("client", List.of("bijstand")), false, Map.of());
        assertEquals(Uitkomst.GEEN, a.uitkomst());
        assertEquals("wams-core/A5", a.regel());
    }

    @Test
    void wmo_2_3a_3_lid_2_selfCoordinationMeansNoCollegeResponsibility() {
        GecoordineerdeAanpak a = GecoordineerdeAanpak.eigenRegie("WMO_2_3A_1", WAMS_CORE);
        assertEquals(Uitkomst.GEEN, a.uitkomst());
        assertEquals("Wmo 2015 art. 2.3a.3 lid 2", a.artikel());
        assertEquals("wams-core/A6", a.regel());
        assertEquals(Uitkomst.GEEN, GecoordineerdeAanpak.eigenRegie("WET_INBURGERING_14_8", WAMS_CORE).uitkomst(),
                "the brede-intake route applies 2.3a.4 lid 2-7 only, so lid 8 does not bar it (rulebook §8.12)");
    }

    @Test
    void wmo_2_3a_4_lid_8_noSelfCoordinationAfterAPartysRequest() {
        ProcesStapException e = assertThrows(ProcesStapException.class, () -> GecoordineerdeAanpak.eigenRegie("WMO_2_3A_4", WAMS_CORE));
        assertEquals("Wmo 2015 art. 2.3a.4 lid 8", e.artikel());
    }

    @Test
    void withoutActiveRulesNothingIsDecidedAndTheStepIsRefused() {
        Regels geen = new Regels(List.of(), List.of());
        assertEquals("Wmo 2015 art. 2.3a.2 lid 2", assertThrows(ProcesStapException.class,
                () -> GecoordineerdeAanpak.beslis(Map.of("client", List.of("a", "b")), false, Map.of(), geen)).artikel());
        assertEquals("Wmo 2015 art. 2.3a.3 lid 2", assertThrows(ProcesStapException.class,
                () -> GecoordineerdeAanpak.eigenRegie("WMO_2_3A_1", geen)).artikel());
    }
}
