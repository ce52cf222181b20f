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
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
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
        uitgever = new LokaleUitgever(dir.resolve("data/aanmelding"), gebruikers, CONFIG, Clock.systemUTC());
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
        assertTrue(file.contains("\"beheerder\"") && file.contains("$sha256-eenmalig$") && !file.contains("$argon2id$"), file);
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
        String chosen = Files.readString(dir.resolve("etc/gebruikers.json"));
        assertTrue(chosen.contains("$argon2id$v=19$m=19456,t=2,p=1$"), "a chosen password is hashed with Argon2id: " + chosen);
        Principal p = authenticator.authenticate(login("consulent", "een-goed-wachtwoord"));
        assertEquals(Set.of(Functie.CONSULENT), p.functies());
        assertEquals("0363", p.gemeente());
        assertEquals("consulent", p.subject());
    }

    @Test
    void accountsAreReadBackAfterARestartAndTokensSurviveIt() throws Exception {
        String token = account("fg", Functie.PRIVACYFUNCTIONARIS);
        LokaleGebruikers again = new LokaleGebruikers(dir.resolve("etc/gebruikers.json"), CONFIG, Clock.systemUTC());
        LokaleUitgever uitgeverAgain = new LokaleUitgever(dir.resolve("data/aanmelding"), again, CONFIG,
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
        assertEquals(JWSAlgorithm.ES256, parsed.getHeader().getAlgorithm(), "a new installation signs with its P-256 key");
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID(parsed.getHeader().getKeyID()).generate();
        RSAKey rsaStranger = new RSAKeyGenerator(2048).keyID(parsed.getHeader().getKeyID()).generate();

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
        assertRefused("Bearer " + sign(claims, rsaStranger), NietAangemeld.Fout.ONGELDIG_TOKEN, "(kid of alg)");
        assertRefused("Bearer " + tampered, NietAangemeld.Fout.ONGELDIG_TOKEN, "handtekening ongeldig");
        assertRefused("Bearer " + otherIssuer, NietAangemeld.Fout.ONGELDIG_TOKEN, "onbekende uitgever");
        assertRefused("Bearer not-a-jwt", NietAangemeld.Fout.ONGELDIG_TOKEN, "geen geldige JWT");
        assertRefused("Bearer " + "a".repeat(20_000), NietAangemeld.Fout.ONGELDIG_VERZOEK, "te lang");
    }

    @Test
    void expiryNotBeforeAndAudienceAreChecked() throws Exception {
        account("consulent", Functie.CONSULENT);
        Instant later = Instant.now().plus(Duration.ofMinutes(61));
        LokaleUitgever past = new LokaleUitgever(dir.resolve("data/aanmelding"), gebruikers, CONFIG,
                Clock.fixed(Instant.now().minus(Duration.ofMinutes(61)), ZoneOffset.UTC));
        String expired = past.issue(gebruikers.account("consulent")).value();
        assertRefused("Bearer " + expired, NietAangemeld.Fout.ONGELDIG_TOKEN, "verlopen");
        LokaleUitgever future = new LokaleUitgever(dir.resolve("data/aanmelding"), gebruikers, CONFIG,
                Clock.fixed(later, ZoneOffset.UTC));
        assertRefused("Bearer " + future.issue(gebruikers.account("consulent")).value(), NietAangemeld.Fout.ONGELDIG_TOKEN, "nog niet geldig");

        SignedJWT good = SignedJWT.parse(uitgever.issue(gebruikers.account("consulent")).value());
        ECKey key = ECKey.parse(Files.readString(dir.resolve("data/aanmelding/lokaal-es256.jwk")));
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

    private static String sign(JWTClaimsSet claims, JWK key) throws Exception {
        boolean rsa = key instanceof RSAKey;
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(rsa ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(rsa ? new RSASSASigner((RSAKey) key) : new ECDSASigner((ECKey) key));
        return jwt.serialize();
    }

    @Test
    void theSigningKeyIsMadeAtTheFirstTokenNotAtStartUp() throws Exception {
        Path keys = dir.resolve("data/aanmelding");
        assertFalse(Files.exists(keys.resolve(LokaleUitgever.EC_FILE)), "no key before a token is issued");
        // before any key exists, a token naming this issuer cannot be one of ours
        ECKey forger = new ECKeyGenerator(Curve.P_256).keyID("x").generate();
        String forged = sign(new JWTClaimsSet.Builder().issuer(LokaleUitgever.ISSUER).audience(LokaleUitgever.AUDIENCE).subject("beheerder")
                .issueTime(new java.util.Date()).expirationTime(new java.util.Date(System.currentTimeMillis() + 60_000)).build(), forger);
        assertRefused("Bearer " + forged, NietAangemeld.Fout.ONGELDIG_TOKEN, "(kid of alg)");

        String token = account("consulent", Functie.CONSULENT);
        assertTrue(Files.exists(keys.resolve(LokaleUitgever.EC_FILE)));
        assertTrue(ECKey.parse(Files.readString(keys.resolve(LokaleUitgever.EC_FILE))).isPrivate());
        if (!System.getProperty("os.name").startsWith("Windows")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(LokaleUitgever.EC_FILE))));
        }
        // a second issuer on the same directory (a restart) reads the key and accepts the token
        AuthenticatorImpl restarted = new AuthenticatorImpl();
        restarted.addUitgever(new LokaleUitgever(keys, gebruikers, CONFIG, Clock.systemUTC()));
        assertEquals("consulent", restarted.authenticate(token).subject());
    }

    @Test
    void anInstallationFromBeforeKeepsItsRsaKeyAndItsTokens() throws Exception {
        Path keys = dir.resolve("elders/aanmelding");
        RSAKey old = new RSAKeyGenerator(2048).keyID("oud").generate();
        EigenBestand.schrijf(keys.resolve(LokaleUitgever.RSA_FILE), old.toJSONString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        LokaleUitgever before = new LokaleUitgever(keys, gebruikers, CONFIG, Clock.systemUTC());
        String once = gebruikers.aanmaken("fg", Set.of(Functie.PRIVACYFUNCTIONARIS), "", "", "");
        String token = before.issue(gebruikers.inloggen("fg", once.toCharArray(), "een-goed-wachtwoord".toCharArray())).value();
        SignedJWT parsed = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.RS256, parsed.getHeader().getAlgorithm());
        assertEquals("oud", parsed.getHeader().getKeyID());
        assertFalse(Files.exists(keys.resolve(LokaleUitgever.EC_FILE)), "no second key beside the kept one");
        AuthenticatorImpl restarted = new AuthenticatorImpl();
        restarted.addUitgever(new LokaleUitgever(keys, gebruikers, CONFIG, Clock.systemUTC()));
        assertEquals("fg", restarted.authenticate("Bearer " + token).subject());
    }

    @Test
    void aKeyFileOfTheWrongKindIsRefusedAtStartNotUsed() throws Exception {
        Path keys = dir.resolve("kapot/aanmelding");
        EigenBestand.schrijf(keys.resolve(LokaleUitgever.EC_FILE),
                new RSAKeyGenerator(2048).generate().toJSONString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new LokaleUitgever(keys, gebruikers, CONFIG, Clock.systemUTC()));
        assertTrue(e.getMessage().contains("EC P-256"), e.getMessage());
        EigenBestand.schrijf(keys.resolve(LokaleUitgever.EC_FILE),
                new ECKeyGenerator(Curve.P_256).generate().toPublicJWK().toJSONString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> new LokaleUitgever(keys, gebruikers, CONFIG, Clock.systemUTC()), "a public key cannot sign");
    }

    @Test
    void aOneTimeHashOpensOnlyAnAccountThatStillWaitsForItsFirstLogin() throws Exception {
        String hash = Eenmalig.hash("abcdefghjkmnpqrstuvw".toCharArray());
        assertTrue(Eenmalig.matches("abcdefghjkmnpqrstuvw".toCharArray(), hash));
        assertFalse(Eenmalig.matches("abcdefghjkmnpqrstuvW".toCharArray(), hash));
        assertNotEquals(hash, Eenmalig.hash("abcdefghjkmnpqrstuvw".toCharArray()), "salted");
        assertFalse(Eenmalig.matches("x".toCharArray(), "$sha256-eenmalig$!!$!!"));
        assertFalse(Eenmalig.matches("x".toCharArray(), hash.substring(0, hash.lastIndexOf('$'))));
        // a SHA-256 hash edited into an account past its first login does not open it
        account("fg", Functie.PRIVACYFUNCTIONARIS);
        Path file = dir.resolve("etc/gebruikers.json");
        String json = Files.readString(file);
        String argon = json.substring(json.indexOf("$argon2id$"), json.indexOf('"', json.indexOf("$argon2id$")));
        Files.writeString(file, json.replace(argon, Eenmalig.hash("zelf-gekozen-zwak".toCharArray())));
        LokaleGebruikers edited = new LokaleGebruikers(file, CONFIG, Clock.systemUTC());
        assertEquals(401, assertThrows(LokaleGebruikers.Geweigerd.class,
                () -> edited.inloggen("fg", "zelf-gekozen-zwak".toCharArray(), null)).status);
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
