// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The case files, each kind in its own table: investigation data and coordination data are stored apart (Wmo 2015
 * art. 5.4.5), the melddossier apart from both (art. 5.5.4). A file's content is a JSON document written by the
 * case service; the store indexes the state, the case it belongs to, its retention date and the BSNs of the
 * people in it. Updates use optimistic locking: a writer names the version it read.
 */
@ProviderType
public interface Dossiers {

    /** The kinds of file, each stored apart. */
    enum Soort {
        /** The melddossier (Wmo 2015 art. 5.5.4). */
        MELDING("melddossier"),
        /** Investigation data (Wmo 2015 art. 2.3a.1, 2.3a.4; retention art. 5.4.5 lid 1). */
        ONDERZOEK("onderzoeksdossier"),
        /** Coordination data (Wmo 2015 art. 2.3a.3 lid 5; retention art. 5.4.5 lid 2). */
        COORDINATIEDOSSIER("coordinatiedossier"),
        /** Casusoverleg agreements and release register (Wmo 2015 art. 5.4.3). */
        CASUSOVERLEG("casusoverleg"),
        /** Data requests and answers (Wmo 2015 art. 5.4.2). */
        VERSTREKKINGSVERZOEK("verstrekkingsverzoek");

        private final String tabel;

        Soort(String tabel) {
            this.tabel = tabel;
        }

        /** The table that holds this kind. */
        public String tabel() {
            return tabel;
        }
    }

    /**
     * A stored file.
     *
     * @param id its id
     * @param soort its kind
     * @param zaak the investigation it belongs to; null for meldingen and investigations themselves
     * @param toestand its state, indexed for lists
     * @param inhoud the content as JSON
     * @param aangemaakt when it was created
     * @param bewarenTot the last day it may be kept; null while the retention period has not started
     * @param betrokkenen BSNs of the people in it (for inzage)
     * @param versie the version for optimistic locking
     * @param toegang an investigation's need-to-know keys, read with it by {@link #find}; null when not read
     * @param termijn the file's next legal term, as its writer computed it, for lists sorted by term; null without one
     *        (and for files last written before 0.6)
     * @param gemeente the CBS code of the municipality the file belongs to (since 0.7); null where the reader did not
     *        say
     */
    record Dossier(UUID id, Soort soort, UUID zaak, String toestand, String inhoud, Instant aangemaakt, LocalDate bewarenTot,
            Set<String> betrokkenen, long versie, Set<String> toegang, LocalDate termijn, String gemeente) {
        /** Copies. */
        public Dossier {
            betrokkenen = betrokkenen == null ? Set.of() : Set.copyOf(betrokkenen);
            toegang = toegang == null ? null : Set.copyOf(toegang);
        }

        /** Without the municipality (before 0.7). */
        public Dossier(UUID id, Soort soort, UUID zaak, String toestand, String inhoud, Instant aangemaakt, LocalDate bewarenTot,
                Set<String> betrokkenen, long versie, Set<String> toegang, LocalDate termijn) {
            this(id, soort, zaak, toestand, inhoud, aangemaakt, bewarenTot, betrokkenen, versie, toegang, termijn, null);
        }

        /** Without a term (before 0.6). */
        public Dossier(UUID id, Soort soort, UUID zaak, String toestand, String inhoud, Instant aangemaakt, LocalDate bewarenTot,
                Set<String> betrokkenen, long versie, Set<String> toegang) {
            this(id, soort, zaak, toestand, inhoud, aangemaakt, bewarenTot, betrokkenen, versie, toegang, null);
        }
    }

    /**
     * What to write.
     *
     * @param zaak the investigation it belongs to, or null
     * @param toestand the state
     * @param inhoud the JSON content
     * @param bewarenTot retention end, or null
     * @param betrokkenen BSNs of the people in it
     * @param toegang the need-to-know keys of an investigation (who may see it and its case's files), or of another
     *        file (who may see that file only; since 0.5); null leaves them as they are (none on create: nobody is let
     *        in by a key)
     * @param termijn the file's next legal term (the day by which something must be done), or null; lists sort by it
     *        on request (since 0.6)
     */
    record Inhoud(UUID zaak, String toestand, String inhoud, LocalDate bewarenTot, Set<String> betrokkenen, Set<String> toegang,
            LocalDate termijn) {
        /** Copies. */
        public Inhoud {
            betrokkenen = betrokkenen == null ? Set.of() : Set.copyOf(betrokkenen);
            toegang = toegang == null ? null : Set.copyOf(toegang);
        }

        /** Without a term. */
        public Inhoud(UUID zaak, String toestand, String inhoud, LocalDate bewarenTot, Set<String> betrokkenen, Set<String> toegang) {
            this(zaak, toestand, inhoud, bewarenTot, betrokkenen, toegang, null);
        }

        /** Without need-to-know keys (left as they are). */
        public Inhoud(UUID zaak, String toestand, String inhoud, LocalDate bewarenTot, Set<String> betrokkenen) {
            this(zaak, toestand, inhoud, bewarenTot, betrokkenen, null);
        }
    }

    /**
     * One page of a list, newest first.
     *
     * @param items the files
     * @param volgende whether another page follows
     */
    record Pagina(List<Dossier> items, boolean volgende) {
    }

