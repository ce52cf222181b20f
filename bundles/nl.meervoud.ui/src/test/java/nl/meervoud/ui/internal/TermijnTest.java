// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TermijnTest {

    private static String toon(LocalDate termijn, boolean verstreken, int nadertDagen) {
        Html h = new Html();
        Schermen.termijn(h, termijn, verstreken, "uitkomst van het onderzoek", "Wmo 2015 art. 2.3a.1", nadertDagen);
        return h.toString();
    }

    @Test
    void aTermIsNearFromTheMunicipalitysNumberOfDaysBeforeItAndAlwaysNamesItsArticle() {
        LocalDate overTienDagen = LocalDate.now().plusDays(10);
        String binnen = toon(overTienDagen, false, 7);
        assertTrue(binnen.contains("utrecht-status-badge--safe") && binnen.contains("Binnen de termijn") && binnen.contains("Wmo 2015 art. 2.3a.1"), binnen);
        String nadert = toon(overTienDagen, false, 14);
        assertTrue(nadert.contains("utrecht-status-badge--warning") && nadert.contains("Nog 10 dagen"), nadert);
        String verstreken = toon(LocalDate.now().minusDays(1), true, 7);
        assertTrue(verstreken.contains("utrecht-status-badge--danger") && verstreken.contains("Termijn verstreken"), verstreken);
    }
}
