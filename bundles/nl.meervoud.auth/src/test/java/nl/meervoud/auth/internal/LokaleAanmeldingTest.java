// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import nl.meervoud.auth.api.Functie;
import nl.meervoud.auth.api.NietAangemeld;
import nl.meervoud.auth.api.Principal;

/** Local accounts, the local issuer and the authenticator together, on files in a temporary directory. */
class LokaleAanmeldingTest {
    private static final AanmeldConfig CONFIG = Standaardwaarden.van(AanmeldConfig.class, java.util.Map.of("gemeente", "0363",
            "klokafwijking", 0));
    @TempDir
    Path dir;

    private LokaleGebruikers gebruikers;
    private LokaleUitgever uitgever;
    private AuthenticatorImpl authenticator;

    @BeforeEach
    void setUp() {
        gebruikers = new LokaleGebruikers(dir.resolve("etc/gebruikers.json"), CONFIG, Clock.systemUTC());
        uitgever = new LokaleUitgever(dir.resolve("data/aanmelding/lokaal-rs256.jwk"), gebruikers, CONFIG, Clock.systemUTC());
        authenticator = new AuthenticatorImpl();
        authenticator.addUitgever(uitgever);
    }

    private String login(String naam, String password) throws Exception {
        return "Bearer " + uitgever.issue(gebruikers.inloggen(naam, password.toCharArray(), null)).value();
    }

    private String account(String naam, Functie... functies) throws Exception {
        String once = gebruikers.aanmaken(naam, Set.of(functies), "", "", "");
        gebruikers.inloggen(naam, once.toCharArray(), "een-goed-wachtwoord".toCharArray());
        return login(naam, "een-goed-wachtwoord");
    }

    @Test
    void theFirstStartCreatesTheOperatorWithAOneTimePasswordAndNoPasswordInClear() throws Exception {
        String file = Files.readString(dir.resolve("etc/gebruikers.json"));
        assertTrue(file.contains("\"beheerder\"") && file.contains("$argon2id$v=19$m=19456,t=2,p=1$"), file);
        assertEquals(List.of(new nl.meervoud.auth.api.Gebruikers.Gebruiker("beheerder", Set.of(Functie.BEHEERDER), "0363", "", true, Set.of())),
                gebruikers.lijst());
        String once = gebruikers.aanmaken("consulent", Set.of(Functie.CONSULENT), "", "", "");
        assertFalse(Files.readString(dir.resolve("etc/gebruikers.json")).contains(once));
        LokaleGebruikers.Geweigerd refused = assertThrows(LokaleGebruikers.Geweigerd.class,
                () -> gebruikers.inloggen("consulent", once.toCharArray(), null));
        assertEquals(403, refused.status, "a one-time password alone does not log in");
        assertThrows(IllegalArgumentException.class, () -> gebruikers.inloggen("consulent", once.toCharArray(), "kort".toCharArray()));
        gebruikers.inloggen("consulent", once.toCharArray(), "een-goed-wachtwoord".toCharArray());
        assertEquals(401, assertThrows(LokaleGebruikers.Geweigerd.class, () -> gebruikers.inloggen("consulent", once.toCharArray(), null)).status,
                "the one-time password is spent");
        Principal p = authenticator.authenticate(login("consulent", "een-goed-wachtwoord"));
        assertEquals(Set.of(Functie.CONSULENT), p.functies());
        assertEquals("0363", p.gemeente());
        assertEquals("consulent", p.subject());
    }

    @Test
    void accountsAreReadBackAfterARestartAndTokensSurviveIt() throws Exception {
        String token = account("fg", Functie.PRIVACYFUNCTIONARIS);
        LokaleGebruikers again = new LokaleGebruikers(dir.resolve("etc/gebruikers.json"), CONFIG, Clock.systemUTC());
        LokaleUitgever uitgeverAgain = new LokaleUitgever(dir.resolve("data/aanmelding/lokaal-rs256.jwk"), again, CONFIG,
                Clock.systemUTC());
        AuthenticatorImpl restarted = new AuthenticatorImpl();
        restarted.addUitgever(uitgeverAgain);
        assertEquals(Set.of(Functie.PRIVACYFUNCTIONARIS), restarted.authenticate(token).functies());
    }

