// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser UI in a real headless Chromium (Debian's, driven by Selenium through Debian's ChromeDriver) against
 * {@code meervoud.jar} started as an operator starts it. A new user's route: sign in with the printed one-time
 * password, create a staff account, sign in as that person, register a melding (refused first, with its article),
 * triage it, investigate with a family member and a data request a party answers, give the outcome per person,
 * designate a coordinator who convenes a casusoverleg and releases data through the kernel, and end the approach.
 * axe-core checks every screen (no serious or critical WCAG 2.1 A/AA violation), one pass is keyboard only, and
 * every screen is photographed for docs/ui.md.
 */
public class BrowserIT {
    private static final Pattern EENMALIG = Pattern.compile("eenmalig wachtwoord: (\\S+)");
    private static final String BSN = "111222333";
    private static Path home;
    private static int port;
    private static Process process;
    private static ChromeDriver browser;
    private static String axe;
    private static Path screenshots;

    @BeforeClass
    public static void start() throws Exception {
        Http.standaard(null);
        home = Files.createTempDirectory("meervoud-browser-it");
        // The retention job every minute instead of every hour, so that the privacy officer sees what it deleted.
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/nl.meervoud.casus.config"), "bewaartermijnInterval=I\"1\"\n");
        port = MeervoudDistribution.freePort();
        process = MeervoudDistribution.startJar(Path.of(System.getProperty("java.home")), home, port);
        assertEquals(console(), 200, Http.awaitStatus(port, "/health/ready", 200, Duration.ofSeconds(90)).status());
        axe = Files.readString(Path.of(System.getProperty("meervoud.it.axe")));
        screenshots = Path.of(System.getProperty("meervoud.it.screenshots"));
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("meervoud.it.chromium", "/usr/bin/chromium"));
        // The flags of ../shared/design/wave2-notes.md: headless as root, and no background traffic into the closed network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=nl-NL",
                "--user-data-dir=" + Files.createTempDirectory("meervoud-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("meervoud.it.chromedriver", "/usr/bin/chromedriver")).toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60)).pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (process != null) {
            process.destroy();
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    public void aNewUserCarriesACaseFromMeldingToCoordinatedApproachInTheBrowser() throws Exception {
        // The operator signs in with the password the first start printed, and must choose one of their own.
        open("/ui/");
        assertTrue("without a session the UI asks to sign in: " + browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("/ui/aanmelden"));
        check("aanmelden");
        String eenmalig = eenmaligWachtwoord();
        type("veld-gebruiker", "beheerder");
        type("veld-wachtwoord", eenmalig);
        submit();
        assertTrue(text(), text().contains("Kies een eigen wachtwoord"));
        check("eenmalig-wachtwoord");
        type("veld-wachtwoord", eenmalig);
        type("veld-nieuwWachtwoord", "een eigen lang wachtwoord");
        type("veld-nieuwWachtwoordHerhaald", "een eigen lang wachtwoord");
        submit();
        assertEquals("Beheer — Meervoud", browser.getTitle());
        assertTrue("the modules and their states: " + text(), text().contains("privacy-kernel") && text().contains("ACTIVE"));
        check("beheer");

        // The operator creates an account for a staff member, whose one-time password is shown once.
        click(browser.findElement(By.linkText("Accounts beheren")));
        String medewerkerEenmalig = account("s.jansen", "veld-teams", "noord", "meldpuntmedewerker", "consulent", "coordinator");
        check("accounts");
        // ... and one for the Kredietbank's professional, who answers the requests addressed to that party.
        String professionalEenmalig = account("p.kredietbank", "veld-organisatie", "kredietbank", "professional");
        // ... and, for this test, a resident's account (in production residents come through DigiD at the IdP).
        String inwonerEenmalig = account("sanne", "veld-bsn", BSN, "burger");
        // ... and the wijkteam's coordinator, whom the college will designate for the approach.
        String coordinatorEenmalig = account("f.bakker", null, null, "coordinator");
        // ... and the privacy officer, who sees the processing log and not the content of cases.
        String fgEenmalig = account("fg", null, null, "privacyfunctionaris");
        click(browser.findElement(By.xpath("//button[normalize-space()='Afmelden']")));
        assertTrue(browser.getCurrentUrl().endsWith("/ui/aanmelden"));

        // The staff member signs in, keyboard only: tab from the top of the page, type, Enter.
        keyboardLogin("s.jansen", medewerkerEenmalig);
        assertTrue(text(), text().contains("Kies een eigen wachtwoord"));
        keyboardNewPassword(medewerkerEenmalig, "wachtwoord van de consulent");
        assertEquals("Werkvoorraad — Meervoud", browser.getTitle());
        check("werkvoorraad-leeg");

        // A professional cannot stay anonymous towards the gemelde: refused, with its article, nothing stored.
        click(browser.findElement(By.linkText("Meldpunt")));
        click(browser.findElement(By.linkText("Nieuwe melding")));
        new Select(browser.findElement(By.id("veld-melderSoort"))).selectByValue("PROFESSIONAL");
        type("veld-melderNaam", "Wijkagent Bos");
        browser.findElement(By.id("veld-anoniem")).click();
        type("veld-gemeldeNaam", "G. de Boer");
        type("veld-gemeldeAdres", "Kade 1");
        type("veld-zorg", "verwaarlozing van de tuin en de post stapelt zich op");
        submit();
        assertTrue("the refusal names its article: " + text(), text().contains("art. 5.5.1"));
        check("melding-geweigerd");
        browser.findElement(By.id("veld-anoniem")).click();
        submit();
        assertEquals("Melding — Meervoud", browser.getTitle());
        assertTrue(text(), text().contains("In triage"));
        check("melding");

        // Triage: the college takes it up under its own task, which needs the gemelde's consent (art. 5.5.4 lid 1).
        new Select(browser.findElement(By.id("veld-uitkomst"))).selectByValue("EIGEN_TAAK");
        type("veld-ernst", "zorgelijk");
        type("veld-naar", "Jeugdwet");
        submit();
        assertTrue("without consent, refused with its article: " + text(), text().contains("art. 5.5.4 lid 1") && text().contains("In triage"));
        check("triage-geweigerd");
        browser.findElement(By.id("veld-toestemmingGemelde")).click();
        submit();
        assertTrue("triage recorded: " + text(), text().contains("Eigen taak") && !text().contains("In triage"));
        assertFalse(text(), browser.findElements(By.cssSelector(".utrecht-alert--warning, .utrecht-alert--error")).size() > 0);

        // An investigation under Wmo 2015 art. 2.3a.1; its term comes from the active rules, with its article.
        click(browser.findElement(By.linkText("Onderzoeken")));
        click(browser.findElement(By.linkText("Nieuw onderzoek")));
        check("onderzoek-nieuw");
        new Select(browser.findElement(By.id("veld-hulpvraagWet"))).selectByValue("Jeugdwet");
        type("veld-clientBsn", BSN);
        type("veld-clientNaam", "Sanne de Vries");
        date("veld-clientGeboortedatum", "1988-04-12");
        type("veld-domeinen", "opvoeding, schulden, inkomen");
        type("veld-problemen", "opvoedingsvragen, betalingsachterstanden");
        type("veld-noodzaak", "opvoedingsvragen en betalingsachterstanden hangen samen");
        submit();
        assertEquals(text(), "Onderzoek — Meervoud", browser.getTitle());
        assertTrue("the term and its article: " + text(), text().contains("Binnen de termijn") && text().contains("Wmo 2015 art. 2.3a.1"));
        assertTrue(text(), text().contains("Sanne de Vries") && text().contains("inkomen, opvoeding, schulden") && text().contains("betalingsachterstanden, opvoedingsvragen"));
        assertFalse("no BSN in a URL: " + browser.getCurrentUrl(), browser.getCurrentUrl().contains(BSN));
        check("onderzoek");

        // Mark, her partner in the same household, is asked to take part (a gezinslid on the ground the model
        // computes, Wmo 2015 art. 1.1.1), and consents.
        browser.findElement(By.xpath("//summary[contains(., 'Een gezinslid vragen')]")).click();
        type("veld-gezinslidBsn", "123456782");
        type("veld-gezinslidNaam", "Mark de Vries");
        date("veld-gezinslidGeboortedatum", "1986-01-30");
        browser.findElement(By.id("veld-inHuishouding")).click();
        type("veld-gezinslidNoodzaak", "de schulden zijn van het huishouden samen");
        click(browser.findElement(By.xpath("//button[normalize-space()='Gezinslid vragen']")));
        assertTrue("the ground is computed from the household: " + text(), text().contains("Mark de Vries") && text().contains("Gezamenlijke huishouding"));
        click(browser.findElement(By.xpath("//button[normalize-space()='Instemming vastleggen']")));
        assertTrue(text(), browser.findElements(By.xpath("//button[normalize-space()='Instemming vastleggen']")).isEmpty());
        assertTrue("a client from the consent: " + text(), text().contains("Instemmend gezinslid"));
        check("gezinsleden");

        // A data request: first "mag dit?" (the kernel's answer, nothing sent), then send it.
        type("veld-partijId", "kredietbank");
        type("veld-partijNaam", "Kredietbank Rijnmond");
        browser.findElement(By.id("veld-bsnBevoegd")).click();
        browser.findElement(By.id("veld-gegeven-FINANCIEEL")).click();
        type("veld-doel", "zicht op de schulden voor het voorstel van de aanpak");
        type("veld-domein", "wonen");
        type("veld-waarom", "betalingsachterstanden bij huur en energie");
        type("veld-metWie", "de coördinator en het wijkteam");
        click(browser.findElement(By.xpath("//button[normalize-space()='Mag dit?']")));
        assertTrue("outside the agreed scope the kernel says no, with its article: " + text(), text().contains("Mag dit? Nee.") && text().contains("art."));
        check("verzoek-toets-nee");
        assertEquals("nothing was sent", 0, browser.findElements(By.xpath("//caption[normalize-space()='Verzoeken bij dit onderzoek']")).size());
        type("veld-domein", "schulden");
        click(browser.findElement(By.xpath("//button[normalize-space()='Mag dit?']")));
        assertTrue("the kernel's yes names its article: " + text(), text().contains("Mag dit? Ja.") && text().contains("ja, op grond van Wmo 2015 art. 5.4.2"));
        check("verzoek-toets-ja");
        click(browser.findElement(By.xpath("//button[normalize-space()='Versturen']")));
        assertTrue("sent, and listed with its state: " + text(), text().contains("Verzoeken bij dit onderzoek") && text().contains("Verzocht"));
        check("onderzoek-met-verzoek");
        String onderzoek = browser.getCurrentUrl();
        // During the investigation the college convenes a casusoverleg with the party whose input is needed.
        browser.findElement(By.xpath("//summary[contains(., 'Een casusoverleg bijeenroepen')]")).click();
        type("veld-genodigde-0-partij", "kredietbank");
        type("veld-genodigde-0-noodzaak", "de schulden in beeld voor de uitkomst");
        click(button("Casusoverleg bijeenroepen"));
        assertEquals(text(), "Casusoverleg — Meervoud", browser.getTitle());
        assertTrue(text(), text().contains("het college, tijdens het onderzoek") && text().contains("de schulden in beeld"));
        check("casusoverleg-onderzoek");
        click(browser.findElement(By.linkText("Naar het onderzoek")));
        assertTrue(text(), text().contains("Casusoverleggen in deze zaak"));

        // The party's professional sees the request addressed to the Kredietbank and provides, on a condition.
        click(browser.findElement(By.xpath("//button[normalize-space()='Afmelden']")));
        login("p.kredietbank", professionalEenmalig, "wachtwoord van de kredietbank");
        assertEquals("Werkvoorraad — Meervoud", browser.getTitle());
        assertEquals("the request addressed to their party: " + text(), 1, browser.findElements(By.cssSelector("tbody tr")).size());
        check("partij-werkvoorraad");
        click(browser.findElement(By.cssSelector("tbody tr a")));
        assertTrue(text(), text().contains("zicht op de schulden") && text().contains("Financieel"));
        check("partij-verzoek");
        browser.findElement(By.id("veld-toestemmingBetrokkene")).click();
        type("veld-nietAan", "woningcorporatie");
        submit();
        assertTrue("provided, and the condition stays with the data: " + text(),
                text().contains("Verstrekt onder voorwaarden") && text().contains("Niet verder verstrekken aan: woningcorporatie"));
        check("partij-beantwoord");
        // The professional asks the college to investigate another resident (Wmo 2015 art. 2.3a.4): every criterion
        // must be substantiated, or the request is refused naming the article.
        click(browser.findElement(By.linkText("Verzoek om onderzoek")));
        type("veld-clientBsn", "300000261");
        type("veld-clientNaam", "P. Smit");
        date("veld-clientGeboortedatum", "1971-09-03");
        for (String c : new String[] { "voortdurend", "teloorgang", "zorgmijding" }) {
            browser.findElement(By.id("veld-" + c)).click();
        }
        type("veld-motivering", "huurachterstand, overlast voor de buren en geen hulp aanvaard");
        submit();
        assertTrue("a criterion not substantiated: refused, with its article: " + text(), text().contains("2.3a.4") && text().contains("Nee"));
        check("verzoek-onderzoek-geweigerd");
        browser.findElement(By.id("veld-draagtBij")).click();
        submit();
        assertTrue(text(), text().contains("Verzoek om onderzoek ingediend"));
        check("verzoek-onderzoek");
        browser.get(onderzoek);
        assertTrue("the professional does not read the investigation: " + text(), text().contains("Nee") || text().contains("Geen toegang"));
        click(browser.findElement(By.xpath("//button[normalize-space()='Afmelden']")));
        login("s.jansen", "wachtwoord van de consulent", null);

        click(browser.findElement(By.linkText("Werkvoorraad")));
        assertEquals("the melding, the investigation and the party's request for one: " + text(), 3, browser.findElements(By.cssSelector("tbody tr")).size());
        assertTrue("the party's request waits for the college's decision: " + text(), text().contains("Verzoek ingediend"));
        assertTrue("each file's legal term, in colour and words, with its article: " + text(), text().contains("Binnen de termijn")
                && text().contains("Uitkomst van het onderzoek uiterlijk") && text().contains("Gemelde informeren uiterlijk")
                && text().contains("AVG art. 14 lid 3 onder a"));
        check("werkvoorraad");
        click(browser.findElement(By.linkText("Alle onderzoeken")));
        new Select(browser.findElement(By.id("veld-sorteer"))).selectByValue("termijn");
        click(button("Tonen"));
        assertTrue("the list sorts by term: " + browser.getCurrentUrl(), browser.getCurrentUrl().contains("sorteer=termijn") && text().contains("Binnen de termijn"));

        // The session cookie alone does not make a form: without the page's CSRF token the UI refuses, and the
        // pages with personal data are never stored by the browser.
        Cookie sessie = browser.manage().getCookieNamed("meervoud-sessie");
        assertTrue("HttpOnly, SameSite=Strict: " + sessie, sessie.isHttpOnly() && "Strict".equals(sessie.getSameSite()));
        Http.Exchange zonderToken = Http.send(port, "POST", "/ui/meldingen/nieuw", "zorg=x&melderNaam=y",
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", "meervoud-sessie=" + sessie.getValue());
        assertEquals(403, zonderToken.status());
        Http.Exchange pagina = Http.send(port, "GET", "/ui/onderzoeken", null, "Cookie", "meervoud-sessie=" + sessie.getValue());
        assertEquals(200, pagina.status());
        assertEquals("no-store", pagina.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(pagina.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        Http.Exchange vreemd = Http.send(port, "POST", "/ui/aanmelden", "gebruiker=s.jansen&wachtwoord=x", "Content-Type",
                "application/x-www-form-urlencoded", "Origin", "https://elders.example");
        assertEquals("a sign-in form posted from another site is refused", 403, vreemd.status());
        Http.Exchange groot = Http.send(port, "POST", "/ui/meldingen/nieuw", "zorg=" + "x".repeat(300_000), "Content-Type",
                "application/x-www-form-urlencoded", "Cookie", "meervoud-sessie=" + sessie.getValue());
        assertEquals("a form over the container's limit is the sender's fault, not a 5xx", 400, groot.status());

        // The end of the investigation: the procedure items, the content (a)-(e), the written outcome per person.
        browser.get(onderzoek);
        browser.findElement(By.xpath("//summary[contains(., 'Procedure bijwerken')]")).click();
        browser.findElement(By.id("veld-identiteitVastgesteld")).click();
        browser.findElement(By.id("veld-clientondersteuningGewezen")).click();
        click(button("Procedure vastleggen"));
        geenWeigering();
        type("veld-nodigeDiensten", "jeugdhulp, schuldhulpverlening, bijzondere bijstand");
        browser.findElement(By.id("veld-inhoud-FINANCIEEL")).click();
        click(button("Inhoud vastleggen"));
        geenWeigering();
        assertTrue(text(), text().contains("jeugdhulp, schuldhulpverlening, bijzondere bijstand"));
        type("veld-uitkomst-0-conclusies", "Opvoedingsondersteuning en aanvulling van het inkomen zijn nodig.");
        type("veld-uitkomst-0-voorzieningen", "jeugdhulp, bijzondere bijstand");
        type("veld-uitkomst-1-conclusies", "Schuldhulpverlening is nodig.");
        type("veld-uitkomst-1-voorzieningen", "schuldhulpverlening");
        type("veld-uitkomst-1-hoe", "intake bij de Kredietbank binnen vier weken");
        click(button("Uitkomst vastleggen"));
        assertTrue("services without how they are obtained: refused, with the article: " + text(), text().contains("art. 2.3a.2 lid 1")
                && !browser.findElements(By.id("veld-uitkomst-0-hoe")).isEmpty());
        check("uitkomst-geweigerd");
        type("veld-uitkomst-0-hoe", "beschikking na dit onderzoek, geen aparte aanvraag");
        click(button("Uitkomst vastleggen"));
        assertTrue("two services for Sanne make the approach mandatory, on its rule: " + text(), text().contains("Uitkomst meegedeeld")
                && text().contains("Verplicht") && text().contains("Wmo 2015 art. 2.3a.2 lid 2 onder a") && text().contains("Schuldhulpverlening is nodig."));
        check("uitkomst");

        // Closing without an approach is refused: it is mandatory. Then the college designates the wijkteam's coordinator.
        new Select(browser.findElement(By.id("veld-besluit"))).selectByValue("GEEN");
        click(button("Besluit vastleggen"));
        assertTrue("refused with its article: " + text(), text().contains("Nee") && text().contains("art. 2.3a.2 lid 2 onder a"));
        check("aanpak-geweigerd");
        new Select(browser.findElement(By.id("veld-besluit"))).selectByValue("COORDINATOR");
        type("veld-coordinatorNaam", "Fatima Bakker");
        new Select(browser.findElement(By.id("veld-coordinatorSoort"))).selectByValue("MEDEWERKER_PARTIJ");
        type("veld-coordinatorOrganisatie", "Wijkteam Noord");
        type("veld-coordinatorGebruiker", "f.bakker");
        click(button("Besluit vastleggen"));
        geenWeigering();
        assertTrue(text(), text().contains("Aanpak lopend") && text().contains("Coördinatiedossier"));

        // The coordinator works the approach: her worklist holds this one file, which holds progress and agreements only.
        click(browser.findElement(By.xpath("//button[normalize-space()='Afmelden']")));
        login("f.bakker", coordinatorEenmalig, "wachtwoord van de coordinator");
        assertEquals("Werkvoorraad — Meervoud", browser.getTitle());
        assertEquals("the approach she was designated for: " + text(), 1, browser.findElements(By.cssSelector("tbody tr")).size());
        click(browser.findElement(By.cssSelector("tbody tr a")));
        assertTrue(text(), text().contains("Fatima Bakker") && text().contains("Wijkteam Noord") && text().contains("Lopend"));
        assertFalse("no care content in the coördinatiedossier: " + text(), text().contains("Opvoedingsondersteuning"));
        String coordinatiedossier = browser.getCurrentUrl();
        browser.findElement(By.xpath("//summary[contains(., 'Voortgang vastleggen')]")).click();
        type("veld-doel", "schulden stabiel");
        type("veld-tekst", "intake bij de Kredietbank gepland");
        click(button("Voortgang vastleggen"));
        geenWeigering();

        // A casusoverleg: each invitee's necessity is recorded, or it is refused (Wmo 2015 art. 5.4.3 lid 1).
        browser.findElement(By.xpath("//summary[contains(., 'Een casusoverleg bijeenroepen')]")).click();
        type("veld-genodigde-0-partij", "kredietbank");
        type("veld-genodigde-0-noodzaak", "afstemming van de schuldregeling op de jeugdhulp");
        type("veld-genodigde-1-partij", "wijkteam-noord");
        click(button("Casusoverleg bijeenroepen"));
        assertTrue("an invitee without a recorded necessity: refused, with its article: " + text(), text().contains("art. 5.4.3 lid 1"));
        check("casusoverleg-geweigerd");
        type("veld-genodigde-1-noodzaak", "coördinatie en budgetcoaching");
        click(button("Casusoverleg bijeenroepen"));
        assertEquals(text(), "Casusoverleg — Meervoud", browser.getTitle());
        browser.findElement(By.xpath("//summary[contains(., 'Een afspraak vastleggen')]")).click();
        type("veld-wie", "kredietbank");
        type("veld-wat", "start een schuldregeling");
        type("veld-toelichting", "na de intake");
        click(button("Afspraak vastleggen"));
        assertTrue(text(), text().contains("start een schuldregeling"));

        // Data leave the meeting only with the consent of who brought them in: the kernel refuses, then permits on W12.
        browser.findElement(By.xpath("//summary[contains(., 'Gegevens vrijgeven')]")).click();
        new Select(browser.findElement(By.id("veld-verstrekker"))).selectByValue("kredietbank");
        new Select(browser.findElement(By.id("veld-ontvanger"))).selectByValue("wijkteam-noord");
        browser.findElement(By.id("veld-gegeven-FINANCIEEL")).click();
        type("veld-eigenTaak", "budgetcoaching in de aanpak");
        click(button("Vrijgeven"));
        assertTrue("without the provider's consent: no, with its article: " + text(), text().contains("Nee") && text().contains("art. 5.4.3 lid 4"));
        check("vrijgave-geweigerd");
        browser.findElement(By.id("veld-toestemmingVerstrekker")).click();
        click(button("Vrijgeven"));
        assertTrue("the release register, with the rule: " + text(), text().contains("Toegestaan") && text().contains("wams-core/W12"));
        check("casusoverleg");

        // The goals are reached: the coordinator signals, the approach ends, and the wijkteam hands the file to the college.
        click(browser.findElement(By.linkText("Naar het coördinatiedossier")));
        new Select(browser.findElement(By.id("veld-soort"))).selectByValue("BEEINDIGEN");
        type("veld-reden", "doelen bereikt");
        click(button("Signaal geven"));
        geenWeigering();
        assertTrue(text(), text().contains("doelen bereikt"));
        check("coordinatiedossier");
        click(button("Aanpak beëindigen"));
        geenWeigering();
        assertTrue(text(), text().contains("Beeindigd") && text().contains("Bewaren tot"));
        click(button("Overdragen aan het college"));
        geenWeigering();
        assertTrue("from now on the college is the controller: " + text(), text().contains("Overgedragen"));
        check("coordinatiedossier-overgedragen");
        assertFalse("no BSN in a URL: " + coordinatiedossier, coordinatiedossier.contains(BSN));
        click(browser.findElement(By.xpath("//button[normalize-space()='Afmelden']")));

        // A melding registered late, received long ago: its period (at most a year, Wmo 2015 art. 5.5.4 lid 1) has passed,
        // so the retention job deletes it on its next run.
        login("s.jansen", "wachtwoord van de consulent", null);
        click(browser.findElement(By.linkText("Meldpunt")));
        click(browser.findElement(By.linkText("Nieuwe melding")));
        browser.executeScript("arguments[0].value = '2024-01-02'", browser.findElement(By.id("veld-ontvangen")));
        type("veld-melderNaam", "Buurvrouw");
        type("veld-gemeldeNaam", "H. Visser");
        type("veld-zorg", "de buurman is al weken niet gezien");
        submit();
        assertEquals(text(), "Melding — Meervoud", browser.getTitle());
        click(browser.findElement(By.xpath("//button[normalize-space()='Afmelden']")));

        // The privacy officer: the log is intact, and every processing of Sanne and of the case, by pseudonym.
        login("fg", fgEenmalig, "wachtwoord van de privacyfunctionaris");
        assertEquals("Verantwoording — Meervoud", browser.getTitle());
        click(button("Log controleren"));
        assertTrue(text(), text().contains("Ongeschonden") && text().contains("records gecontroleerd"));
        type("veld-bsn", BSN);
        click(button("Verwerkingen tonen"));
        assertTrue("her processing, with rules and articles: " + text(), text().contains("Verwerkingen van deze persoon") && text().contains("wams-core/")
                && text().contains("Wmo 2015 art."));
        assertFalse("the log names her by pseudonym, the page holds no BSN: " + text(), browser.getPageSource().contains(BSN));
        check("verantwoording");
        // Her history is longer than a page: the next page asks for her again without the BSN in the page.
        String eerste = text();
        click(button("Volgende pagina"));
        assertTrue(text(), text().contains("Verwerkingen van deze persoon (51–") && !text().equals(eerste));
        assertFalse(browser.getPageSource().contains(BSN));
        check("verantwoording-volgende-pagina");
        Matcher uuid = Pattern.compile("/onderzoeken/([0-9a-f-]{36})").matcher(onderzoek);
        assertTrue(onderzoek, uuid.find());
        String zaak = uuid.group(1);
        type("veld-onderzoek", zaak);
        click(button("Onderzoek tonen"));
        assertTrue(text(), text().contains("Verwerkingen in dit onderzoek") && text().contains("Deny"));
        assertFalse("nor the case's content: " + text(), text().contains("Sanne de Vries") || text().contains("Opvoedingsondersteuning"));
        check("verantwoording-onderzoek");
        // What the retention job deleted: the late melding, once the job has run (every minute here).
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        do {
            click(button("Verwijderingen tonen"));
        } while (text().contains("nog niets verwijderd") && System.nanoTime() < deadline && pause(5));
        assertTrue("the deletion, with its rule and article: " + text(), text().contains("Verwijderd door de bewaartaak") && text().contains("melddossier")
                && text().contains("Wmo 2015 art. 5.5.4 lid 1"));
        check("verantwoording-verwijderingen");
        // The register of processing activities, drawn up from the rule sets in force.
        click(browser.findElement(By.linkText("Register van verwerkingsactiviteiten")));
        assertEquals("Register van verwerkingsactiviteiten — Meervoud", browser.getTitle());
        assertTrue("each purpose with its articles and the modules' rules: " + text(), text().contains("Onderzoek 2.3a.1") && text().contains("jeugdwet/")
                && text().contains("Wmo 2015 art. 5.4.1"));
        assertTrue("the prohibitions too: " + text(), text().contains("Verboden doelen") && text().toLowerCase().contains("fraude"));
        check("verwerkingsregister");
        click(browser.findElement(By.xpath("//button[normalize-space()='Afmelden']")));

        // Sanne looks at her own data: her file (her part only: nothing of Mark) and who processed it, on which article.
        login("sanne", inwonerEenmalig, "wachtwoord van sanne zelf");
        assertEquals("Mijn gegevens — Meervoud", browser.getTitle());
        assertTrue("her file and its processing, with articles: " + text(), text().contains("cliënt") && text().contains("Wmo 2015 art."));
        assertFalse("a family member's part stays hidden: " + text(), text().contains("Mark"));
        assertTrue("she sees that the privacy officer looked: " + text(), text().contains("Privacyfunctionaris"));
        check("inzage");

        open("/toegankelijkheid");
        assertTrue(text().contains("WCAG 2.1"));
        check("toegankelijkheid");
    }

    /** Signs in with the mouse; with {@code nieuw}, the one-time password is replaced on the screen that asks for it. */
    private static void login(String naam, String wachtwoord, String nieuw) {
        open("/ui/aanmelden");
        type("veld-gebruiker", naam);
        type("veld-wachtwoord", wachtwoord);
        submit();
        if (nieuw != null) {
            type("veld-wachtwoord", wachtwoord);
            type("veld-nieuwWachtwoord", nieuw);
            type("veld-nieuwWachtwoordHerhaald", nieuw);
            submit();
        }
    }

    private void keyboardLogin(String naam, String wachtwoord) {
        open("/ui/aanmelden");
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("the first stop is the skip link", "Naar de inhoud", active().getText());
        tabTo("veld-gebruiker");
        keys.sendKeys(naam).perform();
        tabTo("veld-wachtwoord");
        keys.sendKeys(wachtwoord).perform();
        enter();
    }

    /** On the screen that asks for a password of one's own: the one-time password again, and the new one twice. */
    private void keyboardNewPassword(String eenmalig, String nieuw) {
        Actions keys = new Actions(browser);
        tabTo("veld-wachtwoord");
        keys.sendKeys(eenmalig).perform();
        tabTo("veld-nieuwWachtwoord");
        keys.sendKeys(nieuw).perform();
        tabTo("veld-nieuwWachtwoordHerhaald");
        keys.sendKeys(nieuw).perform();
        enter();
    }

    /**
     * Creates an account on the operator's screen with these functions and one more field (or none), and returns the
     * one-time password the answer shows once.
     */
    private static String account(String naam, String veld, String waarde, String... functies) {
        type("veld-naam", naam);
        for (String f : functies) {
            browser.findElement(By.id("veld-functie-" + f)).click();
        }
        if (veld != null) {
            type(veld, waarde);
        }
        submit();
        Matcher m = Pattern.compile("Eenmalig wachtwoord: (\\S+)").matcher(text());
        assertTrue(text(), m.find());
        return m.group(1);
    }

    private static WebElement button(String tekst) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + tekst + "']"));
    }

    /** The form was taken: the page shows no refusal. */
    private static void geenWeigering() {
        assertTrue(text(), browser.findElements(By.cssSelector(".utrecht-alert--warning, .utrecht-alert--error")).isEmpty());
    }

    private void enter() {
        Actions keys = new Actions(browser);
        WebElement page = browser.findElement(By.tagName("html"));
        keys.sendKeys(Keys.ENTER).perform();
        loaded(page);
    }

    private void tabTo(String id) {
        for (int i = 0; i < 30; i++) {
            if (id.equals(active().getAttribute("id"))) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("the keyboard does not reach " + id);
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private static void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private static void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** A date field takes what the user types in its locale's order; setting the value is what a date picker does. */
    private static void date(String id, String iso) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), iso);
    }

    private static void submit() {
        click(browser.findElement(By.cssSelector("main button[type=submit]")));
    }

    /** Clicks and waits for the page the click leads to (a form POST to the same URL included). */
    private static void click(WebElement e) {
        WebElement page = browser.findElement(By.tagName("html"));
        e.click();
        loaded(page);
    }

    private static void loaded(WebElement previous) {
        // The previous document is gone once its element no longer answers; during the navigation Chromium may say so
        // with a stale reference or with "node does not belong to the document", both meaning the same here.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try {
                previous.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** axe-core on the screen as it is: no serious or critical WCAG 2.1 A/AA violation; then a screenshot. */
    private static boolean pause(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
        return true;
    }

    private static void check(String scherm) throws IOException {
        assertFalse("no BSN in a page title: " + browser.getTitle(), browser.getTitle().contains(BSN));
        JavascriptExecutor js = browser;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))))"
                + ".catch(e => done('axe failed: ' + e));");
        assertEquals(scherm + ": serious or critical accessibility violations", "[]", result);
        // The whole page, not only the window: the window is made as tall as the page for the picture.
        org.openqa.selenium.Dimension window = browser.manage().window().getSize();
        long hoogte = (Long) js.executeScript("return Math.min(4000, document.documentElement.scrollHeight)");
        // From the top, so that a page opened at a fragment (the kernel's answer, say) is shown whole as well.
        js.executeScript("window.scrollTo(0, 0)");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(), (int) Math.max(window.getHeight(), hoogte + 150)));
        Files.write(screenshots.resolve(scherm + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(window);
    }

    private static String eenmaligWachtwoord() throws IOException {
        Matcher m = EENMALIG.matcher(console());
        assertTrue("the first start prints the operator's one-time password", m.find());
        return m.group(1);
    }

    private static String console() throws IOException {
        return Files.readString(home.resolve("console.log"));
    }
}
