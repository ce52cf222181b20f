// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;

/**
 * Migration 9 (issue 10 §3): the index rows (betrokkene, toegang) carry their file's municipality, and the list
 * indexes lead with it. On PostgreSQL the index rows are then held to the municipality by row-level security as the
 * files are (V8), by the same direct rule on their own column.
 */
public final class V9__GemeenteIndex extends SqlScriptMigration {
    static final String[] TABELLEN = { "betrokkene", "toegang" };

    public V9__GemeenteIndex() {
        super("db/migration/V9__gemeente_index.sql");
    }

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgresql = context.getConnection().getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
        if (postgresql) {
            try (Statement s = context.getConnection().createStatement()) {
                // V8 forced row-level security on the files, on their owner too: the fill reads every municipality's.
                // Local to the migration's transaction (Flyway runs each PostgreSQL migration in one).
                s.execute("SELECT set_config('meervoud.gemeente', '*', true)");
            }
        }
        super.migrate(context);
        if (postgresql) {
            try (Statement s = context.getConnection().createStatement()) {
                for (String t : TABELLEN) {
                    s.execute("ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY");
                    s.execute("ALTER TABLE " + t + " FORCE ROW LEVEL SECURITY");
                    s.execute("CREATE POLICY gemeente ON " + t + " USING (" + V8__Rijbeveiliging.REGEL + ") WITH CHECK (" + V8__Rijbeveiliging.REGEL + ")");
                }
            }
        }
    }
}
