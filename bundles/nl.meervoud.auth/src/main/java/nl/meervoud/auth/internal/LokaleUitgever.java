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
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import nl.meervoud.auth.api.NietAangemeld;
import nl.meervoud.auth.api.Principal;
import nl.meervoud.platform.api.Installation;

/**
 * The installation's own issuer for local accounts: RS256 tokens signed with a key kept in
 * {@code data/aanmelding/lokaal-rs256.jwk} (owner-only), checked by the same Nimbus processor as an IdP's. A local
 * token is accepted only while its account exists and is in the generation the token names (claim {@code gen}): a
 * reset or a new password ends every earlier token at once.
 */
@Component(service = { Uitgever.class, LokaleUitgever.class }, configurationPid = AanmeldConfig.PID)
public final class LokaleUitgever implements Uitgever {
    static final String ISSUER = nl.meervoud.auth.api.Gebruikers.UITGEVER;
    static final String AUDIENCE = "meervoud";
    static final String STALE = "het account bestaat niet meer of kreeg sindsdien een nieuw wachtwoord";

    private final LokaleGebruikers gebruikers;
    private final RSAKey key;
    private final RSASSASigner signer;
    private final Clock clock;
    private volatile AanmeldConfig config;
    private volatile TokenCheck check;

    @Activate
    public LokaleUitgever(BundleContext context, @Reference LokaleGebruikers gebruikers, AanmeldConfig config) {
        this(Installation.dataDirectory(context).resolve("aanmelding").resolve("lokaal-rs256.jwk"), gebruikers, config, Clock.systemUTC());
    }

    LokaleUitgever(Path keyFile, LokaleGebruikers gebruikers, AanmeldConfig config, Clock clock) {
        this.gebruikers = gebruikers;
        this.clock = clock;
        this.key = loadOrCreate(keyFile);
        try {
            this.signer = new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("the local signing key cannot sign", e);
        }
        modified(config);
    }

    @Modified
    void modified(AanmeldConfig config) {
        this.config = config;
        this.check = new TokenCheck(ISSUER, Set.of(AUDIENCE), new ImmutableJWKSet<SecurityContext>(new JWKSet(key.toPublicJWK())),
                config.klokafwijking());
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
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
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
        JWTClaimsSet claims = check.process(token);
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

    private static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            RSAKey created = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
            EigenBestand.schrijf(file, created.toJSONString().getBytes(StandardCharsets.UTF_8));
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the local signing key in " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(file + " is not an RSA signing key: " + e.getClass().getSimpleName(), e);
        }
    }
}
