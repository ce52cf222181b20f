// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

/** Migration 7: each file belongs to one municipality; files from before it to the installation's own. */
public final class V7__Gemeente extends SqlScriptMigration {
    /** For Flyway; {@code bestaand} is the municipality of the files already stored, four digits. */
    public V7__Gemeente(String bestaand) {
        super("db/migration/V7__gemeente.sql", java.util.Map.of("gemeente", JpaStore.gemeentecode(bestaand)));
    }
}
