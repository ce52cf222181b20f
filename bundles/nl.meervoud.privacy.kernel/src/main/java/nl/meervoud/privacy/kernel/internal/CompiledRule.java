// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Eis;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.PermissionRule;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.privacy.api.Vereiste;
import nl.meervoud.privacy.api.Voorwaarde;

/**
 * A permission rule compiled to bit masks over the vocabulary's ordinals, so that matching a request is a
 * handful of AND operations. Immutable.
 */
final class CompiledRule {
    /** Bit for "no source purpose" in {@link #bronMask}. */
    static final long NO_SOURCE = 1L << 63;

    final PermissionRule rule;
    final String ruleSet;
    final long validFromDay;
    final long validToDay;
    final long bronMask;
    final long gegevensMask;
    final long routeMask;
    final Set<String> kwalificaties;
    final Set<String> vanWetten;
    final long eenVanEvidence;
    final long eenVanEisen;
    final long vereistEvidence;
    final long vereistEisen;
    /** Per category ordinal: extra evidence and actor requirements when that category is requested. */
    final long[] perSoortEvidence = new long[Gegevenssoort.values().length];
    final long[] perSoortEisen = new long[Gegevenssoort.values().length];

    CompiledRule(PermissionRule rule, String ruleSet, long validFromDay, long validToDay) {
        this.rule = rule;
        this.ruleSet = ruleSet;
        this.validFromDay = validFromDay;
        this.validToDay = validToDay;
        this.bronMask = rule.bron().isEmpty() ? NO_SOURCE : Masks.of(rule.bron());
        this.gegevensMask = Masks.of(rule.gegevens());
        this.routeMask = rule.routes().isEmpty() ? -1L : Masks.of(rule.routes());
        this.kwalificaties = rule.kwalificaties();
        this.vanWetten = rule.vanWetten();
        this.eenVanEvidence = Masks.evidence(rule.vereistEenVan());
        this.eenVanEisen = Masks.eisen(rule.vereistEenVan());
        this.vereistEvidence = Masks.evidence(rule.vereist());
        this.vereistEisen = Masks.eisen(rule.vereist());
        for (Map.Entry<Gegevenssoort, Set<Vereiste>> e : rule.vereistPerSoort().entrySet()) {
            perSoortEvidence[e.getKey().ordinal()] = Masks.evidence(e.getValue());
            perSoortEisen[e.getKey().ordinal()] = Masks.eisen(e.getValue());
        }
    }

    boolean validOn(long day) {
        return day >= validFromDay && day <= validToDay;
    }

    /** Which dimension does not match, or null when the rule applies to the request. */
    String mismatch(long bron, String vanWet, String kwalificatie, long gegevens, long route) {
        if ((bronMask & bron) == 0) {
            return "bron";
        }
        if (!vanWetten.isEmpty() && !vanWetten.contains(vanWet)) {
            return "wet waaronder de verstrekker handelt";
        }
        // A qualifier narrows a purpose; a rule without qualifiers covers only the unqualified purpose.
        if (kwalificaties.isEmpty() ? !kwalificatie.isEmpty() : !kwalificaties.contains(kwalificatie)) {
            return "kwalificatie van het doel";
        }
        if ((gegevens & ~gegevensMask) != 0) {
            return "gegevens";
        }
        if ((routeMask & route) == 0) {
            return "route";
        }
        return null;
    }

    /** The requirements the request fails, in rule order: general first, then per requested category. */
    List<Vereiste> missing(long gegevens, long evidence, long eisen) {
        long needEvidence = vereistEvidence;
        long needEisen = vereistEisen;
        for (long g = gegevens; g != 0; g &= g - 1) {
            int ordinal = Long.numberOfTrailingZeros(g);
            needEvidence |= perSoortEvidence[ordinal];
            needEisen |= perSoortEisen[ordinal];
        }
        long missingEvidence = needEvidence & ~evidence;
        long missingEisen = needEisen & ~eisen;
        boolean alternativeMissing = (eenVanEvidence | eenVanEisen) != 0
                && (eenVanEvidence & evidence) == 0 && (eenVanEisen & eisen) == 0;
        if (missingEvidence == 0 && missingEisen == 0 && !alternativeMissing) {
            return List.of();
        }
        List<Vereiste> missing = new ArrayList<>();
        if (alternativeMissing) {
            missing.addAll(rule.vereistEenVan());
        }
        for (Voorwaarde v : Masks.VOORWAARDEN) {
            if ((missingEvidence & (1L << v.ordinal())) != 0) {
                missing.add(v);
            }
        }
        for (Eis e : Masks.EISEN) {
            if ((missingEisen & (1L << e.ordinal())) != 0) {
                missing.add(e);
            }
        }
        return missing;
    }

    /** Bit-mask helpers over enum ordinals. */
    static final class Masks {
        static final Voorwaarde[] VOORWAARDEN = Voorwaarde.values();
        static final Eis[] EISEN = Eis.values();

        private Masks() {
        }

        static long of(Set<? extends Enum<?>> values) {
            long mask = 0;
            for (Enum<?> value : values) {
                mask |= 1L << value.ordinal();
            }
            return mask;
        }

        /** The requirements of one kind (evidence or actor requirement) as a mask over that kind's ordinals. */
        static long of(Set<Vereiste> requirements, Class<? extends Vereiste> kind) {
            long mask = 0;
            for (Vereiste r : requirements) {
                if (kind.isInstance(r)) {
                    mask |= 1L << ((Enum<?>) r).ordinal();
                }
            }
            return mask;
        }

        static long evidence(Set<Vereiste> requirements) {
            return of(requirements, Voorwaarde.class);
        }

        static long eisen(Set<Vereiste> requirements) {
            return of(requirements, Eis.class);
        }

        static long bron(Doel bron) {
            return bron == null ? NO_SOURCE : 1L << bron.ordinal();
        }

        static long route(Route route) {
            return route == null ? 1L << 62 : 1L << route.ordinal();
        }
    }
}
