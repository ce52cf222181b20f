// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.Objects;
import java.util.Set;

/**
 * A condition the providing party attached to its data (Wmo 2015 art. 5.4.2 lid 1): stored with the data and
 * checked on every onward use (a sticky policy).
 *
 * @param verstrekker the providing party's id
 * @param soort what the condition demands
 * @param partijen the parties named by {@link Soort#ALLEEN_AAN} or {@link Soort#NIET_AAN}
 * @param gegevens the categories named by {@link Soort#ALLEEN_GEGEVENS}
 */
public record VoorwaardeVerstrekker(String verstrekker, Soort soort, Set<String> partijen, Set<Gegevenssoort> gegevens) {

    /** The kinds of condition a provider may attach (the reclassering examples in the memorandum). */
    public enum Soort {
        /** Ask the provider's permission before sharing onward. */
        TOESTEMMING_VOORAF,
        /** Share onward only with the listed parties. */
        ALLEEN_AAN,
        /** Never share onward with the listed parties. */
        NIET_AAN,
        /** Share onward only the listed categories. */
        ALLEEN_GEGEVENS
    }

    /** Validates and copies the parts. */
    public VoorwaardeVerstrekker {
        Objects.requireNonNull(verstrekker, "verstrekker");
        Objects.requireNonNull(soort, "soort");
        partijen = partijen == null ? Set.of() : Set.copyOf(partijen);
        gegevens = gegevens == null ? Set.of() : Set.copyOf(gegevens);
    }
}
