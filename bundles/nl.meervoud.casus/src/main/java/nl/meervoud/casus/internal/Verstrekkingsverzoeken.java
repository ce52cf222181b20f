// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.meervoud.casus.api.Onderzoeksdossier;
import nl.meervoud.casus.api.Verstrekkingsverzoek;
import nl.meervoud.casus.internal.Router.Antwoord;
import nl.meervoud.casus.internal.Router.Call;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Voorwaarde;
import nl.meervoud.store.api.Dossiers.Dossier;
import nl.meervoud.store.api.Dossiers.Soort;

/** Data requests and the parties' answers (Wmo 2015 art. 5.4.2). */
final class Verstrekkingsverzoeken extends Resource {

    Verstrekkingsverzoeken(Deps deps) {
        super(deps);
    }

    @Override
    void routes(Router r) {
        r.add("GET", "/verstrekkingsverzoeken", c -> lijst(c, Soort.VERSTREKKINGSVERZOEK))
                .add("POST", "/verstrekkingsverzoeken", this::nieuwVerstrekkingsverzoek)
                .add("GET", "/verstrekkingsverzoeken/{id}", this::verstrekkingsverzoek)
                .add("POST", "/verstrekkingsverzoeken/{id}/antwoord", this::antwoord);
    }

    private Antwoord nieuwVerstrekkingsverzoek(Call c) {
        Requests.NieuwVerstrekkingsverzoek r = c.read(Requests.NieuwVerstrekkingsverzoek.class);
        UUID zaak = vereist(r.onderzoek(), "onderzoek");
        Dossier od = dossiers.find(Soort.ONDERZOEK, zaak).orElseThrow(() -> Problem.veld("onderzoek", "bestaat niet"));
        Onderzoeksdossier o = leesOnderzoek(od);
        Verstrekkingsverzoek v = Verstrekkingsverzoek.verzoek(o, vereist(r.partij(), "partij"), vereist(r.betrokkene(), "betrokkene"),
                r.gegevens(), r.motivering());
        gevraagdeVerstrekking(c, o, v, zaak);
        // The request itself tells the party that the college investigates this person (rule W10).
        List<Gegevenssoort> gegevens = new ArrayList<>(List.of(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.DAT_INFORMATIE));
        if (v.partij().bsnBevoegd()) {
            gegevens.add(Gegevenssoort.BSN);
        }
        besluit(c, DecisionRequest.van(c.identiteit().als(Rol.COLLEGE)).naar(partij(v.partij(), false))
                .bron(onderzoekDoel(o)).doel(onderzoekDoel(o)).route(route(o)).gegevens(gegevens.toArray(Gegevenssoort[]::new))
                .bewijs(Bewijsvoering.verzoek(o, v)).betrokkenen(v.betrokkene().value()).zaak(zaak.toString()));
        Dossier d = dossiers.create(Soort.VERSTREKKINGSVERZOEK, inhoud(zaak, v.toestand().name(), v, null, List.of(v.betrokkene().value())));
        return gemaakt(d, v);
    }

    /**
     * Whether the provision the college asks for could be permitted at all, before the request goes out: the kernel
     * is asked about it with every piece of evidence that only the party can supply later (the person's consent, the
     * recorded weighing of Wmo 2015 art. 5.4.2 lid 2), so that what remains is the law's own answer, such as the
     * closed regime of police and justice data (lid 3, P-WPG) or a question outside the agreed scope (P9). When
     * even that is refused, the refusal is decided and logged as the college's attempt (403), and nothing is sent.
     */
    private void gevraagdeVerstrekking(Call c, Onderzoeksdossier o, Verstrekkingsverzoek v, UUID zaak) {
        List<Voorwaarde> bewijs = new ArrayList<>(List.of(Bewijsvoering.motivering(o, v)));
        bewijs.add(Voorwaarde.TOESTEMMING_BETROKKENE);
        bewijs.add(Voorwaarde.AFWEGING_BEROEPSGEHEIM);
        DecisionRequest.Builder beoogd = DecisionRequest.van(partij(v.partij(), false))
                .naar(c.identiteit().als(Rol.COLLEGE)).doel(onderzoekDoel(o)).route(route(o)).gegevens(v.gegevens().toArray(Gegevenssoort[]::new))
                .bewijs(bewijs.toArray(Voorwaarde[]::new)).betrokkenen(v.betrokkene().value()).zaak(zaak.toString());
        if (kernel.explain(beoogd.activiteit(activiteit(c)).build()).effect() != Decision.Effect.PERMIT) {
            besluit(c, beoogd);
        }
    }

