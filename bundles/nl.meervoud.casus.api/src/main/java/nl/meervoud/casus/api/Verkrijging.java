// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.util.List;
import java.util.Objects;

/**
 * How a service proposed in the written outcome is obtained under its own law (Wmo 2015 art. 2.3a.2 lid 1: the
 * outcome states how the proposed social-domain services can be obtained): a {@code dienstroute} rule of the law's
 * module, matched by the service's name. The Participatiewet still asks a separate application, debt relief
 * starts on an oral or written statement, a Wmo maatwerkvoorziening needs none and is decided within a term of the
 * client's consent (rulebook §3.8).
 *
 * @param dienst the service as the outcome names it, e.g. {@code schuldhulpverlening}
 * @param wet the law it is provided under
 * @param aanvraag what the client still has to do
 * @param termijn the decision term (ISO-8601), or "" when the rule sets none
 * @param vanaf from when the term runs, in Dutch; "" without a term
 * @param regel the scoped id of the rule, e.g. {@code wgs/S7}
 * @param citaties the articles it rests on
 */
public record Verkrijging(String dienst, String wet, Aanvraag aanvraag, String termijn, String vanaf, String regel, List<String> citaties) {

    /** What the client has to do to obtain the service. */
    public enum Aanvraag {
        /** A separate application under the service's own law is still needed. */
        APART,
        /** An oral or written statement that the person wants the help suffices. */
        VERKLARING,
        /** No application: the client's consent to the proposed service suffices. */
        GEEN
    }

    /** Validates and copies. */
    public Verkrijging {
        Objects.requireNonNull(dienst, "dienst");
        Objects.requireNonNull(wet, "wet");
        Objects.requireNonNull(aanvraag, "aanvraag");
        Objects.requireNonNull(regel, "regel");
        termijn = termijn == null ? "" : termijn;
        vanaf = vanaf == null ? "" : vanaf;
        citaties = List.copyOf(citaties == null ? List.of() : citaties);
    }
}
