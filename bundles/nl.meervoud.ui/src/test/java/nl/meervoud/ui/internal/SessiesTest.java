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
    void anIdpSessionRenewsItsTokenShortlyBeforeItExpiresAndEndsWhenTheIdpRefuses() {
        Klok klok = new Klok();
        Sessies sessies = new Sessies(klok, Duration.ofMinutes(30));
        java.util.List<String> gevraagd = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean weigert = new java.util.concurrent.atomic.AtomicBoolean();
        sessies.vernieuwer(ververs -> {
            gevraagd.add(ververs);
            return weigert.get() ? java.util.Optional.empty()
                    : java.util.Optional.of(new Sessies.Tokens("access-" + gevraagd.size(), 300, "ververs-" + gevraagd.size(), 1800));
        });
        Sessies.Sessie s = sessies.nieuw(new Sessies.Tokens("access-0", 300, "ververs-0", 1800), "s.jansen", Set.of("consulent"), "0344")
                .orElseThrow();
        klok.nu = klok.nu.plus(Duration.ofSeconds(260));
        assertTrue(sessies.vind(s.id).isPresent());
        assertEquals(java.util.List.of(), gevraagd, "not yet: more than 30 seconds left");
        klok.nu = klok.nu.plus(Duration.ofSeconds(15));
        assertTrue(sessies.vind(s.id).isPresent());
        assertEquals(java.util.List.of("ververs-0"), gevraagd, "renewed 25 seconds before the end, with the refresh token");
        assertEquals("access-1", s.token);
        assertTrue(sessies.vind(s.id).isPresent());
        assertEquals(1, gevraagd.size(), "once, not on every request");
        klok.nu = klok.nu.plus(Duration.ofSeconds(290));
        assertTrue(sessies.vind(s.id).isPresent(), "well past the first token's five minutes");
        assertEquals(java.util.List.of("ververs-0", "ververs-1"), gevraagd, "the rotated refresh token is the one used next");

        weigert.set(true);
        klok.nu = klok.nu.plus(Duration.ofSeconds(280));
        assertTrue(sessies.vind(s.id).isPresent(), "refused, but the current token still has 20 seconds");
        klok.nu = klok.nu.plus(Duration.ofSeconds(21));
        assertTrue(sessies.vind(s.id).isEmpty(), "the IdP refused: the session ends with its token");
        assertEquals(3, gevraagd.size(), "a refused refresh token is not tried again");

        Sessies.Sessie lokaal = sessies.nieuw("token", 300, "a", Set.of("consulent"), "0344").orElseThrow();
        klok.nu = klok.nu.plus(Duration.ofSeconds(301));
        assertTrue(sessies.vind(lokaal.id).isEmpty(), "a local account's session has no refresh token");
        assertEquals(3, gevraagd.size());
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
