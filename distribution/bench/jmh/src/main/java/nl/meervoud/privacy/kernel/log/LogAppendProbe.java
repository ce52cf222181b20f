// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Durable processing-log appends per second: T threads each append and wait for the acknowledgement (record on
 * disk, fsync done), as concurrent decisions do. Usage: LogAppendProbe [threads=64] [records=200000] [dir]
 */
public final class LogAppendProbe {

    private LogAppendProbe() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("meervoud-log-bench");
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            run(log, threads, Math.min(records / 10, 10_000)); // warm-up
            long before = log.size();
            long t0 = System.nanoTime();
            run(log, threads, records);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("threads=%d records=%d time=%.2f s -> %.0f durable records/s (log now %d records, %s)%n",
                    threads, records, seconds, records / seconds, log.size(), dir);
            if (log.size() - before != records) {
                throw new IllegalStateException("lost records");
            }
        }
    }

    private static void run(FileProcessingLog log, int threads, int records) throws InterruptedException {
        AtomicLong remaining = new AtomicLong(records);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (remaining.getAndDecrement() > 0) {
                    log.append(new LogEntry(UUID.randomUUID().toString(), Instant.now(), "onderzoek-wams", "onderzoek-2.3a.1",
                            List.of("Wmo 2015 art. 5.4.1 lid 1"), "W1", "PERMIT", "bench", "persoon-" + remaining.get(),
                            List.of("GEZONDHEID"), "CLIENT:c", "COLLEGE:g", "zaak-" + (remaining.get() % 1000),
                            "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331")).join();
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
        }
    }
}
