// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.time.Instant;
import java.util.List;

/**
 * What the kernel hands to the log for one data subject; the log adds the sequence number, pseudonymises the
 * subject and chains the hash.
 */
public record LogEntry(String actieId, Instant tijdstip, String activiteit, String doel, List<String> grondslag,
        String regel, String besluit, String reden, String betrokkene, List<String> gegevens, String uitvoerder,
        String afnemer, String zaak, String traceId, String spanId) {

    /** The same processing for one data subject, as its own action (LDV: one line per betrokkene). */
    public LogEntry forSubject(String subject, String actie, String span) {
        return new LogEntry(actie, tijdstip, activiteit, doel, grondslag, regel, besluit, reden, subject, gegevens,
                uitvoerder, afnemer, zaak, traceId, span);
    }
}
