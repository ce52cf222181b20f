// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person as the gezinslid computation sees them.
 *
 * @param id an identifier within the case (not the BSN)
 * @param geboortedatum date of birth
 * @param inHuishouding whether the person lives in the client's joint household (Wmo 2015 art. 1.1.2 lid 3-4)
 * @param verblijftElders whether the person stays elsewhere for more than 24 hours (institution, foster family,
 *        justitiële jeugdinrichting, the other parent, prison)
 * @param jeugdigeTot the age up to which the person is a jeugdige under the Jeugdwet: 18, or 21 or 23 where the
 *        Jeugdwet extends it
 */
public record Persoon(String id, LocalDate geboortedatum, boolean inHuishouding, boolean verblijftElders, int jeugdigeTot) {

    /** Validates the parts. */
    public Persoon {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(geboortedatum, "geboortedatum");
        if (jeugdigeTot != 18 && jeugdigeTot != 21 && jeugdigeTot != 23) {
            throw new IllegalArgumentException("jeugdigeTot is 18, 21 of 23 (Jeugdwet art. 1.1)");
        }
    }

    /** Whether the person is a jeugdige on a day. */
    public boolean jeugdigeOp(LocalDate day) {
        return geboortedatum.plusYears(jeugdigeTot).isAfter(day);
    }
}
