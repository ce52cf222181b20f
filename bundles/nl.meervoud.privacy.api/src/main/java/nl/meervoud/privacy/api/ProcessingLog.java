// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The append-only, hash-chained processing log, as readers see it (inzage, the FG, the AP). */
@ProviderType
public interface ProcessingLog {

    /** Every record about one data subject, oldest first; {@code betrokkene} is the subject's own id. */
    List<ProcessingRecord> byBetrokkene(String betrokkene);

    /** Every record of one case, oldest first. */
    List<ProcessingRecord> byZaak(String zaak);

    /** Re-reads the whole log and checks every hash and link. */
    Verification verify();

    /**
     * The outcome of {@link #verify()}.
     *
     * @param intact whether every record is unaltered, present and in order
     * @param records how many records were checked
     * @param problems each problem found, naming the record
     */
    record Verification(boolean intact, long records, List<String> problems) {
        /** Copies the list. */
        public Verification {
            problems = List.copyOf(problems);
        }
    }
}
