// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ComponentHealthTest {

    @Test
    void aStackTraceBecomesOneLineOfItsExceptionAndCausesWithoutFrames() {
        StringWriter trace = new StringWriter();
        new IllegalStateException("activate failed", new IOException("de pseudoniemsleutel /data/pseudoniem.key ontbreekt"))
                .printStackTrace(new PrintWriter(trace));
        assertTrue(trace.toString().lines().count() > 3, "a real stack trace");
        assertEquals("java.lang.IllegalStateException: activate failed <- java.io.IOException: de pseudoniemsleutel /data/pseudoniem.key ontbreekt",
                ComponentHealth.oneLine(trace.toString()));
    }

    @Test
    void aLongReasonIsCut() {
        String reason = ComponentHealth.oneLine("x".repeat(12_000));
        assertEquals(1000, reason.length());
        assertEquals("(no reason given)", ComponentHealth.oneLine(null));
    }
}
