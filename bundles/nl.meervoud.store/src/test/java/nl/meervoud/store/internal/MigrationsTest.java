// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

/** The migrations on a real H2 database: installations with files in them upgrade (V6 to V7, V8 to V9). */
class MigrationsTest {
    private static final String URL = "jdbc:h2:mem:migraties;DB_CLOSE_DELAY=-1";

    private static void migrate(JavaMigration... migrations) {
        Flyway.configure(MigrationsTest.class.getClassLoader()).dataSource(URL, "", "").locations(new String[0]).javaMigrations(migrations)
                .load().migrate();
    }

    @Test
    void filesFromBeforeV7BelongToTheInstallationsMunicipalityAndNewOnesMustSayTheirs() throws SQLException {
        JavaMigration[] tot6 = { new V1__Onderzoek(), new V2__Dossiers(), new V3__Toegang(), new V4__ToegangOpen(), new V5__Termijn(),
            new V6__TermijnNullsLast() };
        migrate(tot6);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("INSERT INTO onderzoeksdossier (id, toestand, inhoud, aangemaakt, versie) VALUES "
                    + "('00000000-0000-0000-0000-000000000001', 'GESTART', '{}', CURRENT_TIMESTAMP, 1)");
        }
        JavaMigration[] tot7 = java.util.Arrays.copyOf(tot6, 7);
        tot7[6] = new V7__Gemeente("0599");
        migrate(tot7);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT gemeente FROM onderzoeksdossier")) {
                r.next();
                assertEquals("0599", r.getString(1), "the installation's municipality, from the store's setting");
            }
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO melddossier (id, toestand, inhoud, aangemaakt, versie) VALUES "
                    + "('00000000-0000-0000-0000-000000000002', 'IN_TRIAGE', '{}', CURRENT_TIMESTAMP, 1)"), "no default: a new file names its municipality");
        }
        assertThrows(IllegalArgumentException.class, () -> new V7__Gemeente("0599'; DROP TABLE toegang; --"), "four digits, before it reaches SQL");
    }

    @Test
    void indexRowsTakeTheirFilesMunicipalityAndRowsWithoutAFileGo() throws SQLException {
        String url = "jdbc:h2:mem:migraties9;DB_CLOSE_DELAY=-1";
        JavaMigration[] tot8 = { new V1__Onderzoek(), new V2__Dossiers(), new V3__Toegang(), new V4__ToegangOpen(), new V5__Termijn(),
            new V6__TermijnNullsLast(), new V7__Gemeente("0599"), new V8__Rijbeveiliging(null) };
        Flyway.configure(MigrationsTest.class.getClassLoader()).dataSource(url, "", "").locations(new String[0]).javaMigrations(tot8).load().migrate();
        String amsterdam = "00000000-0000-0000-0000-000000000001";
        String utrecht = "00000000-0000-0000-0000-000000000002";
        String weg = "00000000-0000-0000-0000-000000000003";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO onderzoeksdossier (id, toestand, inhoud, aangemaakt, versie, gemeente) VALUES ('" + amsterdam
                    + "', 'GESTART', '{}', CURRENT_TIMESTAMP, 1, '0363'), ('" + utrecht + "', 'GESTART', '{}', CURRENT_TIMESTAMP, 1, '0344')");
            s.execute("INSERT INTO melddossier (id, toestand, inhoud, aangemaakt, versie, gemeente) VALUES ('" + utrecht
                    + "', 'IN_TRIAGE', '{}', CURRENT_TIMESTAMP, 1, '0344')");
            s.execute("INSERT INTO betrokkene (soort, dossier, bsn) VALUES ('ONDERZOEK', '" + amsterdam + "', '300000309'), ('ONDERZOEK', '"
                    + utrecht + "', '300000309'), ('MELDING', '" + utrecht + "', '300000309'), ('ONDERZOEK', '" + weg + "', '300000309')");
            s.execute("INSERT INTO toegang (soort, dossier, sleutel) VALUES ('ONDERZOEK', '" + amsterdam + "', 'team:noord'), ('ONDERZOEK', '"
                    + weg + "', 'open')");
        }
        JavaMigration[] tot9 = java.util.Arrays.copyOf(tot8, 9);
        tot9[8] = new V9__GemeenteIndex();
        Flyway.configure(MigrationsTest.class.getClassLoader()).dataSource(url, "", "").locations(new String[0]).javaMigrations(tot9).load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT soort, dossier, gemeente FROM betrokkene ORDER BY gemeente, soort")) {
                StringBuilder rows = new StringBuilder();
                while (r.next()) {
                    rows.append(r.getString(1)).append(' ').append(r.getString(2).substring(35)).append(' ').append(r.getString(3)).append(';');
                }
                assertEquals("MELDING 2 0344;ONDERZOEK 2 0344;ONDERZOEK 1 0363;", rows.toString(),
                        "each row its own file's municipality, by the kind of file; the row without a file is gone");
            }
            try (ResultSet r = s.executeQuery("SELECT dossier, gemeente FROM toegang")) {
                r.next();
                assertEquals(amsterdam, r.getString(1));
                assertEquals("0363", r.getString(2));
                org.junit.jupiter.api.Assertions.assertFalse(r.next(), "the key of a file that is gone is gone");
            }
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO toegang (soort, dossier, sleutel) VALUES ('ONDERZOEK', '" + amsterdam
                    + "', 'open')"), "a new index row names its municipality");
        }
    }
}
