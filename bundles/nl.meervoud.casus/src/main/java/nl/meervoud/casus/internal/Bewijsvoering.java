// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.util.ArrayList;
import java.util.List;

import nl.meervoud.casus.api.Casusoverleg;
import nl.meervoud.casus.api.Coordinatiedossier;
import nl.meervoud.casus.api.Melding;
import nl.meervoud.casus.api.Onderzoek;
import nl.meervoud.casus.api.Onderzoeksdossier;
import nl.meervoud.casus.api.Verstrekkingsverzoek;
import nl.meervoud.privacy.api.Voorwaarde;

/**
 * The evidence the case records, as the privacy kernel is told of it: a condition is passed only when the file
 * (or the request being recorded into it) holds what proves it, never because the code says so (issue 8 §4). The
 * kernel then decides, and a missing proof is a refusal on record with its rule and article like any other.
 * In one place, so that what counts as proof can be read and reviewed together.
 */
final class Bewijsvoering {
    private Bewijsvoering() {
    }

    /**
     * The investigation's own processing: {@code NOODZAAK_ONDERBOUWD} when the file holds a necessity justification
     * ({@link Onderzoeksdossier#noodzaak()}: given with the help request, the party's reasoned request, the
     * college's assessment, the intake's reasons, or recorded later); {@code BINNEN_REIKWIJDTE} when the scope it
     * must stay within is recorded: on 2.3a.1 the domains the client agreed to (the file holds nothing outside them:
     * content outside is refused by the model, Wmo 2015 art. 2.3a.1 lid 4, and data requests outside by the kernel's
     * P9); on 2.3a.4 the serious problems themselves.
     */
    static Voorwaarde[] onderzoek(Onderzoeksdossier o) {
        List<Voorwaarde> out = new ArrayList<>(2);
        if (o.noodzaak().isPresent()) {
            out.add(Voorwaarde.NOODZAAK_ONDERBOUWD);
        }
        if (o.proces().route() != Onderzoek.Route.WMO_2_3A_1 || !o.reikwijdte().domeinen().isEmpty()) {
            out.add(Voorwaarde.BINNEN_REIKWIJDTE);
        }
        return out.toArray(Voorwaarde[]::new);
    }

    /** Only the recorded necessity of the investigation (steps whose rule asks nothing about the scope). */
    static Voorwaarde[] noodzaak(Onderzoeksdossier o) {
        return o.noodzaak().isPresent() ? new Voorwaarde[] { Voorwaarde.NOODZAAK_ONDERBOUWD } : new Voorwaarde[0];
    }

    /**
     * The flow of the investigation's data to the coordinator (rule W15, Wmo 2015 art. 5.4.4 lid 3): the recorded
     * necessity, and {@code ALLEEN_RELEVANT_DEEL}, which holds by construction: the decision is asked only for the
     * identifying, contact and process data that go along, never the content.
     */
    static Voorwaarde[] metAlleenRelevantDeel(Onderzoeksdossier o) {
        List<Voorwaarde> out = new ArrayList<>(List.of(noodzaak(o)));
        out.add(Voorwaarde.ALLEEN_RELEVANT_DEEL);
        return out.toArray(Voorwaarde[]::new);
    }

    /**
     * A question about one life domain that carries its own reasons (a re-use under Wmo 2015 art. 5.4.1 lid 4, a
     * data request): {@code NOODZAAK_ONDERBOUWD} when its reasons are recorded, {@code BINNEN_REIKWIJDTE} when the
     * domain lies inside the agreed scope (Wmo 2015 art. 2.3a.1 lid 4; P9 refuses the rest).
     */
    static Voorwaarde[] domein(Onderzoeksdossier o, String domein, String waarom) {
        List<Voorwaarde> out = new ArrayList<>(2);
        if (waarom != null && !waarom.isBlank()) {
            out.add(Voorwaarde.NOODZAAK_ONDERBOUWD);
        }
        if (domein != null && o.binnenReikwijdte(domein)) {
            out.add(Voorwaarde.BINNEN_REIKWIJDTE);
        }
        return out.toArray(Voorwaarde[]::new);
    }

    /**
     * A family member who has not consented (rule W3, Wmo 2015 art. 5.4.1 lid 1): the investigation's evidence, and
     * {@code DRAAGKRACHT_GEZINSLID} when the file holds the person as a gezinslid on a ground of Wmo 2015 art. 1.1.1
     * computed from the recorded household and has not consented, so that only the question whether they can
     * support the client is at stake; once they consent they are a client and the client rules apply.
     */
    static Voorwaarde[] gezinslid(Onderzoeksdossier o, String bsn) {
        List<Voorwaarde> out = new ArrayList<>(List.of(onderzoek(o)));
        Onderzoeksdossier.Deelname d = o.deelname(bsn);
        if (d != null && d.grond() != null && d.ingestemd() == null) {
            out.add(Voorwaarde.DRAAGKRACHT_GEZINSLID);
        }
        return out.toArray(Voorwaarde[]::new);
    }

