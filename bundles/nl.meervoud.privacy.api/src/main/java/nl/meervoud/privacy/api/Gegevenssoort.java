// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.Locale;

/** A category of personal data (soort gegeven, as VNG Verwerkingenlogging calls it). */
public enum Gegevenssoort {
    IDENTIFICEREND,
    BSN,
    CONTACT,
    /** Health: special category (AVG art. 9). */
    GEZONDHEID,
    /** Religion or belief: special category (AVG art. 9). */
    GODSDIENST_LEVENSOVERTUIGING,
    /** Race or ethnic origin: special category (AVG art. 9). */
    ETNISCHE_AFKOMST,
    /** Criminal-law data (AVG art. 10). */
    STRAFRECHTELIJK,
    /** Police data: closed regime of the Wpg (Wmo 2015 art. 5.4.2 lid 3). */
    POLITIEGEGEVENS,
    /** Judicial and criminal-procedure data: closed regime of the Wjsg (Wmo 2015 art. 5.4.2 lid 3). */
    JUSTITIELE_GEGEVENS,
    FINANCIEEL,
    WERK,
    ONDERWIJS,
    HUISVESTING,
    GEZINSSAMENSTELLING,
    /** Only that the client is known (Wmo 2015 art. 5.4.2 lid 2, minimisation step 1). */
    DAT_INFORMATIE,
    /** That a trajectory runs and when it ends (minimisation step 2). */
    PROCESINFORMATIE,
    /** Substantive content (conversation, diagnosis, medication): only if necessary. */
    INHOUD;

    /** AVG art. 9 special categories. */
    public boolean bijzonder() {
        return this == GEZONDHEID || this == GODSDIENST_LEVENSOVERTUIGING || this == ETNISCHE_AFKOMST;
    }

    /** AVG art. 10 criminal data, including Wpg and Wjsg data. */
    public boolean strafrechtelijk() {
        return this == STRAFRECHTELIJK || this == POLITIEGEGEVENS || this == JUSTITIELE_GEGEVENS;
    }

    /** Data under the closed Wpg/Wjsg regime. */
    public boolean geslotenRegime() {
        return this == POLITIEGEGEVENS || this == JUSTITIELE_GEGEVENS;
    }

    /** Finds a category by name, case-insensitively; throws naming the unknown one. */
    public static Gegevenssoort of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown data category `" + name + "`");
        }
    }
}
