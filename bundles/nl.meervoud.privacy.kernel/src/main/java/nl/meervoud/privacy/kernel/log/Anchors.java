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
 * beside the log, and grows by one line per second of activity at most (about 250 bytes), so an operator can ship it off the
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

    /** The first and the last anchor whose signature the key confirms; either null when there is none. */
    record Ends(Anchor first, Anchor last) {
    }

    /**
     * The first and the last valid anchor, which is all that opening the log needs (when keyed chaining began, and
     * the head last signed). Reads the file's first lines and its tail only, and checks signatures only until it finds
     * them, so that opening stays fast however long the file grows; {@link #read} and the verifier check every anchor.
     */
    static Ends ends(Path file, ObjectMapper json, LogKeys keys) throws IOException {
        if (!Files.exists(file)) {
            return new Ends(null, null);
        }
        Anchor first = null;
        try (java.io.BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null && first == null; line = lines.readLine()) {
                first = validOrNull(line, json, keys);
            }
        }
        if (first == null) {
            return new Ends(null, null);
        }
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = c.size();
            for (long window = 64 * 1024; ; window *= 4) {
                long from = Math.max(0, length - window);
                ByteBuffer tail = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, length - from));
                while (tail.hasRemaining() && c.read(tail, from + tail.position()) > 0) {
                    // read the window
                }
                String[] lines = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).split("\n");
                for (int i = lines.length - 1; i >= (from == 0 ? 0 : 1); i--) { // the window's first line may be cut
                    Anchor last = validOrNull(lines[i], json, keys);
                    if (last != null) {
                        return new Ends(first, last);
                    }
                }
                if (from == 0) {
                    return new Ends(first, first);
                }
            }
        }
    }

    private static Anchor validOrNull(String line, ObjectMapper json, LogKeys keys) {
        try {
            Anchor a = json.readValue(line, Anchor.class);
            return keys.verify(a.signed(), a.handtekening()) ? a : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The first anchor whose signature the key confirms, checking no further than that one. */
    static java.util.Optional<Anchor> firstValid(List<Anchor> anchors, LogKeys keys) {
        return anchors.stream().filter(a -> a != UNREADABLE && keys.verify(a.signed(), a.handtekening())).findFirst();
    }
}
