// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

/** Migration 4: investigations without a need-to-know key get the key {@code open}. */
public final class V4__ToegangOpen extends SqlScriptMigration {
    /** For Flyway. */
    public V4__ToegangOpen() {
        super("db/migration/V4__toegang_open.sql");
    }
}
