// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void pairsEachBundleWithItsStartLevelAndKeepsOnlyRunProperties() {
        Properties launch = new Properties();
        launch.setProperty("launch.bundles", "jar/slf4j-simple.jar,jar/platform.jar");
        launch.setProperty("launch.runbundles.attrs",
                "slf4j.simple;version=\"2.0.17\";startlevel=1,nl.meervoud.platform;version=\"0.1.0\";startlevel=2");
        launch.setProperty("launch.trace", "false");
        launch.setProperty("org.osgi.service.http.port", "8080");

        Distribution distribution = Distribution.parse(launch, "1.2.3");

        assertEquals(List.of(new Distribution.RunBundle("jar/slf4j-simple.jar", 1),
                new Distribution.RunBundle("jar/platform.jar", 2)), distribution.bundles());
        assertEquals("8080", distribution.properties().get("org.osgi.service.http.port"));
        assertFalse(distribution.properties().containsKey("launch.trace"));
        assertEquals("1.2.3", distribution.version());
    }

    @Test
    void quotedCommasInAttributesDoNotShiftStartLevels() {
        Properties launch = new Properties();
        launch.setProperty("launch.bundles", "jar/a.jar,jar/b.jar");
        launch.setProperty("launch.runbundles.attrs", "a;version=\"[1,2)\";startlevel=3,b;version=\"1\";startlevel=4");
        assertEquals(List.of(3, 4), Distribution.parse(launch, null).bundles().stream()
                .map(Distribution.RunBundle::startLevel).toList());
    }
}
