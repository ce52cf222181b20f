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

    /** The {@code besluit} of a record that says a permitted processing did not take place. */
    String NIET_UITGEVOERD = "NIET_UITGEVOERD";

    /**
     * Records that a processing this kernel permitted did not take place after all (the write it was for failed, or
     * a later step of the same request was refused): one record per data subject, like the permit, with the same
     * purpose, rule, parties and case, {@code besluit} {@value #NIET_UITGEVOERD} and the reason, so that the log
     * never shows a processing that did not happen as done. Returns once the records are durable.
     *
     * @param request the request that was permitted
     * @param permit the permit
     * @param reden why it did not take place, without personal data (e.g. "409 Conflict: de versie is verouderd")
     * @since 2.0
     */
    void nietUitgevoerd(DecisionRequest request, Decision permit, String reden);

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

    /**
     * The rule sets whose rules are in force now, as their modules registered them: what the register of
     * processing activities (AVG art. 30) is drawn up from, so that it shows exactly the law of the modules that
     * are installed.
     *
     * @since 2.3
     */
    List<RuleSet> actieveRegelsets();

    /**
     * The kernel as one municipality's processing meets it (issue 10 §3): without the rules of the law modules that
     * municipality has switched off (its settings, {@code nl.meervoud.platform.api.Gemeenten}), resolved as if those
     * modules were not installed, so that what rests on them is out too. Its decisions, explanations, retention and
     * process rules and active rule sets answer for that municipality; {@link #ruleSets()} stays the installation's.
     * The Wams rules themselves cannot be switched off.
     *
     * @param gemeentecode the CBS gemeentecode of the municipality responsible for the processing
     * @return this kernel when the municipality switched nothing off
     * @since 2.4
     */
    default PrivacyKernel voorGemeente(String gemeentecode) {
        return this;
    }

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
