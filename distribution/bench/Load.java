// SPDX-License-Identifier: EUPL-1.2
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of distribution/bench/load.sh, run as a separate process ({@code java Load.java ...}):
 * <ul>
 * <li>{@code seed <base> <cases> <threads> <idfile>}: creates investigations over the API, each with a client and
 * a family member joining (persons, a household, and the kernel's processing-log records), and writes the ids;</li>
 * <li>{@code run <base> <seconds> <threads> <idfile>}: a closed-loop mix of 20% create, 50% read and 30% list
 * for the given time, then prints throughput and latency percentiles per kind and overall;</li>
 * <li>{@code ui <base> <seconds> <threads> <idfile>}: the browser UI with the session cookie in
 * {@code MEERVOUD_UI_COOKIE}: 50% an investigation's page (personal data), 20% the worklist, and 30% the same
 * investigation read straight from the API, side by side in one run;</li>
 * <li>{@code ui-rate <base> <seconds> <rate> <idfile>}: the same mix at a fixed rate (requests per second), open
 * loop: each request is sent at its scheduled time whatever the others are doing, and its latency counts from that
 * time, so a slow answer that delays the next ones is measured, not hidden (no coordinated omission).</li>
 * </ul>
 */
public class Load {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String base = args[1];
        if (args[0].equals("seed")) {
            seed(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        } else if (args[0].equals("ui")) {
            ui(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]), 0, Files.readAllLines(Path.of(args[4])));
        } else if (args[0].equals("ui-rate")) {
            ui(base, Integer.parseInt(args[2]), 0, Integer.parseInt(args[3]), Files.readAllLines(Path.of(args[4])));
        } else {
            run(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Files.readAllLines(Path.of(args[4])));
        }
    }

    /** A random BSN that passes the elfproef. */
    static String bsn() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            d[0] = 1 + r.nextInt(9);
            for (int i = 1; i < 8; i++) {
                d[i] = r.nextInt(10);
            }
            for (int i = 0; i < 8; i++) {
                sum += d[i] * (9 - i);
            }
            int check = sum % 11;
            if (check < 10) {
                d[8] = check;
                StringBuilder s = new StringBuilder();
                for (int x : d) {
                    s.append(x);
                }
                return s.toString();
            }
        }
    }

    /**
     * The Authorization values the requests carry (load.sh logs in and exports them, comma-separated): one staff
     * account per municipality when {@code GEMEENTEN} is more than one. A case is seeded, read and listed by the
     * account of its own municipality.
     */
    static final String[] TOKENS = System.getenv().getOrDefault("MEERVOUD_TOKEN", "").isEmpty() ? new String[] { null }
            : System.getenv("MEERVOUD_TOKEN").split(",");

    static HttpResponse<String> send(String method, String url, String body) throws Exception {
        return send(0, method, url, body);
    }

    /** As the account of municipality {@code wie} (an index into {@link #TOKENS}). */
    static HttpResponse<String> send(int wie, String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("x-verwerking", "wams-onderzoek");
        if (TOKENS[wie] != null) {
            b.header("Authorization", TOKENS[wie]);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.GET();
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String onderzoek() {
        return "{\"route\":\"WMO_2_3A_1\",\"verzoekdatum\":\"2026-11-02\",\"hulpvraagWet\":\"Participatiewet\",\"noodzaak\":\"samenhangende problemen op de afgesproken domeinen\",\"client\":{\"bsn\":\""
                + bsn() + "\",\"naam\":\"Client\",\"geboortedatum\":\"1980-05-05\"},\"reikwijdte\":{\"domeinen\":[\"inkomen\",\"schulden\"]},"
                + "\"vermoedenMeervoudigeProblematiek\":true}";
    }

    static String create(String base, int wie) throws Exception {
        HttpResponse<String> r = send(wie, "POST", base + "/onderzoeken", onderzoek());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("create: " + r.statusCode() + " " + r.body());
        }
        Matcher m = ID.matcher(r.body());
        m.find();
        return m.group(1);
    }

    static void seed(String base, int cases, int threads, Path out) throws Exception {
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>(cases));
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < cases) {
                        int wie = i % TOKENS.length;
                        String id = create(base, wie);
                        HttpResponse<String> r = send(wie, "POST", base + "/onderzoeken/" + id + "/gezinsleden", "{\"persoon\":{\"bsn\":\"" + bsn()
                                + "\",\"naam\":\"Partner\",\"geboortedatum\":\"1982-03-03\"},\"relatie\":\"PARTNER\",\"inHuishouding\":true}");
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("gezinslid: " + r.statusCode() + " " + r.body());
                        }
                        ids.add(id + " " + wie);
                        if (ids.size() % 10_000 == 0) {
                            System.out.printf("seeded %d cases in %.0f s%n", ids.size(), (System.nanoTime() - start) / 1e9);
                        }
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        Files.write(out, ids);
        System.out.printf("seeded %d cases (%d requests) in %.0f s%n", ids.size(), 2 * ids.size(), (System.nanoTime() - start) / 1e9);
    }

    /** One request of a mix: sends the request of this kind and returns its status. */
    interface Step {
        int send(int kind, ThreadLocalRandom r) throws Exception;
    }

    static void run(String base, int seconds, int threads, List<String> ids) throws Exception {
        mix(new String[] { "create", "read", "list" }, new int[] { 20, 70, 100 }, seconds, threads, (kind, r) -> switch (kind) {
            case 0 -> send(r.nextInt(TOKENS.length), "POST", base + "/onderzoeken", onderzoek()).statusCode();
            case 1 -> {
                String[] line = ids.get(r.nextInt(ids.size())).split(" ");
                yield send(Integer.parseInt(line[1]), "GET", base + "/onderzoeken/" + line[0], null).statusCode();
            }
            default -> lijst(base, r);
        });
    }

    /**
     * A list as a person browses it (the default, {@code LIJST=volgen}): each thread reads page 1 as one account,
     * then follows the answer's {@code _links.next} page by page up to page 100, and begins again; so the pages
     * read are spread over 1–100 as with random page numbers, but reached the way a client reaches them, by
     * whatever next link the server gives. {@code LIJST=nummer}: a random page number 1–100 (the mix before
     * 2026-12-08).
     */
    static int lijst(String base, ThreadLocalRandom r) throws Exception {
        if ("nummer".equals(System.getenv("LIJST"))) {
            return send(r.nextInt(TOKENS.length), "GET", base + "/onderzoeken?paginaGrootte=20&pagina=" + (1 + r.nextInt(100)), null).statusCode();
        }
        Bladeren b = BLADEREN.get();
        if (b.next == null || b.pagina >= 100) {
            b.wie = r.nextInt(TOKENS.length);
            b.next = base + "/onderzoeken?paginaGrootte=20";
            b.pagina = 0;
        }
        HttpResponse<String> response = send(b.wie, "GET", b.next, null);
        Matcher m = NEXT.matcher(response.body());
        b.next = response.statusCode() == 200 && m.find() ? base.substring(0, base.indexOf("/api/v1")) + m.group(1) : null;
        b.pagina++;
        return response.statusCode();
    }

    /** Where a thread is in the list it browses. */
    static final class Bladeren {
        int wie;
        String next;
        int pagina;
    }

    static final ThreadLocal<Bladeren> BLADEREN = ThreadLocal.withInitial(Bladeren::new);
    static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\\{\\s*\"href\"\\s*:\\s*\"([^\"]+)\"");

    /** The UI's pages beside the API read they rest on; {@code base} is e.g. {@code http://127.0.0.1:18090}. */
    static void ui(String base, int seconds, int threads, int rate, List<String> ids) throws Exception {
        String cookie = System.getenv("MEERVOUD_UI_COOKIE");
        String[] kinds = { "page", "worklist", "api" };
        int[] upTo = { 50, 70, 100 };
        Step step = (kind, r) -> {
            String id = ids.get(r.nextInt(ids.size())).split(" ")[0];
            if (kind == 2) {
                return send("GET", base + "/api/v1/onderzoeken/" + id, null).statusCode();
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + (kind == 0 ? "/ui/onderzoeken/" + id : "/ui/")))
                    .timeout(Duration.ofSeconds(30)).header("Cookie", cookie).GET().build();
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            // A page that rendered a refusal is an error here: every seeded case is the bench account's own.
            return response.body().contains("utrecht-alert--") ? 599 : response.statusCode();
        };
        if (rate > 0) {
            fixedRate(kinds, upTo, seconds, rate, step);
        } else {
            mix(kinds, upTo, seconds, threads, step);
        }
    }

    /**
     * An open loop at {@code rate} requests per second for {@code seconds}: request i is due at start + i/rate and
     * is sent then by a free worker of a large pool; its latency runs from the due time to the answer.
     */
    static void fixedRate(String[] kinds, int[] upTo, int seconds, int rate, Step step) throws Exception {
        Recorder rec = new Recorder(kinds, upTo, seconds * rate);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(64);
        long start = System.nanoTime();
        for (int i = 0; i < seconds * rate; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            pool.execute(() -> rec.one(step, ThreadLocalRandom.current(), due));
        }
        pool.shutdown();
        pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
        rec.report((System.nanoTime() - start) / 1e9);
        System.out.printf("errors=%d rate=%d/s%n", rec.errors.get(), rate);
    }

    /** A closed loop of {@code threads} for {@code seconds}: kind i while a draw below 100 is under {@code upTo[i]}. */
    static void mix(String[] kinds, int[] upTo, int seconds, int threads, Step step) throws Exception {
        Recorder rec = new Recorder(kinds, upTo, 1 << 20);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    rec.one(step, r, System.nanoTime());
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        rec.report((System.nanoTime() - start) / 1e9);
        System.out.printf("errors=%d threads=%d%n", rec.errors.get(), threads);
    }

    /** Draws a kind, sends it, and keeps its latency from {@code since} (the send, or the due time of an open loop). */
    static final class Recorder {
        final String[] kinds;
        final int[] upTo;
        final long[][] lat;
        final int[] count;
        final AtomicLong errors = new AtomicLong();

        Recorder(String[] kinds, int[] upTo, int capacity) {
            this.kinds = kinds;
            this.upTo = upTo;
            this.lat = new long[kinds.length][capacity];
            this.count = new int[kinds.length];
        }

        void one(Step step, ThreadLocalRandom r, long since) {
            int p = r.nextInt(100);
            int kind = 0;
            while (p >= upTo[kind]) {
                kind++;
            }
            int status;
            try {
                status = step.send(kind, r);
            } catch (Exception e) {
                status = -1;
            }
            long took = System.nanoTime() - since;
            if (status < 200 || status >= 300) {
                errors.incrementAndGet();
            }
            synchronized (this) {
                if (count[kind] < lat[kind].length) {
                    lat[kind][count[kind]++] = took;
                }
            }
        }

        synchronized void report(double elapsed) {
            int total = 0;
            for (int c : count) {
                total += c;
            }
            long[] all = new long[total];
            int k = 0;
            for (int i = 0; i < kinds.length; i++) {
                System.arraycopy(lat[i], 0, all, k, count[i]);
                k += count[i];
                Load.report(kinds[i], Arrays.copyOf(lat[i], count[i]), elapsed);
            }
            Load.report("all", all, elapsed);
            System.out.printf("seconds=%.1f ", elapsed);
        }
    }

    static void report(String kind, long[] ns, double elapsed) {
        Arrays.sort(ns);
        System.out.printf("%-8s n=%7d  %7.0f req/s  p50=%6.2f ms  p99=%6.2f ms  max=%7.2f ms%n", kind, ns.length, ns.length / elapsed,
                pct(ns, 0.50), pct(ns, 0.99), ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6);
    }

    static double pct(long[] ns, double p) {
        return ns.length == 0 ? 0 : ns[Math.min(ns.length - 1, (int) Math.ceil(p * ns.length) - 1)] / 1e6;
    }
}
