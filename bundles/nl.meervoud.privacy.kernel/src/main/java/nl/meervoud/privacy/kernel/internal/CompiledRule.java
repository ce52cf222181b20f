// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Eis;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.PermissionRule;
import nl.meervoud.privacy.api.Vereiste;
import nl.meervoud.privacy.api.Voorwaarde;

/**
 * A permission rule compiled to bit sets, so that matching a request is a handful of AND operations. The closed
 * Wams vocabulary (purposes, data categories, actor requirements) is masked by enum ordinal in one {@code long};
 * the open vocabulary (routes, laws, conditions) by interned term id in {@link Bits}, with no ceiling on the number
 * of terms. Immutable.
 */
final class CompiledRule {
    /** Bit for "no source purpose" in {@link #bronMask}. */
    static final long NO_SOURCE = 1L << 63;

    final PermissionRule rule;
    final String ruleSet;
    /** The rule's id scoped by its rule set, e.g. {@code jeugdwet/J3}. */
    final String id;
    final long validFromDay;
    final long validToDay;
    final long bronMask;
    final long gegevensMask;
    /** Route ids; null for any route (and for requests outside an investigation). */
    final long[] routes;
    final Set<String> kwalificaties;
    /** Law ids the sender must act under; null for any. */
    final long[] vanWetten;
    final long[] eenVanEvidence;
    final long eenVanEisen;
    final long[] vereistEvidence;
    final long vereistEisen;
    /** Per category ordinal: extra evidence and actor requirements when that category is requested. */
    final long[][] perSoortEvidence = new long[Gegevenssoort.values().length][];
    final long[] perSoortEisen = new long[Gegevenssoort.values().length];

    CompiledRule(PermissionRule rule, String ruleSet, long validFromDay, long validToDay) {
        this.rule = rule;
        this.ruleSet = ruleSet;
        this.id = ruleSet + "/" + rule.id();
        this.validFromDay = validFromDay;
        this.validToDay = validToDay;
        this.bronMask = rule.bron().isEmpty() ? NO_SOURCE : Masks.of(rule.bron());
        this.gegevensMask = Masks.of(rule.gegevens());
        this.routes = Bits.orAny(rule.routes());
        this.kwalificaties = rule.kwalificaties();
        this.vanWetten = Bits.orAny(rule.vanWetten());
        this.eenVanEvidence = Masks.evidence(rule.vereistEenVan());
        this.eenVanEisen = Masks.eisen(rule.vereistEenVan());
        this.vereistEvidence = Masks.evidence(rule.vereist());
        this.vereistEisen = Masks.eisen(rule.vereist());
        java.util.Arrays.fill(perSoortEvidence, Bits.EMPTY);
        for (Map.Entry<Gegevenssoort, Set<Vereiste>> e : rule.vereistPerSoort().entrySet()) {
            perSoortEvidence[e.getKey().ordinal()] = Masks.evidence(e.getValue());
            perSoortEisen[e.getKey().ordinal()] = Masks.eisen(e.getValue());
        }
    }

    boolean validOn(long day) {
        return day >= validFromDay && day <= validToDay;
    }

    /**
     * Which dimension does not match, or null when the rule applies to the request.
     *
     * @param vanWet the id of the law the sender acts under, -1 for none
     * @param route the route id, -1 outside an investigation
     */
    String mismatch(long bron, int vanWet, String kwalificatie, long gegevens, int route) {
        if ((bronMask & bron) == 0) {
            return "bron";
        }
        if (vanWetten != null && (vanWet < 0 || !Bits.has(vanWetten, vanWet))) {
            return "wet waaronder de verstrekker handelt";
        }
        // A qualifier narrows a purpose; a rule without qualifiers covers only the unqualified purpose.
        if (kwalificaties.isEmpty() ? !kwalificatie.isEmpty() : !kwalificaties.contains(kwalificatie)) {
            return "kwalificatie van het doel";
        }
        if ((gegevens & ~gegevensMask) != 0) {
            return "gegevens";
        }
        if (routes != null && (route < 0 || !Bits.has(routes, route))) {
            return "route";
        }
        return null;
    }

