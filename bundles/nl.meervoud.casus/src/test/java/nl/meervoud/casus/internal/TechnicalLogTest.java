// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Personal data never go into technical logs: a failure is logged by type and place, not by message. */
class TechnicalLogTest {

    @Test
    void failuresAreLoggedWithoutTheirMessages() {
        RuntimeException failure = new RuntimeException("INSERT ... bind => [111222333, Sanne de Vries]",
                new IllegalStateException("bsn 123456782"));
        String logged = CasusApi.causes(failure);
        assertTrue(logged.contains("java.lang.RuntimeException") && logged.contains("java.lang.IllegalStateException"), logged);
        assertTrue(logged.contains("TechnicalLogTest"), "where it was thrown: " + logged);
        assertFalse(logged.contains("111222333") || logged.contains("Sanne") || logged.contains("123456782"), logged);
    }
}
