// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

/**
 * Something a rule requires: evidence the request carries ({@link Voorwaarde}) or an attribute of an actor
 * ({@link Eis}).
 */
public sealed interface Vereiste permits Voorwaarde, Eis {

    /** Why a request without it is denied, in Dutch for the caseworker. */
    String uitleg();

    /** The constant's name, as in rule files. */
    String name();

    /** Finds a requirement by name: a {@link Voorwaarde} or an {@link Eis}. */
    static Vereiste of(String name) {
        try {
            return Voorwaarde.of(name);
        } catch (IllegalArgumentException notEvidence) {
            try {
                return Eis.of(name);
            } catch (IllegalArgumentException notAttribute) {
                throw new IllegalArgumentException("unknown condition `" + name + "`");
            }
        }
    }
}
