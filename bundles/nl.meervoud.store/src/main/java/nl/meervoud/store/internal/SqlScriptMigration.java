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
 * A Flyway migration that runs an SQL script from this bundle; the subclass name gives the version (V1__…).
 * Migrations are handed to Flyway as objects because its class-path scanning looks in Flyway's own bundle, not ours.
 * Comment lines are dropped, then statements are split on `;`.
 */
abstract class SqlScriptMigration extends BaseJavaMigration {
    private final String script;
    private final java.util.Map<String, String> placeholders;

    SqlScriptMigration(String script) {
        this(script, java.util.Map.of());
    }

    /**
     * With values for {@code ${name}} in the script, filled in when it runs; the checksum is the script's own, so an
     * installation with another value does not count as a changed migration. The caller validates the values.
     */
    SqlScriptMigration(String script, java.util.Map<String, String> placeholders) {
        this.script = script;
        this.placeholders = java.util.Map.copyOf(placeholders);
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            // Comment lines go first, so a `;` in a comment does not split a statement (it did, in V4's first draft).
            String code = script().lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
            for (java.util.Map.Entry<String, String> p : placeholders.entrySet()) {
                code = code.replace("${" + p.getKey() + "}", p.getValue());
            }
            for (String sql : code.split(";")) {
                String trimmed = sql.trim();
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

    private String script() {
        try (InputStream in = SqlScriptMigration.class.getClassLoader().getResourceAsStream(script)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
