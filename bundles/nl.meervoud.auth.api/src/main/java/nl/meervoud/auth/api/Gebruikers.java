// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.api;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The local accounts in {@code etc/gebruikers.json}: the zero-setup default without an IdP. Passwords are stored
 * only as Argon2id hashes; a new or reset account gets a one-time password that must be replaced at the first login.
 */
@ProviderType
public interface Gebruikers {
    /** The issuer ({@code iss}) of the installation's own tokens for these accounts. Since 1.2. */
    String UITGEVER = "urn:meervoud:lokaal";

    /** An account as listed (no hash). */
    record Gebruiker(String naam, Set<Functie> functies, String gemeente, String organisatie, boolean eenmalig, Set<String> teams) {
        public Gebruiker {
            teams = teams == null ? Set.of() : Set.copyOf(teams);
        }
    }

    /**
     * Creates an account, or resets an existing one, and returns its one-time password (shown once, never stored
     * in clear, never logged).
     *
     * @param bsn the resident's BSN for a {@link Functie#BURGER} account (development and tests); empty otherwise
     */
    default String aanmaken(String naam, Set<Functie> functies, String gemeente, String organisatie, String bsn) {
        return aanmaken(naam, functies, gemeente, organisatie, bsn, Set.of());
    }

    /** As {@link #aanmaken(String, Set, String, String, String)}, with the teams the person works in. */
    String aanmaken(String naam, Set<Functie> functies, String gemeente, String organisatie, String bsn, Set<String> teams);

    /** Replaces the password of an account after checking the current one; false when the current one is wrong. */
    boolean wachtwoordWijzigen(String naam, char[] huidig, char[] nieuw);

    /** Removes an account; false when there was none. */
    boolean verwijderen(String naam);

    /** All accounts, by name. */
    List<Gebruiker> lijst();
}
