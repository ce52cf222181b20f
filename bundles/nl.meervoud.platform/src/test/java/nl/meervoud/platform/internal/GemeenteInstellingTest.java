// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.meervoud.platform.api.Gemeenten;

/** A municipality's settings are checked before they count: the law's bounds, and the Wams cannot be switched off. */
class GemeenteInstellingTest {
    @Test
    void whatAMunicipalityLeavesOpenIsTheInstallations() {
        Gemeenten.Instellingen i = GemeenteInstelling.lees("0384", "Diemen", 0, "", new String[0]);
        assertNull(i.melddossierMaanden());
        assertNull(i.melderTerugkoppelingBurgers());
        assertTrue(i.modulesUit().isEmpty());
    }

    @Test
    void itsOwnSettingsAreRead() {
        Gemeenten.Instellingen i = GemeenteInstelling.lees("0384", "Diemen", 6, "ja", new String[] { " nl.meervoud.domain.jeugdwet " });
        assertEquals(6, i.melddossierMaanden());
        assertEquals(Boolean.TRUE, i.melderTerugkoppelingBurgers());
        assertEquals(Set.of("nl.meervoud.domain.jeugdwet"), i.modulesUit());
        assertEquals(Boolean.FALSE, GemeenteInstelling.lees("0384", "", 12, "nee", null).melderTerugkoppelingBurgers());
    }

    @Test
    void whatTheLawOrTheFormDoesNotAllowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("384", "", 0, "", null), "four digits");
        assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees(null, "", 0, "", null));
        IllegalArgumentException kort = assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("0384", "", 5, "", null));
        assertTrue(kort.getMessage().contains("Wmo 2015 art. 5.5.4 lid 1"), kort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("0384", "", 13, "", null), "at most a year");
        assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("0384", "", 0, "misschien", null));
        IllegalArgumentException wams = assertThrows(IllegalArgumentException.class,
                () -> GemeenteInstelling.lees("0384", "", 0, "", new String[] { "nl.meervoud.rules.wams" }));
        assertTrue(wams.getMessage().contains("Wams"), wams.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("0384", "", 0, "", new String[] { "a b" }));
    }

    @Test
    void regionalCooperationNamesTheMunicipalityAndTheCollegesFunction() {
        Gemeenten.Instellingen i = GemeenteInstelling.lees("0384", "Diemen", 0, "", null,
                new String[] { "0363:meldpuntmedewerker", " 0363:consulent", "0437:coordinator" });
        assertEquals(Set.of("meldpuntmedewerker", "consulent"), i.opgedragenAan("0363"));
        assertEquals(Set.of("coordinator"), i.opgedragenAan("0437"));
        assertTrue(i.opgedragenAan("0344").isEmpty());
        for (String fout : new String[] { "0363", "363:consulent", "0363:privacyfunctionaris", "0363:beheerder", "0384:consulent" }) {
            assertThrows(IllegalArgumentException.class, () -> GemeenteInstelling.lees("0384", "", 0, "", null, new String[] { fout }), fout);
        }
    }
}
