// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The append-only, hash-chained processing log, as readers see it (inzage, the FG, the AP). */
@ProviderType
public interface ProcessingLog {

    /**
     * The prefix of a performer that is the platform itself, not a person ({@code SYSTEEM:0363/bewaartermijnen}: the
     * retention job deleting a file of 0363): the log names it as it is and pseudonymises nothing in it.
     *
     * @since 2.4
     */
    String SYSTEEM = "SYSTEEM:";

    /** Every record about one data subject, oldest first; {@code betrokkene} is the subject's own id. */
    List<ProcessingRecord> byBetrokkene(String betrokkene);

    /**
     * Records a processing that the law itself orders, so that no kernel decision precedes it: the deletion of a
     * file whose retention period ended (Wmo 2015 art. 5.4.5, 5.5.4 lid 1), or a data subject's inzage (AVG art.
     * 15). One record per subject, like a decision; returns once the records are durable.
     *
     * @return the records written
     * @throws Unavailable when the log cannot write now
     * @since 1.1
     */
    List<ProcessingRecord> vastleggen(Vastlegging vastlegging);

    /**
     * A processing ordered by law.
     *
     * @param activiteit the processing activity (register entry)
     * @param handeling what was done, e.g. "verwijderen" or "inzage"
     * @param grondslag the articles that order it
     * @param regel the rule it carries out, e.g. the retention rule "R1"
     * @param uitvoerder who did it
     * @param zaak the case id, or empty
     * @param betrokkenen the subjects' own ids (the log pseudonymises them)
     * @param gegevens the categories concerned
     * @since 1.1
     */
    record Vastlegging(String activiteit, String handeling, List<String> grondslag, String regel, String uitvoerder, String zaak,
            List<String> betrokkenen, List<String> gegevens) {
        /** Copies. */
        public Vastlegging {
            grondslag = List.copyOf(grondslag);
            betrokkenen = List.copyOf(betrokkenen);
            gegevens = List.copyOf(gegevens);
            zaak = zaak == null ? "" : zaak;
        }
    }

    /** Every record of one case, oldest first. */
    List<ProcessingRecord> byZaak(String zaak);

    /**
     * One page of the records about one data subject, for a reader who pages through a long history.
     *
     * @param betrokkene the subject's own id (the log looks up its pseudonym)
     * @since 2.3
     */
    Pagina byBetrokkene(String betrokkene, Venster venster);

    /**
     * One page of the records of one case.
     *
     * @since 2.3
     */
    Pagina byZaak(String zaak, Venster venster);

    /**
     * One page of the records of one processing activity, e.g. {@code bewaartermijn}: what the retention job
     * deleted, for the privacy officer's overview.
     *
     * @since 2.3
     */
    Pagina byActiviteit(String activiteit, Venster venster);

    /**
     * Which part of a reading to return.
     *
     * @param vanaf how many records to skip, from 0
     * @param aantal at most this many records, from 1
     * @param nieuwsteEerst newest first instead of oldest first
     * @since 2.3
     */
    record Venster(int vanaf, int aantal, boolean nieuwsteEerst) {
        /** Checks the bounds. */
        public Venster {
            if (vanaf < 0 || aantal < 1) {
                throw new IllegalArgumentException("vanaf >= 0 en aantal >= 1");
            }
        }
    }

    /**
     * A page of a reading.
     *
     * @param records the records in the window, in the window's order
     * @param totaal how many records the whole reading holds
     * @since 2.3
     */
    record Pagina(List<ProcessingRecord> records, int totaal) {
        /** Copies the list. */
        public Pagina {
            records = List.copyOf(records);
        }
    }

    /** Re-reads the whole log and checks every hash and link. */
    Verification verify();

    /**
     * Checks one municipality's own chain (issue 10 §3): its records' hashes and the links between them
     * ({@link ProcessingRecord#vorigeGemeenteHash()}), reading no other municipality's content into the answer.
     * Whether records at the end of the whole log were removed is what {@link #verify()} and its anchors tell.
     *
     * @param gemeente the CBS gemeentecode
     * @since 2.4
     */
    Verification verify(String gemeente);

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

    /**
     * Thrown when the log cannot take a record now (the disk is full, the file is not writable). Nothing that
     * needed the record was done; the log heals by itself once it can write again, so the caller may retry later.
     *
     * @since 2.1
     */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** With a message that names the log's problem, never a data subject. */
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
