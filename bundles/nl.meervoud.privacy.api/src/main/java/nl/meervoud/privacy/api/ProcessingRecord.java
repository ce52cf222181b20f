// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.time.Instant;
import java.util.List;

/**
 * One processing-log record: one decision about one data subject, mapped onto VNG Verwerkingenlogging
 * (verwerkingsactie) and Logboek Dataverwerkingen (one line per betrokkene). Hash-chained: {@code hash}
 * commits to the record's content and to {@code vorigeHash}.
 *
 * @param volgnummer position in the log, from 1
 * @param actieId unique id of this record (VNG {@code actieId})
 * @param tijdstip when the processing was decided (VNG {@code tijdstip}, LDV {@code start_time})
 * @param activiteit the processing activity (VNG {@code verwerkingsactiviteitId}, LDV {@code dpl.core.processing_activity_id})
 * @param doel the purpose code, with its qualifier
 * @param grondslag the citations of the deciding rule (legal basis); empty for a deny without rule
 * @param regel the deciding rule id
 * @param besluit PERMIT or DENY
 * @param reden the first reason, in Dutch
 * @param betrokkene the pseudonymised data subject (LDV {@code dpl.core.data_subject_id}); empty when none
 * @param gegevens the data categories (VNG {@code verwerkteSoortenGegevens})
 * @param uitvoerder the sender's role and id (VNG {@code uitvoerder})
 * @param afnemer the recipient's role and id (VNG {@code afnemerId})
 * @param zaak the case (VNG {@code verwerkingId})
 * @param traceId the W3C trace id (LDV {@code trace_id})
 * @param spanId this record's span id (LDV {@code span_id})
 * @param vorigeHash the previous record's hash
 * @param hash this record's hash
 * @param gemeente the municipality responsible for the processing (CBS code, the first its actor names), whose own
 *        chain the record is in; empty for a record that names none (or from before 2.4)
 * @param vorigeGemeenteHash the hash of the previous record of the same municipality (issue 10 §3: each
 *        municipality's records form a chain of their own, verifiable without any other municipality's); empty for
 *        its first, and when {@code gemeente} is empty
 */
public record ProcessingRecord(long volgnummer, String actieId, Instant tijdstip, String activiteit, String doel,
        List<String> grondslag, String regel, String besluit, String reden, String betrokkene, List<String> gegevens,
        String uitvoerder, String afnemer, String zaak, String traceId, String spanId, String vorigeHash, String hash,
        String gemeente, String vorigeGemeenteHash) {

    /** Copies the lists. */
    public ProcessingRecord {
        grondslag = List.copyOf(grondslag);
        gegevens = List.copyOf(gegevens);
        gemeente = gemeente == null ? "" : gemeente;
        vorigeGemeenteHash = vorigeGemeenteHash == null ? "" : vorigeGemeenteHash;
    }

    /** A record in no municipality's chain, as before 2.4. */
    public ProcessingRecord(long volgnummer, String actieId, Instant tijdstip, String activiteit, String doel, List<String> grondslag,
            String regel, String besluit, String reden, String betrokkene, List<String> gegevens, String uitvoerder, String afnemer,
            String zaak, String traceId, String spanId, String vorigeHash, String hash) {
        this(volgnummer, actieId, tijdstip, activiteit, doel, grondslag, regel, besluit, reden, betrokkene, gegevens, uitvoerder, afnemer,
                zaak, traceId, spanId, vorigeHash, hash, "", "");
    }
}