    @Test
    void fiveWrongPasswordsMakeTheAccountWaitAndUnknownNamesSayNothingMore() throws Exception {
        account("melder", Functie.MELDPUNTMEDEWERKER);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, assertThrows(LokaleGebruikers.Geweigerd.class,
                    () -> gebruikers.inloggen("melder", "fout-fout-fout".toCharArray(), null)).status);
        }
        assertEquals(429, assertThrows(LokaleGebruikers.Geweigerd.class,
                () -> gebruikers.inloggen("melder", "een-goed-wachtwoord".toCharArray(), null)).status, "even the right password waits");
        LokaleGebruikers.Geweigerd unknown = assertThrows(LokaleGebruikers.Geweigerd.class,
                () -> gebruikers.inloggen("niemand", "wat-dan-ook".toCharArray(), null));
        assertEquals("gebruikersnaam of wachtwoord onjuist", unknown.getMessage());
    }

    @Test
    void aResetOrRemovedAccountsTokensStopAtOnce() throws Exception {
        String token = account("coord", Functie.COORDINATOR);
        assertEquals(Set.of(Functie.COORDINATOR), authenticator.authenticate(token).functies());
        gebruikers.aanmaken("coord", Set.of(Functie.COORDINATOR), "", "", "");
        assertEquals(NietAangemeld.Fout.ONGELDIG_TOKEN, assertThrows(NietAangemeld.class, () -> authenticator.authenticate(token)).fout());
        String fresh = account("coord", Functie.COORDINATOR);
        authenticator.authenticate(fresh);
        gebruikers.verwijderen("coord");
        assertThrows(NietAangemeld.class, () -> authenticator.authenticate(fresh));
    }

    @Test
    void badTokensAreRefusedWithAReasonThatNeverHoldsTheToken() throws Exception {
        String good = account("consulent", Functie.CONSULENT).substring(7);
        SignedJWT parsed = SignedJWT.parse(good);
        JWTClaimsSet claims = parsed.getJWTClaimsSet();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(parsed.getHeader().getKeyID()).generate();

        String none = new PlainJWT(claims).serialize();
        String otherKey = sign(claims, stranger);
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.toString().replace("consulent\"]", "beheerder\"]").getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        String otherIssuer = sign(new JWTClaimsSet.Builder(claims).issuer("https://elders.example/realms/x").build(), stranger);

        assertRefused(null, NietAangemeld.Fout.GEEN, "aanmelden vereist");
        assertRefused("Basic YTpi", NietAangemeld.Fout.ONGELDIG_VERZOEK, "Bearer");
        assertRefused("Bearer " + none, NietAangemeld.Fout.ONGELDIG_TOKEN, "alg none");
        assertRefused("Bearer " + otherKey, NietAangemeld.Fout.ONGELDIG_TOKEN, "handtekening ongeldig");
        assertRefused("Bearer " + tampered, NietAangemeld.Fout.ONGELDIG_TOKEN, "handtekening ongeldig");
        assertRefused("Bearer " + otherIssuer, NietAangemeld.Fout.ONGELDIG_TOKEN, "onbekende uitgever");
        assertRefused("Bearer not-a-jwt", NietAangemeld.Fout.ONGELDIG_TOKEN, "geen geldige JWT");
        assertRefused("Bearer " + "a".repeat(20_000), NietAangemeld.Fout.ONGELDIG_VERZOEK, "te lang");
    }

    @Test
    void expiryNotBeforeAndAudienceAreChecked() throws Exception {
        account("consulent", Functie.CONSULENT);
        Instant later = Instant.now().plus(Duration.ofMinutes(61));
        LokaleUitgever past = new LokaleUitgever(dir.resolve("data/aanmelding/lokaal-rs256.jwk"), gebruikers, CONFIG,
                Clock.fixed(Instant.now().minus(Duration.ofMinutes(61)), ZoneOffset.UTC));
        String expired = past.issue(gebruikers.account("consulent")).value();
        assertRefused("Bearer " + expired, NietAangemeld.Fout.ONGELDIG_TOKEN, "verlopen");
        LokaleUitgever future = new LokaleUitgever(dir.resolve("data/aanmelding/lokaal-rs256.jwk"), gebruikers, CONFIG,
                Clock.fixed(later, ZoneOffset.UTC));
        assertRefused("Bearer " + future.issue(gebruikers.account("consulent")).value(), NietAangemeld.Fout.ONGELDIG_TOKEN, "nog niet geldig");

        RSAKey key = RSAKey.parse(Files.readString(dir.resolve("data/aanmelding/lokaal-rs256.jwk")));
        SignedJWT good = SignedJWT.parse(uitgever.issue(gebruikers.account("consulent")).value());
        String otherAudience = sign(new JWTClaimsSet.Builder(good.getJWTClaimsSet()).audience("iets-anders").build(), key);
        assertRefused("Bearer " + otherAudience, NietAangemeld.Fout.ONGELDIG_TOKEN, "niet voor deze dienst");
        String noExpiry = sign(new JWTClaimsSet.Builder(good.getJWTClaimsSet()).expirationTime(null).build(), key);
        assertRefused("Bearer " + noExpiry, NietAangemeld.Fout.ONGELDIG_TOKEN, "verplichte claims");
        assertNotEquals(expired, good.serialize());
    }

    private void assertRefused(String header, NietAangemeld.Fout fout, String reason) {
        NietAangemeld e = assertThrows(NietAangemeld.class, () -> authenticator.authenticate(header));
        assertEquals(fout, e.fout(), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        if (header != null && header.length() > 20) {
            assertFalse(e.getMessage().contains(header.substring(header.length() - 20)));
            assertFalse(e.wwwAuthenticate().contains(header.substring(header.length() - 20)));
        }
        assertEquals(fout == NietAangemeld.Fout.GEEN ? "Bearer realm=\"meervoud\"" : "Bearer realm=\"meervoud\", error=\""
                + (fout == NietAangemeld.Fout.ONGELDIG_VERZOEK ? "invalid_request" : "invalid_token") + "\", error_description=\""
                + e.getMessage().replace('"', ' ') + "\"", e.wwwAuthenticate());
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void argon2idHashesCarryTheirParametersAndRefuseEditedOnes() {
        String hash = Argon2id.hash("geheim-wachtwoord".toCharArray());
        assertTrue(Argon2id.matches("geheim-wachtwoord".toCharArray(), hash));
        assertFalse(Argon2id.matches("geheim-wachtwoorD".toCharArray(), hash));
        assertNotEquals(hash, Argon2id.hash("geheim-wachtwoord".toCharArray()), "salted");
        assertFalse(Argon2id.matches("geheim-wachtwoord".toCharArray(), hash.replace("t=2", "t=999")));
        assertFalse(Argon2id.matches("x".toCharArray(), "pbkdf2-sha256$1$AA$AA"));
        assertFalse(Argon2id.matches("x".toCharArray(), null));
    }
}
