// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tailored distribution (issue 11 §4): the build assembles {@code meervoud-regio.jar} from nothing but a list
 * of features ({@code core,store,casus,jeugdwet,participatiewet,wgs}, the {@code meervoud.tailored.features}
 * default of distribution/pom.xml), and it boots as an operator runs it: it names itself and its features, runs
 * the three laws it was given and none it was not, and has no Web Console.
 */
public class TailoredDistributionIT {

    @Test
    public void aDistributionAssembledFromAFeatureListBootsWithExactlyItsFeatures() throws Exception {
        Path jar = Path.of(System.getProperty("meervoud.tailored.jar", ""));
        assertTrue("the build assembled the tailored distribution at " + jar, Files.isRegularFile(jar));
        Http.standaard(null);
        Path home = Files.createTempDirectory("meervoud-tailored-it");
        int port = MeervoudDistribution.freePort();
        Path log = home.resolve("console.log");
        Process process = MeervoudDistribution.startJar(jar, Path.of(System.getProperty("java.home")), home, port);
        try {
            Http.Response health = Http.awaitStatus(port, "/health", 200, Duration.ofSeconds(60));
            assertEquals(Files.readString(log), "UP", health.body().path("status").asText());
            Http.standaard(Aanmelden.medewerkerVanConsole(log, port));
            JsonNode platform = Http.get(port, "/api/v1/platform").body();
            assertEquals("regio", platform.path("distribution").path("name").asText());
            assertEquals("[\"casus\",\"core\",\"jeugdwet\",\"participatiewet\",\"store\",\"wgs\"]",
                    platform.path("distribution").path("features").toString());
            List<String> modules = new ArrayList<>();
            for (JsonNode module : platform.path("modules")) {
                modules.add(module.path("name").asText());
                assertEquals(module.toString(), "ACTIVE", module.path("state").asText());
            }
            assertTrue(modules.toString(), modules.containsAll(List.of("jeugdwet", "participatiewet", "wgs", "privacy-kernel", "store")));
            for (String absent : List.of("wmo", "inburgering", "wlz", "zvw", "zvh", "console")) {
                assertFalse(absent + " is not in this distribution: " + modules, modules.contains(absent));
            }
            assertEquals("no Web Console", 404, Http.get(port, "/system/console/bundles").status());
            assertEquals("no browser UI: feature `ui` was left out", 404, Http.get(port, "/ui/aanmelden").status());
            assertEquals("the case API serves", 200, Http.get(port, "/api/v1/openapi.json").status());
        } finally {
            process.destroy();
            boolean exited = process.waitFor(60, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            assertTrue("stopped within 60 s on SIGTERM", exited);
        }
        assertEquals("a clean stop exits 0", 0, process.exitValue());
    }
}
