// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What every servlet port does first: the request's principal, or the 401/403 answered for it. */
public final class HttpAanmelding {
    private HttpAanmelding() {
    }

    /**
     * The principal behind the request's Authorization header; null when there is none or it is refused, in which
     * case the answer (401 or 403, {@code WWW-Authenticate}, problem+json) has been written and the port stops.
     */
    public static Principal principal(Authenticator authenticator, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            return authenticator.authenticate(request.getHeader("Authorization"));
        } catch (NietAangemeld e) {
            response.setStatus(e.status());
            kopregels(response, e);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json");
            response.getOutputStream().write(e.problemJson().getBytes(StandardCharsets.UTF_8));
            return null;
        }
    }

    /**
     * The headers a refused credential is answered with: {@code WWW-Authenticate} (RFC 6750 §3), and
     * {@code Retry-After} when the issuer could not be reached; for ports that write their own problem body.
     *
     * @since 1.1
     */
    public static void kopregels(HttpServletResponse response, NietAangemeld e) {
        response.setHeader("WWW-Authenticate", e.wwwAuthenticate());
        if (e.retryAfter() != null) {
            response.setHeader("Retry-After", e.retryAfter());
        }
    }
}
