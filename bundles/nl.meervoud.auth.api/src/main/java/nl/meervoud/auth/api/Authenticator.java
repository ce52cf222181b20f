// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns a request's credential into the principal behind it. Every HTTP port that serves more than the health
 * checks asks this service first; there is no anonymous principal.
 */
@ProviderType
public interface Authenticator {
    /**
     * The principal behind an {@code Authorization} header value ({@code Bearer <jwt>}).
     *
     * @param authorization the header value; null when the request has none
     * @throws NietAangemeld when there is no credential or it is not accepted; the reason never holds the token
     */
    Principal authenticate(String authorization) throws NietAangemeld;
}
