// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.meervoud.privacy.api.PrivacyKernel.RuleSetStatus;
import nl.meervoud.privacy.api.RuleSet;

/**
 * The rule sets the kernel has seen, in registration order, and the index compiled from the active ones.
 * Changes are serialised; readers take the current index without locking (one volatile read) and keep it for
 * the whole decision, so a module leaving mid-decision cannot tear an answer.
 *
 * <p>Which rule sets are active is recomputed from all of them on every change ({@link #resolve}): a rule set may
 * use terms another declares (the Jeugdwet module cites the Wmo 2015 and uses a Wams condition), so one that
 * arrived before its declarer becomes active when the declarer comes, and one whose declarer leaves is refused
 * again, naming the term it lost. Removing a module thus removes exactly what rests on its law.
 */
final class RuleRegistry {

    private final Map<Long, Entry> entries = new TreeMap<>();
    private volatile RuleIndex index = RuleIndex.empty();
    /** Indexes without some modules' rules ({@link #current(java.util.Set)}), by the modules left out. */
    private final Map<java.util.Set<String>, RuleIndex> zonder = new java.util.concurrent.ConcurrentHashMap<>();
    private long version;

    /** The current index snapshot. */
    RuleIndex current() {
        return index;
    }

    /**
     * The index without the rules of some law modules, for a municipality that switched them off (issue 10 §3):
     * resolved afresh without them, so that a rule set resting on a module left out is out as well, as when the
     * module is removed. Compiled once per set of modules and index version, then taken without locking.
     */
    RuleIndex current(java.util.Set<String> modulesUit) {
        RuleIndex now = index;
        if (modulesUit.isEmpty()) {
            return now;
        }
        RuleIndex cached = zonder.get(modulesUit);
        if (cached != null && cached.version == now.version) {
            return cached;
        }
        synchronized (this) {
            Map<Long, RuleSet> readable = new LinkedHashMap<>();
            entries.forEach((id, e) -> {
                if (e.set != null && !modulesUit.contains(e.module)) {
                    readable.put(id, e.set);
                }
            });
            Map<Long, List<String>> problems = resolve(readable);
            List<RuleSet> active = new ArrayList<>();
            readable.forEach((id, set) -> {
                if (!problems.containsKey(id)) {
                    active.add(set);
                }
            });
            RuleIndex compiled = RuleIndex.compile(index.version, active);
            if (zonder.size() > 64) {
                zonder.clear(); // settings are few; this only bounds what many reconfigurations could leave behind
            }
            zonder.put(java.util.Set.copyOf(modulesUit), compiled);
            return compiled;
        }
    }

    /**
     * Adds a rule set registered under a service id by a bundle, re-resolves and swaps in a new index. A rule set of
     * the same id that the same bundle's previous revision left {@linkplain #hold held} is replaced in the same swap,
     * so an update never shows a decider an index without the law.
     *
     * @return the refused rule sets after the change (service id to problems); the newcomer is active when absent
     */
    synchronized Map<Long, List<String>> add(long serviceId, String module, long bundle, RuleSet set) {
        entries.values().removeIf(e -> e.leaving && e.bundle == bundle && e.set != null && e.set.id().equals(set.id()));
        entries.put(serviceId, new Entry(module, bundle, set, List.of(), null, false));
        return resolveAndSwap();
    }

    /** {@link #add(long, String, long, RuleSet)} for a rule set no bundle revision stands behind (tests, tools). */
    synchronized Map<Long, List<String>> add(long serviceId, String module, RuleSet set) {
        return add(serviceId, module, -1, set);
    }

    /**
     * Records a provider whose rule set could not even be read. What the bundle's previous revision left held goes
     * now: the new revision is broken, and a broken module contributes nothing.
     */
    synchronized Map<Long, List<String>> refuse(long serviceId, String module, long bundle, String id, String problem) {
        boolean released = entries.values().removeIf(e -> e.leaving && e.bundle == bundle);
        entries.put(serviceId, new Entry(module, bundle, null, List.of(problem), id, false));
        return released ? resolveAndSwap() : refused();
    }

    /**
     * Removes a rule set, re-resolves and swaps in a new index.
     *
     * @return the refused rule sets after the change (service id to problems)
     */
    synchronized Map<Long, List<String>> remove(long serviceId) {
        if (entries.remove(serviceId) == null) {
            return refused();
        }
        return resolveAndSwap();
    }