    /** Whether the request meets every requirement; allocation-free (the permit path). */
    boolean satisfied(long gegevens, long[] evidence, long eisen) {
        if ((vereistEisen & ~eisen) != 0 || !Bits.containsAll(evidence, vereistEvidence)) {
            return false;
        }
        for (long g = gegevens; g != 0; g &= g - 1) {
            int ordinal = Long.numberOfTrailingZeros(g);
            if ((perSoortEisen[ordinal] & ~eisen) != 0 || !Bits.containsAll(evidence, perSoortEvidence[ordinal])) {
                return false;
            }
        }
        return (eenVanEvidence.length == 0 && eenVanEisen == 0) || Bits.intersects(eenVanEvidence, evidence)
                || (eenVanEisen & eisen) != 0;
    }

    /** The requirements the request fails, in rule order: the alternatives, then general, then per category. */
    List<Vereiste> missing(long gegevens, long[] evidence, long eisen) {
        List<Vereiste> missing = new ArrayList<>();
        boolean alternativeMissing = (eenVanEvidence.length != 0 || eenVanEisen != 0)
                && !Bits.intersects(eenVanEvidence, evidence) && (eenVanEisen & eisen) == 0;
        if (alternativeMissing) {
            missing.addAll(rule.vereistEenVan());
        }
        List<Vereiste> needed = new ArrayList<>(rule.vereist());
        for (long g = gegevens; g != 0; g &= g - 1) {
            needed.addAll(rule.vereistPerSoort().getOrDefault(Gegevenssoort.values()[Long.numberOfTrailingZeros(g)], Set.of()));
        }
        // Conditions by id, then actor requirements by ordinal: the same order in every run (sets have none).
        needed.sort(java.util.Comparator.comparingInt(v -> v instanceof Voorwaarde c ? c.id() : 1_000_000 + ((Eis) v).ordinal()));
        for (Vereiste v : needed) {
            boolean holds = v instanceof Voorwaarde c ? Bits.has(evidence, c.id()) : (eisen & (1L << ((Eis) v).ordinal())) != 0;
            if (!holds && !missing.contains(v)) {
                missing.add(v);
            }
        }
        return missing;
    }

    /** Masks over the closed Wams vocabulary (enum ordinals) and bit sets over the open one. */
    static final class Masks {
        static {
            // The closed vocabulary fits one long; the open one has no ceiling (Bits).
            if (Doel.values().length > 62 || Gegevenssoort.values().length > 63 || Eis.values().length > 63) {
                throw new IllegalStateException("closed vocabulary outgrew a 64-bit mask");
            }
        }

        private Masks() {
        }

        static long of(Set<? extends Enum<?>> values) {
            long mask = 0;
            for (Enum<?> value : values) {
                mask |= 1L << value.ordinal();
            }
            return mask;
        }

        /** The conditions among the requirements, as a bit set over condition ids. */
        static long[] evidence(Set<Vereiste> requirements) {
            List<Voorwaarde> conditions = new ArrayList<>();
            for (Vereiste r : requirements) {
                if (r instanceof Voorwaarde v) {
                    conditions.add(v);
                }
            }
            return Bits.of(conditions);
        }

        /** The actor requirements among the requirements, as a mask over {@link Eis} ordinals. */
        static long eisen(Set<Vereiste> requirements) {
            EnumSet<Eis> eisen = EnumSet.noneOf(Eis.class);
            for (Vereiste r : requirements) {
                if (r instanceof Eis e) {
                    eisen.add(e);
                }
            }
            return of(eisen);
        }

        static long bron(Doel bron) {
            return bron == null ? NO_SOURCE : 1L << bron.ordinal();
        }
    }
}
