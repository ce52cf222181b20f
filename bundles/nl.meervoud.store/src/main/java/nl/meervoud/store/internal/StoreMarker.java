// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The data directory's memory that this installation's database held data (issue 12 §5): written after the first
 * migration, it names the database (its JDBC URL without parameters or credentials). A database that is then
 * missing, empty or without its schema history is a lost database, not a new one: the store refuses to start,
 * naming the file, instead of starting UP on an empty database in its place. To start afresh on purpose, the
 * operator removes the marker.
 */
final class StoreMarker {
    static final String FILE = "database.in-gebruik";

    private final Path file;
    private final String database;
    /** Whether the marker, read once when the store opens, says this database held data. */
    private final boolean held;

    StoreMarker(Path file, String url) {
        this.file = file;
        this.database = url.split("[;?]", 2)[0]; // the database without parameters or credentials
        try {
            this.held = Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").equals(database);
        } catch (IOException e) {
            throw new UncheckedIOException("de marker " + file + " is onleesbaar", e);
        }
    }

    /** Refuses an embedded database file that is gone or empty while the marker says it held data. */
    void refuseIfLost(Path databaseFile) {
        if (!held) {
            return;
        }
        try {
            if (!Files.exists(databaseFile)) {
                throw new IllegalStateException("de database " + databaseFile + " ontbreekt, terwijl " + file
                        + " zegt dat ze gegevens hield; zet haar terug uit de back-up (of verwijder de marker om bewust leeg te beginnen)");
            }
            if (Files.size(databaseFile) == 0) {
                throw new IllegalStateException("de database " + databaseFile + " is leeg, terwijl " + file
                        + " zegt dat ze gegevens hield; zet haar terug uit de back-up (of verwijder de marker om bewust leeg te beginnen)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("de database " + databaseFile + " is onleesbaar", e);
        }
    }

    /** Refuses a database without schema history (emptied, replaced, or recreated by the driver) that held data. */
    void refuseIfEmpty(int appliedMigrations) {
        if (appliedMigrations == 0 && held) {
            throw new IllegalStateException("de database " + database + " heeft geen schema, terwijl " + file
                    + " zegt dat ze gegevens hield; zet haar terug uit de back-up (of verwijder de marker om bewust leeg te beginnen)");
        }
    }

    /** Remembers that the database holds this installation's data. */
    void write() {
        if (held) {
            return;
        }
        try {
            Path temp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(temp, database + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("de marker " + file + " kan niet worden geschreven", e);
        }
    }
}
