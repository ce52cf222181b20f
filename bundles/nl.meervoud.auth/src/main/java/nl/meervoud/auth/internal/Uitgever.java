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
    Principal verify(SignedJWT token) throws NietAangemeld;
}
