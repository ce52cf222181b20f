// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.SignedJWT;

import nl.meervoud.auth.api.NietAangemeld;

/** An issuer that cannot be reached: answered 503 with Retry-After, and not asked again on every request. */
class OidcUitgeverTest {

    @Test
    void anUnreachableIssuerIsA503AndIsNotWaitedForAgainOnTheNextRequest() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepts and never answers, as a hanging IdP does
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            OidcUitgever issuer = new OidcUitgever(config("http://127.0.0.1:" + silent.getLocalPort() + "/realms/gemeente"));
            SignedJWT token = SignedJWT.parse("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

            NietAangemeld first = assertThrows(NietAangemeld.class, () -> issuer.verify(token));
            assertEquals(503, first.status());
            assertEquals("5", first.retryAfter());
            assertEquals("Niet beschikbaar", first.title());
            assertEquals(1, held.size(), "discovery was tried once");

            NietAangemeld second = assertThrows(NietAangemeld.class, () -> issuer.verify(token));
            assertEquals(503, second.status());
            assertEquals(1, held.size(), "within the wait the issuer is not asked again, so the request does not hang");
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void keysThatCannotBeFetchedForATokenAreA503NotA401() throws Exception {
        com.nimbusds.jose.jwk.RSAKey key = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("k1").generate();
        SignedJWT token = new SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256).keyID("k1").build(),
                new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer("https://idp.example/realms/x").audience("meervoud").subject("s")
                        .issueTime(new java.util.Date()).expirationTime(new java.util.Date(System.currentTimeMillis() + 60_000)).build());
        token.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
        TokenCheck check = new TokenCheck("https://idp.example/realms/x", java.util.Set.of("meervoud"), (selector, context) -> {
            throw new com.nimbusds.jose.KeySourceException("Couldn't retrieve JWK set from URL: connection refused");
        }, 30);
        NietAangemeld e = assertThrows(NietAangemeld.class, () -> check.process(token));
        assertEquals(503, e.status());
        assertEquals("5", e.retryAfter());
    }

    private static OidcUitgever.Config config(String issuer) {
        return (OidcUitgever.Config) java.lang.reflect.Proxy.newProxyInstance(OidcUitgever.Config.class.getClassLoader(),
                new Class<?>[] { OidcUitgever.Config.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "issuer" -> issuer;
                    case "annotationType" -> OidcUitgever.Config.class;
                    default -> method.getDefaultValue();
                });
    }
}
