// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in browsers, in memory only: a random session id in an HttpOnly, SameSite=Strict cookie points to the
 * person's API token, which never reaches the browser. A session ends when the token expires, after the idle time,
 * at sign-out, or when the platform restarts (the person signs in again; nothing is lost but the sign-in).
 */
final class Sessies {
    /** More than any municipality has staff signed in at once; beyond it a new sign-in waits for one to expire. */
    static final int MAXIMUM = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-in person: what the screens need to choose what to show; the API decides what is allowed. */
    static final class Sessie {
        final String id;
        final String token;
        final Instant tokenTot;
        final String csrf;
        final String naam;
        final Set<String> functies;
        final String gemeente;
        volatile Instant laatst;
        /**
         * The BSN of the person whose processing the privacy officer pages through: kept here, on the server, so that
         * the page for the next records holds no BSN, not even in a hidden field.
         */
        volatile String betrokkene = "";

        Sessie(String id, String token, Instant tokenTot, String csrf, String naam, Set<String> functies, String gemeente, Instant nu) {
            this.id = id;
            this.token = token;
            this.tokenTot = tokenTot;
            this.csrf = csrf;
            this.naam = naam;
            this.functies = Set.copyOf(functies);
            this.gemeente = gemeente;
            this.laatst = nu;
        }

        boolean heeft(String functie) {
            return functies.contains(functie);
        }
    }

    private final ConcurrentHashMap<String, Sessie> sessies = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration inactief;

    Sessies(Clock clock, Duration inactief) {
        this.clock = clock;
        this.inactief = inactief;
    }

    /** A new session for a token; empty when the table is full even after removing the expired ones. */
    Optional<Sessie> nieuw(String token, long geldigSeconden, String naam, Set<String> functies, String gemeente) {
        Instant nu = clock.instant();
        if (sessies.size() >= MAXIMUM) {
            sessies.values().removeIf(s -> verlopen(s, nu));
            if (sessies.size() >= MAXIMUM) {
                return Optional.empty();
            }
        }
        Sessie s = new Sessie(willekeurig(), token, nu.plusSeconds(geldigSeconden), willekeurig(), naam, functies, gemeente, nu);
        sessies.put(s.id, s);
        return Optional.of(s);
    }

    /** The live session with this id; an expired one is removed. */
    Optional<Sessie> vind(String id) {
        if (id == null || id.length() != 43) {
            return Optional.empty();
        }
        Sessie s = sessies.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant nu = clock.instant();
        if (verlopen(s, nu)) {
            sessies.remove(id, s);
            return Optional.empty();
        }
        s.laatst = nu;
        return Optional.of(s);
    }

    void beeindig(String id) {
        if (id != null) {
            sessies.remove(id);
        }
    }

    int aantal() {
        return sessies.size();
    }

    void leeg() {
        sessies.clear();
    }

    private boolean verlopen(Sessie s, Instant nu) {
        return !nu.isBefore(s.tokenTot) || !nu.isBefore(s.laatst.plus(inactief));
    }

    /** 256 random bits, URL-safe (43 characters). */
    static String willekeurig() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
