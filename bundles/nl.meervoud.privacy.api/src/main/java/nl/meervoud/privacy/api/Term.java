// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

/**
 * A term of the open vocabulary: a name and a dense id. There is one instance per name and kind, so terms
 * compare by identity. The platform defines the terms every law shares (the constants of each kind); a law
 * module declares the terms only its law brings in its rule file ({@link Vocabulaire}), and the kernel accepts
 * rules and requests that use a term only while a built-in or an active declaration covers it.
 *
 * @since 2.0
 */
public abstract sealed class Term permits Rol, Route, Geheimhouding, Voorwaarde, Law {
    private final String name;
    private final int id;
    private final boolean ingebouwd;

    Term(String name, int id, boolean ingebouwd) {
        this.name = name;
        this.id = id;
        this.ingebouwd = ingebouwd;
    }

    /** The name as rule files spell it, e.g. {@code WLZ_UITVOERDER}, or the cited name of a law. */
    public final String name() {
        return name;
    }

    /** The dense id of this term within its kind; stable for the life of the process. */
    public final int id() {
        return id;
    }

    /** Whether the platform itself defines the term (it needs no declaration). */
    public final boolean ingebouwd() {
        return ingebouwd;
    }

    @Override
    public final String toString() {
        return name;
    }
}
