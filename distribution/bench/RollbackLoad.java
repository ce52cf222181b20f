// SPDX-License-Identifier: EUPL-1.2
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Update and roll back a module under load (issue 11 §3), run by rollback-under-load.sh: a steady stream of
 * kernel decisions (POST /api/v1/privacy/explain, each one a PERMIT by the module's rule kansspel/M2) at RATE per
 * second, while the module is updated through the operator API and rolled back, ROUNDS times each. Counts failed
 * requests, decisions that are not that PERMIT (a "geen regel" for a rule both versions have), and how long each
 * new version took to run after its upload.
 *   java RollbackLoad.java <port> <staff token> <operator token> <dir with kansspel-1.0.0.jar, kansspel-1.0.<n>.jar>
 */
public class RollbackLoad {
    private static final String EXPLAIN = "{\"van\": {\"rol\": \"COLLEGE\", \"id\": \"gemeente\", \"law\": \"Wet op de kansspelen\", "
            + "\"domein\": \"SOCIAAL\"}, \"naar\": {\"rol\": \"COLLEGE\", \"id\": \"gemeente\", \"law\": \"Wmo 2015\", \"domein\": \"SOCIAAL\"}, "
            + "\"doel\": \"onderzoek-2.3a.4\", \"route\": \"KANSSPEL_SIGNAAL\", \"gegevens\": [\"FINANCIEEL\"], "
            + "\"bewijs\": [\"NOODZAAK_ONDERBOUWD\", \"SPEELVERBOD_GEREGISTREERD\"], \"betrokkenen\": [\"persoon-1\"]}";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String staff = args[1];
        String operator = args[2];
        Path jars = Path.of(args[3]);
        int rate = Integer.parseInt(System.getenv().getOrDefault("RATE", "200"));
        int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "10"));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;

        upload(client, base, operator, jars.resolve("kansspel-1.0.0.jar"));
        awaitRunning(client, base, staff, "1.0.0");
        awaitPermit(client, base, staff);

        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong permits = new AtomicLong();
        AtomicLong other = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<String, Long> others = new ConcurrentHashMap<>();
        ScheduledExecutorService load = Executors.newScheduledThreadPool(4);
        long periodNanos = 1_000_000_000L / rate;
        load.scheduleAtFixedRate(() -> {
            long start = System.nanoTime();
            sent.incrementAndGet();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/privacy/explain")).timeout(Duration.ofSeconds(10))
                    .header("Authorization", staff).header("Content-Type", "application/json").header("x-verwerking", "wams-onderzoek")
                    .POST(HttpRequest.BodyPublishers.ofString(EXPLAIN)).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                latencies.add((System.nanoTime() - start) / 1000);
                if (error != null || response.statusCode() != 200) {
                    failed.incrementAndGet();
                } else if (response.body().contains("\"besluit\" : \"PERMIT\"") || response.body().contains("\"besluit\":\"PERMIT\"")) {
                    if (response.body().contains("kansspel/M2")) {
                        permits.incrementAndGet();
                    } else {
                        other.incrementAndGet();
                        others.merge("PERMIT without kansspel/M2", 1L, Long::sum);
                    }
                } else {
                    other.incrementAndGet();
                    others.merge(response.body().replaceAll("\\s+", " ").replaceAll(".*\"redenen\" ?: ?\\[([^]]{0,120}).*", "$1"), 1L, Long::sum);
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);

        Thread.sleep(3000);
        List<Long> live = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            String version = "1.0." + round;
            long t0 = System.nanoTime();
            upload(client, base, operator, jars.resolve("kansspel-" + version + ".jar"));
            awaitRunning(client, base, staff, version);
            live.add((System.nanoTime() - t0) / 1_000_000);
            Thread.sleep(1000);
            t0 = System.nanoTime();
            HttpResponse<String> rollback = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/platform/modules/kansspel.jar/rollback"))
                    .header("Authorization", operator).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (rollback.statusCode() != 202) {
                throw new IllegalStateException("rollback: " + rollback.statusCode() + " " + rollback.body());
            }
            awaitRunning(client, base, staff, "1.0.0");
            live.add((System.nanoTime() - t0) / 1_000_000);
            Thread.sleep(1000);
        }
        Thread.sleep(2000);
        load.shutdown();
        load.awaitTermination(5, TimeUnit.SECONDS);
        Thread.sleep(2000);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Collections.sort(live);
        System.out.printf("decisions=%d at %d/s during %d updates + %d rollbacks: failed=%d permits(kansspel/M2)=%d other=%d %s%n",
                sent.get(), rate, rounds, rounds, failed.get(), permits.get(), other.get(), others.isEmpty() ? "" : others);
        System.out.printf("request latency p50=%.1f ms p99=%.1f ms max=%.1f ms%n", sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) (sorted.size() * 0.99)) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
        System.out.printf("new version running after upload/rollback: median=%d ms max=%d ms (%d swaps)%n", live.get(live.size() / 2),
                live.get(live.size() - 1), live.size());
    }

    private static void upload(HttpClient client, String base, String operator, Path jar) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/platform/modules/kansspel.jar"))
                .header("Authorization", operator).header("Content-Type", "application/java-archive")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(jar))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("upload " + jar.getFileName() + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** Until /api/v1/platform lists kansspel-module ACTIVE at that version (polled every 20 ms). */
    private static void awaitRunning(HttpClient client, String base, String staff, String version) throws Exception {
        String wanted = "\"symbolicName\":\"kansspel-module\",\"version\":\"" + version + "\",\"state\":\"ACTIVE\"";
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
            HttpResponse<String> platform = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/platform"))
                    .header("Authorization", staff).build(), HttpResponse.BodyHandlers.ofString());
            if (platform.body().replaceAll("\\s+", "").contains(wanted)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("kansspel-module " + version + " did not come up within 30 s");
    }

    private static void awaitPermit(HttpClient client, String base, String staff) throws Exception {
        for (int i = 0; i < 250; i++) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/privacy/explain"))
                    .header("Authorization", staff).header("Content-Type", "application/json").header("x-verwerking", "wams-onderzoek")
                    .POST(HttpRequest.BodyPublishers.ofString(EXPLAIN)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.body().contains("kansspel/M2")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the module's rule never decided");
    }
}
