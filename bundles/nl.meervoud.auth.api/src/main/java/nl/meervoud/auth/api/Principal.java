// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.api;

import java.util.Objects;
import java.util.Set;

/**
 * An authenticated person or system, as the issuer vouches for it.
 *
 * @param subject the issuer's stable identifier of the person (a local account name, an OIDC {@code sub}); it goes
 *        into the processing log only as a pseudonym
 * @param uitgever the issuer that vouched for it ({@code iss})
 * @param gemeente the CBS gemeentecode of the municipality the request belongs to
 * @param functies the Wams functions it may act in; never empty
 * @param organisatie the party a {@link Functie#PROFESSIONAL} works for; empty otherwise
 * @param bsn the resident's own BSN for a {@link Functie#BURGER}, from the token only; empty otherwise
 * @param teams the teams the person works in (need-to-know: a consulent sees the investigations of their teams)
 */
public record Principal(String subject, String uitgever, String gemeente, Set<Functie> functies, String organisatie, String bsn,
        Set<String> teams) {
    public Principal {
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(uitgever, "uitgever");
        Objects.requireNonNull(gemeente, "gemeente");
        functies = Set.copyOf(functies);
        organisatie = organisatie == null ? "" : organisatie;
        bsn = bsn == null ? "" : bsn;
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject: leeg");
        }
        if (functies.isEmpty()) {
            throw new IllegalArgumentException("functies: geen enkele functie");
        }
    }

    /** Without teams. */
    public Principal(String subject, String uitgever, String gemeente, Set<Functie> functies, String organisatie, String bsn) {
        this(subject, uitgever, gemeente, functies, organisatie, bsn, Set.of());
    }

    /** Whether it may act in this function. */
    public boolean heeft(Functie functie) {
        return functies.contains(functie);
    }

    /** Without the BSN, for anything that is shown or logged. */
    @Override
    public String toString() {
        return "Principal[" + uitgever + ", gemeente " + gemeente + ", " + functies + "]";
    }
}
