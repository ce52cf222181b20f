// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The privacy kernel: the only way to ask whether personal data may be processed. Every decision, permitted
 * or denied, is durably recorded in the processing log before it is returned.
 */
@ProviderType
public interface PrivacyKernel {

    /** Decides and logs (one processing-log record per data subject). Never throws for a legal "no". */
    Decision decide(DecisionRequest request);

    /** Evaluates without logging and returns the full rule trail; for the explain command and endpoint. */
    Decision explain(DecisionRequest request);

    /**
     * The retention rules of the active rule sets (e.g. Wmo 2015 art. 5.4.5: R1-R5), so that a retention period is
     * stated once, in the law's rule file, and a module can bring its own.
     *
     * @since 1.1
     */
    List<RetentionRule> bewaartermijnen();

    /**
     * The process rules of the active rule sets (entry triggers, terms, parameters), with their ids scoped by rule
     * set ({@code jeugdwet/J1}). The case model asks these instead of holding its own copy of a law: when a module
     * leaves, its process rules are gone with it.
     *
     * @since 2.0
     */
    List<ProcessRule> procesregels();

    /** Every rule set the kernel has seen, active or refused, with the reason for a refusal. */
    List<RuleSetStatus> ruleSets();

    /**
     * A rule set as the kernel knows it.
     *
     * @param id the rule set id
     * @param versie its version
     * @param module the symbolic name of the bundle that registered it
     * @param actief whether its rules are in the index
     * @param reden why it was refused; empty when active
     * @param regels the number of rules it carries
     */
    record RuleSetStatus(String id, String versie, String module, boolean actief, String reden, int regels) {
    }
}
