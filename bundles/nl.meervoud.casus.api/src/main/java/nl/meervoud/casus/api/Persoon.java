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
 * @param jeugdigeTot the age up to which the person is a jeugdige, as the active rule sets bound it
 *        ({@link Leeftijdsgrens}: Jeugdwet art. 1.1 in the Jeugdwet module); null when no active rule set does
 */
public record Persoon(String id, LocalDate geboortedatum, boolean inHuishouding, boolean verblijftElders, Integer jeugdigeTot) {

    /** Validates the parts. */
    public Persoon {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(geboortedatum, "geboortedatum");
        if (jeugdigeTot != null && jeugdigeTot <= 0) {
            throw new IllegalArgumentException("jeugdigeTot: een positieve leeftijd");
        }
    }

    /**
     * Whether the person is a jeugdige on a day.
     *
     * @throws ProcesStapException when no active rule set says up to which age a person is a jeugdige
     */
    public boolean jeugdigeOp(LocalDate day) {
        if (jeugdigeTot == null) {
            throw new ProcesStapException("geen actieve regelset bepaalt tot welke leeftijd iemand jeugdige is, en de grond "
                    + "hangt daarvan af (is de Jeugdwet-module geïnstalleerd?)", Gezinslid.ARTIKEL);
        }
        return geboortedatum.plusYears(jeugdigeTot).isAfter(day);
    }
}
