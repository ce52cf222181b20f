// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.util.List;
import java.util.Map;

/**
 * An error answered as {@code application/problem+json} (RFC 9457), naming the field or the article. Thrown
 * anywhere in a request; the servlet writes it.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String title;
    final String artikel;
    final List<Map<String, String>> invalidParams;
    final transient Object extra;

    Problem(int status, String title, String detail, String artikel, List<Map<String, String>> invalidParams, Object extra) {
        super(detail);
        this.status = status;
        this.title = title;
        this.artikel = artikel;
        this.invalidParams = invalidParams == null ? List.of() : invalidParams;
        this.extra = extra;
    }

    /** A 400 naming the field. */
    static Problem veld(String veld, String reden) {
        return new Problem(400, "Ongeldige invoer", veld + ": " + reden, null, List.of(Map.of("name", veld, "reason", reden)), null);
    }

    /** A 422: the step is not allowed by the named article. */
    static Problem artikel(String detail, String artikel) {
        return new Problem(422, "Niet toegestaan door de wet", detail, artikel, null, null);
    }

    static Problem nietGevonden(String wat) {
        return new Problem(404, "Niet gevonden", wat + " bestaat niet", null, null, null);
    }

    static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail, null, null, null);
    }
}
