// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.meervoud.auth.api.Functie;
import nl.meervoud.auth.api.Gebruikers;
import nl.meervoud.platform.api.Gemeenten;
import nl.meervoud.platform.api.Installation;

/**
 * The local accounts in {@code etc/gebruikers.json}: Argon2id hashes of chosen passwords and salted SHA-256 of
 * random one-time ones ({@link Eenmalig}), never a password in clear. At the first start
 * (no file yet) the operator account {@code beheerder} is created and its one-time password printed once on the
 * console, not in the technical log; it must be replaced at the first login. Five failed logins in a row make an
 * account wait a minute.
 */
@Component(service = { Gebruikers.class, LokaleGebruikers.class }, configurationPid = AanmeldConfig.PID)
public final class LokaleGebruikers implements Gebruikers {
    private static final Logger LOG = LoggerFactory.getLogger(LokaleGebruikers.class);
    static final String BEHEERDER = "beheerder";
    static final String BESTAND = "gebruikers.json";

    /**
     * A stored account. {@code generatie} grows at every reset and password change; a token carries the generation
     * it was issued in, so earlier tokens stop working at once.
     */
    record Account(String naam, String hash, Set<Functie> functies, String gemeente, String organisatie, String bsn, boolean eenmalig,
            long generatie, Set<String> teams) {
        Account {
            teams = teams == null ? Set.of() : Set.copyOf(teams);
        }
    }

    /** Why a login is refused; the endpoint turns it into 401, 403 or 429. */
    static final class Geweigerd extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        /** The request field the refusal is about (problem+json names it), or null. */
        final String veld;

        Geweigerd(int status, String reden) {
            this(status, reden, null);
        }

