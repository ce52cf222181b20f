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
import nl.meervoud.privacy.api.RetentionRule;

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
                .add("GET", "/bewaartermijnen", this::bewaartermijnen);
    }

    /**
     * Re-reads the whole processing log and checks every hash, link and anchor. The answer names records by their
     * sequence number only; the operator may ask too (it holds no personal data).
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
        out.put("gecontroleerd", Instant.now(clock).toString());
        return Antwoord.ok(out);
    }

    /** Every processing-log record about one person, oldest first; the BSN in the body, never in the URL. */
    private Antwoord betrokkene(Call c) {
        String uitvoerder = c.identiteit().eis(Functie.PRIVACYFUNCTIONARIS);
        String bsn = bsnVeld(c.read(Requests.Persoon.class).bsn());
        String activiteit = activiteit(c);
        List<nl.meervoud.privacy.api.ProcessingRecord> records = log.byBetrokkene(bsn);
        log.vastleggen(new ProcessingLog.Vastlegging(activiteit, "verantwoording", GRONDSLAG, "verwerkingen", uitvoerder, "", List.of(bsn),
                List.of(Gegevenssoort.PROCESINFORMATIE.name())));
        return Antwoord.ok(Map.of("verwerkingen", records));
    }

    /**
     * The retention rules of the active rule sets, each with its data set, the event its period runs from, the
     * period and its articles (Wmo 2015 art. 5.4.5, 5.5.4 lid 1). What the retention job deleted is in the
     * processing log of each case (handeling {@code verwijderen}).
     */
    private Antwoord bewaartermijnen(Call c) {
        c.identiteit().eis(Functie.PRIVACYFUNCTIONARIS, Functie.BEHEERDER);
        List<Map<String, Object>> regels = new ArrayList<>();
        for (RetentionRule r : kernel.bewaartermijnen()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("regel", r.id());
            m.put("titel", r.titel());
            m.put("gegevensset", r.gegevensset());
            m.put("startgebeurtenis", r.startgebeurtenis());
            if (r.minimum() != null) {
                m.put("minimum", r.minimum().toString());
            }
            m.put("maximum", r.maximum().toString());
            m.put("citaties", r.citaties().stream().map(Object::toString).toList());
            regels.add(m);
        }
        return Antwoord.ok(Map.of("regels", regels));
    }
}
