// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

/** Migration 2: one table per kind of case file, and the index of the people in them. */
public final class V2__Dossiers extends SqlScriptMigration {
    /** For Flyway. */
    public V2__Dossiers() {
        super("db/migration/V2__dossiers.sql");
    }
}
