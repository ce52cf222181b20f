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
                .add("POST", "/verstrekkingsverzoeken/toets", this::toets)
                .add("GET", "/verstrekkingsverzoeken/{id}", this::verstrekkingsverzoek)
                .add("POST", "/verstrekkingsverzoeken/{id}/antwoord", this::antwoord);
    }

    /** A data request as the body describes it, with the investigation it is for. */
    private record Beoogd(UUID zaak, Onderzoeksdossier onderzoek, Verstrekkingsverzoek verzoek) {
    }

    private Beoogd beoogd(Call c) {
        Requests.NieuwVerstrekkingsverzoek r = c.read(Requests.NieuwVerstrekkingsverzoek.class);
        UUID zaak = vereist(r.onderzoek(), "onderzoek");
        Dossier od = dossiers(c).find(Soort.ONDERZOEK, zaak).orElseThrow(() -> Problem.veld("onderzoek", "bestaat niet"));
        Onderzoeksdossier o = leesOnderzoek(od);
        return new Beoogd(zaak, o, Verstrekkingsverzoek.verzoek(o, vereist(r.partij(), "partij"), vereist(r.betrokkene(), "betrokkene"),
                r.gegevens(), r.motivering()));
    }

    private Antwoord nieuwVerstrekkingsverzoek(Call c) {
        Beoogd b = beoogd(c);
        Verstrekkingsverzoek v = b.verzoek();
        gevraagdeVerstrekking(c, b.onderzoek(), v, b.zaak());
        besluit(c, versturen(b, c.identiteit().als(Rol.COLLEGE)));
        // The request carries the addressed party's key: that party's professionals list and read it (need-to-know),
        // and nothing else of the case.
        Dossier d = dossiers(c).create(Soort.VERSTREKKINGSVERZOEK, inhoud(b.zaak(), v.toestand().name(), v, null, List.of(v.betrokkene().value()),
                java.util.Set.of(Identiteit.PARTIJ + v.partij().id())));
        return gemaakt(d, v);
    }

    /**
     * Sending the request tells the party that the college investigates this person (rule W10).
     *
     * @param college the college as sender: the consulent acting for it, or the institution itself when the addressed
     *        party's professional opens what was sent to them
     */
    private DecisionRequest.Builder versturen(Beoogd b, nl.meervoud.privacy.api.Actor college) {
        Onderzoeksdossier o = b.onderzoek();
        Verstrekkingsverzoek v = b.verzoek();
        List<Gegevenssoort> gegevens = new ArrayList<>(List.of(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.DAT_INFORMATIE));
        if (v.partij().bsnBevoegd()) {
            gegevens.add(Gegevenssoort.BSN);
        }
        return DecisionRequest.van(college).naar(partij(v.partij(), false))
                .bron(onderzoekDoel(o)).doel(onderzoekDoel(o)).route(route(o)).gegevens(gegevens.toArray(Gegevenssoort[]::new))
                .bewijs(Bewijsvoering.verzoek(o, v)).betrokkenen(v.betrokkene().value()).zaak(b.zaak().toString());
    }

    /**
     * "Mag dit?" before the request goes out: the same two questions {@link #nieuwVerstrekkingsverzoek} asks the
     * kernel (may the party provide this at all, and may the college send the request), asked with explain, so
     * nothing is sent, stored or logged. Need-to-know applies as to the investigation itself. The answer holds no
     * personal data: per question the effect, the rule, its articles and the reasons.
     */
    private Antwoord toets(Call c) {
        Beoogd b = beoogd(c);
        toegang(c, b.zaak());
        String activiteit = activiteit(c);
        com.fasterxml.jackson.databind.node.ObjectNode n = Json.MAPPER.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode vragen = n.putArray("vragen");
        Decision verstrekking = kernel(c).explain(gevraagd(c, b.onderzoek(), b.verzoek(), b.zaak()).activiteit(activiteit).build());
        Decision verzoek = kernel(c).explain(versturen(b, c.identiteit().als(Rol.COLLEGE)).activiteit(activiteit).build());
        toetsVraag(vragen.addObject().put("vraag", "mag de partij deze gegevens verstrekken (met toestemming of afweging, die de partij zelf vastlegt)"),
                verstrekking);
        toetsVraag(vragen.addObject().put("vraag", "mag het college het verzoek versturen (het vertelt de partij dat het college deze persoon onderzoekt)"),
                verzoek);
        n.put("toegestaan", verstrekking.effect() == Decision.Effect.PERMIT && verzoek.effect() == Decision.Effect.PERMIT);
        return Antwoord.ok(n);
    }

    private static void toetsVraag(com.fasterxml.jackson.databind.node.ObjectNode vraag, Decision d) {
        Json.besluit(vraag.put("effect", d.effect().name()), d);
    }

    /**
     * Whether the provision the college asks for could be permitted at all, before the request goes out: the kernel
     * is asked about it with every piece of evidence that only the party can supply later (the person's consent, the
     * recorded weighing of Wmo 2015 art. 5.4.2 lid 2), so that what remains is the law's own answer, such as the
     * closed regime of police and justice data (lid 3, P-WPG) or a question outside the agreed scope (P9). When
     * even that is refused, the refusal is decided and logged as the college's attempt (403), and nothing is sent.
     */
    private void gevraagdeVerstrekking(Call c, Onderzoeksdossier o, Verstrekkingsverzoek v, UUID zaak) {
        DecisionRequest.Builder beoogd = gevraagd(c, o, v, zaak);
        if (kernel(c).explain(beoogd.activiteit(activiteit(c)).build()).effect() != Decision.Effect.PERMIT) {
            besluit(c, beoogd);
        }
    }

    /** The provision the college asks for, with the evidence only the party can supply later taken as given. */
    private DecisionRequest.Builder gevraagd(Call c, Onderzoeksdossier o, Verstrekkingsverzoek v, UUID zaak) {
        List<Voorwaarde> bewijs = new ArrayList<>(List.of(Bewijsvoering.motivering(o, v)));
        bewijs.add(Voorwaarde.TOESTEMMING_BETROKKENE);
        bewijs.add(Voorwaarde.AFWEGING_BEROEPSGEHEIM);
        return DecisionRequest.van(partij(v.partij(), false))
                .naar(c.identiteit().als(Rol.COLLEGE)).doel(onderzoekDoel(o)).route(route(o)).gegevens(v.gegevens().toArray(Gegevenssoort[]::new))
                .bewijs(bewijs.toArray(Voorwaarde[]::new)).betrokkenen(v.betrokkene().value()).zaak(zaak.toString());
    }

    private Antwoord verstrekkingsverzoek(Call c) {
        Dossier d = laad(Soort.VERSTREKKINGSVERZOEK, c);
        Verstrekkingsverzoek v = Json.stored(d.inhoud(), Verstrekkingsverzoek.class);
        Onderzoeksdossier o = leesOnderzoek(dossiers(c).find(Soort.ONDERZOEK, d.zaak()).orElseThrow());
        if (partijZelf(c, v)) {
            // The addressed party's professional opens what the college sent to that party: the disclosure of rule
            // W10, by the college as institution, decided again and on record. Nothing else of the case is opened.
            besluit(c, versturen(new Beoogd(d.zaak(), o, v), c.identiteit().college()));
        } else {
            onderzoekVerwerking(c, d.zaak(), o, List.of(v.betrokkene().value()), v.gegevens().toArray(Gegevenssoort[]::new));
        }
        return gelezen(d, v);
    }

    /** Whether the person acting is a professional of the party this request is addressed to. */
    private static boolean partijZelf(Call c, Verstrekkingsverzoek v) {
        return c.identiteit().heeft(nl.meervoud.auth.api.Functie.PROFESSIONAL) && c.identiteit().principal().organisatie().equals(v.partij().id());
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
        boolean partijZelf = partijZelf(c, v);
        LocalDate op = vandaag(r.op());
        Verstrekkingsverzoek next;
        if (vereist(r.besluit(), "besluit") == Requests.AntwoordBesluit.GEWEIGERD) {
            next = v.geweigerd(op, r.zwaarwegendeRedenen());
            if (!partijZelf) {
                // Nothing is disclosed by a refusal, but the consulent recording it processes the case's data request.
                onderzoekVerwerking(c, d.zaak(), leesOnderzoek(dossiers(c).find(Soort.ONDERZOEK, d.zaak()).orElseThrow()),
                        List.of(v.betrokkene().value()), Gegevenssoort.PROCESINFORMATIE);
            }
            // The party's own decision, on record beside the kernel's (rulebook §4.4); its free-text reasons stay in
            // the data request, out of the long-lived log.
            log.vastleggen(new ProcessingLog.Vastlegging(activiteit(c), "verstrekking-geweigerd", List.of("Wmo 2015 art. 5.4.2 lid 1"),
                    "zwaarwegende-redenen", (v.partij().rol().isEmpty() ? "PARTIJ" : v.partij().rol()) + ":" + v.partij().id(), d.zaak().toString(), List.of(v.betrokkene().value()),
                    v.gegevens().stream().map(Enum::name).sorted().toList()));
        } else {
            next = v.verstrekt(new Verstrekkingsverzoek.Antwoord(op, r.voorwaarden(), null, r.toestemmingBetrokkene(), r.afwegingVastgelegd()));
            Onderzoeksdossier o = leesOnderzoek(dossiers(c).find(Soort.ONDERZOEK, d.zaak()).orElseThrow());
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
        Dossier saved = dossiers(c).update(Soort.VERSTREKKINGSVERZOEK, d.id(), d.versie(),
                inhoud(d.zaak(), next.toestand().name(), next, d.bewarenTot(), List.of(next.betrokkene().value())));
        return gelezen(saved, next);
    }
}
