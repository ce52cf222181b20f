// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meervoud.platform.api.HealthReport;
import nl.meervoud.platform.api.HealthStatus;

class HealthJsonTest {

    @Test
    void rendersStatusAndChecks() {
        HealthReport report = HealthReport.of(List.of(HealthStatus.up("bundles")),
                List.of(HealthStatus.down("deploy:x.jar", "corrupt jar: zip END header not found")));
        assertEquals("{\"status\":\"DEGRADED\",\"core\":[{\"name\":\"bundles\",\"up\":true,\"reason\":\"\"}],"
                + "\"deployed\":[{\"name\":\"deploy:x.jar\",\"up\":false,\"reason\":\"corrupt jar: zip END header not found\"}]}",
                HealthJson.render(report));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        StringBuilder json = new StringBuilder();
        HealthJson.string(json, "a \"b\" \\ c\n\u0001");
        assertEquals("\"a \\\"b\\\" \\\\ c\\n\\u0001\"", json.toString());
    }
}
