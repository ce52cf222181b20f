// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/** The problem+json (RFC 9457) the kernel's HTTP ports answer with, shaped as the rest of the platform's. */
final class Probleem {
    private Probleem() {
    }

    /** Writes the problem; {@code field} (or null) is named in {@code invalidParams}. */
    static void write(HttpServletResponse response, int status, String title, String detail, String field) throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "https://meervoud.nl/problemen/" + status);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        if (field != null) {
            p.put("invalidParams", List.of(Map.of("name", field, "reason", detail)));
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        JsonRules.MAPPER.writeValue(response.getOutputStream(), p);
    }
}