    /**
     * This store as one municipality sees it (issue 10 §3, municipalities side by side): every create, read, list,
     * update and delete is limited to that municipality's files, and a file of another municipality does not exist
     * for it (not found, not listed, not changed, not deleted). The case service works only through such a view, for
     * the municipality of the person acting; the whole installation is for the retention job alone.
     *
     * @param gemeentecode the CBS gemeentecode, four digits
     * @throws IllegalArgumentException when the code is not four digits
     * @since 0.7
     */
    Dossiers voorGemeente(String gemeentecode);

    /**
     * The municipality this view is limited to, or null for the whole installation.
     *
     * @since 0.7
     */
    String gemeente();

    /** Stores a new file (version 1) in one transaction with its index rows. */
    Dossier create(Soort soort, Inhoud inhoud);

    /**
     * Stores a new file under an id the caller chose beforehand (a fresh random UUID), so that what precedes the
     * write, such as the kernel decision for it, can already name the case.
     *
     * @throws ConflictException when a file with this id exists
     * @since 0.3
     */
    Dossier create(Soort soort, UUID id, Inhoud inhoud);

    /**
     * A write in a {@link #schrijf(List)} batch.
     *
     * @param soort the kind
     * @param id the file to update, or null to create one
     * @param versie the version the writer read (ignored on create)
     * @param inhoud what to write
     */
    record Wijziging(Soort soort, UUID id, long versie, Inhoud inhoud) {
    }

    /**
     * Writes several files in one transaction: all or none (e.g. ending the approach changes the investigation and
     * the coördinatiedossier together).
     *
     * @return the stored files, in order
     * @throws ConflictException when any of them changed since it was read
     */
    List<Dossier> schrijf(List<Wijziging> wijzigingen);

    /** A file by id. */
    Optional<Dossier> find(Soort soort, UUID id);

    /**
     * Replaces a file if it is still at {@code versie}.
     *
     * @return the stored file with its new version
     * @throws ConflictException when someone else changed it first (HTTP 409)
     * @throws java.util.NoSuchElementException when it does not exist
     */
    Dossier update(Soort soort, UUID id, long versie, Inhoud inhoud);

    /**
     * A page of files, newest first.
     *
     * @param toestand only this state, or null
     * @param zaak only of this investigation, or null
     * @param pagina 1-based page number
     * @param grootte page size
     */
    Pagina list(Soort soort, String toestand, UUID zaak, int pagina, int grootte);

    /**
     * As {@link #list(Soort, String, UUID, int, int)}, only what these need-to-know keys open: investigations with
     * one of the keys, the files whose case is such an investigation, and (since 0.5) the files that hold one of the
     * keys themselves, such as a data request carrying its addressed party's key. Null keys: no filter. Not for
     * meldingen.
     *
     * @since 0.4
     */
    Pagina list(Soort soort, String toestand, UUID zaak, java.util.Set<String> toegang, int pagina, int grootte);

    /** The order of a list. */
    enum Volgorde {
        /** Newest first (the default). */
        NIEUWSTE,
        /** The nearest legal term first, files without one last; equal terms oldest first. */
        TERMIJN
    }

    /**
     * As {@link #list(Soort, String, UUID, java.util.Set, int, int)}, in the given order (meldingen too, with null keys).
     *
     * @since 0.6
     */
    Pagina list(Soort soort, String toestand, UUID zaak, java.util.Set<String> toegang, Volgorde volgorde, int pagina, int grootte);

    /**
     * Where a page of a list begins: right after this file, in this order (keyset paging). A page read from here
     * walks about as many rows as it shows; a page number walks every row before it too.
     *
     * @param volgorde the list's order; a position holds only for a list in that order
     * @param aangemaakt the file's creation time (the newest-first key)
     * @param termijn the file's legal term, or null (the by-term key; files without one come last)
     * @param id the file (the last key: ties in time or term are ordered by id)
     * @since 0.8
     */
    record Na(Volgorde volgorde, Instant aangemaakt, LocalDate termijn, UUID id) {
        /** Checks. */
        public Na {
            java.util.Objects.requireNonNull(volgorde, "volgorde");
            java.util.Objects.requireNonNull(id, "id");
            if (volgorde == Volgorde.NIEUWSTE) {
                java.util.Objects.requireNonNull(aangemaakt, "aangemaakt");
            }
        }

        /** Right after this file, in this order. */
        public static Na na(Dossier d, Volgorde volgorde) {
            return new Na(volgorde, d.aangemaakt(), d.termijn(), d.id());
        }
    }

    /**
     * As {@link #list(Soort, String, UUID, java.util.Set, Volgorde, int, int)}, the page that begins after
     * {@code na} (null: the first page).
     *
     * @throws IllegalArgumentException when {@code na} is for another order
     * @since 0.8
     */
    Pagina list(Soort soort, String toestand, UUID zaak, java.util.Set<String> toegang, Volgorde volgorde, Na na, int grootte);

    /**
     * The need-to-know keys of a file (empty: none, open).
     *
     * @since 0.4
     */
    java.util.Set<String> toegang(Soort soort, UUID id);

    /** Every file, of any kind, that names this BSN among its people (inzage). */
    List<Dossier> byBetrokkene(String bsn);

    /** Files whose retention ended before {@code vandaag}, at most {@code max}. */
    List<Dossier> verlopen(LocalDate vandaag, int max);

    /** Deletes a file and its index rows; false when it was already gone. */
    boolean delete(Soort soort, UUID id);

    /** Which database the store uses, e.g. "H2 2.3.232" or "PostgreSQL 15.19". */
    String database();

    /** A concurrent, conflicting update. */
    final class ConflictException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** A conflict on a record. */
        public ConflictException(String message) {
            super(message);
        }
    }
}
