// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.meervoud.privacy.api.ProcessingLog.Verification;
import nl.meervoud.privacy.api.ProcessingRecord;

/** Durability with a real process kill: no acknowledged record is lost, and the chain stays intact. */
class ProcessingLogKillTest {

    @TempDir
    Path dir;

    @Test
    void killMinus9LosesNoAcknowledgedRecord() throws Exception {
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillWriter.class.getName(), dir.toString()))
                .redirectErrorStream(true).start();
        Set<Long> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && acknowledged.size() < 3000) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(Long.parseLong(line.substring(4)));
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(acknowledged.size() >= 3000, "the writer acknowledged records before it was killed");
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            Set<Long> stored = new HashSet<>();
            for (ProcessingRecord r : log.byZaak("kill")) {
                stored.add(r.volgnummer());
            }
            Set<Long> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertTrue(lost.isEmpty(), "acknowledged but lost: " + lost);
            Verification v = log.verify();
            assertTrue(v.intact(), v.problems().toString());
        }
    }
}
