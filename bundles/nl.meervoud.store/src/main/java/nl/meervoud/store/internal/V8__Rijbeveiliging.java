// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 8 (issue 10 §3): on PostgreSQL, the database itself keeps each municipality to its own files, beside the
 * store's own filter. Row-level security, forced so that the tables' owner is held to it too, lets a statement see
 * and write only the rows of the municipality its transaction set ({@code SET LOCAL meervoud.gemeente}); a
 * transaction that set none sees nothing. {@code *} is the whole installation, for the retention job. When the
 * store runs as an application role apart from the one that migrates, that role gets the rights it needs and no
 * more: it does not own the tables. On H2 there is no row-level security; the store's filter is all there is.
 */
public final class V8__Rijbeveiliging extends BaseJavaMigration {
    static final String[] TABELLEN = { "melddossier", "onderzoeksdossier", "coordinatiedossier", "casusoverleg", "verstrekkingsverzoek" };
    static final String REGEL = "gemeente = current_setting('meervoud.gemeente', true) OR current_setting('meervoud.gemeente', true) = '*'";

    private final String applicatierol;

    /** @param applicatierol the role the store runs as, when it is not the one that migrates; null otherwise */
    public V8__Rijbeveiliging(String applicatierol) {
        if (applicatierol != null && !applicatierol.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("gebruiker: een PostgreSQL-rolnaam van kleine letters, cijfers en _");
        }
        this.applicatierol = applicatierol;
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            for (String t : TABELLEN) {
                s.execute("ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY");
                s.execute("ALTER TABLE " + t + " FORCE ROW LEVEL SECURITY");
                s.execute("CREATE POLICY gemeente ON " + t + " USING (" + REGEL + ") WITH CHECK (" + REGEL + ")");
            }
            if (applicatierol != null) {
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + String.join(", ", TABELLEN) + ", betrokkene, toegang TO " + applicatierol);
            }
        }
    }
}
