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
 * at sign-out, or when the platform restarts (the person signs in again; nothing is lost but the sign-in). A
 * session from the municipality's IdP renews its short-lived access token with the refresh token shortly before it
 * expires, so a caseworker is not sent back to the sign-in every few minutes; when the IdP refuses (the person was
 * signed out there, or the IdP's own session ended), the session ends with the token.
 */
final class Sessies {
    /** More than any municipality has staff signed in at once; beyond it a new sign-in waits for one to expire. */
    static final int MAXIMUM = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * How long before the access token expires a session renews it, so that a page's API calls never carry a dead
     * one: 30 seconds, or a third of the token's life when that is shorter.
     */
    static final Duration VOORSPRONG = Duration.ofSeconds(30);

    /** Tokens from the IdP's token endpoint: the access token, its lifetime, and what renews it. */
    record Tokens(String access, long geldigSeconden, String ververs, long verversGeldigSeconden) {
    }

    /** Renews tokens with a refresh token at the IdP; empty when the IdP refuses or cannot be reached. */
    interface Vernieuwer {
        Optional<Tokens> vernieuw(String verversToken);
    }

    /** A signed-in person: what the screens need to choose what to show; the API decides what is allowed. */
    static final class Sessie {
        final String id;
        volatile String token;
        volatile Instant tokenTot;
        /** When, before {@code tokenTot}, the token is renewed. */
        volatile Duration voorsprong;
        /** The IdP's refresh token and until when it is good; null for a local account. */
        volatile String verversToken;
        volatile Instant verversTot;
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
        /**
         * The municipality the person works for now under a regional arrangement (its CBS code, sent as
         * {@code x-gemeente}), or null for their own; chosen on the worklist from what the API offers.
         */
        volatile String namens;

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
    private volatile Vernieuwer vernieuwer;

    Sessies(Clock clock, Duration inactief) {
        this.clock = clock;
        this.inactief = inactief;
    }

    /** Who renews IdP tokens; without one, a session ends with its access token. */
    void vernieuwer(Vernieuwer v) {
        this.vernieuwer = v;
    }

    /** A new session for the IdP's tokens, renewed with its refresh token while the person keeps working. */
    Optional<Sessie> nieuw(Tokens t, String naam, Set<String> functies, String gemeente) {
        Optional<Sessie> s = nieuw(t.access(), t.geldigSeconden(), naam, functies, gemeente);
        s.ifPresent(x -> ververs(x, t, clock.instant()));
        return s;
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
        s.voorsprong = voorsprong(geldigSeconden);
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
        if (!nu.isBefore(s.tokenTot.minus(s.voorsprong)) && nu.isBefore(s.laatst.plus(inactief))) {
            vernieuw(s, nu);
        }
        if (verlopen(s, nu)) {
            sessies.remove(id, s);
            return Optional.empty();
        }
        s.laatst = nu;
        return Optional.of(s);
    }

    /** Renews the session's access token at the IdP, once for all requests that find it due at the same time. */
    private void vernieuw(Sessie s, Instant nu) {
        Vernieuwer v = vernieuwer;
        if (v == null) {
            return;
        }
        synchronized (s) {
            if (nu.isBefore(s.tokenTot.minus(s.voorsprong)) || s.verversToken == null || !nu.isBefore(s.verversTot)) {
                return; // renewed meanwhile by another request, or nothing to renew with
            }
            Optional<Tokens> t = v.vernieuw(s.verversToken);
            if (t.isEmpty()) {
                s.verversToken = null; // refused: the session ends when its access token does
                return;
            }
            s.token = t.get().access();
            s.tokenTot = nu.plusSeconds(t.get().geldigSeconden());
            s.voorsprong = voorsprong(t.get().geldigSeconden());
            ververs(s, t.get(), nu);
        }
    }

    private static Duration voorsprong(long geldigSeconden) {
        Duration derde = Duration.ofSeconds(Math.max(0, geldigSeconden) / 3);
        return derde.compareTo(VOORSPRONG) < 0 ? derde : VOORSPRONG;
    }

    private static void ververs(Sessie s, Tokens t, Instant nu) {
        // Without a refresh token of its own in the answer the old one stays (the IdP does not rotate them).
        if (t.ververs() != null && !t.ververs().isEmpty()) {
            s.verversToken = t.ververs();
            // A refresh token whose lifetime the IdP does not state is tried until the IdP refuses it.
            s.verversTot = t.verversGeldigSeconden() > 0 ? nu.plusSeconds(t.verversGeldigSeconden()) : nu.plus(Duration.ofDays(1));
        }
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
