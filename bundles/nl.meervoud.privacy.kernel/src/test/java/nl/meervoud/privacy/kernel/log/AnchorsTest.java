// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class AnchorsTest {

    @TempDir
    Path dir;

    @Test
    void opensOnTheFirstAndTheLastValidAnchorReadingOnlyTheEndsOfALongFile() throws Exception {
        LogKeys keys = LogKeys.open(dir, false);
        ObjectMapper json = new ObjectMapper();
        Path file = dir.resolve(LogKeys.ANCHORS);
        Files.writeString(file, "kapot\n", StandardCharsets.UTF_8);
        for (long n = 1; n <= 1000; n++) { // some 250 KB: the tail window (64 KB) holds only the last ones
            Anchors.append(keys, json, new Anchor(n, "h1:" + n, "2026-12-06T10:00:00Z", 7, ""));
        }
        Files.writeString(file, "{\"volgnummer\":1001,\"hash\":\"x\",\"tijdstip\":\"t\",\"gesleuteldVanaf\":7,\"handtekening\":\"vals\"}\nhalf",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Anchors.Ends ends = Anchors.ends(file, json, keys);
        assertEquals(1, ends.first().volgnummer(), "an unreadable first line is skipped");
        assertEquals(1000, ends.last().volgnummer(), "a forged and a torn last line are skipped");
        assertEquals(7, ends.first().gesleuteldVanaf());
    }

    @Test
    void aFileWithoutAValidAnchorHasNoEnds() throws Exception {
        LogKeys keys = LogKeys.open(dir, false);
        Path file = dir.resolve(LogKeys.ANCHORS);
        Files.writeString(file, "kapot\n", StandardCharsets.UTF_8);
        assertNull(Anchors.ends(file, new ObjectMapper(), keys).last());
        assertNull(Anchors.ends(dir.resolve("geen"), new ObjectMapper(), keys).first());
    }
}
