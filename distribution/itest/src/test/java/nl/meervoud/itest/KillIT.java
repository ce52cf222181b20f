// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.Test;

/**
 * Nothing acknowledged is lost: {@code meervoud.jar} on its default embedded H2 database takes a stream of
 * investigations, is killed with SIGKILL mid-stream, and after a restart every investigation that was answered 201
 * is there. (Before H2 wrote each commit at once, about the last half second of acknowledged cases was gone after
 * such a kill: 121 of 300.)
 */
public class KillIT {
    private static final String[] JSON = { "Content-Type", "application/json", "x-verwerking", "wams-onderzoek" };

    private static Process start(Path home, int port) throws Exception {
        return MeervoudDistribution.startJar(Path.of(System.getProperty("java.home")), home, port);
    }

    @Test
    public void everyAcknowledgedInvestigationSurvivesSigkill() throws Exception {
        Path home = Files.createTempDirectory("meervoud-kill-it");
        int port = MeervoudDistribution.freePort();
        Process first = start(home, port);
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        try {
            assertEquals(200, Http.awaitStatus(port, "/health", 200, Duration.ofSeconds(60)).status());
            Http.standaard(Aanmelden.medewerkerVanConsole(home.resolve("console.log"), port));
            for (int t = 0; t < 4; t++) {
                Thread writer = new Thread(() -> {
                    while (running.get()) {
                        try {
                            Http.Exchange created = Http.send(port, "POST", "/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", "
                                    + "\"hulpvraagWet\": \"Wmo 2015\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", \"client\": {\"bsn\": \"111222333\"}, \"reikwijdte\": {\"domeinen\": "
                                    + "[\"wonen\"]}, \"vermoedenMeervoudigeProblematiek\": true}", JSON);
                            if (created.status() == 201) {
                                acknowledged.add(created.body().get("id").asText());
                            }
                        } catch (RuntimeException killed) {
                            return;
                        }
                    }
                });
                writer.start();
                writers.add(writer);
            }
            assertTrue(Await.until(() -> acknowledged.size() >= 300));
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            first.waitFor(30, TimeUnit.SECONDS);
            running.set(false);
            for (Thread writer : writers) {
                writer.join(10_000);
            }
        }
        Process second = start(home, port);
        try {
            assertEquals(200, Http.awaitStatus(port, "/api/v1/onderzoeken", 200, Duration.ofSeconds(60)).status());
            List<String> lost = new ArrayList<>();
            for (String id : List.copyOf(acknowledged)) {
                if (Http.send(port, "GET", "/api/v1/onderzoeken/" + id, null, JSON).status() != 200) {
                    lost.add(id);
                }
            }
            assertEquals("acknowledged " + acknowledged.size() + ", lost " + lost.size() + ": " + lost, List.of(), lost);
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }
    }
}
