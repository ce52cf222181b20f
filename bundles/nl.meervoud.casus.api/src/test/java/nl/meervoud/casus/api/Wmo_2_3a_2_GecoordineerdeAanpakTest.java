// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.meervoud.casus.api.GecoordineerdeAanpak.Uitkomst;

/** Wmo 2015 art. 2.3a.2 lid 2: when a gecoördineerde aanpak must, may or need not follow (rulebook §3.7). */
class Wmo_2_3a_2_GecoordineerdeAanpakTest {

    @Test
    void wmo_2_3a_2_lid_2_a_twoSocialDomainServicesToOneClientIsMandatory() {
        GecoordineerdeAanpak a = GecoordineerdeAanpak.beslis(Map.of("client", List.of("jeugdhulp", "schuldhulp")), false, List.of(), false, Onderzoek.Route.WMO_2_3A_1);
        assertEquals(Uitkomst.VERPLICHT, a.uitkomst());
        assertEquals("Wmo 2015 art. 2.3a.2 lid 2 onder a", a.artikel());
    }

    @Test
    void wmo_2_3a_2_lid_2_a_servicesToSeveralClientsInTheFamilyIsMandatory() {
        assertEquals(Uitkomst.VERPLICHT, GecoordineerdeAanpak.beslis(
                Map.of("moeder", List.of("bijstand"), "zoon", List.of("jeugdhulp")), false, List.of(), false, Onderzoek.Route.WMO_2_3A_1).uitkomst());
    }

    @Test
    void wmo_2_3a_2_lid_2_b_oneServicePlusAnInburgeringsplichtIsMandatory() {
        GecoordineerdeAanpak a = GecoordineerdeAanpak.beslis(Map.of("client", List.of("bijstand")), false, List.of("client"), false, Onderzoek.Route.WMO_2_3A_1);
        assertEquals(Uitkomst.VERPLICHT, a.uitkomst());
        assertEquals("Wmo 2015 art. 2.3a.2 lid 2 onder b", a.artikel());
    }

    @Test
    void wmo_2_3a_2_lid_2_oneServicePlusAdjacentDomainsOnlyIsOptional() {
        assertEquals(Uitkomst.FACULTATIEF,
                GecoordineerdeAanpak.beslis(Map.of("client", List.of("wmo-begeleiding")), true, List.of(), false, Onderzoek.Route.WMO_2_3A_1).uitkomst());
    }

    @Test
    void wmo_2_3a_3_lid_2_selfCoordinationMeansNoCollegeResponsibility() {
        GecoordineerdeAanpak a = GecoordineerdeAanpak.beslis(Map.of("client", List.of("jeugdhulp", "schuldhulp")), false, List.of(), true, Onderzoek.Route.WMO_2_3A_1);
        assertEquals(Uitkomst.GEEN, a.uitkomst());
        assertEquals("Wmo 2015 art. 2.3a.3 lid 2", a.artikel());
    }

    @Test
    void wmo_2_3a_4_lid_8_noSelfCoordinationAfterAPartysRequest() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> GecoordineerdeAanpak.beslis(Map.of("client", List.of("jeugdhulp")), false, List.of(), true, Onderzoek.Route.WMO_2_3A_4));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("Wmo 2015 art. 2.3a.4 lid 8"));
    }

    @Test
    void wmo_2_3a_2_lid_2_oneServiceAloneNeedsNoCoordination() {
        assertEquals(Uitkomst.GEEN, GecoordineerdeAanpak.beslis(Map.of("client", List.of("bijstand")), false, List.of(), false, Onderzoek.Route.WMO_2_3A_1).uitkomst());
    }
}
