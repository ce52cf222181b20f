// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import nl.meervoud.auth.api.NietAangemeld;

/**
 * One issuer's check with Nimbus JOSE+JWT: the signature with a key from the issuer's JWK set (asymmetric
 * algorithms only, so a token "signed" with the public key as an HMAC secret is refused), {@code iss} exactly,
 * an accepted {@code aud}, {@code exp} required and {@code nbf} honoured with the configured clock skew. The
 * reason given back is fixed text: never the token, never a claim value.
 */
final class TokenCheck {
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    /** The reason when no key of the issuer fits the token. */
    static final String GEEN_SLEUTEL = "geen sleutel van de uitgever past bij dit token (kid of alg)";

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    TokenCheck(String issuer, Set<String> audiences, JWKSource<SecurityContext> keys, int clockSkewSeconds) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audiences,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat"), null);
        claims.setMaxClockSkew(clockSkewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
    }

    JWTClaimsSet process(SignedJWT token) throws NietAangemeld {
        try {
            return processor.process(token, null);
        } catch (BadJOSEException e) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, reden(e.getMessage()));
        } catch (com.nimbusds.jose.KeySourceException e) {
            // the issuer's keys could not be fetched (JWKS unreachable): not the client's fault, so 503, not 401
            throw new NietAangemeld(NietAangemeld.Fout.UITGEVER_ONBEREIKBAAR, "de sleutels van de uitgever zijn nu niet op te halen");
        } catch (JOSEException e) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "token niet te controleren");
        }
    }

    /** Nimbus's reason as fixed Dutch text. */
    static String reden(String nimbus) {
        String m = nimbus == null ? "" : nimbus;
        if (m.contains("Expired JWT")) {
            return "token verlopen (exp)";
        }
        if (m.contains("before use time")) {
            return "token nog niet geldig (nbf)";
        }
        if (m.contains("aud claim") || m.contains("audience")) {
            return "token niet voor deze dienst (aud)";
        }
        if (m.contains("iss claim") || m.contains("issuer")) {
            return "token van een andere uitgever (iss)";
        }
        if (m.contains("missing required claims")) {
            return "token mist verplichte claims (sub, exp, iat)";
        }
        if (m.contains("Invalid signature")) {
            return "handtekening ongeldig";
        }
        if (m.contains("no matching key") || m.contains("Another algorithm expected")) {
            return GEEN_SLEUTEL;
        }
        if (m.contains("type")) {
            return "geen JWT (typ)";
        }
        return "token niet geaccepteerd";
    }
}
