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

/** The migrations on a real H2 database: an installation at V6 with files in it upgrades to V7. */
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
}
