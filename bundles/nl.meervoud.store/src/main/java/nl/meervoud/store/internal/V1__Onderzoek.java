// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

/** Migration 1: the 0.1 investigation table (replaced by V2). */
public final class V1__Onderzoek extends SqlScriptMigration {
    /** For Flyway. */
    public V1__Onderzoek() {
        super("db/migration/V1__onderzoek.sql");
    }
}
