// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.meervoud.privacy.api.ProcessingLog.Verification;
import nl.meervoud.privacy.api.ProcessingRecord;

/** Walks the whole log and checks sequence, links and hashes; reports every problem by record. */
final class LogVerifier {

    private LogVerifier() {
    }

    static Verification verify(Path file, ObjectMapper json) {
        List<String> problems = new ArrayList<>();
        long expected = 1;
        long count = 0;
        String previous = "";
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
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
                            + " (record verwijderd of volgorde gewijzigd)");
                }
                if (!record.vorigeHash().equals(previous)) {
                    problems.add("record " + record.volgnummer() + ": de koppeling met het vorige record is verbroken");
                }
                String recomputed = FileProcessingLog.hash(record.vorigeHash(),
                        json.writeValueAsString(FileProcessingLog.withHash(record, "")));
                if (!recomputed.equals(record.hash())) {
                    problems.add("record " + record.volgnummer() + ": de inhoud is gewijzigd (hash klopt niet)");
                }
                previous = record.hash();
                expected = record.volgnummer() + 1;
            }
        } catch (IOException e) {
            problems.add("het logboek kan niet worden gelezen: " + e.getMessage());
        }
        return new Verification(problems.isEmpty(), count, problems);
    }
}
