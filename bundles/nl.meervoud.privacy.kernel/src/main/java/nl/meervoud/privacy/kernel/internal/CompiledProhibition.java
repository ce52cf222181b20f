// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.Set;
import nl.meervoud.privacy.api.Prohibition;
import nl.meervoud.privacy.kernel.internal.CompiledRule.Masks;

/** A prohibition compiled to bit sets; an empty dimension matches everything. Immutable. */
final class CompiledProhibition {
    final Prohibition prohibition;
    final String ruleSet;
    /** The prohibition's id scoped by its rule set, e.g. {@code wams-core/P1}. */
    final String id;
    final long validFromDay;
    final long validToDay;
    /** Role ids; null for any. */
    final long[] van;
    final long[] naar;
    final long bronMask;
    final long doelMask;
    final long gegevensMask;
    /** Route ids; null for any (a request outside an investigation matches only "any"). */
    final long[] routes;
    final long[] tenzijEvidence;
    final long tenzijEisen;

    CompiledProhibition(Prohibition prohibition, String ruleSet, long validFromDay, long validToDay) {
        this.prohibition = prohibition;
        this.ruleSet = ruleSet;
        this.id = ruleSet + "/" + prohibition.id();
        this.validFromDay = validFromDay;
        this.validToDay = validToDay;
        this.van = Bits.orAny(prohibition.van());
        this.naar = Bits.orAny(prohibition.naar());
        this.bronMask = any(prohibition.bron());
        this.doelMask = any(prohibition.doelen());
        this.gegevensMask = any(prohibition.gegevens());
        this.routes = Bits.orAny(prohibition.routes());
        this.tenzijEvidence = Masks.evidence(prohibition.tenzij());
        this.tenzijEisen = Masks.eisen(prohibition.tenzij());
    }

    private static long any(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? -1L : Masks.of(values);
    }

    /** Whether the prohibition forbids the request (it matches and no exception holds). */
    boolean forbids(long day, int van, int naar, long bron, long doel, long gegevens, int route, long[] evidence, long eisen) {
        return day >= validFromDay && day <= validToDay
                && Bits.has(this.van, van) && Bits.has(this.naar, naar) && (bronMask & bron) != 0 && (doelMask & doel) != 0
                && (gegevensMask == -1L || (gegevensMask & gegevens) != 0) && (routes == null || Bits.has(routes, route))
                && !Bits.intersects(tenzijEvidence, evidence) && (tenzijEisen & eisen) == 0;
    }
}
