// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A necessity justification as the case records it: what was argued, by whom and when. The college must be able
 * to argue ("beargumenteren") why its processing is necessary, proportionate and subsidiary in the concrete case
 * (AVG art. 6 lid 1 onder e with lid 3; Wmo 2015 art. 5.4.1 lid 1; rulebook §4.14). The case model tells the
 * privacy kernel that the necessity is recorded ({@code NOODZAAK_ONDERBOUWD}) only when the file holds one of
 * these; without it the kernel refuses, and the refusal is on record like any other decision. Since 0.4.
 *
 * @param waarom the justification in the caseworker's words (never in a technical log)
 * @param door who recorded it: the acting person's actor id (municipality, issuer and subject), never a name
 * @param op when it was recorded
 * @param bron where in the file it comes from: {@code hulpvraag} (given with the help request), {@code verzoek}
 *        (the party's reasoned request, Wmo 2015 art. 2.3a.4 lid 1), {@code beoordeling} (the college's reasons to
 *        start), {@code aanleiding} (a start without a request, Wet inburgering 2021 art. 14 lid 8),
 *        {@code gezinslid} (why a family member is needed, Wmo 2015 art. 1.1.1) or {@code aanvulling} (recorded
 *        later, or beside one of the others)
 */
public record Onderbouwing(String waarom, String door, Instant op, String bron) {
    /** Validates: a justification names what, who and when. */
    public Onderbouwing {
        if (waarom == null || waarom.isBlank()) {
            throw new IllegalArgumentException("waarom: de onderbouwing van de noodzaak is leeg");
        }
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(op, "op");
        bron = bron == null ? "aanvulling" : bron;
    }
}
