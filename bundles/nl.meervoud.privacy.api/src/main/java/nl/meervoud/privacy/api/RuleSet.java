// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A module's rules, as one versioned unit with effective dates (law changes, the coming AMvB). The kernel
 * activates a rule set as a whole or not at all.
 *
 * @param id a stable id, e.g. {@code wams-core}, {@code jeugdwet}
 * @param law the law the module implements
 * @param versie the rule set's version
 * @param geldigVanaf the first day the rules apply
 * @param geldigTot the last day the rules apply; null for open-ended
 * @param permissies permission rows
 * @param verboden prohibitions
 * @param bewaartermijnen retention periods
 * @param procesregels process rules
 * @param vocabulaire the laws, roles, routes, secrecy regimes and conditions the rule set declares (since 2.0)
 */
public record RuleSet(String id, Law law, String versie, LocalDate geldigVanaf, LocalDate geldigTot,
        List<PermissionRule> permissies, List<Prohibition> verboden, List<RetentionRule> bewaartermijnen,
        List<ProcessRule> procesregels, Vocabulaire vocabulaire) {

    /** Copies the lists. */
    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(law, "law");
        versie = versie == null ? "0" : versie;
        geldigVanaf = geldigVanaf == null ? LocalDate.MIN : geldigVanaf;
        permissies = List.copyOf(permissies == null ? List.of() : permissies);
        verboden = List.copyOf(verboden == null ? List.of() : verboden);
        bewaartermijnen = List.copyOf(bewaartermijnen == null ? List.of() : bewaartermijnen);
        procesregels = List.copyOf(procesregels == null ? List.of() : procesregels);
        vocabulaire = vocabulaire == null ? Vocabulaire.LEEG : vocabulaire;
    }

    /** A rule set that uses only built-in terms. */
    public RuleSet(String id, Law law, String versie, LocalDate geldigVanaf, LocalDate geldigTot, List<PermissionRule> permissies,
            List<Prohibition> verboden, List<RetentionRule> bewaartermijnen, List<ProcessRule> procesregels) {
        this(id, law, versie, geldigVanaf, geldigTot, permissies, verboden, bewaartermijnen, procesregels, Vocabulaire.LEEG);
    }

    /** The scoped id of one of its rules, e.g. {@code jeugdwet/J3}: rule ids are unique per rule set, not globally. */
    public String regel(String ruleId) {
        return id + "/" + ruleId;
    }

    /** Whether the rules apply on a day. */
    public boolean geldigOp(LocalDate day) {
        return !day.isBefore(geldigVanaf) && (geldigTot == null || !day.isAfter(geldigTot));
    }
}
