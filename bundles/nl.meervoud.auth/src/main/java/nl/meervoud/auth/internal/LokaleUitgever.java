// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import nl.meervoud.auth.api.NietAangemeld;
import nl.meervoud.auth.api.Principal;
import nl.meervoud.platform.api.Installation;

/**
 * The installation's own issuer for local accounts: JWTs signed with a key kept in {@code data/aanmelding/}
 * (owner-only), checked by the same Nimbus processor as an IdP's. A local token is accepted only while its account
 * exists and is in the generation the token names (claim {@code gen}): a reset or a new password ends every earlier
 * token at once.
 *
 * <p>The key is made when the first token is issued, not at start-up: until then no local token can exist, so
 * every presented one is refused without a key. A new installation gets an ES256 (P-256) key,
 * {@code lokaal-es256.jwk}, made in milliseconds; an installation from before keeps its RS256 key,
 * {@code lokaal-rs256.jwk}, and with it every token it issued. Making an RSA-2048 key cost a first start
 * ≈ 0.4 s of CPU on two cores (docs/perf.md); checking an ES256 token costs more than an RS256 one, but the
 * authenticator checks each token once and remembers it.
 */
@Component(service = { Uitgever.class, LokaleUitgever.class }, configurationPid = AanmeldConfig.PID)
public final class LokaleUitgever implements Uitgever {
    static final String ISSUER = nl.meervoud.auth.api.Gebruikers.UITGEVER;
    static final String AUDIENCE = "meervoud";
    static final String STALE = "het account bestaat niet meer of kreeg sindsdien een nieuw wachtwoord";
    static final String RSA_FILE = "lokaal-rs256.jwk";
    static final String EC_FILE = "lokaal-es256.jwk";

    private final LokaleGebruikers gebruikers;
    private final Path keys;
    private final Clock clock;
    private volatile AanmeldConfig config;
    /** The signing key, its signer and its check; null until a key exists. */
    private volatile Sleutel sleutel;

    /** A key with what signs and checks with it (the check follows the configured clock skew). */
    private record Sleutel(JWK key, JWSAlgorithm algorithm, JWSSigner signer, TokenCheck check) {
        static Sleutel of(JWK key, AanmeldConfig config) throws JOSEException {
            boolean rsa = key instanceof RSAKey;
            JWSSigner signer = rsa ? new RSASSASigner((RSAKey) key) : new ECDSASigner((ECKey) key);
            return new Sleutel(key, rsa ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256, signer, check(key, config));
        }

        Sleutel with(AanmeldConfig config) {
            return new Sleutel(key, algorithm, signer, check(key, config));
        }

        private static TokenCheck check(JWK key, AanmeldConfig config) {
            return new TokenCheck(ISSUER, Set.of(AUDIENCE), new ImmutableJWKSet<SecurityContext>(new JWKSet(key.toPublicJWK())),
                    config.klokafwijking());
        }
    }

    @Activate
    public LokaleUitgever(BundleContext context, @Reference LokaleGebruikers gebruikers, AanmeldConfig config) {
        this(Installation.dataDirectory(context).resolve("aanmelding"), gebruikers, config, Clock.systemUTC());
    }

    /** An issuer keeping its key in {@code keys} (a directory), read now if it is there, else made at the first token. */
    LokaleUitgever(Path keys, LokaleGebruikers gebruikers, AanmeldConfig config, Clock clock) {
        this.gebruikers = gebruikers;
        this.keys = keys;
        this.clock = clock;
        this.config = config;
        this.sleutel = read(keys, config);
    }

    @Modified
    void modified(AanmeldConfig config) {
        this.config = config;
        synchronized (this) {
            Sleutel s = sleutel;
            if (s != null) {
                sleutel = s.with(config);
            }
        }
    }

    @Override
    public String issuer() {
        return ISSUER;
    }

    /** A token for a checked account, valid for the configured minutes. */
    Token issue(LokaleGebruikers.Account account) {
        long now = clock.millis();
        long seconds = config.tokenMinuten() * 60L;
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(account.naam())
                .issueTime(new Date(now)).notBeforeTime(new Date(now)).expirationTime(new Date(now + seconds * 1000))
                .jwtID(UUID.randomUUID().toString())
                .claim("functies", account.functies().stream().map(f -> f.naam()).sorted().toList())
                .claim("gemeentecode", account.gemeente()).claim("gen", account.generatie()).build();
        Sleutel s = sleutel();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(s.algorithm()).keyID(s.key().getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(s.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a local token", e);
        }
        return new Token(jwt.serialize(), seconds);
    }

    /** An issued token and its lifetime in seconds. */
    record Token(String value, long expiresIn) {
    }

    @Override
    public Verified verify(SignedJWT token) throws NietAangemeld {
        if (!config.lokaal()) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "lokale accounts staan uit");
        }
        Sleutel s = sleutel;
        if (s == null) {
            // no key yet, so no local token was ever issued: this one is forged or from another installation
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, TokenCheck.GEEN_SLEUTEL);
        }
        JWTClaimsSet claims = s.check().process(token);
        LokaleGebruikers.Account account = gebruikers.account(claims.getSubject());
        Object generation = claims.getClaim("gen");
        if (account == null || account.eenmalig() || !(generation instanceof Number n) || n.longValue() != account.generatie()) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, STALE);
        }
        String naam = account.naam();
        long gen = account.generatie();
        return new Verified(new Principal(naam, ISSUER, account.gemeente(), account.functies(), account.organisatie(), account.bsn(),
                account.teams()),
                claims.getExpirationTime().getTime(), () -> {
                    LokaleGebruikers.Account now = gebruikers.account(naam);
                    return now != null && !now.eenmalig() && now.generatie() == gen;
                });
    }

    /** The signing key, made and kept on first use. */
    private Sleutel sleutel() {
        Sleutel s = sleutel;
        if (s != null) {
            return s;
        }
        synchronized (this) {
            if (sleutel == null) {
                Path file = keys.resolve(EC_FILE);
                try {
                    ECKey created = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                            .keyID(UUID.randomUUID().toString()).generate();
                    EigenBestand.schrijf(file, created.toJSONString().getBytes(StandardCharsets.UTF_8));
                    sleutel = Sleutel.of(created, config);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot keep the local signing key in " + file, e);
                } catch (JOSEException e) {
                    throw new IllegalStateException("cannot make the local signing key", e);
                }
            }
            return sleutel;
        }
    }

    /** The kept key: the RS256 one of an installation from before, else the ES256 one; null if neither exists. */
    private static Sleutel read(Path keys, AanmeldConfig config) {
        for (String name : new String[] { RSA_FILE, EC_FILE }) {
            Path file = keys.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            try {
                JWK key = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
                boolean fits = name.equals(RSA_FILE) ? key instanceof RSAKey : key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve());
                if (!key.isPrivate() || !fits) {
                    throw new IllegalStateException(file + " is not a private " + (name.equals(RSA_FILE) ? "RSA" : "EC P-256") + " signing key");
                }
                return Sleutel.of(key, config);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the local signing key " + file, e);
            } catch (ParseException | JOSEException e) {
                throw new IllegalStateException(file + " is not a usable signing key: " + e.getClass().getSimpleName(), e);
            }
        }
        return null;
    }
}
