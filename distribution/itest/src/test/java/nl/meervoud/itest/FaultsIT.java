// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Faults on the data directory, met by the executable jar as an operator runs it (issue 12 §5): they fail loudly,
 * closed, and heal where they can.
 *
 * <p>The disk that fills up is real: the file-size limit of the running process ({@code prlimit --fsize}), set to
 * the processing log's size, makes every write that would grow the log fail with EFBIG, as on a full disk; lifting
 * it is the operator freeing space.
 */
public class FaultsIT {
    private static final String BSN = "300000157";
    private static final String[] INZAGE = { "x-verwerking", "inzage", "Content-Type", "application/json" };
    /** Per home, the staff account's token, made at its first start from the operator's one-time password. */
    private static final java.util.Map<Path, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    public void aLogThatCannotWriteFailsClosedAndHealsWithoutARestart() throws Exception {
        Path home = Files.createTempDirectory("meervoud-faults-it");
        int port = MeervoudDistribution.freePort();
        Process process = startServing(home, port);
        try {
            Path log = home.resolve("data/verwerkingenlogboek/verwerkingen.jsonl");
            Thread.sleep(1500); // the store and the anchors settle; nothing else writes while the disk is full

            limitFileSize(process, Files.size(log));
            Http.Exchange refused = inzage(port);
            assertEquals(refused.toString(), 503, refused.status());
            assertEquals("application/problem+json", refused.contentType());
            assertTrue(refused.body().path("detail").asText().contains("verwerkingenlogboek"));
            assertEquals("30", refused.headers().firstValue("Retry-After").orElse(""));
            Http.Response health = Http.get(port, "/health");
            assertEquals(503, health.status());
            assertEquals("DOWN", health.body().path("status").asText());
            String reason = reason(health.body(), "verwerkingenlogboek");
            assertTrue(reason, reason.startsWith("kan niet schrijven, elke verwerking wordt geweigerd"));
            assertFalse("a health reason is one line", reason.contains("\n"));

            liftFileSize(process);
            assertTrue("the log writes again without a restart", Await.until(() -> inzage(port).status() == 200));
            Http.Response healed = Http.get(port, "/health");
            assertEquals(healed.body().toString(), 200, healed.status());
            assertEquals("UP", healed.body().path("status").asText());
            JsonNode records = inzage(port).body().path("verwerkingen");
            long inzagen = 0;
            for (JsonNode r : records) {
                inzagen += r.path("doel").asText().equals("inzage-namens") ? 1 : 0;
            }
            assertTrue("the refused inzage left no record, the healed ones did: " + records, inzagen >= 2);
        } finally {
            stop(process);
        }
    }

    @Test
    public void aMissingOrEmptyPseudonymKeyKeepsThePlatformFromServingAndNamesTheFile() throws Exception {
        Path home = Files.createTempDirectory("meervoud-faults-it");
        int port = MeervoudDistribution.freePort();
        stop(startServing(home, port));
        Path key = home.resolve("data/verwerkingenlogboek/pseudoniem.key");
        byte[] original = Files.readAllBytes(key);
        for (byte[] damaged : new byte[][] { null, new byte[0] }) {
            if (damaged == null) {
                Files.delete(key);
            } else {
                Files.write(key, damaged);
            }
            Process again = MeervoudDistribution.startJar(Path.of(System.getProperty("java.home")), home, port);
            try {
                String reason = awaitComponentsDown(port, home);
                assertTrue(reason, reason.contains(key.toString()) && reason.contains(damaged == null ? "ontbreekt" : "is leeg"));
                assertFalse(reason.contains("\n\tat "));
                assertTrue("no key was made in its place", damaged == null ? !Files.exists(key) : Files.size(key) == 0);
                assertTrue("nothing is processed without the log", inzage(port).status() >= 400);
            } finally {
                stop(again);
            }
        }
        Files.write(key, original);
        Process restored = startServing(home, port);
        try {
            assertTrue("with the key back, inzage finds the earlier history", inzage(port).body().path("verwerkingen").size() >= 2);
        } finally {
            stop(restored);
        }
    }

