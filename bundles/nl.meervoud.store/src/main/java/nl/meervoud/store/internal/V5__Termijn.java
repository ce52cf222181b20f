// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

/** Migration 5: every file gets the column of its next legal term, indexed for lists sorted by it. */
public final class V5__Termijn extends SqlScriptMigration {
    /** For Flyway. */
    public V5__Termijn() {
        super("db/migration/V5__termijn.sql");
    }
}