    /** A family member's consent as the file records it: the investigation's evidence and {@code TOESTEMMING_GEZINSLID}. */
    static Voorwaarde[] instemming(Onderzoeksdossier o, String bsn) {
        List<Voorwaarde> out = new ArrayList<>(List.of(onderzoek(o)));
        Onderzoeksdossier.Deelname d = o.deelname(bsn);
        if (d != null && d.ingestemd() != null) {
            out.add(Voorwaarde.TOESTEMMING_GEZINSLID);
        }
        return out.toArray(Voorwaarde[]::new);
    }

    /** A data request: its motivation as recorded (Wmo 2015 art. 5.4.2 lid 1), with the scope check of {@link #domein}. */
    static Voorwaarde[] verzoek(Onderzoeksdossier o, Verstrekkingsverzoek v) {
        return domein(o, v.motivering().domein(), v.motivering().waarom());
    }

    /**
     * What a party is shown of a data request: {@code GEMOTIVEERD_VERZOEK} when the motivation names the purpose, why
     * these data and with whom they will be shared (Wmo 2015 art. 5.4.2 lid 1), with the scope check of {@link #domein}.
     */
    static Voorwaarde[] motivering(Onderzoeksdossier o, Verstrekkingsverzoek v) {
        List<Voorwaarde> out = new ArrayList<>(2);
        if (v.motivering().volledig()) {
            out.add(Voorwaarde.GEMOTIVEERD_VERZOEK);
        }
        if (o.binnenReikwijdte(v.motivering().domein())) {
            out.add(Voorwaarde.BINNEN_REIKWIJDTE);
        }
        return out.toArray(Voorwaarde[]::new);
    }

    /**
     * The coördinatiedossier: {@code NOODZAAK_ONDERBOUWD} when the college designated a coordinator, which it does
     * only on an outcome that a coordinated approach is needed (Wmo 2015 art. 2.3a.2 lid 2, 2.3a.3 lid 1).
     */
    static Voorwaarde[] coordinatie(Coordinatiedossier cd) {
        return cd.coordinator() != null ? new Voorwaarde[] { Voorwaarde.NOODZAAK_ONDERBOUWD } : new Voorwaarde[0];
    }

    /** The handover (rule W19): {@code AANPAK_BEEINDIGD} when the file records that the approach has ended. */
    static Voorwaarde[] overdracht(Coordinatiedossier cd) {
        return cd.toestand() == Coordinatiedossier.Toestand.BEEINDIGD ? new Voorwaarde[] { Voorwaarde.AANPAK_BEEINDIGD } : new Voorwaarde[0];
    }

    /**
     * A casusoverleg: {@code NOODZAAK_ONDERBOUWD} when the necessity of every invitee's participation is recorded
     * (Wmo 2015 art. 5.4.3 lid 1).
     */
    static Voorwaarde[] overleg(Casusoverleg co) {
        boolean alle = !co.genodigden().isEmpty() && co.genodigden().stream().allMatch(g -> g.noodzaak() != null && !g.noodzaak().isBlank());
        return alle ? new Voorwaarde[] { Voorwaarde.NOODZAAK_ONDERBOUWD } : new Voorwaarde[0];
    }

    /**
     * A melding (Wmo 2015 art. 5.5.2): {@code NOODZAAK_ONDERBOUWD} when the concern that is the reason to process is
     * recorded, {@code INGEZETENE_NIET_ACUUT} when the melding was registered (a resident, not acute; otherwise
     * nothing is stored), {@code MELDING_IN_BEHANDELING} once it was registered for triage.
     */
    static Voorwaarde[] melding(Melding m, boolean inBehandeling) {
        List<Voorwaarde> out = new ArrayList<>(3);
        if (m.zorg() != null && !m.zorg().isBlank()) {
            out.add(Voorwaarde.NOODZAAK_ONDERBOUWD);
        }
        if (m.geregistreerd()) {
            out.add(Voorwaarde.INGEZETENE_NIET_ACUUT);
            if (inBehandeling) {
                out.add(Voorwaarde.MELDING_IN_BEHANDELING);
            }
        }
        return out.toArray(Voorwaarde[]::new);
    }
}
