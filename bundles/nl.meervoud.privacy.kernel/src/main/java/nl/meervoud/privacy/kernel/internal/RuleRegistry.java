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
    private long version;

    /** The current index snapshot. */
    RuleIndex current() {
        return index;
    }

    /**
     * Adds a rule set registered under a service id, re-resolves and swaps in a new index.
     *
     * @return the refused rule sets after the change (service id to problems); the newcomer is active when absent
     */
    synchronized Map<Long, List<String>> add(long serviceId, String module, RuleSet set) {
        entries.put(serviceId, new Entry(module, set, List.of(), null));
        return resolveAndSwap();
    }

    /** Records a provider whose rule set could not even be read. */
    synchronized Map<Long, List<String>> refuse(long serviceId, String module, String id, String problem) {
        entries.put(serviceId, new Entry(module, null, List.of(problem), id));
        return refused();
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
        entries.replaceAll((id, e) -> e.set == null ? e : new Entry(e.module, e.set, problems.getOrDefault(id, List.of()), null));
        index = RuleIndex.compile(++version, activeSets());
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

    private record Entry(String module, RuleSet set, List<String> problems, String refusedId) {
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
