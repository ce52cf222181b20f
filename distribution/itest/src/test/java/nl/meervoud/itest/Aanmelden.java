// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import nl.meervoud.auth.api.Functie;
import nl.meervoud.auth.api.Gebruikers;

/**
 * Logging in as the tests' people do: a local account with the functions a test needs, logged in over HTTP at
 * {@code POST /api/v1/aanmelding/token} (its one-time password replaced, as at a first login), the bearer token
 * returned as an Authorization header value.
 */
public final class Aanmelden {
    /** The new password every test account gets at its first login. */
    public static final String WACHTWOORD = "testwachtwoord-lang-genoeg";
    private static final String JSON = "application/json";

    private Aanmelden() {
    }

    /** The college's staff in every case-model role: meldpunt, consulent and coordinator, as most tests act. */
    public static String medewerker(BundleContext context, int port) {
        return als(context, port, "medewerker", "", Functie.MELDPUNTMEDEWERKER, Functie.CONSULENT, Functie.COORDINATOR);
    }

    /** An account with these functions (bsn for a resident, else empty), logged in; "Bearer …". */
    public static String als(BundleContext context, int port, String naam, String bsn, Functie... functies) {
        String once = gebruikers(context).aanmaken(naam, EnumSet.of(functies[0], functies), "", "", bsn);
        return login(port, naam, once, WACHTWOORD);
    }

    /** As {@link #als}, for an account of another municipality (its CBS gemeentecode). */
    public static String alsIn(BundleContext context, int port, String naam, String gemeente, Functie... functies) {
        String once = gebruikers(context).aanmaken(naam, EnumSet.of(functies[0], functies), gemeente, "", "");
        return login(port, naam, once, WACHTWOORD);
    }

    /** Logs in (replacing a one-time password when {@code nieuw} is not null) and returns "Bearer …". */
    public static String login(int port, String naam, String wachtwoord, String nieuw) {
        String body = "{\"gebruiker\":\"" + naam + "\",\"wachtwoord\":\"" + wachtwoord + "\""
                + (nieuw == null ? "" : ",\"nieuwWachtwoord\":\"" + nieuw + "\"") + "}";
        Http.Exchange answer = Http.send(port, "POST", "/api/v1/aanmelding/token", body, "Content-Type", JSON, "Authorization", "");
        assertEquals("login of " + naam + ": " + answer.body(), 200, answer.status());
        return "Bearer " + answer.body().get("access_token").asText();
    }

    /**
     * For a platform started as a process: the operator logs in with the one-time password printed on the
     * console at first start and creates an account for the college's staff in every role; its "Bearer …".
     */
    public static String medewerkerVanConsole(Path consoleLog, int port) throws IOException {
        Matcher m = Pattern.compile("eenmalig wachtwoord: (\\S+)").matcher(Files.readString(consoleLog));
        if (!m.find()) {
            throw new AssertionError("no one-time operator password on the console:\n" + Files.readString(consoleLog));
        }
        String beheerder = login(port, "beheerder", m.group(1), WACHTWOORD);
        Http.Exchange created = Http.send(port, "POST", "/api/v1/aanmelding/gebruikers",
                "{\"naam\":\"medewerker\",\"functies\":[\"meldpuntmedewerker\",\"consulent\",\"coordinator\"]}", "Content-Type", JSON,
                "Authorization", beheerder);
        assertEquals(created.body().toString(), 201, created.status());
        return login(port, "medewerker", created.body().get("eenmaligWachtwoord").asText(), WACHTWOORD);
    }

    private static Gebruikers gebruikers(BundleContext context) {
        ServiceTracker<Gebruikers, Gebruikers> tracker = new ServiceTracker<>(context, Gebruikers.class, null);
        tracker.open();
        try {
            Gebruikers g = tracker.waitForService(30_000);
            if (g == null) {
                throw new AssertionError("no Gebruikers service within 30 s");
            }
            return g;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

}
