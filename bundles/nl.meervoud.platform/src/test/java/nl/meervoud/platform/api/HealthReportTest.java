// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HealthReportTest {

    @Test
    void allUpIsUp() {
        HealthReport report = HealthReport.of(List.of(HealthStatus.up("bundles")), List.of());
        assertEquals(HealthReport.Status.UP, report.status());
        assertTrue(report.serving());
    }

    @Test
    void aBrokenDeploymentDegradesButStillServes() {
        HealthReport report = HealthReport.of(List.of(HealthStatus.up("bundles")),
                List.of(HealthStatus.down("deploy:x.jar", "corrupt jar")));
        assertEquals(HealthReport.Status.DEGRADED, report.status());
        assertTrue(report.serving());
    }

    @Test
    void aCoreFailureIsDownWhateverTheDeployments() {
        HealthReport report = HealthReport.of(List.of(HealthStatus.down("components", "x is waiting for y")),
                List.of(HealthStatus.up("deploy:fine")));
        assertEquals(HealthReport.Status.DOWN, report.status());
        assertFalse(report.serving());
    }
}
