// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.meervoud.privacy.api.ProcessingLog.Verification;
import nl.meervoud.privacy.api.ProcessingRecord;

class FileProcessingLogTest {

    @TempDir
    Path dir;

    @Test
    void recordsAreChainedPseudonymisedAndFoundBySubjectAndCase() throws Exception {
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            ProcessingRecord first = log.append(LogEntries.entry("bsn-123", "zaak-1")).join();
            ProcessingRecord second = log.append(LogEntries.entry("bsn-456", "zaak-1")).join();
            assertEquals(1, first.volgnummer());
            assertEquals(first.hash(), second.vorigeHash());
            assertNotEquals("bsn-123", first.betrokkene(), "the subject is stored pseudonymised");
            assertFalse(Files.readString(dir.resolve(FileProcessingLog.FILE)).contains("bsn-123"));
            assertEquals(List.of(1L), log.byBetrokkene("bsn-123").stream().map(ProcessingRecord::volgnummer).toList());
            assertEquals(2, log.byZaak("zaak-1").size());
            assertTrue(log.verify().intact());
        }
    }

    @Test
    void reopeningContinuesTheChainAndKeepsTheIndexes() throws Exception {
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            log.append(LogEntries.entry("a", "z")).join();
        }
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            ProcessingRecord next = log.append(LogEntries.entry("a", "z")).join();
            assertEquals(2, next.volgnummer());
            assertEquals(2, log.byBetrokkene("a").size());
            assertTrue(log.verify().intact());
        }
    }

    @Test
    void verifyFindsAnAlteredRecord() throws Exception {
        writeRecords(5);
        replaceLine(3, line -> line.replace("\"PERMIT\"", "\"DENY\""));
        Verification v = reopenAndVerify();
        assertFalse(v.intact());
        assertTrue(v.problems().contains("record 3: de inhoud is gewijzigd (hash klopt niet)"), v.problems().toString());
    }

    @Test
    void verifyFindsARemovedRecord() throws Exception {
        writeRecords(5);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(FileProcessingLog.FILE)));
        lines.remove(2);
        Files.write(dir.resolve(FileProcessingLog.FILE), lines);
        Verification v = reopenAndVerify();
        assertFalse(v.intact());
        assertTrue(v.problems().stream().anyMatch(p -> p.startsWith("record 4: verwacht volgnummer 3")), v.problems().toString());
    }

    @Test
    void verifyFindsReorderedRecords() throws Exception {
        writeRecords(5);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(FileProcessingLog.FILE)));
        Collections.swap(lines, 1, 2);
        Files.write(dir.resolve(FileProcessingLog.FILE), lines);
        Verification v = reopenAndVerify();
        assertFalse(v.intact());
        assertTrue(v.problems().stream().anyMatch(p -> p.contains("koppeling met het vorige record is verbroken")), v.problems().toString());
    }

    @Test
    void aTornLastLineIsCutOffOnOpen() throws Exception {
        writeRecords(3);
        Files.writeString(dir.resolve(FileProcessingLog.FILE), "{\"volgnummer\":4,\"actieI", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            assertEquals(3, log.size());
            assertEquals(4, log.append(LogEntries.entry("a", "z")).join().volgnummer());
            assertTrue(log.verify().intact());
        }
    }

    @Test
    void concurrentAppendersAllGetDistinctConsecutiveRecords() throws Exception {
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            List<CompletableFuture<ProcessingRecord>> futures = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 200; i++) {
                        CompletableFuture<ProcessingRecord> f = log.append(LogEntries.entry("s" + i, "z"));
                        synchronized (futures) {
                            futures.add(f);
                        }
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
            assertEquals(1600, log.size());
            Verification v = log.verify();
            assertTrue(v.intact(), v.problems().toString());
            assertEquals(1600, v.records());
        }
    }

    private void writeRecords(int n) throws IOException {
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            for (int i = 0; i < n; i++) {
                log.append(LogEntries.entry("s" + i, "z")).join();
            }
        }
    }

    private Verification reopenAndVerify() throws IOException {
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            return log.verify();
        }
    }

    private void replaceLine(int number, java.util.function.UnaryOperator<String> change) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(FileProcessingLog.FILE)));
        lines.set(number - 1, change.apply(lines.get(number - 1)));
        Files.write(dir.resolve(FileProcessingLog.FILE), lines);
    }
}
