// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.nimbusds.jwt.JWTParser;

import nl.meervoud.auth.api.Functie;
import nl.meervoud.auth.api.NietAangemeld;
import nl.meervoud.auth.api.Principal;

/**
 * What authentication costs per request (issue 10, "Proof"), side by side in one run: a request with a token the
 * authenticator checked before ({@code authenticate}: a lookup, the expiry, the account's generation), the first
 * check of a token ({@code firstCheck}: parse, issuer lookup, RS256 signature with the issuer's cached key, claims),
 * only parsing the JWT, and what a login costs (Argon2id, then signing a token), once per session.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AuthBenchmark {
    private AuthenticatorImpl authenticator;
    private LokaleGebruikers gebruikers;
    private LokaleUitgever uitgever;
    private String header;
    private String token;

    @Setup
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("meervoud-auth-bench");
        AanmeldConfig config = Standaardwaarden.van(AanmeldConfig.class, java.util.Map.of("tokenMinuten", 720, "pogingen", 1_000_000_000));
        gebruikers = new LokaleGebruikers(dir.resolve("etc/gebruikers.json"), config, Clock.systemUTC());
        uitgever = new LokaleUitgever(dir.resolve("data/lokaal-rs256.jwk"), gebruikers, config, Clock.systemUTC());
        authenticator = new AuthenticatorImpl();
        authenticator.addUitgever(uitgever);
        String once = gebruikers.aanmaken("bench", Set.of(Functie.CONSULENT, Functie.MELDPUNTMEDEWERKER), "", "", "");
        token = uitgever.issue(gebruikers.inloggen("bench", once.toCharArray(), "bench-wachtwoord-lang".toCharArray())).value();
        header = "Bearer " + token;
    }

    /** A fresh copy of the header each time, as the servlet container hands one per request (its hash not cached). */
    @Benchmark
    public Principal authenticate() throws NietAangemeld {
        return authenticator.authenticate(new String(header.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Benchmark
    public Principal firstCheck() throws NietAangemeld {
        authenticator.vergeet();
        return authenticator.authenticate(header);
    }

    @Benchmark
    public Object parseOnly() throws Exception {
        return JWTParser.parse(token);
    }

    @Benchmark
    public Object login() throws Exception {
        return uitgever.issue(gebruikers.inloggen("bench", "bench-wachtwoord-lang".toCharArray(), null));
    }
}
