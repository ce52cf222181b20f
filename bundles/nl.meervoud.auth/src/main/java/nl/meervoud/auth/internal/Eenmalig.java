// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Hashes of one-time passwords: salted SHA-256, {@code $sha256-eenmalig$<salt>$<hash>} (unpadded Base64).
 *
 * <p>A one-time password is never chosen by a person: {@link Argon2id#randomPassword()} draws 20 characters from
 * 55, ≈ 115 bits. A slow, memory-hard hash exists to protect guessable secrets; one with at least 112 bits of
 * entropy cannot be guessed offline however fast the hash, which is why NIST SP 800-63B §5.1.2.1 lets such
 * secrets be stored with an approved one-way function. Using SHA-256 for them takes Argon2id's ≈ 0.3 s of CPU off
 * a first start (the operator's one-time password) and off every account an operator creates. The password a
 * person chooses at the first login is hashed with {@link Argon2id}, and this format is accepted only for an
 * account that still holds its one-time password ({@link LokaleGebruikers}).
 */
final class Eenmalig {
    private static final String PREFIX = "$sha256-eenmalig$";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private Eenmalig() {
    }

    static String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX + B64.encodeToString(salt) + "$" + B64.encodeToString(digest(salt, password));
    }

    /** Whether the string is a hash in this format (not whether it is a valid one). */
    static boolean isHash(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    static boolean matches(char[] password, String stored) {
        if (!isHash(stored)) {
            return false;
        }
        String[] parts = stored.substring(PREFIX.length()).split("\\$", -1);
        try {
            return parts.length == 2 && MessageDigest.isEqual(Base64.getDecoder().decode(parts[1]),
                    digest(Base64.getDecoder().decode(parts[0]), password));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static byte[] digest(byte[] salt, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            byte[] bytes = new String(password).getBytes(StandardCharsets.UTF_8);
            byte[] out = sha.digest(bytes);
            java.util.Arrays.fill(bytes, (byte) 0);
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
