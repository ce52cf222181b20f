// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.ProcessingRecord;
import nl.meervoud.store.api.Dossiers;
import nl.meervoud.store.api.Dossiers.Soort;

/**
 * The processing log as one municipality may read it (issue 10 §3), while the installation keeps one log for all:
 * a record that belongs to another municipality is left out of an inzage and of the privacy officer's readings.
 * Each municipality is its own controller, so neither its residents nor its staff read what another did. A record
 * belongs to the municipality of its case file, or else to the municipality its actor names ({@code
 * COLLEGE:0363/ps:…}, {@code SYSTEEM:0363/bewaartermijnen}); a record that names none (written before actors named
 * their municipality) stays readable to all, as it was. Records written since privacy.api 2.4 name their
 * municipality themselves ({@link ProcessingRecord#gemeente()}, the one whose chain they are in): no file is looked
 * up for them.
 */
final class Gemeentelog {
    private static final Pattern GEMEENTE = Pattern.compile(":([0-9]{4})/");

    private final Dossiers installatie;
    private final String gemeente;
    private final Map<String, Optional<String>> zaken = new HashMap<>();

    /**
     * @param installatie the whole store, to find whose a case is
     * @param gemeente the reading municipality's CBS code
     */
    Gemeentelog(Dossiers installatie, String gemeente) {
        this.installatie = installatie;
        this.gemeente = gemeente;
    }

    /** A page of records this municipality may read, with whether more follow; the total only when all was read. */
    record Pagina(List<ProcessingRecord> records, boolean volgende, Integer totaal) {
    }

    /** The records this municipality may read, in their order. */
    List<ProcessingRecord> leesbaar(List<ProcessingRecord> records) {
        return records.stream().filter(this::leesbaar).toList();
    }

    /**
     * A page of a reading, counted in the records this municipality may read: reads the log on in blocks until the
     * page is full, so another municipality's records neither show nor leave a page short.
     */
    Pagina pagina(Function<ProcessingLog.Venster, ProcessingLog.Pagina> lezing, ProcessingLog.Venster venster) {
        List<ProcessingRecord> uit = new ArrayList<>();
        int overslaan = venster.vanaf();
        int gelezen = 0;
        int leesbaar = 0;
        int blok = Math.max(100, venster.aantal());
        while (true) {
            ProcessingLog.Pagina p = lezing.apply(new ProcessingLog.Venster(gelezen, blok, venster.nieuwsteEerst()));
            for (ProcessingRecord r : p.records()) {
                if (!leesbaar(r)) {
                    continue;
                }
                leesbaar++;
                if (overslaan > 0) {
                    overslaan--;
                } else if (uit.size() < venster.aantal()) {
                    uit.add(r);
                } else {
                    return new Pagina(uit, true, null);
                }
            }
            gelezen += p.records().size();
            if (p.records().isEmpty() || gelezen >= p.totaal()) {
                return new Pagina(uit, false, leesbaar);
            }
        }
    }

    boolean leesbaar(ProcessingRecord r) {
        String van = gemeente(r);
        return van == null || van.equals(gemeente);
    }

    /**
     * The municipality a record belongs to, or null when it names none. Since privacy.api 2.4 a record says so
     * itself (it is in that municipality's chain); for an older record it is its case file's, or its actor's.
     */
    private String gemeente(ProcessingRecord r) {
        if (!r.gemeente().isEmpty()) {
            return r.gemeente();
        }
        if (!r.zaak().isEmpty()) {
            Optional<String> z = zaken.computeIfAbsent(r.zaak(), this::vanZaak);
            if (z.isPresent()) {
                return z.get();
            }
        }
        for (String actor : new String[] { r.uitvoerder(), r.afnemer() }) {
            Matcher m = GEMEENTE.matcher(actor == null ? "" : actor);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Whose case file: an investigation's, or a melding's (each is its own case); empty when it is gone. */
    private Optional<String> vanZaak(String zaak) {
        UUID id;
        try {
            id = UUID.fromString(zaak);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Soort soort : new Soort[] { Soort.ONDERZOEK, Soort.MELDING }) {
            Optional<Dossiers.Dossier> d = installatie.find(soort, id);
            if (d.isPresent() && d.get().gemeente() != null) {
                return Optional.of(d.get().gemeente());
            }
        }
        return Optional.empty();
    }
}
