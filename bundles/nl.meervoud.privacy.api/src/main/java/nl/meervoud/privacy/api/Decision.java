// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;
import java.util.Objects;

/**
 * The kernel's answer: a value, never an exception. The default is DENY; a permit names the rule that granted
 * it with its citations and obligations; a deny names the prohibition, the failed conditions of the nearest
 * rule, or that no rule covers the request, in Dutch for the caseworker.
 *
 * @param effect permit or deny
 * @param regel the deciding rule or prohibition, scoped by its rule set ({@code wams-core/W12}, {@code jeugdwet/J3}); empty when no rule applied
 * @param citaties the deciding rule's citations
 * @param redenen why, in Dutch
 * @param ontbrekend the names of the requirements that failed (for a deny by a near rule)
 * @param verplichtingen obligations of a permit
 * @param spoor the evaluation trail: every candidate rule and what became of it
 * @param fouten rules that could not be evaluated (never counted as a grant)
 * @param index the version of the rule index that decided
 */
public record Decision(Effect effect, String regel, List<Citation> citaties, List<String> redenen, List<String> ontbrekend,
        List<Obligation> verplichtingen, List<String> spoor, List<String> fouten, long index) {

    /** Permit or deny. */
    public enum Effect {
        PERMIT, DENY
    }

    /** The reason given when no rule covers a request. */
    public static final String GEEN_REGEL = "geen regel: er is geen wettelijke grondslag voor deze verwerking geregistreerd";

    /** Copies the lists. */
    public Decision {
        Objects.requireNonNull(effect, "effect");
        regel = regel == null ? "" : regel;
        citaties = List.copyOf(citaties);
        redenen = List.copyOf(redenen);
        ontbrekend = List.copyOf(ontbrekend);
        verplichtingen = List.copyOf(verplichtingen);
        spoor = List.copyOf(spoor);
        fouten = List.copyOf(fouten);
    }

    /** Whether the processing is permitted. */
    public boolean permitted() {
        return effect == Effect.PERMIT;
    }
}
