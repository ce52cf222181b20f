// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 1: runs db/migration/V1__onderzoek.sql from this bundle. Migrations are handed to Flyway as
 * objects because its class-path scanning looks in Flyway's own bundle, not ours.
 */
public final class V1__Onderzoek extends BaseJavaMigration {
    private static final String SCRIPT = "db/migration/V1__onderzoek.sql";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : script().split(";")) {
                String trimmed = sql.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
                if (!trimmed.isEmpty()) {
                    statement.execute(trimmed);
                }
            }
        }
    }

    @Override
    public Integer getChecksum() {
        return script().hashCode();
    }

    private static String script() {
        try (InputStream in = V1__Onderzoek.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
