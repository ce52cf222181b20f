// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.time.LocalDate;
import java.time.Period;
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
 * @param bewijs the evidence the client's step brings to the kernel, as the rule names it (e.g.
 *        {@code VERKLARING_SCHULDHULP}); since 0.3
 * @param voldaanOp the day the client did what the route asks (applied, made the statement, consented); null before.
 *        Since 0.3
 * @param beslissingUiterlijk the last day of the decision term, counted from {@code voldaanOp}; null without a term or
 *        before. Since 0.3
 */
public record Verkrijging(String dienst, String wet, Aanvraag aanvraag, String termijn, String vanaf, String regel, List<String> citaties,
        List<String> bewijs, LocalDate voldaanOp, LocalDate beslissingUiterlijk) {

    /** What the client has to do to obtain the service. */
    public enum Aanvraag {
        /** A separate application under the service's own law is still needed. */
        APART,
        /** An oral or written statement that the person wants the help suffices. */
        VERKLARING,
        /** No application: the client's consent to the proposed service suffices. */
        GEEN;

        /** The step by which the client does what this asks. */
        public Stap stap() {
            return switch (this) {
                case APART -> Stap.AANVRAAG;
                case VERKLARING -> Stap.VERKLARING;
                case GEEN -> Stap.INSTEMMING;
            };
        }
    }

    /** What the client did to obtain the service. */
    public enum Stap {
        /** Filed the separate application. */
        AANVRAAG,
        /** Said orally or in writing that they want the help. */
        VERKLARING,
        /** Consented to the proposed service. */
        INSTEMMING
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
        bewijs = List.copyOf(bewijs == null ? List.of() : bewijs);
    }

    /** A route as its rule states it, bringing no evidence, before the client has done anything. */
    public Verkrijging(String dienst, String wet, Aanvraag aanvraag, String termijn, String vanaf, String regel, List<String> citaties) {
        this(dienst, wet, aanvraag, termijn, vanaf, regel, citaties, List.of(), null, null);
    }

    /**
     * This route once the client did what it asks on {@code op}, with the decision term counted from that day.
     *
     * @throws ProcesStapException when the step is not the one the route asks (naming the rule's article), or was
     *         already recorded
     */
    public Verkrijging voldaan(Stap stap, LocalDate op) {
        Objects.requireNonNull(op, "op");
        String artikel = citaties.isEmpty() ? "Wmo 2015 art. 2.3a.2 lid 1" : citaties.get(0);
        if (Objects.requireNonNull(stap, "stap") != aanvraag.stap()) {
            throw new ProcesStapException(dienst + " onder de " + wet + " vraagt " + omschrijving(aanvraag.stap()) + " (" + regel + "); "
                    + omschrijving(stap) + " volstaat niet", artikel);
        }
        if (voldaanOp != null) {
            throw new ProcesStapException(dienst + ": " + omschrijving(stap) + " is al vastgelegd op " + voldaanOp, artikel);
        }
        return new Verkrijging(dienst, wet, aanvraag, termijn, vanaf, regel, citaties, bewijs, op,
                termijn.isEmpty() ? null : op.plus(Period.parse(termijn)));
    }

    private static String omschrijving(Stap stap) {
        return switch (stap) {
            case AANVRAAG -> "een aparte aanvraag";
            case VERKLARING -> "een mondelinge of schriftelijke verklaring";
            case INSTEMMING -> "de instemming met de voorgestelde voorziening";
        };
    }
}