    @Test
    public void aLostDatabaseIsNeverReplacedByAnEmptyOne() throws Exception {
        Path home = Files.createTempDirectory("meervoud-faults-it");
        int port = MeervoudDistribution.freePort();
        Process first = startServing(home, port);
        String created;
        try {
            Http.Exchange melding = Http.send(port, "POST", "/api/v1/meldingen", "{\"ontvangen\":\"2026-12-01\",\"melder\":{\"soort\":\"BURGER\",\"naam\":\"Buur\"},"
                    + "\"gemelde\":{\"naam\":\"Gemelde\"},\"zorg\":\"zorgen om de buurman\",\"ingezetene\":true}", "Content-Type", "application/json", "x-verwerking", "wams-meldpunt");
            assertEquals(melding.toString(), 201, melding.status());
            created = melding.body().path("id").asText();
        } finally {
            stop(first);
        }
        Path db = home.resolve("data/meervoud.mv.db");
        byte[] original = Files.readAllBytes(db);
        String[] damages = { "ontbreekt", "is leeg", "heeft geen schema", "File corrupted" };
        for (String damage : damages) {
            switch (damage) {
                case "ontbreekt" -> Files.delete(db);
                case "is leeg" -> Files.write(db, new byte[0]);
                case "File corrupted" -> Files.write(db, java.util.Arrays.copyOf(original, original.length / 2)); // H2's own check
                default -> {
                    // another, empty database in its place, as a driver would create when the file was lost
                    Files.delete(db);
                    try (java.sql.Connection c = new org.h2.Driver().connect("jdbc:h2:file:" + home.resolve("data/meervoud"), new java.util.Properties())) {
                        c.createStatement().execute("CREATE TABLE leeg (id INT)");
                    }
                }
            }
            Process again = MeervoudDistribution.startJar(Path.of(System.getProperty("java.home")), home, port);
            try {
                String reason = awaitComponentsDown(port, home);
                assertTrue(damage + ": " + reason, reason.contains(damage) && reason.contains(home.resolve("data/meervoud").toString()));
                assertTrue("nothing is stored in place of the lost database",
                        Http.send(port, "GET", "/api/v1/meldingen/" + created, null, "x-verwerking", "wams-meldpunt").status() != 200);
            } finally {
                stop(again);
            }
        }
        Files.write(db, original);
        Process restored = startServing(home, port);
        try {
            assertEquals("with the database back, the melding is there", 200,
                    Http.send(port, "GET", "/api/v1/meldingen/" + created, null, "x-verwerking", "wams-meldpunt").status());
        } finally {
            stop(restored);
        }
    }

