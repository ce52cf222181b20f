// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.servlet.http.HttpServletResponse;

/** JSON rendering for the platform's endpoints. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    /** A problem+json (RFC 9457) answer. */
    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        MAPPER.writeValue(response.getOutputStream(), MAPPER.createObjectNode().put("type", "https://meervoud.nl/problemen/" + status)
                .put("title", title).put("status", status).put("detail", detail));
    }

    static void write(HttpServletResponse response, Object document) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), document);
    }
}
