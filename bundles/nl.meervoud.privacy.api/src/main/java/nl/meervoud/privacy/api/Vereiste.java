// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

/**
 * Something a rule requires: evidence the request carries ({@link Voorwaarde}, open: modules declare their own)
 * or an attribute of an actor ({@link Eis}, closed: the kernel computes them from the {@link Actor}).
 */
public sealed interface Vereiste permits Voorwaarde, Eis {

    /** Why a request without it is denied, in Dutch for the caseworker (see {@link Voorwaarde#uitleg()}). */
    String uitleg();

    /** The name, as in rule files. */
    String name();

    /**
     * Finds a requirement by name: an {@link Eis} when one has that name, otherwise the {@link Voorwaarde} of that
     * name (whether a module declares it is checked when the rule set is validated).
     */
    static Vereiste of(String name) {
        try {
            return Eis.of(name);
        } catch (IllegalArgumentException notAttribute) {
            return Voorwaarde.of(name);
        }
    }
}
