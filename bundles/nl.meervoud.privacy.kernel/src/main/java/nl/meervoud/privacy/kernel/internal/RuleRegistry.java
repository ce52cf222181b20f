// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.meervoud.privacy.api.PrivacyKernel.RuleSetStatus;
import nl.meervoud.privacy.api.RuleSet;

/**
 * The rule sets the kernel has seen, in registration order, and the index compiled from the active ones.
 * Changes are serialised; readers take the current index without locking (one volatile read) and keep it for
 * the whole decision, so a module leaving mid-decision cannot tear an answer.
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
     * Adds a rule set registered under a service id; validates it against the active ones and swaps in a new
     * index when it is accepted.
     *
     * @return the problems that refused it; empty when it is active
     */
    synchronized List<String> add(long serviceId, String module, RuleSet set) {
        List<String> problems = RuleSetValidator.validate(set, activeSets());
        entries.put(serviceId, new Entry(module, set, problems));
        if (problems.isEmpty()) {
            recompile();
        }
        return problems;
    }

    /** Records a provider whose rule set could not even be read. */
    synchronized void refuse(long serviceId, String module, String id, String problem) {
        entries.put(serviceId, new Entry(module, null, List.of(problem), id));
    }

    /**
     * Removes a rule set; rule sets refused only because of a clash with it get another chance.
     *
     * @return service ids of refused rule sets that are now active
     */
    synchronized List<Long> remove(long serviceId) {
        Entry removed = entries.remove(serviceId);
        List<Long> revived = new ArrayList<>();
        if (removed == null) {
            return revived;
        }
        for (Map.Entry<Long, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            if (entry.set != null && !entry.problems.isEmpty()) {
                List<Long> others = new ArrayList<>();
                List<RuleSet> active = new ArrayList<>();
                for (Map.Entry<Long, Entry> o : entries.entrySet()) {
                    if (!o.getKey().equals(e.getKey()) && o.getValue().active()) {
                        others.add(o.getKey());
                        active.add(o.getValue().set);
                    }
                }
                List<String> problems = RuleSetValidator.validate(entry.set, active);
                if (problems.isEmpty()) {
                    e.setValue(new Entry(entry.module, entry.set, List.of()));
                    revived.add(e.getKey());
                }
            }
        }
        recompile();
        return revived;
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

    private void recompile() {
        index = RuleIndex.compile(++version, activeSets());
    }

    private record Entry(String module, RuleSet set, List<String> problems, String refusedId) {
        Entry(String module, RuleSet set, List<String> problems) {
            this(module, set, List.copyOf(problems), null);
        }

        boolean active() {
            return set != null && problems.isEmpty();
        }

        String id() {
            return set != null ? set.id() : refusedId;
        }
    }
}
