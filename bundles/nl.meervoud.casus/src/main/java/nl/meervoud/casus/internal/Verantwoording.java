// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.meervoud.auth.api.Functie;
import nl.meervoud.casus.internal.Router.Antwoord;
import nl.meervoud.casus.internal.Router.Call;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.ProcessingLog;

/**
 * The privacy officer's readings for accountability (AVG art. 5 lid 2; the FG's monitoring task, AVG art. 39 lid 1
 * onder b): whether the processing log is intact, every processing of one person, and the retention rules in force.
 * The FG sees the processing log, not the content of a case. Each reading is itself a recorded processing, so a
 * person's inzage shows that the FG looked at their records.
 */
final class Verantwoording extends Resource {
    private static final List<String> GRONDSLAG = List.of("AVG art. 5 lid 2", "AVG art. 39 lid 1 onder b");

    Verantwoording(Deps deps) {
        super(deps);
    }

    @Override
    void routes(Router r) {
        r.add("GET", "/verwerkingslog/controle", this::controle)
                .add("POST", "/verwerkingslog/betrokkene", this::betrokkene)
                .add("GET", "/bewaartermijnen", this::bewaartermijnen)
                .add("GET", "/bewaartermijnen/verwijderingen", this::verwijderingen)
                .add("GET", "/verwerkingsregister", this::register);
    }

    /**
     * Re-reads the whole processing log and checks every hash, link and anchor, and then the caller's municipality's
     * own chain. The answer names records by their sequence number only; the operator may ask too (it holds no
     * personal data).
     */
    private Antwoord controle(Call c) {
        String uitvoerder = c.identiteit().eis(Functie.PRIVACYFUNCTIONARIS, Functie.BEHEERDER);
        String activiteit = activiteit(c);
        ProcessingLog.Verification v = log.verify();
        log.vastleggen(new ProcessingLog.Vastlegging(activiteit, "controle", List.of("AVG art. 5 lid 1 onder f", "AVG art. 32 lid 1 onder b"),
                "verwerkingslog-controle", uitvoerder, "", List.of(), List.of(Gegevenssoort.PROCESINFORMATIE.name())));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("intact", v.intact());
        out.put("records", v.records());
        out.put("problemen", v.problems());
        // The caller's municipality's own chain (issue 10 §3): its records, linked only to each other.
        String gemeente = c.identiteit().principal().gemeente();
        ProcessingLog.Verification eigen = log.verify(gemeente);
        Map<String, Object> keten = new LinkedHashMap<>();
        keten.put("gemeente", gemeente);
        keten.put("intact", eigen.intact());
        keten.put("records", eigen.records());
        keten.put("problemen", eigen.problems());
        out.put("gemeenteketen", keten);
        out.put("gecontroleerd", Instant.now(clock).toString());
        return Antwoord.ok(out);
    }

    /**
     * The processing-log records about one person, oldest first, a page at a time ({@code ?pagina=},
     * {@code ?paginaGrootte=}); the BSN in the body, never in the URL.
     */
    private Antwoord betrokkene(Call c) {
        String uitvoerder = c.identiteit().eis(Functie.PRIVACYFUNCTIONARIS);
        ProcessingLog.Venster venster = venster(c, false);
        String bsn = bsnVeld(c.read(Requests.Persoon.class).bsn());
        String activiteit = activiteit(c);
        // Only what this municipality did: each municipality is its own controller (issue 10 §3).
        Gemeentelog.Pagina pagina = gemeentelog(c).pagina(v -> log.byBetrokkene(bsn, v), venster);
        log.vastleggen(new ProcessingLog.Vastlegging(activiteit, "verantwoording", GRONDSLAG, "verwerkingen", uitvoerder, "", List.of(bsn),
                List.of(Gegevenssoort.PROCESINFORMATIE.name())));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verwerkingen", pagina.records());
        return Antwoord.ok(logPagina(out, pagina, venster));
    }

    /**
     * What the retention job deleted, newest first: one record per person in each deleted file, with the file's
     * kind, the retention rule and its articles (Wmo 2015 art. 5.4.5, 5.5.4 lid 1). People are named by pseudonym,
     * as in the log; the reading is itself recorded.
     */
    private Antwoord verwijderingen(Call c) {
        String uitvoerder = c.identiteit().eis(Functie.PRIVACYFUNCTIONARIS);
        ProcessingLog.Venster venster = venster(c, true);
        String activiteit = activiteit(c);
        Gemeentelog.Pagina pagina = gemeentelog(c).pagina(v -> log.byActiviteit(Bewaartermijnen.ACTIVITEIT, v), venster);
        log.vastleggen(new ProcessingLog.Vastlegging(activiteit, "verantwoording", GRONDSLAG, "verwijderingen", uitvoerder, "", List.of(),
                List.of(Gegevenssoort.PROCESINFORMATIE.name())));
        List<Map<String, Object>> items = new ArrayList<>();
        for (nl.meervoud.privacy.api.ProcessingRecord r : pagina.records()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("volgnummer", r.volgnummer());
            m.put("tijdstip", r.tijdstip().toString());
            m.put("gegevens", r.gegevens());
            m.put("regel", r.regel());
            m.put("grondslag", r.grondslag());
            m.put("zaak", r.zaak());
            m.put("betrokkene", r.betrokkene());
            items.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verwijderingen", items);
        return Antwoord.ok(logPagina(out, pagina, venster));
    }

    /**
     * The register of processing activities (AVG art. 30 lid 1), drawn up from the rule sets in force: no personal
     * data, so the operator may read it too.
     */
    private Antwoord register(Call c) {
        c.identiteit().eis(Functie.PRIVACYFUNCTIONARIS, Functie.BEHEERDER);
        return Antwoord.ok(Verwerkingsregister.opstellen(kernel(c).actieveRegelsets(), kernel(c).bewaartermijnen(), verwerkingsactiviteiten,
                c.identiteit().principal().gemeente()));
    }

    /**
     * The retention rules of the active rule sets, each with its data set, the event its period runs from, the
     * period and its articles (Wmo 2015 art. 5.4.5, 5.5.4 lid 1). What the retention job deleted is
     * {@code /bewaartermijnen/verwijderingen}.
     */
    private Antwoord bewaartermijnen(Call c) {
        c.identiteit().eis(Functie.PRIVACYFUNCTIONARIS, Functie.BEHEERDER);
        List<Map<String, Object>> regels = kernel(c).bewaartermijnen().stream().map(Verwerkingsregister::bewaarregel).toList();
        return Antwoord.ok(Map.of("regels", regels));
    }
}