    private Antwoord verstrekkingsverzoek(Call c) {
        Dossier d = laad(Soort.VERSTREKKINGSVERZOEK, c);
        Verstrekkingsverzoek v = Json.stored(d.inhoud(), Verstrekkingsverzoek.class);
        Onderzoeksdossier o = leesOnderzoek(dossiers.find(Soort.ONDERZOEK, d.zaak()).orElseThrow());
        onderzoekVerwerking(c, d.zaak(), o, List.of(v.betrokkene().value()), v.gegevens().toArray(Gegevenssoort[]::new));
        return gelezen(d, v);
    }

    /**
     * The party's answer. Provided data enter the investigation only on the kernel's permit (rules W5, W6); a
     * refusal for zwaarwegende redenen is recorded and final.
     */
    private Antwoord antwoord(Call c) {
        Dossier d = laad(Soort.VERSTREKKINGSVERZOEK, c);
        Verstrekkingsverzoek v = Json.stored(d.inhoud(), Verstrekkingsverzoek.class);
        Requests.Antwoord r = c.read(Requests.Antwoord.class);
        // The answer comes from the party addressed: its own professional, or a consulent recording what the party
        // sent (a letter, a call). Nobody else records a party's answer (issue 10 §2): the kernel refuses anyone
        // else, in the decision below, and need-to-know applies to the consulent.
        boolean partijZelf = c.identiteit().heeft(nl.meervoud.auth.api.Functie.PROFESSIONAL)
                && c.identiteit().principal().organisatie().equals(v.partij().id());
        LocalDate op = vandaag(r.op());
        Verstrekkingsverzoek next;
        if (vereist(r.besluit(), "besluit") == Requests.AntwoordBesluit.GEWEIGERD) {
            next = v.geweigerd(op, r.zwaarwegendeRedenen());
            if (!partijZelf) {
                // Nothing is disclosed by a refusal, but the consulent recording it processes the case's data request.
                onderzoekVerwerking(c, d.zaak(), leesOnderzoek(dossiers.find(Soort.ONDERZOEK, d.zaak()).orElseThrow()),
                        List.of(v.betrokkene().value()), Gegevenssoort.PROCESINFORMATIE);
            }
            // The party's own decision, on record beside the kernel's (rulebook §4.4); its free-text reasons stay in
            // the data request, out of the long-lived log.
            log.vastleggen(new ProcessingLog.Vastlegging(activiteit(c), "verstrekking-geweigerd", List.of("Wmo 2015 art. 5.4.2 lid 1"),
                    "zwaarwegende-redenen", (v.partij().rol().isEmpty() ? "PARTIJ" : v.partij().rol()) + ":" + v.partij().id(), d.zaak().toString(), List.of(v.betrokkene().value()),
                    v.gegevens().stream().map(Enum::name).sorted().toList()));
        } else {
            next = v.verstrekt(new Verstrekkingsverzoek.Antwoord(op, r.voorwaarden(), null, r.toestemmingBetrokkene(), r.afwegingVastgelegd()));
            Onderzoeksdossier o = leesOnderzoek(dossiers.find(Soort.ONDERZOEK, d.zaak()).orElseThrow());
            List<Voorwaarde> bewijs = new ArrayList<>(List.of(Bewijsvoering.motivering(o, v)));
            if (r.toestemmingBetrokkene()) {
                bewijs.add(Voorwaarde.TOESTEMMING_BETROKKENE);
            }
            if (r.afwegingVastgelegd()) {
                bewijs.add(Voorwaarde.AFWEGING_BEROEPSGEHEIM);
            }
            besluit(c, DecisionRequest.van(partij(v.partij(), true))
                    .naar(partijZelf ? c.identiteit().college() : c.identiteit().als(Rol.COLLEGE)).doel(onderzoekDoel(o)).route(route(o)).gegevens(v.gegevens().toArray(Gegevenssoort[]::new))
                    .bewijs(bewijs.toArray(Voorwaarde[]::new)).betrokkenen(v.betrokkene().value()).zaak(d.zaak().toString()));
        }
        Dossier saved = dossiers.update(Soort.VERSTREKKINGSVERZOEK, d.id(), d.versie(),
                inhoud(d.zaak(), next.toestand().name(), next, d.bewarenTot(), List.of(next.betrokkene().value())));
        return gelezen(saved, next);
    }
}
