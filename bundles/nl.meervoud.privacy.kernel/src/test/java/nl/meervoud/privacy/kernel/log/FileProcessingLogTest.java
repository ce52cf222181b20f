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

import nl.meervoud.privacy.api.ProcessingLog.Venster;
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
    void actorsAreNamedByPseudonymNeverByBsnOrNameOnlyRecipientOrganisationsInClear() throws Exception {
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            LogEntry e = LogEntries.entry("300000054", "zaak-1");
            ProcessingRecord byClient = log.append(new LogEntry(e.actieId(), e.tijdstip(), e.activiteit(), e.doel(), e.grondslag(), e.regel(),
                    e.besluit(), e.reden(), e.betrokkene(), e.gegevens(), "CLIENT:300000054", "GEZINSLID:300000066", e.zaak(), e.traceId(),
                    e.spanId())).join();
            ProcessingRecord toParty = log.append(new LogEntry(e.actieId(), e.tijdstip(), e.activiteit(), e.doel(), e.grondslag(), e.regel(),
                    e.besluit(), e.reden(), e.betrokkene(), e.gegevens(), "COLLEGE:Jan de Consulent", "PARTIJ:GGD", e.zaak(), e.traceId(),
                    e.spanId())).join();
            ProcessingRecord toModuleRole = log.append(new LogEntry(e.actieId(), e.tijdstip(), e.activiteit(), e.doel(), e.grondslag(), e.regel(),
                    e.besluit(), e.reden(), e.betrokkene(), e.gegevens(), "COLLEGE:Jan de Consulent", "WLZ_UITVOERDER:zorgkantoor-7",
                    e.zaak(), e.traceId(), e.spanId())).join();
            assertEquals("CLIENT:ps:" + log.pseudonym("300000054"), byClient.uitvoerder(), "the acting client, as their subject pseudonym");
            assertEquals("GEZINSLID:ps:" + log.pseudonym("300000066"), byClient.afnemer());
            assertEquals("COLLEGE:ps:" + log.pseudonym("Jan de Consulent"), toParty.uitvoerder());
            assertEquals("PARTIJ:GGD", toParty.afnemer(), "the FG sees to which organisation data went");
            assertEquals("WLZ_UITVOERDER:zorgkantoor-7", toModuleRole.afnemer());
            ProcessingRecord refusedStaff = log.append(new LogEntry(e.actieId(), e.tijdstip(), e.activiteit(), e.doel(), e.grondslag(), e.regel(),
                    "DENY", e.reden(), e.betrokkene(), e.gegevens(), "CLIENT:300000054", "FUNCTIE_BEHEERDER:urn:meervoud:lokaal|p.pietersen",
                    e.zaak(), e.traceId(), e.spanId())).join();
            assertEquals("FUNCTIE_BEHEERDER:ps:" + log.pseudonym("urn:meervoud:lokaal|p.pietersen"), refusedStaff.afnemer(),
                    "a staff member whose function gives no role is a person, as a recipient too");
            ProcessingRecord inMunicipality = log.append(new LogEntry(e.actieId(), e.tijdstip(), e.activiteit(), e.doel(), e.grondslag(),
                    e.regel(), e.besluit(), e.reden(), e.betrokkene(), e.gegevens(), "COLLEGE:0363/urn:meervoud:lokaal|j.jansen",
                    "PARTIJ:GGD", e.zaak(), e.traceId(), e.spanId())).join();
            assertEquals("COLLEGE:0363/ps:" + log.pseudonym("urn:meervoud:lokaal|j.jansen"), inMunicipality.uitvoerder(),
                    "which municipality acted stays readable, not who");
            ProcessingRecord regionaal = log.append(new LogEntry(e.actieId(), e.tijdstip(), e.activiteit(), e.doel(), e.grondslag(),
                    e.regel(), e.besluit(), e.reden(), e.betrokkene(), e.gegevens(), "MELDPUNT:0384/0363/urn:meervoud:lokaal|j.jansen",
                    "MELDPUNT:0384/0363/urn:meervoud:lokaal|j.jansen", e.zaak(), e.traceId(), e.spanId())).join();
            assertEquals("MELDPUNT:0384/0363/ps:" + log.pseudonym("urn:meervoud:lokaal|j.jansen"), regionaal.uitvoerder(),
                    "for whom and from where stay readable under a regional arrangement, with the person's one pseudonym");
            String file = Files.readString(dir.resolve(FileProcessingLog.FILE));
            for (String personal : List.of("300000054", "300000066", "Jan de Consulent", "pietersen", "jansen")) {
                assertFalse(file.contains(personal), personal);
            }
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
    void aLongHistoryIsReadPageByPageEitherWayAndByActivityAfterReopening() throws Exception {
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            for (int i = 0; i < 7; i++) {
                log.append(LogEntries.entry("p", "zaak-" + (i % 2))).join();
            }
            log.vastleggen(new nl.meervoud.privacy.api.ProcessingLog.Vastlegging("bewaartermijn", "verwijderen", List.of("Wmo 2015 art. 5.4.5 lid 1"),
                    "R1", "meervoud-bewaartermijnen", "zaak-0", List.of("p", "q"), List.of("ONDERZOEK")));
        }
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            var oldest = log.byBetrokkene("p", new Venster(0, 3, false));
            assertEquals(8, oldest.totaal(), "seven decisions and one deletion about p");
            assertEquals(List.of(1L, 2L, 3L), oldest.records().stream().map(ProcessingRecord::volgnummer).toList());
            var newest = log.byBetrokkene("p", new Venster(3, 3, true));
            assertEquals(List.of(5L, 4L, 3L), newest.records().stream().map(ProcessingRecord::volgnummer).toList(), "the second page, newest first");
            assertEquals(List.of(), log.byBetrokkene("p", new Venster(8, 3, false)).records(), "past the end: an empty page");
            assertEquals(6, log.byZaak("zaak-0", new Venster(0, 100, false)).totaal(), "four decisions and the deletion, one record per person");
            var deleted = log.byActiviteit("bewaartermijn", new Venster(0, 10, true));
            assertEquals(2, deleted.totaal(), "one record per person in the deleted file, found again after reopening");
            assertEquals(List.of(9L, 8L), deleted.records().stream().map(ProcessingRecord::volgnummer).toList());
            assertEquals(0, log.byActiviteit("bestaat-niet", new Venster(0, 10, true)).totaal());
        }
    }

    private static LogEntry door(String uitvoerder, String subject) {
        LogEntry e = LogEntries.entry(subject, "zaak-" + subject);
        return new LogEntry(e.actieId(), e.tijdstip(), e.activiteit(), e.doel(), e.grondslag(), e.regel(), e.besluit(), e.reden(),
                e.betrokkene(), e.gegevens(), uitvoerder, "COLLEGE:g", e.zaak(), e.traceId(), e.spanId());
    }

    /**
     * Issue 10 §3: each municipality's records form a chain of their own beside the log's, so that a municipality's
     * records verify without any other's, and a record removed from one municipality breaks that chain only.
     */
    @Test
    void eachMunicipalityHasItsOwnChainThatVerifiesAlone() throws Exception {
        List<ProcessingRecord> written = new ArrayList<>();
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            written.add(log.append(door("CONSULENT:0363/urn:meervoud:lokaal|a", "1")).join());
            written.add(log.append(door("CONSULENT:0344/urn:meervoud:lokaal|b", "2")).join());
            written.add(log.append(door("SYSTEEM:0363/bewaartermijnen", "3")).join());
            written.add(log.append(door("MELDPUNT:0384/0363/urn:meervoud:lokaal|a", "4")).join());
            written.add(log.append(LogEntries.entry("5", "zaak-5")).join()); // names no municipality
        }
        assertEquals(List.of("0363", "0344", "0363", "0384", ""), written.stream().map(ProcessingRecord::gemeente).toList());
        assertEquals("", written.get(0).vorigeGemeenteHash(), "a municipality's first record begins its chain");
        assertEquals(written.get(0).hash(), written.get(2).vorigeGemeenteHash(), "linked to its own municipality's previous record");
        assertEquals(written.get(2).hash(), written.get(3).vorigeHash(), "and still to the log's previous record");
        assertEquals("", written.get(3).vorigeGemeenteHash(), "regional work is in the chain of the municipality acted for");
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            Verification amsterdam = log.verify("0363");
            assertTrue(amsterdam.intact(), amsterdam.problems().toString());
            assertEquals(2, amsterdam.records());
            assertEquals(1, log.verify("0344").records());
            assertEquals(0, log.verify("0599").records());
            ProcessingRecord next = log.append(door("CONSULENT:0363/urn:meervoud:lokaal|a", "6")).join();
            assertEquals(written.get(2).hash(), next.vorigeGemeenteHash(), "reopening continues each municipality's chain");
            assertTrue(log.verify().intact(), log.verify().problems().toString());
        }
        String legacy = FileProcessingLog.mapper().writeValueAsString(written.get(4));
        assertFalse(legacy.contains("gemeente") || legacy.contains("Gemeente"),
                "a record in no municipality's chain is written as before, so old records keep their hash: " + legacy);

        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(FileProcessingLog.FILE)));
        lines.remove(2); // Amsterdam's retention record
        Files.write(dir.resolve(FileProcessingLog.FILE), lines);
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            Verification amsterdam = log.verify("0363");
            assertFalse(amsterdam.intact());
            assertTrue(amsterdam.problems().contains("record 6: de koppeling met het vorige record van gemeente 0363 is verbroken "
                    + "(record van die gemeente verwijderd, ingevoegd of verplaatst)"), amsterdam.problems().toString());
            assertTrue(log.verify("0344").intact(), "another municipality's chain is untouched");
            assertTrue(log.verify("0384").intact());
            assertFalse(log.verify().intact());
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
            assertEquals(4, log.size(), "three records and the repair record");
            assertEquals(5, log.append(LogEntries.entry("a", "z")).join().volgnummer());
            assertTrue(log.verify().intact());
        }
    }

    @Test
    void aTornLastLineIsRecordedAsARepair() throws Exception {
        writeRecords(2);
        Files.writeString(dir.resolve(FileProcessingLog.FILE), "{\"volgnummer\":3,\"act", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            assertEquals(3, log.size(), "the repair is itself a record");
            List<String> lines = Files.readAllLines(dir.resolve(FileProcessingLog.FILE));
            assertTrue(lines.get(2).contains("\"activiteit\":\"" + FileProcessingLog.HERSTEL + "\""), lines.get(2));
            assertTrue(lines.get(2).contains("20 bytes"), lines.get(2));
            assertTrue(log.verify().intact(), log.verify().problems().toString());
        }
    }

    @Test
    void verifyFindsADeletedTail() throws Exception {
        writeRecords(5);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(FileProcessingLog.FILE)));
        Files.write(dir.resolve(FileProcessingLog.FILE), lines.subList(0, 3));
        Verification v = reopenAndVerify();
        assertFalse(v.intact());
        assertTrue(v.problems().stream().anyMatch(p -> p.startsWith("het logboek eindigt bij record 3") && p.contains("bevestigt 5 records")),
                v.problems().toString());
    }

    @Test
    void verifyFindsAnEmptiedLog() throws Exception {
        writeRecords(4);
        Files.write(dir.resolve(FileProcessingLog.FILE), new byte[0]);
        Verification v = reopenAndVerify();
        assertFalse(v.intact());
        assertTrue(v.problems().stream().anyMatch(p -> p.startsWith("het logboek is leeg") && p.contains("bevestigt 4 records")),
                v.problems().toString());
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            log.append(LogEntries.entry("a", "z")).join();
            assertFalse(log.verify().intact(), "a new record after the emptying does not make the log whole again");
        }
    }

    @Test
    void verifyFindsALogRechainedWithThePlainHash() throws Exception {
        writeRecords(5);
        // The attacker changes record 3 and recomputes every hash after it, without the key.
        rechain(line -> line.replace("\"PERMIT\"", "\"DENY\""), 3, (previous, unsigned) -> FileProcessingLog.legacyHash(previous, unsigned));
        Verification v = reopenAndVerify();
        assertFalse(v.intact());
        assertTrue(v.problems().contains("record 3: niet met de sleutel geketend, terwijl het logboek vanaf record 1 gesleuteld is (herschreven)"),
                v.problems().toString());
    }

    @Test
    void verifyFindsALogRechainedWithAnotherKey() throws Exception {
        writeRecords(5);
        LogKeys other = LogKeys.open(dir.resolve("aanvaller"), false);
        rechain(line -> line.replace("\"PERMIT\"", "\"DENY\""), 3, other::hash);
        Verification v = reopenAndVerify();
        assertFalse(v.intact());
        for (int n = 3; n <= 5; n++) {
            assertTrue(v.problems().contains("record " + n + ": de inhoud is gewijzigd (hash klopt niet)"), v.problems().toString());
        }
        assertTrue(v.problems().stream().anyMatch(p -> p.startsWith("record 5: wijkt af van het anker")), v.problems().toString());
    }

    @Test
    void verifyFindsARenumberedLog() throws Exception {
        writeRecords(5);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(FileProcessingLog.FILE)));
        lines.remove(2);
        for (int i = 2; i < lines.size(); i++) {
            lines.set(i, lines.get(i).replace("\"volgnummer\":" + (i + 2) + ",", "\"volgnummer\":" + (i + 1) + ","));
        }
        Files.write(dir.resolve(FileProcessingLog.FILE), lines);
        Verification v = reopenAndVerify();
        assertFalse(v.intact());
        assertTrue(v.problems().contains("record 3: de inhoud is gewijzigd (hash klopt niet)"), v.problems().toString());
        assertTrue(v.problems().stream().anyMatch(p -> p.startsWith("het logboek eindigt bij record 4")), v.problems().toString());
    }

    @Test
    void verifyFindsAForgedInsert() throws Exception {
        writeRecords(3);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(FileProcessingLog.FILE)));
        lines.add(1, lines.get(0).replace("\"s0\"", "\"s9\""));
        Files.write(dir.resolve(FileProcessingLog.FILE), lines);
        Verification v = reopenAndVerify();
        assertFalse(v.intact());
        assertTrue(v.problems().stream().anyMatch(p -> p.startsWith("record 1: verwacht volgnummer 2")), v.problems().toString());
    }

    @Test
    void verifyFindsRemovedOrForgedAnchors() throws Exception {
        writeRecords(3);
        Path anchors = dir.resolve("sleutels").resolve(LogKeys.ANCHORS);
        List<String> lines = new ArrayList<>(Files.readAllLines(anchors));
        lines.add(lines.get(lines.size() - 1).replace("\"volgnummer\":3", "\"volgnummer\":2"));
        Files.write(anchors, lines);
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            Verification v = log.verify();
            assertTrue(v.problems().stream().anyMatch(p -> p.contains("de handtekening klopt niet")), v.problems().toString());
        }
        Files.delete(anchors);
        Verification v = reopenAndVerify();
        // Reopening writes a fresh anchor for the head it finds; the older ones are gone, which an off-machine copy shows.
        assertTrue(v.intact(), v.problems().toString());
        Files.delete(anchors);
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            Files.delete(anchors);
            Verification without = log.verify();
            assertFalse(without.intact());
            assertTrue(without.problems().stream().anyMatch(p -> p.startsWith("er is geen geldig anker")), without.problems().toString());
        }
    }

    @Test
    void aCopyOfTheAnchorsOffTheMachineExposesATailDeletedTogetherWithTheLocalAnchors() throws Exception {
        writeRecords(5);
        Path keys = dir.resolve("sleutels");
        Path offsite = Files.createDirectories(dir.resolve("elders"));
        Files.copy(keys.resolve(LogKeys.ANCHORS), offsite.resolve(LogKeys.ANCHORS));
        Files.copy(keys.resolve(LogKeys.ANCHOR_PUBLIC), offsite.resolve(LogKeys.ANCHOR_PUBLIC));
        // The attacker cuts the tail and removes the local anchors; the next open anchors the shortened head afresh.
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(FileProcessingLog.FILE)));
        Files.write(dir.resolve(FileProcessingLog.FILE), lines.subList(0, 3));
        Files.delete(keys.resolve(LogKeys.ANCHORS));
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            assertTrue(log.verify().intact(), "the local anchors alone cannot show it");
            Verification v = log.verifyAgainst(offsite);
            assertFalse(v.intact());
            assertTrue(v.problems().stream().anyMatch(p -> p.startsWith("het logboek eindigt bij record 3") && p.contains("bevestigt 5 records")),
                    v.problems().toString());
        }
        // Anchors re-signed with a replaced key pair do not verify with the public key kept elsewhere.
        Files.delete(keys.resolve(LogKeys.ANCHOR_PRIVATE));
        Files.delete(keys.resolve(LogKeys.ANCHOR_PUBLIC));
        LogKeys forged = LogKeys.open(dir.resolve("vervalst"), false);
        Files.copy(dir.resolve("vervalst").resolve(LogKeys.ANCHOR_PRIVATE), keys.resolve(LogKeys.ANCHOR_PRIVATE));
        Files.copy(dir.resolve("vervalst").resolve(LogKeys.ANCHOR_PUBLIC), keys.resolve(LogKeys.ANCHOR_PUBLIC));
        assertTrue(forged.canChain());
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            log.append(LogEntries.entry("a", "z")).join(); // its anchor is signed with the replaced key
        }
        // The operator's next copy of the anchors, checked with the public key copied before.
        Files.copy(keys.resolve(LogKeys.ANCHORS), offsite.resolve(LogKeys.ANCHORS), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            Verification v = log.verifyAgainst(offsite);
            assertFalse(v.intact());
            assertTrue(v.problems().stream().anyMatch(p -> p.contains("de handtekening klopt niet")), v.problems().toString());
        }
    }

    @Test
    void aLogFromBeforeKeyedChainingIsKeyedFromItsNextRecord() throws Exception {
        writeRecords(3);
        rechain(line -> line, 1, (previous, unsigned) -> FileProcessingLog.legacyHash(previous, unsigned));
        deleteTree(dir.resolve("sleutels"));
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            ProcessingRecord next = log.append(LogEntries.entry("a", "z")).join();
            assertTrue(next.hash().startsWith(LogKeys.KEYED));
            Verification v = log.verify();
            assertTrue(v.intact(), v.problems().toString());
            assertEquals(4, v.records());
        }
    }

    @Test
    void aMissingChainKeyIsNeverRegenerated() throws Exception {
        writeRecords(2);
        deleteTree(dir.resolve("sleutels"));
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> new FileProcessingLog(dir));
        assertTrue(e.getMessage().contains(LogKeys.CHAIN), e.getMessage());
        Files.createDirectories(dir.resolve("sleutels"));
        Files.write(dir.resolve("sleutels").resolve(LogKeys.CHAIN), new byte[0]);
        e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> new FileProcessingLog(dir));
        assertTrue(e.getMessage().contains("is leeg"), e.getMessage());
    }

    @Test
    void aMissingOrEmptyPseudonymKeyIsNeverRegeneratedForALogWithRecords() throws Exception {
        writeRecords(2);
        Path key = dir.resolve(FileProcessingLog.KEY_FILE);
        byte[] original = Files.readAllBytes(key);
        Files.delete(key);
        IOException missing = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> new FileProcessingLog(dir));
        assertTrue(missing.getMessage().contains(key.toString()) && missing.getMessage().contains("ontbreekt"), missing.getMessage());
        Files.write(key, new byte[0]);
        IOException empty = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> new FileProcessingLog(dir));
        assertTrue(empty.getMessage().contains(key.toString()) && empty.getMessage().contains("leeg"), empty.getMessage());
        Files.write(key, original);
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            assertEquals(1, log.byBetrokkene("s0").size(), "with the key restored, inzage finds the history again");
        }
    }

    @Test
    void aFailedWriteRefusesUntilTheDiskHasRoomAgainAndThenHeals() throws Exception {
        FailingChannel[] channel = new FailingChannel[1];
        try (FileProcessingLog log = new FileProcessingLog(dir, dir.resolve("sleutels"), c -> channel[0] = new FailingChannel(c))) {
            log.append(LogEntries.entry("a", "z")).join();
            channel[0].full = true;
            java.util.concurrent.CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.CompletionException.class, () -> log.append(LogEntries.entry("b", "z")).join());
            assertTrue(refused.getCause() instanceof nl.meervoud.privacy.api.ProcessingLog.Unavailable, refused.toString());
            assertTrue(log.failure() != null && log.failure().getMessage().contains("No space left"));
            org.junit.jupiter.api.Assertions.assertThrows(nl.meervoud.privacy.api.ProcessingLog.Unavailable.class,
                    () -> log.vastleggen(new nl.meervoud.privacy.api.ProcessingLog.Vastlegging("inzage", "inzage", List.of("AVG art. 15"),
                            "inzage", "BURGER:x", "", List.of("c"), List.of())));
            channel[0].full = false;
            ProcessingRecord healed = log.append(LogEntries.entry("c", "z")).join();
            assertEquals(2, healed.volgnummer(), "nothing refused took a number");
            assertEquals(null, log.failure());
            Verification v = log.verify();
            assertTrue(v.intact(), v.problems().toString());
            assertEquals(2, v.records(), "the bytes a failed write left behind are gone");
        }
    }

    @Test
    void aRecordThatCannotBeWrittenIsRefusedAndTheWriterLivesOn() throws Exception {
        try (FileProcessingLog log = new FileProcessingLog(dir)) {
            LogEntry broken = new LogEntry("x", java.time.Instant.now(), "a", "d", null, "r", "PERMIT", "", "s", null, "u", "", "z", "t", "s");
            java.util.concurrent.ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> log.append(broken).get(5, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof nl.meervoud.privacy.api.ProcessingLog.Unavailable, refused.toString());
            assertEquals(1, log.append(LogEntries.entry("a", "z")).get(5, java.util.concurrent.TimeUnit.SECONDS).volgnummer());
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

    /** Rewrites the log from record {@code from} on as an attacker would: change a line, recompute every hash. */
    private void rechain(java.util.function.UnaryOperator<String> change, int from,
            java.util.function.BinaryOperator<String> hash) throws IOException {
        // The log's own JSON: a record in no municipality's chain is written as a log from before 2.4 wrote it.
        com.fasterxml.jackson.databind.ObjectMapper json = FileProcessingLog.mapper();
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(FileProcessingLog.FILE)));
        String previous = from == 1 ? "" : json.readValue(lines.get(from - 2), ProcessingRecord.class).hash();
        for (int i = from - 1; i < lines.size(); i++) {
            String line = i == from - 1 ? change.apply(lines.get(i)) : lines.get(i);
            ProcessingRecord r = json.readValue(line, ProcessingRecord.class);
            ProcessingRecord linked = new ProcessingRecord(r.volgnummer(), r.actieId(), r.tijdstip(), r.activiteit(), r.doel(), r.grondslag(),
                    r.regel(), r.besluit(), r.reden(), r.betrokkene(), r.gegevens(), r.uitvoerder(), r.afnemer(), r.zaak(),
                    r.traceId(), r.spanId(), previous, "");
            String h = hash.apply(previous, json.writeValueAsString(linked));
            lines.set(i, json.writeValueAsString(FileProcessingLog.withHash(linked, h)));
            previous = h;
        }
        Files.write(dir.resolve(FileProcessingLog.FILE), lines);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void replaceLine(int number, java.util.function.UnaryOperator<String> change) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(FileProcessingLog.FILE)));
        lines.set(number - 1, change.apply(lines.get(number - 1)));
        Files.write(dir.resolve(FileProcessingLog.FILE), lines);
    }
}
