// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import nl.meervoud.platform.api.Platform;

/** The default distribution in a real Felix: every bundle active, health and platform over real HTTP, shell. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {

    @Inject
    BundleContext context;

    @Inject
    Platform platform;

    @Inject
    CommandProcessor shell;

    @Configuration
    public Option[] configuration() throws IOException {
        return MeervoudDistribution.options(Files.createTempDirectory("meervoud-platform-it"),
                MeervoudDistribution.freePort());
    }

    private int port() {
        return Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
    }

    @Test
    public void everyDistributionBundleIsActiveAndNoneIsLeftInstalled() {
        List<String> notActive = new ArrayList<>();
        for (String name : MeervoudDistribution.symbolicNames()) {
            Bundle bundle = InFramework.find(context, name);
            assertNotNull("the distribution's bundle " + name + " is installed", bundle);
            if (bundle.getState() != Bundle.ACTIVE && bundle.getHeaders().get("Fragment-Host") == null) {
                notActive.add(name + " is in state " + bundle.getState());
            }
        }
        assertEquals(List.of(), notActive);
        for (Bundle bundle : context.getBundles()) {
            assertFalse(bundle.getSymbolicName() + " is left INSTALLED", bundle.getState() == Bundle.INSTALLED);
        }
    }

    @Test
    public void healthIs200AndUpOverHttp() {
        Http.Response health = Http.awaitStatus(port(), "/health", 200, Await.DEFAULT);
        assertEquals(200, health.status());
        assertEquals("UP", health.body().path("status").asText());
        assertTrue(health.body().path("core").size() >= 2);
    }

    @Test
    public void platformEndpointListsTheModulesWithVersionsAndStates() {
        Http.awaitStatus(port(), "/health", 200, Await.DEFAULT);
        Http.Response anonymous = Http.get(port(), "/api/v1/platform", "");
        assertEquals("nothing but /health is anonymous", 401, anonymous.status());
        assertEquals("Niet aangemeld", anonymous.body().path("title").asText());
        Http.standaard(Aanmelden.medewerker(context, port()));
        Http.Response response = Http.awaitStatus(port(), "/api/v1/platform", 200, Await.DEFAULT);
        assertEquals(200, response.status());
        assertEquals(platform.version(), response.body().path("version").asText());
        assertTrue(response.body().path("uptimeSeconds").asLong() >= 0);
        JsonNode modules = response.body().path("modules");
        List<String> names = new ArrayList<>();
        for (JsonNode module : modules) {
            names.add(module.path("name").asText());
            assertEquals(module.toString(), "ACTIVE", module.path("state").asText());
            assertEquals("distribution", module.path("source").asText());
            assertFalse(module.path("version").asText().isEmpty());
        }
        assertTrue(names.toString(), names.containsAll(List.of("platform", "console")));
    }

    @Test
    public void shellCommandsReportModulesAndHealth() throws Exception {
        assertTrue(InFramework.shell(shell, "meervoud:health").contains("Status: UP"));
        String modules = InFramework.shell(shell, "meervoud:modules");
        assertTrue(modules, modules.contains("nl.meervoud.platform") && modules.contains("ACTIVE"));
    }

    @Test
    public void webConsoleRefusesEveryoneUntilACredentialIsConfiguredThenAcceptsOnlyThatOne() throws Exception {
        Http.Response console = Http.awaitStatus(port(), "/system/console/bundles", 401, Await.DEFAULT);
        assertEquals("no open default credential", 401, console.status());
        assertEquals("admin/admin is not a default", 401,
                Http.get(port(), "/system/console/bundles", basic("admin", "admin")).status());

        String answer = InFramework.shell(shell, "meervoud:consolePassword operator 'correct horse battery'");
        assertTrue(answer, answer.contains("stored"));
        Http.Response accepted = Http.awaitStatus(port(), "/system/console/bundles", 200, Await.DEFAULT,
                basic("operator", "correct horse battery"));
        assertEquals(200, accepted.status());
        assertEquals(401, Http.get(port(), "/system/console/bundles", basic("operator", "wrong password!!")).status());
        assertEquals(401, Http.get(port(), "/system/console/bundles", basic("admin", "admin")).status());
    }

    @Test
    public void healthIs503WithTheReasonWhenACoreBundleStops() throws Exception {
        Bundle console = InFramework.find(context, "nl.meervoud.platform.console");
        console.stop();
        try {
            Http.Response down = Http.awaitStatus(port(), "/health", 503, Await.DEFAULT);
            assertEquals(503, down.status());
            assertEquals("DOWN", down.body().path("status").asText());
            assertTrue(down.body().toString(), down.body().path("core").toString()
                    .contains("nl.meervoud.platform.console: bundle is RESOLVED, expected ACTIVE"));
        } finally {
            console.start();
        }
        assertEquals(200, Http.awaitStatus(port(), "/health", 200, Await.DEFAULT).status());
    }

    /**
     * Felix HTTP refuses, while its server starts, every connector that is not a socket connector, and the whole HTTP
     * runtime then stays down (a load run and a CI run met that, in the launcher's parallel start). The platform's
     * error-page factory is registered throughout, so restarting Felix's Jetty bundle while the platform runs makes
     * Felix meet it in the middle of starting, every time: the runtime must come back, with problem+json for what
     * Jetty itself refuses, three times over.
     */
    @Test
    public void theHttpRuntimeComesBackWithItsProblemPagesWhenFelixRestartsJetty() throws Exception {
        Bundle jetty = InFramework.find(context, "org.apache.felix.http.jetty12");
        assertTrue("the distribution runs Felix HTTP Jetty 12", jetty != null);
        for (int restart = 0; restart < 3; restart++) {
            jetty.stop();
            jetty.start();
            assertEquals(200, Http.awaitStatus(port(), "/health", 200, Await.DEFAULT).status());
        }
        Http.Raw refused = Http.raw(port(), "GET /health HTTP/1.1\r\nHost: localhost\r\nContent-Length: twee\r\nConnection: close\r\n\r\n",
                new byte[0]);
        assertEquals(refused.head(), 400, refused.status());
        assertTrue("Jetty's own refusal is problem+json again: " + refused.head(), refused.head().toLowerCase(java.util.Locale.ROOT)
                .contains("content-type: application/problem+json"));
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
