// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The anchors file: one signed {@link Anchor} per line, appended and forced to disk. It lives beside the keys, not
 * beside the log, and is small (one line per second of activity at most), so an operator can ship it off the
 * machine with the public key and verify a copy of the log anywhere.
 */
final class Anchors {

    /** An anchor line that could not be read. */
    static final Anchor UNREADABLE = new Anchor(-1, "", "", -1, "");

    private Anchors() {
    }

    static void append(LogKeys keys, ObjectMapper json, Anchor anchor) throws IOException {
        byte[] line = (json.writeValueAsString(anchor.signedWith(keys)) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel c = FileChannel.open(keys.directory.resolve(LogKeys.ANCHORS), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                c.write(buffer);
            }
            c.force(false);
        }
    }

    /**
     * Every anchor in the file, oldest first; an unreadable line stands as {@link #UNREADABLE}, for the verifier to
     * report.
     */
    static List<Anchor> read(Path file, ObjectMapper json) throws IOException {
        List<Anchor> anchors = new ArrayList<>();
        if (!Files.exists(file)) {
            return anchors;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            try {
                anchors.add(json.readValue(line, Anchor.class));
            } catch (IOException e) {
                anchors.add(UNREADABLE);
            }
        }
        return anchors;
    }

    /** The anchors whose signature the public key confirms. */
    static List<Anchor> valid(List<Anchor> anchors, LogKeys keys) {
        return anchors.stream().filter(a -> a != UNREADABLE && keys.verify(a.signed(), a.handtekening())).toList();
    }
}
