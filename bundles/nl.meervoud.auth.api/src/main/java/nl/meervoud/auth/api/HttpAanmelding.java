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
            response.setHeader("WWW-Authenticate", e.wwwAuthenticate());
            response.setHeader("Cache-Control", "no-store");
            if (e.retryAfter() != null) {
                response.setHeader("Retry-After", e.retryAfter());
            }
            response.setContentType("application/problem+json");
            response.getOutputStream().write(e.problemJson().getBytes(StandardCharsets.UTF_8));
            return null;
        }
    }
}