    /**
     * Keeps an active rule set in force although its provider left, because its bundle is being stopped only to be
     * started again (an update or a refresh): the next revision's rule set of the same id replaces it in one swap
     * ({@link #add}); {@link #release} ends the hold when no replacement comes. A refused rule set is not held.
     *
     * @return whether the rule set is now held
     */
    synchronized boolean hold(long serviceId) {
        Entry e = entries.get(serviceId);
        if (e == null || !e.active()) {
            return false;
        }
        entries.put(serviceId, new Entry(e.module, e.bundle, e.set, e.problems, e.refusedId, true));
        return true;
    }

    /**
     * Removes what a bundle's previous revision left held (it was uninstalled, or its new revision did not bring
     * the rule set back in time), in one swap.
     *
     * @return the refused rule sets after the change
     */
    synchronized Map<Long, List<String>> release(long bundle) {
        return entries.values().removeIf(e -> e.leaving && e.bundle == bundle) ? resolveAndSwap() : refused();
    }

    /** Whether a rule set of this bundle is held for its next revision. */
    synchronized boolean holding(long bundle) {
        return entries.values().stream().anyMatch(e -> e.leaving && e.bundle == bundle);
    }

    synchronized List<RuleSetStatus> statuses() {
        List<RuleSetStatus> statuses = new ArrayList<>();
        for (Entry e : entries.values()) {
            statuses.add(new RuleSetStatus(e.id(), e.set == null ? "" : e.set.versie(), e.module, e.active(),
                    String.join("; ", e.problems), e.set == null ? 0 : e.set.permissies().size() + e.set.verboden().size()
                            + e.set.bewaartermijnen().size() + e.set.procesregels().size()));
        }
        return statuses;
    }

    /** The id of the rule set registered under a service id, if the kernel knows it. */
    synchronized java.util.Optional<String> ruleSetId(long serviceId) {
        return java.util.Optional.ofNullable(entries.get(serviceId)).map(Entry::id);
    }

    /** The active rule sets, in registration order. */
    synchronized List<RuleSet> activeSets() {
        List<RuleSet> active = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.active()) {
                active.add(e.set);
            }
        }
        return active;
    }

    private Map<Long, List<String>> resolveAndSwap() {
        Map<Long, RuleSet> readable = new LinkedHashMap<>();
        entries.forEach((id, e) -> {
            if (e.set != null) {
                readable.put(id, e.set);
            }
        });
        Map<Long, List<String>> problems = resolve(readable);
        entries.replaceAll((id, e) -> e.set == null ? e
                : new Entry(e.module, e.bundle, e.set, problems.getOrDefault(id, List.of()), null, e.leaving));
        index = RuleIndex.compile(++version, activeSets());
        zonder.clear();
        return refused();
    }

    private Map<Long, List<String>> refused() {
        Map<Long, List<String>> refused = new LinkedHashMap<>();
        entries.forEach((id, e) -> {
            if (!e.active()) {
                refused.put(id, e.problems);
            }
        });
        return refused;
    }

    /**
     * Which rule sets can be active together: passes over the candidates in their order, each accepting every
     * rule set that validates against those accepted so far, until a pass accepts none. The result does not depend
     * on which of two mutually independent modules came first; between two that clash (the same id in an
     * overlapping period) the earlier wins.
     *
     * @return per refused candidate the problems of its last validation; accepted candidates are absent
     */
    static <K> Map<K, List<String>> resolve(Map<K, RuleSet> candidates) {
        Map<K, RuleSet> accepted = new LinkedHashMap<>();
        Map<K, List<String>> problems = new LinkedHashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<K, RuleSet> c : candidates.entrySet()) {
                if (accepted.containsKey(c.getKey())) {
                    continue;
                }
                List<String> found = RuleSetValidator.validate(c.getValue(), inOrder(candidates, accepted));
                if (found.isEmpty()) {
                    accepted.put(c.getKey(), c.getValue());
                    problems.remove(c.getKey());
                    progress = true;
                } else {
                    problems.put(c.getKey(), found);
                }
            }
        }
        return problems;
    }

    private static <K> List<RuleSet> inOrder(Map<K, RuleSet> candidates, Map<K, RuleSet> accepted) {
        List<RuleSet> sets = new ArrayList<>();
        candidates.forEach((k, set) -> {
            if (accepted.containsKey(k)) {
                sets.add(set);
            }
        });
        return sets;
    }

    /** A registered rule set; {@code leaving} while it is {@linkplain #hold held} for its bundle's next revision. */
    private record Entry(String module, long bundle, RuleSet set, List<String> problems, String refusedId, boolean leaving) {
        Entry {
            problems = List.copyOf(problems);
        }

        boolean active() {
            return set != null && problems.isEmpty();
        }

        String id() {
            return set != null ? set.id() : refusedId;
        }
    }
}
