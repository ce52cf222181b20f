// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A retention period (rulebook §4.15): which data set is deleted how long after which event.
 *
 * @param id the rule id, e.g. {@code R1}
 * @param titel a one-line summary in Dutch
 * @param citaties the articles
 * @param gegevensset the data set, e.g. {@code onderzoek}, {@code coordinatiedossier}, {@code melddossier}
 * @param startgebeurtenis the event the period starts from, e.g. {@code aanpak-afgerond}
 * @param minimum the minimum retention (equal to {@code maximum} for a fixed period)
 * @param maximum the maximum retention: delete at the latest then
 */
public record RetentionRule(String id, String titel, List<Citation> citaties, String gegevensset, String startgebeurtenis,
        Period minimum, Period maximum) {

    /** Validates the parts. */
    public RetentionRule {
        Objects.requireNonNull(id, "id");
        titel = titel == null ? "" : titel;
        citaties = List.copyOf(citaties == null ? List.of() : citaties);
        Objects.requireNonNull(gegevensset, "gegevensset");
        Objects.requireNonNull(startgebeurtenis, "startgebeurtenis");
        Objects.requireNonNull(maximum, "maximum");
        minimum = minimum == null ? maximum : minimum;
    }
}