    @Test
    public void noPersonalDataReachesTheTechnicalLogWhateverARequestLooksLike() throws Exception {
        Path home = Files.createTempDirectory("meervoud-faults-it");
        int port = MeervoudDistribution.freePort();
        String name = "Geheimnaam";
        String person = "{\"bsn\":\"" + BSN + "\",\"naam\":\"" + name + "\",\"geboortedatum\":\"1980-05-05\"}";
        Process process = startServing(home, port);
        try {
            String[] heads = {
                "GET /api/v1/inzage/" + BSN + " HTTP/1.1 extra\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/inzage/" + BSN + "%C0%AF HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/inzage/" + BSN + "/%2e%2e/%2e%2e HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/onderzoeken?naam=" + name + "&bsn=" + BSN + "%ZZ HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/inzage/" + BSN + " HTTP/1.1\r\nHost: " + BSN + "\u0001\r\nx-naam: " + name + "\u0000\r\n\r\n",
                "GET /api/v1/inzage/" + BSN + " HTTP/1.1\r\nHost: localhost\r\nx-lang: " + BSN + "x".repeat(40_000) + "\r\n\r\n",
                "GET /" + BSN + "/" + name + " HTTP/9.9\r\nHost: localhost\r\n\r\n",
                "G\u00c9T /api/v1/inzage/" + BSN + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "FROB /api/v1/inzage/" + BSN + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/inzage/" + BSN + "\r\n\r\n",
                "POST /api/v1/onderzoeken HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nx-verwerking: wams-onderzoek\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{\"client\":" + person + "}\r\n0\r\n\r\n",
                "POST /api/v1/onderzoeken HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nx-verwerking: wams-onderzoek\r\n"
                        + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n{\"a\":1}",
                "POST /api/v1/onderzoeken HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nx-verwerking: wams-onderzoek\r\n"
                        + "Content-Length: 900\r\n\r\n{\"client\":" + person,
            };
            for (String head : heads) {
                String answer = sendAndHalfClose(port, head);
                assertFalse(head + " -> " + answer, answer.startsWith("HTTP/1.1 5"));
            }
            String[] bodies = {
                "{\"route\":\"WMO_2_3A_1\",\"hulpvraagWet\":\"Participatiewet\",\"noodzaak\":\"samenhangende problemen op de afgesproken domeinen\",\"client\":" + person + ",\"client\":" + person + "}",
                "{\"route\":\"WMO_2_3A_1\",\"hulpvraagWet\":\"Participatiewet\",\"noodzaak\":\"samenhangende problemen op de afgesproken domeinen\",\"client\":{\"bsn\":" + BSN + ",\"naam\":\"" + name + "\"}}",
                "{\"route\":\"WMO_2_3A_1\",\"hulpvraagWet\":\"Participatiewet\",\"noodzaak\":\"samenhangende problemen op de afgesproken domeinen\",\"client\":{\"bsn\":\"" + BSN + "1\",\"naam\":\"" + name + "\"}}",
                "{\"route\":\"WMO_2_3A_1\",\"hulpvraagWet\":\"" + name + "\",\"client\":" + person + "}",
                "{\"route\":\"WMO_2_3A_1\",\"verzoekdatum\":\"2026-11-02\",\"hulpvraagWet\":\"Participatiewet\",\"noodzaak\":\"samenhangende problemen op de afgesproken domeinen\",\"client\":" + person
                        + ",\"vermoedenMeervoudigeProblematiek\":true}",
            };
            for (String body : bodies) {
                Http.Exchange answer = Http.send(port, "POST", "/api/v1/onderzoeken", body, "Content-Type", "application/json",
                        "x-verwerking", "wams-onderzoek");
                assertTrue(body + " -> " + answer.status(), answer.status() < 500);
            }
            assertEquals(200, inzage(port).status());
        } finally {
            stop(process);
        }
        String console = console(home);
        assertTrue("the run reached the end", console.contains("Meervoud stopped."));
        assertFalse("no BSN in the technical log:\n" + console, console.contains(BSN));
        assertFalse("no name in the technical log:\n" + console, console.contains(name));
    }

    /**
     * Starts the jar and waits until /health is UP and the API answers an inzage (which logs a record), logged in
     * as the college's staff (at a home's first start through the operator's one-time password).
     */
    private static Process startServing(Path home, int port) throws Exception {
        Process process = MeervoudDistribution.startJar(Path.of(System.getProperty("java.home")), home, port);
        assertEquals(console(home), 200, Http.awaitStatus(port, "/health", 200, Duration.ofSeconds(60)).status());
        String token = TOKENS.get(home);
        if (token == null) {
            token = Aanmelden.medewerkerVanConsole(home.resolve("console.log"), port);
            TOKENS.put(home, token);
        }
        Http.standaard(token);
        assertTrue("the API serves", Await.until(() -> inzage(port).status() == 200));
        return process;
    }

    /** Sends bytes as they are and closes the sending side, so that a torn request ends; returns the raw answer. */
    private static String sendAndHalfClose(int port, String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(Http.metAanmelding(request).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.net.SocketException reset) {
            return ""; // the server closed the connection on a request it refused outright
        }
    }

    /** A consulent's inzage on the resident's behalf, which writes a processing-log record. */
    private static Http.Exchange inzage(int port) {
        return Http.send(port, "POST", "/api/v1/inzage", "{\"bsn\":\"" + BSN + "\"}", INZAGE);
    }

    /**
     * Waits until {@code /health} is DOWN because a component failed (not merely because the platform is still
     * starting) and returns the components check's reason.
     */
    private static String awaitComponentsDown(int port, Path home) throws IOException {
        String[] reason = { "" };
        boolean down = Await.until(() -> {
            Http.Response health = Http.get(port, "/health");
            if (health.status() != 503) {
                return false;
            }
            reason[0] = reason(health.body(), "components");
            return reason[0].contains("failed to activate");
        });
        assertTrue(console(home), down);
        return reason[0];
    }

    private static String reason(JsonNode health, String check) {
        for (JsonNode c : health.path("core")) {
            if (c.path("name").asText().equals(check)) {
                return c.path("reason").asText();
            }
        }
        throw new AssertionError("no check " + check + " in " + health);
    }

    private static void limitFileSize(Process process, long bytes) throws Exception {
        prlimit(process, "--fsize=" + bytes + ":unlimited");
    }

    private static void liftFileSize(Process process) throws Exception {
        prlimit(process, "--fsize=unlimited:unlimited");
    }

    private static void prlimit(Process process, String limit) throws Exception {
        Process p = new ProcessBuilder("prlimit", "--pid", Long.toString(process.pid()), limit).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals("prlimit " + limit + ": " + out, 0, p.waitFor());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String console(Path home) throws IOException {
        Path log = home.resolve("console.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
