// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Up to which age a person falls under a term the gezinslid definition refers to: the {@code jeugdige} of
 * Wmo 2015 art. 1.1.1 is the jeugdige of Jeugdwet art. 1.1, so the bound is the Jeugdwet module's rule (J9), read
 * by the case service from the active rule sets. Without that module no rule says who is a jeugdige, and a ground
 * that depends on it cannot be computed.
 *
 * @param tot the age at which a person stops being one (18)
 * @param verlengdTot the ages to which it may be extended for a person (21, 23)
 * @param regel the scoped id of the rule, e.g. {@code jeugdwet/J9}
 * @param citaties the articles the bound rests on
 */
public record Leeftijdsgrens(int tot, Set<Integer> verlengdTot, String regel, List<String> citaties) {

    /** Validates and copies. */
    public Leeftijdsgrens {
        Objects.requireNonNull(regel, "regel");
        verlengdTot = Set.copyOf(verlengdTot);
        citaties = List.copyOf(citaties);
    }

    /**
     * The age up to which this person is a jeugdige: the rule's bound, or the extension recorded for them.
     *
     * @throws IllegalArgumentException naming {@code jeugdigeTot} when the recorded age is not one the rule allows
     */
    public int voor(Integer jeugdigeTot) {
        if (jeugdigeTot == null || jeugdigeTot == tot) {
            return tot;
        }
        if (!verlengdTot.contains(jeugdigeTot)) {
            throw new IllegalArgumentException("jeugdigeTot: " + tot + " of een verlenging tot " + verlengdTot.stream().sorted().toList()
                    + " (" + String.join("; ", citaties) + ", regel " + regel + ")");
        }
        return jeugdigeTot;
    }
}
