// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.meervoud.privacy.api.ProcessingLog.Verification;
import nl.meervoud.privacy.api.ProcessingRecord;

/**
 * Walks the whole log and checks sequence, links and keyed hashes against the signed anchors; reports every
 * problem by record. What it detects: an altered, removed, inserted, reordered or renumbered record, a log re-chained
 * without the key (or with the plain hash of before keyed chaining), and a log shortened or emptied behind an anchor.
 */
final class LogVerifier {

    private LogVerifier() {
    }

    /**
     * @param keys the chain key, for the records' hashes
     * @param anchorKeys the public key the anchors must verify with: the installation's own, or a copy kept off the
     *        machine
     */
    static Verification verify(Path file, long limit, ObjectMapper json, LogKeys keys, LogKeys anchorKeys, List<Anchor> anchors,
            long gesleuteldVanaf) {
        List<String> problems = new ArrayList<>();
        Map<Long, Anchor> anchored = new HashMap<>();
        long highest = -1;
        Anchor highestAnchor = null;
        for (int i = 0; i < anchors.size(); i++) {
            Anchor a = anchors.get(i);
            if (a == Anchors.UNREADABLE) {
                problems.add("anker " + (i + 1) + " is onleesbaar");
            } else if (!anchorKeys.verify(a.signed(), a.handtekening())) {
                problems.add("anker " + (i + 1) + " (record " + a.volgnummer() + "): de handtekening klopt niet");
            } else if (a.gesleuteldVanaf() != gesleuteldVanaf) {
                problems.add("anker " + (i + 1) + ": gesleuteld vanaf record " + a.gesleuteldVanaf() + ", de andere ankers zeggen "
                        + gesleuteldVanaf);
            } else {
                anchored.putIfAbsent(a.volgnummer(), a);
                if (a.volgnummer() > highest) {
                    highest = a.volgnummer();
                    highestAnchor = a;
                }
            }
        }
        Anchor zero = anchored.get(0L);
        if (zero != null && !zero.hash().isEmpty()) {
            problems.add("het anker van " + zero.tijdstip() + " voor een leeg logboek draagt een hash");
        }
        long expected = 1;
        long count = 0;
        long last = 0;
        String previous = "";
        Map<String, String> heads = new HashMap<>(); // each municipality's chain (issue 10 §3)
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                BufferedReader reader = new BufferedReader(new InputStreamReader(limited(channel, limit), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                count++;
                ProcessingRecord record;
                try {
                    record = json.readValue(line, ProcessingRecord.class);
                } catch (IOException e) {
                    problems.add("regel " + count + " van het bestand is geen leesbaar record");
                    expected++;
                    continue;
                }
                if (record.volgnummer() != expected) {
                    problems.add("record " + record.volgnummer() + ": verwacht volgnummer " + expected
                            + " (record verwijderd, ingevoegd, hernummerd of volgorde gewijzigd)");
                }
                if (!record.vorigeHash().equals(previous)) {
                    problems.add("record " + record.volgnummer() + ": de koppeling met het vorige record is verbroken");
                }
                gemeenteSchakel(record, heads, problems);
                if (record.hash().startsWith(LogKeys.KEYED)) {
                    if (!sleutelhashKlopt(record, json, keys)) {
                        problems.add("record " + record.volgnummer() + ": de inhoud is gewijzigd (hash klopt niet)");
                    }
                } else if (record.volgnummer() >= gesleuteldVanaf) {
                    problems.add("record " + record.volgnummer() + ": niet met de sleutel geketend, terwijl het logboek vanaf record "
                            + gesleuteldVanaf + " gesleuteld is (herschreven)");
                } else if (!FileProcessingLog.legacyHash(record.vorigeHash(), unsigned(record, json)).equals(record.hash())) {
                    problems.add("record " + record.volgnummer() + ": de inhoud is gewijzigd (hash klopt niet)");
                }
                Anchor a = anchored.get(record.volgnummer());
                if (a != null && !a.hash().equals(record.hash())) {
                    problems.add("record " + record.volgnummer() + ": wijkt af van het anker van " + a.tijdstip()
                            + " (herschreven of hernummerd)");
                }
                previous = record.hash();
                last = record.volgnummer();
                expected = record.volgnummer() + 1;
            }
        } catch (IOException e) {
            problems.add("het logboek kan niet worden gelezen: " + e.getMessage());
        }
        if (highestAnchor != null && last < highest) {
            problems.add((count == 0 ? "het logboek is leeg" : "het logboek eindigt bij record " + last)
                    + ", maar het anker van " + highestAnchor.tijdstip() + " bevestigt " + highest
                    + " records (het einde is verwijderd)");
        }
        if (anchored.isEmpty() && count > 0) {
            problems.add("er is geen geldig anker (" + LogKeys.ANCHORS + " ontbreekt, is leeg of vervalst): "
                    + "het einde van het logboek is niet te bevestigen");
        }
        return new Verification(problems.isEmpty(), count, problems);
    }

