// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 under one key, with one initialised {@link Mac} reused for every call: {@code getInstance} and
 * {@code init} cost more than hashing a record. The log's writer thread calls it for every record (chain hash and
 * pseudonyms), readers (inzage, verify) now and then, so a lock is uncontended in practice.
 */
final class Hmac {
    private final Mac mac;

    Hmac(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The HMAC over the parts, each in UTF-8, separated by a line break. */
    synchronized byte[] of(String... parts) {
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                mac.update((byte) '\n');
            }
            mac.update(parts[i].getBytes(StandardCharsets.UTF_8));
        }
        return mac.doFinal(); // also resets the Mac for the next call
    }
}
