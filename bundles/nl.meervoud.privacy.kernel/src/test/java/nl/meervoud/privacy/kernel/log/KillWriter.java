// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Child-process main for {@link ProcessingLogKillTest}: appends from several threads without end and prints
 * the sequence number of every record once it is acknowledged (durable), until it is killed.
 */
public final class KillWriter {

    private KillWriter() {
    }

    public static void main(String[] args) throws Exception {
        FileProcessingLog log = new FileProcessingLog(Path.of(args[0]));
        AtomicLong subject = new AtomicLong();
        for (int t = 0; t < 4; t++) {
            Thread writer = new Thread(() -> {
                while (true) {
                    long seq = log.append(LogEntries.entry("s" + subject.incrementAndGet(), "kill")).join().volgnummer();
                    synchronized (System.out) {
                        System.out.println("ACK " + seq);
                        System.out.flush();
                    }
                }
            });
            writer.start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