    /** The record as it was hashed: without its own hash. */
    private static String unsigned(ProcessingRecord record, ObjectMapper json) throws IOException {
        return json.writeValueAsString(FileProcessingLog.withHash(record, ""));
    }

    /** Whether a keyed record's hash is the HMAC of its predecessor's hash and its content. */
    private static boolean sleutelhashKlopt(ProcessingRecord record, ObjectMapper json, LogKeys keys) throws IOException {
        return keys.canChain() && keys.hash(record.vorigeHash(), unsigned(record, json)).equals(record.hash());
    }

    /** Checks a record's link in its municipality's chain and moves that chain's head. */
    private static void gemeenteSchakel(ProcessingRecord record, Map<String, String> heads, List<String> problems) {
        if (record.gemeente().isEmpty()) {
            if (!record.vorigeGemeenteHash().isEmpty()) {
                problems.add("record " + record.volgnummer() + ": koppelt aan een gemeenteketen zonder gemeente te noemen");
            }
            return;
        }
        if (!record.vorigeGemeenteHash().equals(heads.getOrDefault(record.gemeente(), ""))) {
            problems.add("record " + record.volgnummer() + ": de koppeling met het vorige record van gemeente " + record.gemeente()
                    + " is verbroken (record van die gemeente verwijderd, ingevoegd of verplaatst)");
        }
        heads.put(record.gemeente(), record.hash());
    }

    /**
     * One municipality's chain: the hash of each of its records and the links between them, in the order of the log.
     * Other municipalities' records are read only to be passed over; no problem names them.
     */
    static Verification verifyGemeente(Path file, long limit, ObjectMapper json, LogKeys keys, String gemeente) {
        List<String> problems = new ArrayList<>();
        long count = 0;
        Map<String, String> heads = new HashMap<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                BufferedReader reader = new BufferedReader(new InputStreamReader(limited(channel, limit), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                ProcessingRecord record;
                try {
                    record = json.readValue(line, ProcessingRecord.class);
                } catch (IOException e) {
                    continue; // whose it was cannot be told; the whole log's verification reports it
                }
                if (!record.gemeente().equals(gemeente)) {
                    continue;
                }
                count++;
                gemeenteSchakel(record, heads, problems);
                if (!record.hash().startsWith(LogKeys.KEYED) || !sleutelhashKlopt(record, json, keys)) {
                    problems.add("record " + record.volgnummer() + ": de inhoud is gewijzigd (hash klopt niet)");
                }
            }
        } catch (IOException e) {
            problems.add("het logboek kan niet worden gelezen: " + e.getMessage());
        }
        return new Verification(problems.isEmpty(), count, problems);
    }

    /** The log's bytes up to {@code limit}: what was written when the verification began, no half-written line. */
    private static java.io.InputStream limited(FileChannel channel, long limit) {
        java.io.InputStream in = Channels.newInputStream(channel);
        return new java.io.InputStream() {
            private long remaining = limit;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int n = in.read(buffer, offset, (int) Math.min(length, remaining));
                if (n > 0) {
                    remaining -= n;
                }
                return n;
            }
        };
    }
}
