// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

/** Migration 3: the need-to-know keys of investigations. */
public final class V3__Toegang extends SqlScriptMigration {
    /** For Flyway. */
    public V3__Toegang() {
        super("db/migration/V3__toegang.sql");
    }
}
