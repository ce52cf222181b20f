// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Logging in at a real OpenID Connect provider: Keycloak (the distribution from Maven Central, on Java 25) with
 * the realm a municipality would configure (audience and attribute mappers, realm roles for the Wams functions,
 * a service account for another system), and {@code meervoud.jar} started as an operator starts it, with the
 * issuer in {@code etc/}. Keycloak starts once for the class.
 */
public class OidcIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String REALM = "sociaal-domein";
    private static Process keycloak;
    private static Process meervoud;
    private static int kcPort;
    private static int port;
    private static Path home;

    @BeforeClass
    public static void start() throws Exception {
        Path kc = Path.of(System.getProperty("meervoud.it.keycloak", ""));
        Path java25 = Path.of(System.getProperty("meervoud.it.java25", ""));
        assertTrue("Keycloak unpacked at " + kc, Files.isExecutable(kc.resolve("bin/kc.sh")));
        assertTrue("Keycloak 26 runs on Java 21+: " + java25, Files.isExecutable(java25.resolve("bin/java")));
        // A fresh Keycloak database each run: --import-realm skips a realm that exists, and the realm depends on this
        // run's ports (the UI client's redirect URI).
        Path database = kc.resolve("data/h2");
        if (Files.exists(database)) {
            try (var files = Files.walk(database)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Path imports = kc.resolve("data/import");
        Files.createDirectories(imports);
        // Meervoud's port first: the UI's client at the IdP registers its exact redirect URI.
        port = MeervoudDistribution.freePort();
        for (String realm : List.of("sociaal-domein-realm.json", "elders-realm.json")) {
            try (var in = OidcIT.class.getResourceAsStream("/keycloak/" + realm)) {
                Files.writeString(imports.resolve(realm), new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@MEERVOUD_PORT@",
                        String.valueOf(port)));
            }
        }
        kcPort = MeervoudDistribution.freePort();
        ProcessBuilder pb = new ProcessBuilder(kc.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + kcPort,
                "--http-host=127.0.0.1", "--http-management-port=" + MeervoudDistribution.freePort(), "--import-realm")
                .redirectErrorStream(true).redirectOutput(kc.resolve("keycloak.log").toFile());
        pb.environment().put("JAVA_HOME", java25.toString());
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-wachtwoord");
        keycloak = pb.start();

        home = Files.createTempDirectory("meervoud-oidc-it");
        Files.createDirectories(home.resolve("etc"));
        // As docs/operating.md tells an operator: one factory configuration per issuer, in etc/.
        Files.writeString(home.resolve("etc/nl.meervoud.auth.oidc-sociaal.config"), String.join("\n",
                "issuer=\"" + issuer(REALM) + "\"",
                "audience=[\"meervoud\"]",
                "rollenClaim=\"realm_access.roles\"",
                "rollen=[\"wams-consulent=consulent\",\"wams-meldpunt=meldpuntmedewerker\",\"wams-coordinator=coordinator\","
                        + "\"wams-fg=privacyfunctionaris\",\"burger=burger\",\"professional=professional\"]",
                "klokafwijking=I\"0\"") + "\n");
        // The browser UI signs people in at the same IdP (authorization code with PKCE).
        Files.writeString(home.resolve("etc/nl.meervoud.ui.config"), "idpIssuer=\"" + issuer(REALM) + "\"\nidpClientId=\"meervoud-ui\"\n"
                + "idpNaam=\"Inloggen bij de gemeente\"\n");
        meervoud = MeervoudDistribution.startJar(Path.of(System.getProperty("java.home")), home, port);
        assertEquals(200, Http.awaitStatus(port, "/health", 200, Duration.ofSeconds(60)).status());
        Http.standaard(null);

        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (get("http://127.0.0.1:" + kcPort + "/realms/" + REALM + "/.well-known/openid-configuration") != 200) {
            if (!keycloak.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("Keycloak did not start:\n" + tail(kc.resolve("keycloak.log")));
            }
            Thread.sleep(500);
        }
    }

    @AfterClass
    public static void stop() throws Exception {
        for (Process p : new Process[] { meervoud, keycloak }) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private static String issuer(String realm) {
        return "http://127.0.0.1:" + kcPort + "/realms/" + realm;
    }

    private static int get(String url) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** A token from Keycloak's token endpoint (password grant for people, client credentials for a system). */
    private static JsonNode token(String realm, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(answer.body(), 200, answer.statusCode());
        return JSON.readTree(answer.body());
    }

    private static String person(String realm, String client, String user) throws Exception {
        return token(realm, Map.of("grant_type", "password", "client_id", client, "username", user, "password", "wachtwoord-" + user,
                "scope", "openid")).get("access_token").asText();
    }

    private static Http.Exchange ik(String token) {
        return Http.send(port, "GET", "/api/v1/aanmelding/ik", null, "Authorization", "Bearer " + token);
    }

    private static JsonNode part(String token, int i) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[i]));
    }

    /**
     * The browser UI's sign-in at the IdP: authorization code with PKCE (the realm's client requires S256, so Keycloak
     * refuses a start without a challenge), the state bound to the browser by a cookie and good once, and the session
     * the person then works in. Driven over real HTTP against the real Keycloak, its own login form included.
     */
    @Test
    public void theBrowserUiSignsStaffInAtTheIdpWithPkce() throws Exception {
        HttpClient meervoudClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> scherm = meervoudClient.send(HttpRequest.newBuilder(URI.create(base + "/ui/aanmelden")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(scherm.body(), scherm.body().contains("href=\"/ui/aanmelden/idp\"") && scherm.body().contains("Inloggen bij de gemeente"));

        HttpResponse<String> start = meervoudClient.send(HttpRequest.newBuilder(URI.create(base + "/ui/aanmelden/idp")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, start.statusCode());
        String naarIdp = start.headers().firstValue("Location").orElseThrow();
        assertTrue(naarIdp, naarIdp.startsWith(issuer(REALM) + "/protocol/openid-connect/auth?") && naarIdp.contains("code_challenge_method=S256")
                && naarIdp.contains("client_id=meervoud-ui"));
        String stateCookie = start.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("meervoud-aanmelding=")).findFirst().orElseThrow();
        assertTrue(stateCookie, stateCookie.contains("HttpOnly") && stateCookie.contains("SameSite=Lax"));
        String state = stateCookie.substring("meervoud-aanmelding=".length(), stateCookie.indexOf(';'));

        // The person signs in on Keycloak's own form.
        HttpClient browserBijIdp = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> formulier = browserBijIdp.send(HttpRequest.newBuilder(URI.create(naarIdp)).build(), HttpResponse.BodyHandlers.ofString());
        // Keycloak's session cookies go back with the form, as a browser sends them (its Secure ones too, here over http).
        String kcCookies = formulier.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .collect(Collectors.joining("; "));
        assertEquals(formulier.body(), 200, formulier.statusCode());
        java.util.regex.Matcher actie = java.util.regex.Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                .matcher(formulier.body());
        assertTrue(formulier.body(), actie.find());
        String post = (actie.group(1) != null ? actie.group(1) : actie.group(2)).replace("&amp;", "&");
        HttpResponse<String> aangemeld = browserBijIdp.send(HttpRequest.newBuilder(URI.create(post)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", kcCookies)
                .POST(HttpRequest.BodyPublishers.ofString("username=consulent1&password=wachtwoord-consulent1&credentialId=")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(aangemeld.body(), 302, aangemeld.statusCode());
        String terug = aangemeld.headers().firstValue("Location").orElseThrow();
        assertTrue(terug, terug.startsWith(base + "/ui/aanmelden/terug?") && terug.contains("code="));

        // Without the state's cookie (another browser, a forged link) the answer is refused, and changes nothing.
        HttpResponse<String> vreemd = meervoudClient.send(HttpRequest.newBuilder(URI.create(terug.replace("state=" + state, "state=ander"))).header("Cookie",
                "meervoud-aanmelding=ander").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, vreemd.statusCode());
        HttpResponse<String> klaar = meervoudClient.send(HttpRequest.newBuilder(URI.create(terug)).header("Cookie", "meervoud-aanmelding=" + state).build(),
                HttpResponse.BodyHandlers.ofString());
        long aangemeldOp = System.nanoTime();
        assertEquals(klaar.body(), 200, klaar.statusCode());
        assertTrue("a page of our own sends the browser on: " + klaar.body(), klaar.body().contains("http-equiv=\"refresh\""));
        String sessie = klaar.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("meervoud-sessie=")).findFirst().orElseThrow();
        assertTrue(sessie, sessie.contains("HttpOnly") && sessie.contains("SameSite=Strict"));
        String sessieId = sessie.substring("meervoud-sessie=".length(), sessie.indexOf(';'));
        HttpResponse<String> nogmaals = meervoudClient.send(HttpRequest.newBuilder(URI.create(terug)).header("Cookie", "meervoud-aanmelding=" + state).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("a code comes back once", 400, nogmaals.statusCode());

        HttpResponse<String> werkvoorraad = meervoudClient.send(HttpRequest.newBuilder(URI.create(base + "/ui/")).header("Cookie", "meervoud-sessie=" + sessieId)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, werkvoorraad.statusCode());
        assertTrue("signed in as the IdP's person, in the functions their roles map to: " + werkvoorraad.body(), werkvoorraad.body().contains("consulent1")
                && werkvoorraad.body().contains("Werkvoorraad") && werkvoorraad.body().contains("href=\"/ui/onderzoeken\""));

        // The realm gives this client's access tokens 30 seconds; past them the session renews its token with the refresh
        // token, and the API accepts the new one (a dead token would end the session: a redirect to the sign-in).
        Thread.sleep(Math.max(0, Duration.ofSeconds(33).toMillis() - Duration.ofNanos(System.nanoTime() - aangemeldOp).toMillis()));
        HttpResponse<String> later = meervoudClient.send(HttpRequest.newBuilder(URI.create(base + "/ui/")).header("Cookie", "meervoud-sessie=" + sessieId)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("still signed in after the first token expired", 200, later.statusCode());
        assertTrue(later.body(), later.body().contains("consulent1") && !later.body().contains("utrecht-alert--error"));

        // Keycloak's single sign-on is live: a new sign-in in this browser passes straight through to a code ...
        String sso = aangemeld.headers().allValues("Set-Cookie").stream().filter(c -> !c.contains("Max-Age=0"))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).collect(Collectors.joining("; "));
        HttpResponse<String> doorgelaten = browserBijIdp.send(HttpRequest.newBuilder(URI.create(meervoudClient.send(HttpRequest.newBuilder(
                URI.create(base + "/ui/aanmelden/idp")).build(), HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElseThrow()))
                .header("Cookie", sso).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("before signing out, the IdP signs the browser in without a password", 302, doorgelaten.statusCode());
        // ... until "Afmelden", which ends the session at the IdP too.
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(later.body());
        assertTrue(csrf.find());
        HttpResponse<String> af = meervoudClient.send(HttpRequest.newBuilder(URI.create(base + "/ui/afmelden")).header("Cookie", "meervoud-sessie=" + sessieId)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, af.statusCode());
        assertEquals(303, meervoudClient.send(HttpRequest.newBuilder(URI.create(base + "/ui/")).header("Cookie", "meervoud-sessie=" + sessieId).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> opnieuw = browserBijIdp.send(HttpRequest.newBuilder(URI.create(meervoudClient.send(HttpRequest.newBuilder(
                URI.create(base + "/ui/aanmelden/idp")).build(), HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElseThrow()))
                .header("Cookie", sso).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("after signing out, the IdP asks for the password again", 200, opnieuw.statusCode());
        assertTrue(opnieuw.body().contains("kc-form-login"));
    }

    @Test
    public void staffLogInAtTheIdpAndActInTheFunctionsTheirRolesMapTo() throws Exception {
        String token = person(REALM, "meervoud-api", "consulent1");
        Http.Exchange me = ik(token);
        assertEquals(me.body().toString(), 200, me.status());
        assertEquals("[\"consulent\",\"coordinator\",\"meldpuntmedewerker\"]", me.body().get("functies").toString());
        assertEquals("0363", me.body().get("gemeente").asText());
        assertEquals(issuer(REALM), me.body().get("uitgever").asText());

        Http.Exchange created = Http.send(port, "POST", "/api/v1/onderzoeken", "{\"route\": \"WMO_2_3A_1\", \"verzoekdatum\": \"2026-11-02\", "
                + "\"hulpvraagWet\": \"Wmo 2015\", \"noodzaak\": \"samenhangende problemen op de afgesproken domeinen\", \"client\": {\"bsn\": \"300000182\", \"naam\": \"Test\", \"geboortedatum\": \"1980-01-01\"}, "
                + "\"reikwijdte\": {\"domeinen\": [\"inkomen\"]}, \"vermoedenMeervoudigeProblematiek\": true}",
                "Content-Type", "application/json", "x-verwerking", "wams-onderzoek", "Authorization", "Bearer " + token);
        assertEquals(created.body().toString(), 201, created.status());
        String fg = person(REALM, "meervoud-api", "fg1");
        Http.Exchange records = Http.send(port, "GET", "/api/v1/onderzoeken/" + created.body().get("id").asText() + "/verwerkingen", null,
                "x-verwerking", "verantwoording", "Authorization", "Bearer " + fg);
        assertEquals("the privacy officer reads the case's processing log: " + records.body(), 200, records.status());
        String sub = part(token, 1).get("sub").asText();
        String log = records.body().toString();
        assertTrue("the consulent is named by pseudonym: " + log, log.contains("\"COLLEGE:0363/ps:"));
        assertFalse("the IdP's subject is not in the log: " + log, log.contains(sub) || log.contains("consulent1"));
        assertEquals("the privacy officer does not read case content", 403, Http.send(port, "GET",
                "/api/v1/onderzoeken/" + created.body().get("id").asText(), null, "x-verwerking", "wams-onderzoek", "Authorization", "Bearer " + fg)
                .status());
    }

    @Test
    public void anotherSystemUsesClientCredentialsAndAResidentSeesOnlyTheirOwnData() throws Exception {
        String system = token(REALM, Map.of("grant_type", "client_credentials", "client_id", "zaaksysteem", "client_secret",
                "zaaksysteem-geheim")).get("access_token").asText();
        Http.Exchange me = ik(system);
        assertEquals(me.body().toString(), 200, me.status());
        assertEquals("[\"consulent\"]", me.body().get("functies").toString());

        String burger = person(REALM, "meervoud-api", "burger1");
        Http.Exchange inzage = Http.send(port, "GET", "/api/v1/inzage", null, "x-verwerking", "inzage", "Authorization", "Bearer " + burger);
        assertEquals(inzage.body().toString(), 200, inzage.status());
        assertEquals("the BSN comes from the token", "300000170", inzage.body().get("bsn").asText());
        assertEquals("a resident lists no investigations", 403, Http.send(port, "GET", "/api/v1/onderzoeken", null, "x-verwerking",
                "wams-onderzoek", "Authorization", "Bearer " + burger).status());
    }

    @Test
    public void badTokensAreRefusedWithAChallengeAndLoggedWithoutTheToken() throws Exception {
        String good = person(REALM, "meervoud-api", "consulent1");
        JsonNode header = part(good, 0);
        String payload = good.split("\\.")[1];
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();

        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var stranger = generator.generateKeyPair();
        String strangerHead = b64.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + header.get("kid").asText() + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(stranger.getPrivate());
        rsa.update((strangerHead + "." + payload).getBytes(StandardCharsets.US_ASCII));
        String otherKey = strangerHead + "." + payload + "." + b64.encodeToString(rsa.sign());
        String none = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + payload + ".";
        String claims = part(good, 1).toString().replace("\"wams-fg\"", "\"x\"").replace("\"wams-consulent\"", "\"wams-fg\"");
        String tampered = good.split("\\.")[0] + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + good.split("\\.")[2];
        String elders = person("elders", "meervoud-api", "consulent1");
        String noAudience = person(REALM, "zonder-audience", "consulent1");
        String shortLived = person(REALM, "kortlevend", "consulent1");

        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(none, "alg none");
        cases.put(otherKey, "handtekening ongeldig");
        cases.put(tampered, "handtekening ongeldig");
        cases.put(elders, "onbekende uitgever");
        cases.put(noAudience, "niet voor deze dienst");
        long exp = part(shortLived, 1).get("exp").asLong();
        while (System.currentTimeMillis() / 1000 <= exp) {
            Thread.sleep(250);
        }
        cases.put(shortLived, "verlopen");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Http.Exchange refused = Http.send(port, "GET", "/api/v1/onderzoeken", null, "x-verwerking", "wams-onderzoek", "Authorization",
                    "Bearer " + c.getKey());
            assertEquals(c.getValue() + ": " + refused.body(), 401, refused.status());
            assertEquals("application/problem+json", refused.contentType());
            String challenge = refused.headers().firstValue("WWW-Authenticate").orElse("");
            assertTrue(challenge, challenge.startsWith("Bearer realm=\"meervoud\", error=\"invalid_token\""));
            assertTrue(c.getValue() + ": " + refused.body(), refused.body().get("detail").asText().contains(c.getValue()));
        }
        Http.Exchange noFunction = ik(person(REALM, "meervoud-api", "zonderrol"));
        assertEquals("a valid token without a Wams function is 403: " + noFunction.body(), 403, noFunction.status());
        assertTrue(noFunction.headers().firstValue("WWW-Authenticate").orElse("").contains("insufficient_scope"));
        assertEquals(401, ik(person(REALM, "meervoud-api", "zondergemeente")).status());
        assertEquals("the good token still works", 200, ik(good).status());

        String console = Files.readString(home.resolve("console.log"));
        assertTrue("refusals are in the technical log", console.contains("Authentication refused"));
        for (String token : cases.keySet()) {
            assertFalse("no token in the technical log", console.contains(token.split("\\.")[1]));
        }
    }

    @Test
    public void aRotatedSigningKeyIsFetchedWithoutARestart() throws Exception {
        String before = person(REALM, "meervoud-api", "consulent1");
        assertEquals(200, ik(before).status());
        String admin = token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password",
                "admin-wachtwoord")).get("access_token").asText();
        HttpResponse<String> realm = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + kcPort + "/admin/realms/" + REALM))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        String realmId = JSON.readTree(realm.body()).get("id").asText();
        // A higher priority than any key before it (Keycloak's data may outlive a run): Keycloak signs with it at once.
        String component = "{\"name\":\"gedraaid\",\"providerId\":\"rsa-generated\",\"providerType\":\"org.keycloak.keys.KeyProvider\","
                + "\"parentId\":\"" + realmId + "\",\"config\":{\"priority\":[\"" + System.currentTimeMillis() / 1000 + "\"],\"keySize\":[\"2048\"],\"active\":[\"true\"],"
                + "\"enabled\":[\"true\"],\"algorithm\":[\"RS256\"]}}";
        HttpResponse<String> added = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + kcPort + "/admin/realms/" + REALM
                + "/components")).header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(component)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(added.body(), 201, added.statusCode());
        String after = person(REALM, "meervoud-api", "consulent1");
        assertNotEquals("Keycloak signs with the new key", part(before, 0).get("kid").asText(), part(after, 0).get("kid").asText());
        Http.Exchange me = ik(after);
        assertEquals("the platform fetched the new key by itself: " + me.body(), 200, me.status());
    }
}
