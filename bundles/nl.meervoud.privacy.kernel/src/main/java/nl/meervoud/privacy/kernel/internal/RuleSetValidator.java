// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.meervoud.privacy.api.Citation;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.PermissionRule;
import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.Prohibition;
import nl.meervoud.privacy.api.RetentionRule;
import nl.meervoud.privacy.api.RuleSet;

/**
 * Checks a rule set against the vocabulary and against the prohibitions in force, before any of its rules can
 * decide anything (a separate step from deciding). Returns the problems, each naming the rule; an empty list
 * means the rule set may be activated.
 */
final class RuleSetValidator {

    private RuleSetValidator() {
    }

    /**
     * @param set the newcomer
     * @param active the rule sets already active (their prohibitions bind the newcomer; their ids must not clash)
     */
    static List<String> validate(RuleSet set, Collection<RuleSet> active) {
        List<String> problems = new ArrayList<>();
        if (set.id().isBlank()) {
            problems.add("de regelset heeft geen id");
        }
        if (set.geldigTot() != null && set.geldigTot().isBefore(set.geldigVanaf())) {
            problems.add("geldigTot ligt voor geldigVanaf");
        }
        Set<String> ids = new HashSet<>();
        Set<String> activeIds = new HashSet<>();
        for (RuleSet other : active) {
            if (other.id().equals(set.id()) && overlaps(other, set)) {
                problems.add("regelset `" + set.id() + "` versie " + other.versie() + " geldt al in dezelfde periode");
            }
            ruleIds(other).forEach(activeIds::add);
        }
        for (String id : ruleIds(set)) {
            if (id == null || id.isBlank()) {
                problems.add("een regel heeft geen id");
            } else if (!ids.add(id)) {
                problems.add("regel " + id + ": het id komt meer dan eens voor");
            } else if (activeIds.contains(id)) {
                problems.add("regel " + id + ": het id is al in gebruik door een andere actieve regelset");
            }
        }
        for (PermissionRule rule : set.permissies()) {
            citations(problems, rule.id(), rule.citaties());
            nonEmpty(problems, rule.id(), "van", rule.van());
            nonEmpty(problems, rule.id(), "naar", rule.naar());
            nonEmpty(problems, rule.id(), "doelen", rule.doelen());
            nonEmpty(problems, rule.id(), "gegevens", rule.gegevens());
            for (Doel doel : rule.doelen()) {
                if (doel.forbidden()) {
                    problems.add("regel " + rule.id() + ": staat het verboden doel `" + doel.code() + "` toe");
                }
            }
        }
        for (Prohibition p : set.verboden()) {
            citations(problems, p.id(), p.citaties());
        }
        for (RetentionRule r : set.bewaartermijnen()) {
            citations(problems, r.id(), r.citaties());
            if (r.maximum().isNegative() || r.maximum().isZero()) {
                problems.add("bewaartermijn " + r.id() + ": de maximumtermijn moet positief zijn");
            }
        }
        for (ProcessRule r : set.procesregels()) {
            citations(problems, r.id(), r.citaties());
        }
        List<Prohibition> prohibitions = new ArrayList<>(set.verboden());
        active.forEach(other -> prohibitions.addAll(other.verboden()));
        for (PermissionRule rule : set.permissies()) {
            for (Prohibition p : prohibitions) {
                if (contradicts(rule, p)) {
                    problems.add("regel " + rule.id() + " wordt tegengesproken door verbod " + p.id() + " (" + p.titel() + ")");
                }
            }
        }
        return problems;
    }

    /**
     * Whether the prohibition contradicts the permission entirely: every request the permission could grant
     * is one the prohibition forbids, and the permission requires none of its exceptions. A partial overlap
     * is allowed; at decision time the prohibition narrows the permission (prohibitions always win).
     */
    static boolean contradicts(PermissionRule rule, Prohibition p) {
        if (!covers(p.van(), rule.van()) || !covers(p.naar(), rule.naar()) || !covers(p.doelen(), rule.doelen())) {
            return false;
        }
        // An empty bron in a rule means "not yet bound to a purpose"; only an empty prohibition bron covers it.
        if (!p.bron().isEmpty() && (rule.bron().isEmpty() || !p.bron().containsAll(rule.bron()))) {
            return false;
        }
        if (!p.routes().isEmpty() && (rule.routes().isEmpty() || !p.routes().containsAll(rule.routes()))) {
            return false;
        }
        if (!p.gegevens().isEmpty() && !p.gegevens().containsAll(rule.gegevens())) {
            return false;
        }
        if (!disjoint(rule.vereistEenVan(), p.tenzij()) || !disjoint(rule.vereist(), p.tenzij())) {
            return false;
        }
        for (Gegevenssoort g : rule.gegevens()) {
            if (!disjoint(rule.vereistPerSoort().getOrDefault(g, Set.of()), p.tenzij())) {
                return false;
            }
        }
        return true;
    }

    private static boolean covers(Set<?> prohibited, Set<?> permitted) {
        return prohibited.isEmpty() || prohibited.containsAll(permitted);
    }

    private static boolean disjoint(Set<?> a, Set<?> b) {
        for (Object o : a) {
            if (b.contains(o)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(RuleSet a, RuleSet b) {
        return (a.geldigTot() == null || !a.geldigTot().isBefore(b.geldigVanaf()))
                && (b.geldigTot() == null || !b.geldigTot().isBefore(a.geldigVanaf()));
    }

    private static List<String> ruleIds(RuleSet set) {
        List<String> ids = new ArrayList<>();
        set.permissies().forEach(r -> ids.add(r.id()));
        set.verboden().forEach(r -> ids.add(r.id()));
        set.bewaartermijnen().forEach(r -> ids.add(r.id()));
        set.procesregels().forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static void citations(List<String> problems, String id, List<Citation> citations) {
        if (citations.isEmpty()) {
            problems.add("regel " + id + ": geen artikelverwijzing (citatie)");
        }
    }

    private static void nonEmpty(List<String> problems, String id, String field, Set<?> values) {
        if (values.isEmpty()) {
            problems.add("regel " + id + ": `" + field + "` is leeg");
        }
    }
}
