// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BsnTest {

    @Test
    void elfproef_acceptsValidNumbers() {
        assertTrue(Bsn.elfproef("111222333"));
        assertTrue(Bsn.elfproef("123456782"));
        assertEquals("123456782", new Bsn("123456782").value());
    }

    @Test
    void elfproef_refusesAChangedDigitTooFewDigitsAndZeros() {
        assertFalse(Bsn.elfproef("123456781"));
        assertFalse(Bsn.elfproef("12345678"));
        assertFalse(Bsn.elfproef("000000000"));
        assertFalse(Bsn.elfproef("12345678a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Bsn("123456781"));
        assertEquals("dit BSN voldoet niet aan de elfproef", e.getMessage());
    }

    @Test
    void theNumberNeverAppearsInToString() {
        assertFalse(new Bsn("111222333").toString().contains("111222333"));
    }
}
