// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.util.List;

import nl.meervoud.platform.api.HealthReport;
import nl.meervoud.platform.api.HealthStatus;

/**
 * Renders a health report without any library: the probe must answer even when a library bundle is broken,
 * and must be cheap on a cold JVM (it is the first request every orchestrator sends).
 */
final class HealthJson {

    private HealthJson() {
    }

    static String render(HealthReport report) {
        StringBuilder json = new StringBuilder(256).append("{\"status\":\"").append(report.status()).append('"');
        checks(json.append(",\"core\":"), report.core());
        checks(json.append(",\"deployed\":"), report.deployed());
        return json.append('}').toString();
    }

    private static void checks(StringBuilder json, List<HealthStatus> checks) {
        json.append('[');
        for (int i = 0; i < checks.size(); i++) {
            HealthStatus check = checks.get(i);
            json.append(i == 0 ? "" : ",").append("{\"name\":");
            string(json, check.name());
            json.append(",\"up\":").append(check.up()).append(",\"reason\":");
            string(json, check.reason());
            json.append('}');
        }
        json.append(']');
    }

    /** Appends a JSON string literal (RFC 8259 escaping). */
    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
