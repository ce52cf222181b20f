// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void matchesOnlyTheHashedPassword() {
        String stored = PasswordHash.hash("correct horse battery".toCharArray());
        assertTrue(PasswordHash.matches("correct horse battery".toCharArray(), stored));
        assertFalse(PasswordHash.matches("correct horse batterY".toCharArray(), stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHash.hash("same".toCharArray()), PasswordHash.hash("same".toCharArray()));
    }

    @Test
    void refusesMalformedOrClearTextStoredValues() {
        assertFalse(PasswordHash.matches("admin".toCharArray(), "admin"));
        assertFalse(PasswordHash.matches("admin".toCharArray(), ""));
        assertFalse(PasswordHash.matches("admin".toCharArray(), null));
        assertFalse(PasswordHash.matches("x".toCharArray(), "pbkdf2-sha256$notanumber$AA$AA"));
    }
}
