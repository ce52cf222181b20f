// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GemeentenTest {
    @Test
    void aGemeentecodeIsFourAsciiDigitsWithItsLeadingZeros() {
        for (String code : new String[] { "0363", "0000", "1992", "0014" }) {
            assertTrue(Gemeenten.isGemeentecode(code), code);
        }
        for (String code : new String[] { null, "", "363", "03630", " 0363", "0363 ", "03a3", "０３６３", "٠٣٦٣", "-363", "+363" }) {
            assertFalse(Gemeenten.isGemeentecode(code), String.valueOf(code));
        }
    }
}
