// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.meervoud.itest.fixture.TestBundles;

/**
 * The executable jar itself, as an operator runs it: {@code java -jar meervoud.jar} in an empty directory,
 * on Java 17 and on Java 25. It must create its layout, answer /health, report a corrupt deployment without
 * failing, and stop cleanly on SIGTERM.
 */
public class ExecutableJarIT {

    @Test
    public void runsOnJava17() throws Exception {
        runAndStop(Path.of(System.getProperty("java.home")), "17");
    }

    @Test
    public void runsOnJava25() throws Exception {
        Path java25 = Path.of(System.getProperty("meervoud.it.java25", ""));
        assertTrue("a Java 25 runtime is expected at " + java25 + " (set -Dmeervoud.it.java25)",
                Files.isExecutable(java25.resolve("bin/java")));
        runAndStop(java25, "25");
    }

    private static void runAndStop(Path javaHome, String expectedFeature) throws Exception {
        Http.standaard(null);
        Path home = Files.createTempDirectory("meervoud-jar-it");
        int port = MeervoudDistribution.freePort();
        Path log = home.resolve("console.log");
        // Configuration in etc/ is picked up by ConfigAdmin: here, the web console's operator credential.
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/nl.meervoud.platform.console.cfg"), "username=operator\npassword.hash="
                + nl.meervoud.platform.console.PasswordHash.hash("correct horse battery".toCharArray()) + "\n");
        // A municipality's own settings, as docs/operating.md writes them (the typed format: it has lists).
        Files.writeString(home.resolve("etc/nl.meervoud.gemeente-0384.config"), "# Diemen\ngemeente=\"0384\"\nnaam=\"Diemen\"\n"
                + "melddossierMaanden=I\"6\"\nmelderTerugkoppelingBurgers=\"ja\"\nmodulesUit=[\"nl.meervoud.domain.inburgering\"]\n"
                + "samenwerking=[\"0363:meldpuntmedewerker\"]\n");
        Process process = MeervoudDistribution.startJar(javaHome, home, port);
        try {
            Http.Response health = Http.awaitStatus(port, "/health", 200, Duration.ofSeconds(60));
            assertEquals(read(log), 200, health.status());
            // Readiness means serving: the moment /health says 200, the case API answers too.
            assertEquals("the case API serves as soon as /health is 200", 200, Http.get(port, "/api/v1/openapi.json").status());
            assertEquals(200, Http.get(port, "/health/ready").status());
            assertEquals(200, Http.get(port, "/health/live").status());
            assertEquals("UP", health.body().path("status").asText());

            String credential = "Basic " + java.util.Base64.getEncoder().encodeToString("operator:correct horse battery".getBytes());
            assertEquals("etc/ configuration is live", 200,
                    Http.awaitStatus(port, "/system/console/bundles", 200, Duration.ofSeconds(30), credential).status());
            assertEquals(401, Http.get(port, "/system/console/bundles").status());

            java.net.InetAddress external = nonLoopbackAddress();
            if (external != null) {
                try (java.net.Socket socket = new java.net.Socket()) {
                    socket.connect(new java.net.InetSocketAddress(external, port), 2000);
                    throw new AssertionError("by default the platform listens on loopback only, not on " + external);
                } catch (IOException refused) {
                    // as it should be
                }
            }

            assertEquals("nothing but /health and the contract is anonymous", 401, Http.get(port, "/api/v1/platform").status());
            // The first start printed the operator's one-time password once: the operator logs in with it, sets
            // a password of their own and creates an account for the college's staff.
            Http.standaard(Aanmelden.medewerkerVanConsole(log, port));
            assertTrue("the one-time password is printed once, on the console, never in a technical log line",
                    read(log).lines().filter(l -> l.contains("eenmalig wachtwoord: ")).allMatch(l -> l.startsWith("Meervoud: eerste start.")));
            assertEquals(1, read(log).lines().filter(l -> l.contains("eenmalig wachtwoord: ")).count());
            String beheerder = Aanmelden.login(port, "beheerder", Aanmelden.WACHTWOORD, null);
            Http.Exchange diemen = Http.send(port, "POST", "/api/v1/aanmelding/gebruikers",
                    "{\"naam\":\"diemen\",\"functies\":[\"meldpuntmedewerker\"],\"gemeente\":\"0384\"}", "Content-Type", "application/json",
                    "Authorization", beheerder);
            assertEquals(diemen.body().toString(), 201, diemen.status());
            String diemenaar = Aanmelden.login(port, "diemen", diemen.body().get("eenmaligWachtwoord").asText(), Aanmelden.WACHTWOORD);
            Http.Exchange melding = Http.send(port, "POST", "/api/v1/meldingen", "{\"ontvangen\": \"2026-11-20\", \"melder\": {\"soort\": "
                    + "\"BURGER\", \"naam\": \"M\", \"contact\": \"06\"}, \"gemelde\": {\"naam\": \"G\", \"adres\": \"K 1\"}, \"zorg\": \"z\", "
                    + "\"ingezetene\": true}", "Content-Type", "application/json", "x-verwerking", "wams-meldpunt", "Authorization", diemenaar);
            assertEquals(melding.body().toString(), 201, melding.status());
            assertEquals("the municipality's file in etc/ holds: six months (Wmo 2015 art. 5.5.4 lid 1)", "2027-05-20",
                    melding.body().get("bewarenTot").asText());
            Http.Response platform = Http.get(port, "/api/v1/platform");
            assertTrue(platform.body().path("java").asText().startsWith(expectedFeature));
            assertEquals("standaard", platform.body().path("distribution").path("name").asText());
            assertEquals("[\"casus\",\"core\",\"inburgering\",\"jeugdwet\",\"participatiewet\",\"store\",\"ui\",\"web\",\"wgs\",\"wlz\",\"wmo\",\"zvh\",\"zvw\"]",
                    platform.body().path("distribution").path("features").toString());
            assertTrue(Files.isDirectory(home.resolve("deploy")));
            assertTrue(Files.isRegularFile(home.resolve("etc/meervoud.properties")));
            assertTrue(Files.isDirectory(home.resolve("data/framework")));

            Path temp = home.resolve("greeter.tmp");
            // The operator trusts the vendor's key (no restart needed); the vendor signed the module.
            nl.meervoud.itest.fixture.Signing.trustIn(home.resolve("etc"));
            Files.write(temp, nl.meervoud.itest.fixture.Signing.signed(TestBundles.greeter("1.0.0", "hello")));
            Files.move(temp, home.resolve("deploy/greeter.jar"));
            assertTrue("a bundle dropped into deploy/ becomes active", Await.until(() -> {
                for (JsonNode module : Http.get(port, "/api/v1/platform").body().path("modules")) {
                    if (module.path("symbolicName").asText().equals(TestBundles.GREETER)) {
                        return module.path("state").asText().equals("ACTIVE") && module.path("source").asText().equals("deploy");
                    }
                }
                return false;
            }));

            Files.write(home.resolve("deploy/broken.jar"), new byte[] { 1, 2, 3 });
            assertTrue("the broken jar is reported", Await.until(() -> Http.get(port, "/api/v1/platform").body()
                    .path("modules").toString().contains("broken.jar")));
            Http.Response degraded = Http.get(port, "/health");
            assertEquals(200, degraded.status());
            assertEquals("DEGRADED", degraded.body().path("status").asText());
        } finally {
            process.destroy(); // SIGTERM: the shutdown hook stops the framework
            boolean exited = process.waitFor(60, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            assertTrue("stopped within 60 s on SIGTERM", exited);
        }
        assertEquals("a clean stop on SIGTERM exits 0", 0, process.exitValue());
        assertTrue(read(log), read(log).contains("Meervoud stopped."));
    }

    /** An address of this machine other than loopback, or null when it has none. */
    private static java.net.InetAddress nonLoopbackAddress() throws IOException {
        for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (java.net.InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                if (address instanceof java.net.Inet4Address) {
                    return address;
                }
            }
        }
        return null;
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log);
    }
}
