// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SessiesTest {
    /** A clock the test moves. */
    private static final class Klok extends Clock {
        Instant nu = Instant.parse("2026-12-07T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }

    @Test
    void aSessionEndsWithItsTokenOrAfterTheIdleTime() {
        Klok klok = new Klok();
        Sessies sessies = new Sessies(klok, Duration.ofMinutes(30));
        Sessies.Sessie s = sessies.nieuw("token", 3600, "s.jansen", Set.of("consulent"), "0344").orElseThrow();
        assertEquals(43, s.id.length());
        assertNotEquals(s.id, s.csrf);
        klok.nu = klok.nu.plus(Duration.ofMinutes(29));
        assertTrue(sessies.vind(s.id).isPresent(), "used within the idle time");
        klok.nu = klok.nu.plus(Duration.ofMinutes(29));
        assertTrue(sessies.vind(s.id).isPresent(), "each use restarts the idle time");
        klok.nu = klok.nu.plus(Duration.ofMinutes(3));
        assertTrue(sessies.vind(s.id).isEmpty(), "the token's hour is over");
        assertEquals(0, sessies.aantal(), "an expired session is removed");

        Sessies.Sessie idle = sessies.nieuw("token", 3600, "s.jansen", Set.of("consulent"), "0344").orElseThrow();
        klok.nu = klok.nu.plus(Duration.ofMinutes(30));
        assertTrue(sessies.vind(idle.id).isEmpty(), "idle for 30 minutes");
    }

    @Test
    void signingOutEndsTheSessionAndUnknownIdsFindNothing() {
        Sessies sessies = new Sessies(Clock.systemUTC(), Duration.ofMinutes(30));
        Sessies.Sessie s = sessies.nieuw("token", 3600, "a", Set.of("consulent"), "0344").orElseThrow();
        sessies.beeindig(s.id);
        assertTrue(sessies.vind(s.id).isEmpty());
        assertTrue(sessies.vind(null).isEmpty());
        assertTrue(sessies.vind("kort").isEmpty());
    }
}
