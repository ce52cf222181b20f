// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.Set;

import nl.meervoud.privacy.api.Prohibition;
import nl.meervoud.privacy.kernel.internal.CompiledRule.Masks;

/** A prohibition compiled to bit masks; an empty dimension matches everything. Immutable. */
final class CompiledProhibition {
    final Prohibition prohibition;
    final String ruleSet;
    final long validFromDay;
    final long validToDay;
    final long vanMask;
    final long naarMask;
    final long bronMask;
    final long doelMask;
    final long gegevensMask;
    final long routeMask;
    final long tenzijEvidence;
    final long tenzijEisen;

    CompiledProhibition(Prohibition prohibition, String ruleSet, long validFromDay, long validToDay) {
        this.prohibition = prohibition;
        this.ruleSet = ruleSet;
        this.validFromDay = validFromDay;
        this.validToDay = validToDay;
        this.vanMask = any(prohibition.van());
        this.naarMask = any(prohibition.naar());
        this.bronMask = any(prohibition.bron());
        this.doelMask = any(prohibition.doelen());
        this.gegevensMask = any(prohibition.gegevens());
        this.routeMask = any(prohibition.routes());
        this.tenzijEvidence = Masks.evidence(prohibition.tenzij());
        this.tenzijEisen = Masks.eisen(prohibition.tenzij());
    }

    private static long any(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? -1L : Masks.of(values);
    }

    /** Whether the prohibition forbids the request (it matches and no exception holds). */
    boolean forbids(long day, long van, long naar, long bron, long doel, long gegevens, long route, long evidence, long eisen) {
        return day >= validFromDay && day <= validToDay
                && (vanMask & van) != 0 && (naarMask & naar) != 0 && (bronMask & bron) != 0 && (doelMask & doel) != 0
                && (gegevensMask == -1L || (gegevensMask & gegevens) != 0) && (routeMask & route) != 0
                && (tenzijEvidence & evidence) == 0 && (tenzijEisen & eisen) == 0;
    }
}
