// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import nl.meervoud.auth.api.Authenticator;
import nl.meervoud.auth.api.NietAangemeld;
import nl.meervoud.auth.api.Principal;

/**
 * The authenticator: a bearer JWT is parsed, its issuer looked up among the trusted ones (the local issuer and every
 * configured OIDC provider) and checked by that issuer alone; an unsigned token ({@code alg: none}), an encrypted
 * one or one from an unknown issuer is refused before any key is looked at. A refused attempt is logged with its
 * reason only, never the token or a subject, and at most one line per second.
 *
 * <p>A token that passed is remembered until it expires (keyed by the whole token, so only the very same token
 * hits): presenting it again costs a map lookup, the expiry and its issuer's {@code stillValid} (a local account
 * reset since is refused at once), not a signature check. The cache is bounded and emptied when an issuer goes.
 */
@Component(service = Authenticator.class)
public final class AuthenticatorImpl implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticatorImpl.class);
    /** Longer than any JWT an IdP issues for a person; longer headers are refused before parsing. */
    static final int MAX_TOKEN = 16 * 1024;

    private final Map<String, Uitgever> uitgevers = new ConcurrentHashMap<>();
    /** Checked tokens until they expire; bounded by {@link #MAX_CACHED}. */
    private final Map<String, Uitgever.Verified> checked = new ConcurrentHashMap<>();
    static final int MAX_CACHED = 50_000;
    private final AtomicLong lastWarn = new AtomicLong();
    private final AtomicLong suppressed = new AtomicLong();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addUitgever(Uitgever uitgever) {
        Uitgever earlier = uitgevers.putIfAbsent(uitgever.issuer(), uitgever);
        if (earlier != null && earlier != uitgever) {
            LOG.warn("Two token issuers configured for {}: the first one stays", uitgever.issuer());
        }
    }

    void removeUitgever(Uitgever uitgever) {
        uitgevers.remove(uitgever.issuer(), uitgever);
        checked.clear(); // its tokens are no longer trusted
    }

    @Override
    public Principal authenticate(String authorization) throws NietAangemeld {
        try {
            return check(authorization);
        } catch (NietAangemeld e) {
            refused(e);
            throw e;
        }
    }

    private Principal check(String authorization) throws NietAangemeld {
        Uitgever.Verified known = authorization == null ? null : checked.get(authorization);
        if (known != null) {
            if (System.currentTimeMillis() < known.expiresAtMillis() && known.stillValid().getAsBoolean()) {
                return known.principal();
            }
            checked.remove(authorization); // expired or reset: checked again below, which gives the reason
        }
        if (authorization == null || authorization.isBlank()) {
            throw new NietAangemeld(NietAangemeld.Fout.GEEN, "aanmelden vereist: stuur Authorization: Bearer <token>");
        }
        if (authorization.length() > MAX_TOKEN + 7) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_VERZOEK, "Authorization-kopregel te lang");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_VERZOEK, "alleen Authorization: Bearer <token> (RFC 6750) wordt aangenomen");
        }
        String value = authorization.substring(7).trim();
        JWT jwt;
        try {
            jwt = JWTParser.parse(value);
        } catch (ParseException e) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "geen geldige JWT");
        }
        if (jwt instanceof PlainJWT) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "niet ondertekend token (alg none) wordt geweigerd");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "versleutelde tokens worden niet aangenomen");
        }
        String issuer;
        try {
            issuer = signed.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "geen geldige JWT-claims");
        }
        Uitgever uitgever = issuer == null ? null : uitgevers.get(issuer);
        if (uitgever == null) {
            throw new NietAangemeld(NietAangemeld.Fout.ONGELDIG_TOKEN, "token van een onbekende uitgever (iss)");
        }
        Uitgever.Verified verified = uitgever.verify(signed);
        if (checked.size() >= MAX_CACHED) {
            checked.clear(); // bounded: many short sessions cannot grow it without end
        }
        checked.put(authorization, verified);
        return verified.principal();
    }

    /** Forgets every checked token (for a benchmark of the first check). */
    void vergeet() {
        checked.clear();
    }

    private void refused(NietAangemeld e) {
        if (e.fout() == NietAangemeld.Fout.GEEN) {
            return; // a client asking without a credential first is the normal challenge, not an incident
        }
        long now = System.currentTimeMillis();
        long last = lastWarn.get();
        if (now - last >= 1000 && lastWarn.compareAndSet(last, now)) {
            long more = suppressed.getAndSet(0);
            LOG.warn("Authentication refused: {}{}", e.getMessage(), more > 0 ? " (and " + more + " more refusals in the last period)" : "");
        } else {
            suppressed.incrementAndGet();
        }
    }
}