        Geweigerd(int status, String reden, String veld) {
            super(reden, null, false, false);
            this.status = status;
            this.veld = veld;
        }
    }

    private final Path file;
    private final Clock clock;
    private volatile AanmeldConfig config;
    private volatile Map<String, Account> accounts;
    private final Map<String, int[]> mislukt = new ConcurrentHashMap<>();
    private final Map<String, Instant> geblokkeerd = new ConcurrentHashMap<>();

    @Activate
    public LokaleGebruikers(BundleContext context, AanmeldConfig config) {
        this(Installation.etcDirectory(context).resolve(BESTAND), config, Clock.systemUTC());
    }

    LokaleGebruikers(Path file, AanmeldConfig config, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.config = config;
        if (Files.exists(file)) {
            this.accounts = read(file);
        } else {
            this.accounts = Map.of();
            String password = aanmaken(BEHEERDER, Set.of(Functie.BEHEERDER), config.gemeente(), "", "", Set.of());
            // On the console only, once: a secret never goes into a log file.
            System.out.println("Meervoud: eerste start. Account `" + BEHEERDER + "` (functioneel beheerder) met eenmalig wachtwoord: "
                    + password + "\n  Wijzig het bij de eerste aanmelding: POST /api/v1/aanmelding/token met gebruiker, wachtwoord en "
                    + "nieuwWachtwoord (docs/operating.md).");
            System.out.flush();
            LOG.info("First start: created {} with operator account `{}`; its one-time password was printed on the console", file,
                    BEHEERDER);
        }
    }

    @Modified
    void modified(AanmeldConfig config) {
        this.config = config;
    }

    // ---------------------------------------------------------------- Gebruikers

    @Override
    public synchronized String aanmaken(String naam, Set<Functie> functies, String gemeente, String organisatie, String bsn,
            Set<String> teams) {
        naam(naam);
        for (String team : teams) {
            if (!team.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
                throw new IllegalArgumentException("teams: kleine letters, cijfers, punt, streep of liggend streepje, tot 64 tekens");
            }
        }
        if (functies.isEmpty()) {
            throw new IllegalArgumentException("functies: geef ten minste één functie");
        }
        String g = gemeente == null || gemeente.isBlank() ? config.gemeente() : gemeente;
        if (!Gemeenten.isGemeentecode(g)) {
            throw new IllegalArgumentException("gemeente: een CBS-gemeentecode van 4 cijfers");
        }
        String o = organisatie == null ? "" : organisatie;
        if (functies.contains(Functie.PROFESSIONAL) == o.isBlank()) {
            throw new IllegalArgumentException("organisatie: verplicht voor een professional, en alleen dan");
        }
        String b = bsn == null ? "" : bsn;
        if (functies.contains(Functie.BURGER) != b.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("bsn: 9 cijfers voor een burger, en alleen dan");
        }
        String password = Argon2id.randomPassword();
        Map<String, Account> next = new TreeMap<>(accounts);
        Account earlier = accounts.get(naam);
        next.put(naam, new Account(naam, Eenmalig.hash(password.toCharArray()), Collections.unmodifiableSet(EnumSet.copyOf(functies)), g, o, b,
                true, earlier == null ? 1 : earlier.generatie() + 1, teams));
        write(next);
        mislukt.remove(naam);
        geblokkeerd.remove(naam);
        return password;
    }

    @Override
    public synchronized boolean wachtwoordWijzigen(String naam, char[] huidig, char[] nieuw) {
        Account a = accounts.get(naam);
        if (a == null || !klopt(huidig, a)) {
            return false;
        }
        zetWachtwoord(a, nieuw);
        return true;
    }

    @Override
    public synchronized boolean verwijderen(String naam) {
        if (!accounts.containsKey(naam)) {
            return false;
        }
        Map<String, Account> next = new TreeMap<>(accounts);
        next.remove(naam);
        write(next);
        return true;
    }

    /**
     * The municipality of accounts created without one: the installation's own (setting {@code gemeente}). Its
     * operators are the installation's, who onboard municipalities; every other operator manages their own.
     */
    String installatieGemeente() {
        return config.gemeente();
    }

    @Override
    public List<Gebruiker> lijst() {
        List<Gebruiker> out = new ArrayList<>();
        for (Account a : accounts.values()) {
            out.add(new Gebruiker(a.naam(), a.functies(), a.gemeente(), a.organisatie(), a.eenmalig(), a.teams()));
        }
        return out;
    }

    // ---------------------------------------------------------------- login

    /**
     * Checks a login. A one-time password logs in only together with a new password, which replaces it.
     *
     * @param nieuw the new password, or null
     */
    Account inloggen(String naam, char[] wachtwoord, char[] nieuw) throws Geweigerd {
        if (!config.lokaal()) {
            throw new Geweigerd(403, "lokale accounts staan uit; meld u aan bij de IdP van de gemeente");
        }
        Instant tot = geblokkeerd.get(naam);
        if (tot != null && clock.instant().isBefore(tot)) {
            throw new Geweigerd(429, "te veel mislukte aanmeldingen; probeer het over een minuut opnieuw");
        }
        Account a = accounts.get(naam);
        // Unknown names and one-time passwords cost an Argon2id hash too, so timing does not tell which accounts
        // exist or which still wait for their first login.
        boolean ok = a != null && klopt(wachtwoord, a);
        if (a == null || Eenmalig.isHash(a.hash())) {
            Argon2id.matches(wachtwoord, Dummy.HASH); // what checking a chosen password costs
        }
        if (!ok) {
            int[] count = mislukt.computeIfAbsent(naam, k -> new int[1]);
            synchronized (count) {
                if (++count[0] >= config.pogingen()) {
                    geblokkeerd.put(naam, clock.instant().plusSeconds(60));
                    count[0] = 0;
                }
            }
            if (mislukt.size() > 10_000) {
                mislukt.clear(); // bounded: a flood of made-up names cannot grow the maps without end
            }
            if (geblokkeerd.size() > 10_000) {
                geblokkeerd.values().removeIf(until -> !clock.instant().isBefore(until));
            }
            throw new Geweigerd(401, "gebruikersnaam of wachtwoord onjuist");
        }
        mislukt.remove(naam);
        if (a.eenmalig()) {
            if (nieuw == null) {
                throw new Geweigerd(403, "dit is een eenmalig wachtwoord: meld u aan met ook `nieuwWachtwoord`", "nieuwWachtwoord");
            }
            synchronized (this) {
                return zetWachtwoord(accounts.get(naam), nieuw);
            }
        }
        if (nieuw != null) {
            synchronized (this) {
                return zetWachtwoord(a, nieuw);
            }
        }
        return a;
    }

    /** The account for a local token's subject, if it still exists. */
    Account account(String naam) {
        return accounts.get(naam);
    }

    /**
     * Whether the password is the account's: a one-time password may be kept as {@link Eenmalig} SHA-256 (it is
     * random), a chosen one only as Argon2id; a SHA-256 hash on an account past its first login is refused.
     */
    private static boolean klopt(char[] password, Account a) {
        return a.eenmalig() && Eenmalig.isHash(a.hash()) ? Eenmalig.matches(password, a.hash()) : Argon2id.matches(password, a.hash());
    }

    /** A hash to check unknown names against, made at the first such login, not at start-up (Argon2id costs ~35 ms). */
    private static final class Dummy {
        static final String HASH = Argon2id.hash("geen account".toCharArray());
    }

    private Account zetWachtwoord(Account a, char[] nieuw) {
        if (nieuw.length < config.minimaleLengte()) {
            throw new IllegalArgumentException("nieuwWachtwoord: ten minste " + config.minimaleLengte() + " tekens");
        }
        if (klopt(nieuw, a)) {
            throw new IllegalArgumentException("nieuwWachtwoord: gelijk aan het huidige wachtwoord");
        }
        Account changed = new Account(a.naam(), Argon2id.hash(nieuw), a.functies(), a.gemeente(), a.organisatie(), a.bsn(), false,
                a.generatie() + 1, a.teams());
        Map<String, Account> next = new TreeMap<>(accounts);
        next.put(a.naam(), changed);
        write(next);
        return changed;
    }

    private static void naam(String naam) {
        if (naam == null || !naam.matches("[a-z][a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException("naam: kleine letters, cijfers, punt, streep of liggend streepje, 2 tot 64 tekens, "
                    + "beginnend met een letter");
        }
    }

    // ---------------------------------------------------------------- file

    private static Map<String, Account> read(Path file) {
        try {
            JsonNode root = Json.MAPPER.readTree(Files.readAllBytes(file));
            Map<String, Account> out = new TreeMap<>();
            for (JsonNode n : root.path("gebruikers")) {
                Set<Functie> functies = EnumSet.noneOf(Functie.class);
                n.path("functies").forEach(f -> functies.add(Functie.of(f.asText())));
                String naam = n.path("naam").asText();
                out.put(naam, new Account(naam, n.path("hash").asText(), Collections.unmodifiableSet(functies), n.path("gemeente").asText(),
                        n.path("organisatie").asText(""), n.path("bsn").asText(""), n.path("eenmalig").asBoolean(false),
                        n.path("generatie").asLong(0), teams(n.path("teams"))));
            }
            return Collections.unmodifiableMap(out);
        } catch (IOException | IllegalArgumentException e) {
            // Refusing to start is safer than starting with accounts nobody can read; the operator fixes the file.
            throw new IllegalStateException(file + " is not a readable accounts file: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Set<String> teams(JsonNode list) {
        Set<String> out = new java.util.TreeSet<>();
        list.forEach(t -> out.add(t.asText()));
        return out;
    }

    private void write(Map<String, Account> next) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("toelichting", "Lokale accounts van Meervoud (Argon2id-hashes; SHA-256 voor willekeurige eenmalige wachtwoorden). Beheer ze met meervoud:gebruiker of "
                + "/api/v1/aanmelding/gebruikers; zie docs/operating.md.");
        ArrayNode list = root.putArray("gebruikers");
        for (Account a : next.values()) {
            ObjectNode n = list.addObject();
            n.put("naam", a.naam()).put("hash", a.hash());
            ArrayNode f = n.putArray("functies");
            a.functies().forEach(x -> f.add(x.naam()));
            n.put("gemeente", a.gemeente()).put("organisatie", a.organisatie()).put("bsn", a.bsn()).put("eenmalig", a.eenmalig())
                    .put("generatie", a.generatie());
            ArrayNode t = n.putArray("teams");
            a.teams().forEach(t::add);
        }
        try {
            EigenBestand.schrijf(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        accounts = Collections.unmodifiableMap(next);
    }

    /** Names and functions for the shell, without hashes. */
    String overzicht() {
        return accounts.values().stream().map(a -> a.naam() + "  " + a.functies().stream().map(Functie::naam).collect(Collectors.joining(","))
                + "  gemeente " + a.gemeente() + (a.organisatie().isEmpty() ? "" : "  " + a.organisatie()) + (a.eenmalig() ? "  (eenmalig wachtwoord)" : ""))
                .collect(Collectors.joining("\n"));
    }
}
