// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.PermissionRule;
import nl.meervoud.privacy.api.Prohibition;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.RuleSet;

/**
 * All active rule sets compiled into one immutable index: permission rules bucketed by (sender role,
 * recipient role, purpose), prohibitions in one small array. A decision reads one snapshot from start to end;
 * the registry swaps in a new index atomically when a module arrives, changes or leaves.
 */
final class RuleIndex {
    private static final int ROLES = Rol.values().length;
    private static final int DOELEN = Doel.values().length;
    private static final CompiledRule[] NONE = new CompiledRule[0];

    final long version;
    final List<RuleSet> ruleSets;
    final CompiledProhibition[] prohibitions;
    private final CompiledRule[][] buckets;

    private RuleIndex(long version, List<RuleSet> ruleSets, CompiledProhibition[] prohibitions, CompiledRule[][] buckets) {
        this.version = version;
        this.ruleSets = List.copyOf(ruleSets);
        this.prohibitions = prohibitions;
        this.buckets = buckets;
    }

    /** The empty index: knows no rule, so denies everything. */
    static RuleIndex empty() {
        return compile(0, List.of());
    }

    /** Compiles validated rule sets. */
    static RuleIndex compile(long version, List<RuleSet> ruleSets) {
        @SuppressWarnings("unchecked")
        List<CompiledRule>[] lists = new List[ROLES * ROLES * DOELEN];
        List<CompiledProhibition> prohibitions = new ArrayList<>();
        for (RuleSet set : ruleSets) {
            long from = day(set.geldigVanaf());
            long to = set.geldigTot() == null ? Long.MAX_VALUE : set.geldigTot().toEpochDay();
            for (PermissionRule rule : set.permissies()) {
                CompiledRule compiled = new CompiledRule(rule, set.id(), from, to);
                for (Rol van : rule.van()) {
                    for (Rol naar : rule.naar()) {
                        for (Doel doel : rule.doelen()) {
                            int key = key(van, naar, doel);
                            if (lists[key] == null) {
                                lists[key] = new ArrayList<>(2);
                            }
                            lists[key].add(compiled);
                        }
                    }
                }
            }
            for (Prohibition prohibition : set.verboden()) {
                prohibitions.add(new CompiledProhibition(prohibition, set.id(), from, to));
            }
        }
        CompiledRule[][] buckets = new CompiledRule[lists.length][];
        for (int i = 0; i < lists.length; i++) {
            buckets[i] = lists[i] == null ? NONE : lists[i].toArray(NONE);
        }
        return new RuleIndex(version, ruleSets, prohibitions.toArray(new CompiledProhibition[0]), buckets);
    }

    /** The permission rules that may apply to a flow, in rule-set order. */
    CompiledRule[] candidates(Rol van, Rol naar, Doel doel) {
        return buckets[key(van, naar, doel)];
    }

    private static int key(Rol van, Rol naar, Doel doel) {
        return (van.ordinal() * ROLES + naar.ordinal()) * DOELEN + doel.ordinal();
    }

    private static long day(LocalDate date) {
        return date.equals(LocalDate.MIN) ? Long.MIN_VALUE : date.toEpochDay();
    }
}
