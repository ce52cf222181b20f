// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The event from which a file's retention period runs (rulebook §4.15). The period itself is a retention rule of
 * the law's rule set (e.g. R1-R5 of the Wams core), looked up by data set and start event, so that it is stated
 * once.
 *
 * @param gegevensset the data set, as the retention rules name it: onderzoek, coordinatiedossier, melddossier
 * @param startgebeurtenis the start event, as the retention rules name it, e.g. uitkomst-meegedeeld
 * @param datum the day it happened
 */
public record Bewaarstart(String gegevensset, String startgebeurtenis, LocalDate datum) {
    /** Validates. */
    public Bewaarstart {
        Objects.requireNonNull(gegevensset, "gegevensset");
        Objects.requireNonNull(startgebeurtenis, "startgebeurtenis");
        Objects.requireNonNull(datum, "datum");
    }
}
