// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import com.nimbusds.jwt.SignedJWT;

import nl.meervoud.auth.api.NietAangemeld;
import nl.meervoud.auth.api.Principal;

/** A trusted token issuer: the local one or a configured OIDC provider. Internal service between this bundle's components. */
public interface Uitgever {
    /** The {@code iss} its tokens carry. */
    String issuer();

    /** Checks signature and claims and maps them onto a principal. */
    Verified verify(SignedJWT token) throws NietAangemeld;

    /**
     * A checked token: its principal, when it expires, and what must still hold each time it is presented again
     * (a local account that was not reset since; always true for an IdP's token).
     */
    record Verified(Principal principal, long expiresAtMillis, java.util.function.BooleanSupplier stillValid) {
    }
}
