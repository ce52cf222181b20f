// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.store.internal;

/** Migration 6: the term indexes in the order a list by term reads them (files without a term last). */
public final class V6__TermijnNullsLast extends SqlScriptMigration {
    /** For Flyway. */
    public V6__TermijnNullsLast() {
        super("db/migration/V6__termijn_nulls_last.sql");
    }
}
