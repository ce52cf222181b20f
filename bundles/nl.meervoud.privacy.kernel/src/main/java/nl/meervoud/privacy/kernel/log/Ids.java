// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Identifiers for processing-log records: action ids and trace/span ids. */
public final class Ids {

    private Ids() {
    }

    /** A random (version 4) UUID from the thread-local generator: UUID.randomUUID() contends on one SecureRandom. */
    public static UUID uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** {@code bytes} random bytes as lower-case hex (a W3C trace id is 16, a span id 8). */
    public static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
