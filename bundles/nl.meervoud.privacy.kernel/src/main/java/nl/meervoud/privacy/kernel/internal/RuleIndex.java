// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.PermissionRule;
import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.Prohibition;
import nl.meervoud.privacy.api.RetentionRule;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.RuleSet;

/**
 * All active rule sets compiled into one immutable index: the vocabulary they declare, permission rules bucketed
 * by (sender role id, recipient role id, purpose), prohibitions in one small array. A decision reads one snapshot
 * from start to end; the registry swaps in a new index atomically when a module arrives, changes or leaves.
 */
final class RuleIndex {
    private static final int DOELEN = Doel.values().length;
    private static final CompiledRule[] NONE = new CompiledRule[0];

    final long version;
    final List<RuleSet> ruleSets;
    final Vocabulary vocabulary;
    /** The process rules of the active rule sets, ids scoped by rule set (what the case model reads). */
    final List<ProcessRule> procesregels;
    /** The retention rules of the active rule sets. */
    final List<RetentionRule> bewaartermijnen;
    final CompiledProhibition[] prohibitions;
    /**
     * The rule a provider's sticky condition rests on ({@code voorwaarden-verstrekker}; the Wams core's Wmo 2015
     * art. 5.4.2 lid 1), cited when such a condition denies; null when no active rule set declares one.
     */
    final ProcessRule voorwaardenVerstrekker;
    /** Role id to a dense slot among the roles the rules name (-1: no rule names it), so buckets stay small. */
    private final int[] slots;
    private final int roles;
    private final CompiledRule[][] buckets;

    private RuleIndex(long version, List<RuleSet> ruleSets, Vocabulary vocabulary, CompiledProhibition[] prohibitions, int[] slots,
            int roles, CompiledRule[][] buckets) {
        this.version = version;
        this.ruleSets = List.copyOf(ruleSets);
        this.vocabulary = vocabulary;
        this.procesregels = ruleSets.stream().flatMap(set -> set.procesregels().stream()
                .map(r -> new ProcessRule(set.regel(r.id()), r.titel(), r.citaties(), r.soort(), r.parameters()))).toList();
        this.bewaartermijnen = ruleSets.stream().flatMap(set -> set.bewaartermijnen().stream()).toList();
        this.voorwaardenVerstrekker = procesregels.stream().filter(r -> ProcessRule.VOORWAARDEN_VERSTREKKER.equals(r.soort())).findFirst()
                .orElse(null);
        this.prohibitions = prohibitions;
        this.slots = slots;
        this.roles = roles;
        this.buckets = buckets;
    }

    /** The empty index: knows no rule, so denies everything. */
    static RuleIndex empty() {
        return compile(0, List.of());
    }

    /** Compiles validated rule sets. */
    static RuleIndex compile(long version, List<RuleSet> ruleSets) {
        int maxId = -1;
        for (RuleSet set : ruleSets) {
            for (PermissionRule rule : set.permissies()) {
                for (Rol r : rule.van()) {
                    maxId = Math.max(maxId, r.id());
                }
                for (Rol r : rule.naar()) {
                    maxId = Math.max(maxId, r.id());
                }
            }
        }
        int[] slots = new int[maxId + 1];
        java.util.Arrays.fill(slots, -1);
        int roles = 0;
        for (RuleSet set : ruleSets) {
            for (PermissionRule rule : set.permissies()) {
                for (Rol r : rule.van()) {
                    roles = slot(slots, r, roles);
                }
                for (Rol r : rule.naar()) {
                    roles = slot(slots, r, roles);
                }
            }
        }
        @SuppressWarnings("unchecked")
        List<CompiledRule>[] lists = new List[roles * roles * DOELEN];
        List<CompiledProhibition> prohibitions = new ArrayList<>();
        for (RuleSet set : ruleSets) {
            long from = day(set.geldigVanaf());
            long to = set.geldigTot() == null ? Long.MAX_VALUE : set.geldigTot().toEpochDay();
            for (PermissionRule rule : set.permissies()) {
                CompiledRule compiled = new CompiledRule(rule, set.id(), from, to);
                for (Rol van : rule.van()) {
                    for (Rol naar : rule.naar()) {
                        for (Doel doel : rule.doelen()) {
                            int key = (slots[van.id()] * roles + slots[naar.id()]) * DOELEN + doel.ordinal();
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
        return new RuleIndex(version, ruleSets, Vocabulary.of(ruleSets), prohibitions.toArray(new CompiledProhibition[0]),
                slots, roles, buckets);
    }

    private static int slot(int[] slots, Rol role, int next) {
        if (slots[role.id()] < 0) {
            slots[role.id()] = next;
            return next + 1;
        }
        return next;
    }

    /** The permission rules that may apply to a flow, in rule-set order. */
    CompiledRule[] candidates(Rol van, Rol naar, Doel doel) {
        int v = van.id() < slots.length ? slots[van.id()] : -1;
        int n = naar.id() < slots.length ? slots[naar.id()] : -1;
        return v < 0 || n < 0 ? NONE : buckets[(v * roles + n) * DOELEN + doel.ordinal()];
    }

    private static long day(LocalDate date) {
        return date.equals(LocalDate.MIN) ? Long.MIN_VALUE : date.toEpochDay();
    }
}
