// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.meervoud.casus.api.Melding;
import nl.meervoud.casus.internal.Router.Antwoord;
import nl.meervoud.casus.internal.Router.Call;
import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Voorwaarde;
import nl.meervoud.store.api.Dossiers.Dossier;
import nl.meervoud.store.api.Dossiers.Soort;

/** The meldpunt: meldingen, triage, informing the gemelde and the melder (Wmo 2015 art. 2.2.5, 5.5.1-5.5.4). */
final class Meldingen extends Resource {
    /** Declared by the Wams core rules (Wvggz art. 5:1; Wmo 2015 art. 5.5.4 lid 1): the melding requalified as a Wvggz melding. */
    private static final Voorwaarde WVGGZ_HERKWALIFICATIE = Voorwaarde.of("WVGGZ_HERKWALIFICATIE");


    Meldingen(Deps deps) {
        super(deps);
    }

    @Override
    void routes(Router r) {
        r.add("GET", "/meldingen", c -> lijst(c, Soort.MELDING))
                .add("POST", "/meldingen", this::nieuweMelding)
                .add("GET", "/meldingen/{id}", this::melding)
                .add("POST", "/meldingen/{id}/triage", this::triage)
                .add("POST", "/meldingen/{id}/informering", this::informeerGemelde)
                .add("POST", "/meldingen/{id}/terugkoppeling", this::terugkoppeling);
    }

    private static final Gegevenssoort[] MELDING_GEGEVENS = { Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT, Gegevenssoort.INHOUD };

    private static List<String> betrokkenen(Melding m) {
        return m.gemelde() != null && m.gemelde().bsn() != null ? List.of(m.gemelde().bsn().value()) : List.of();
    }

    private Antwoord nieuweMelding(Call c) {
        Requests.NieuweMelding r = c.read(Requests.NieuweMelding.class);
        Melding m = Melding.ontvang(vandaag(r.ontvangen()), vereist(r.melder(), "melder"), r.gemelde(), r.zorg(), r.ingezetene(), r.acuut());
        // The id is chosen before the decision, so that the decision is logged with the melding it creates.
        UUID id = UUID.randomUUID();
        if (m.geregistreerd()) {
            List<Gegevenssoort> soorten = new ArrayList<>(List.of(MELDING_GEGEVENS));
            if (!betrokkenen(m).isEmpty()) {
                soorten.add(Gegevenssoort.BSN);
            }
            besluit(c, DecisionRequest.van(Actor.of(Rol.MELDER, "melder")).naar(c.identiteit().als(Rol.MELDPUNT)).doel(Doel.MELDPUNT_TRIAGE)
                    .gegevens(soorten.toArray(Gegevenssoort[]::new)).bewijs(Bewijsvoering.melding(m, false))
                    .betrokkenen(betrokkenen(m).toArray(String[]::new)).zaak(id.toString()));
        }
        LocalDate bewaren = bewarenTotMelding(c, m);
        Dossier d = dossiers(c).create(Soort.MELDING, id, meldingInhoud(m, bewaren, betrokkenen(m)));
        return gemaakt(d, m);
    }

    private Melding leesMelding(Call c, Dossier d) {
        Melding m = Json.stored(d.inhoud(), Melding.class);
        if (m.geregistreerd()) {
            Actor meldpunt = c.identiteit().als(Rol.MELDPUNT);
            besluit(c, DecisionRequest.van(meldpunt).naar(meldpunt).bron(Doel.MELDPUNT_TRIAGE).doel(Doel.MELDPUNT_TRIAGE)
                    .gegevens(MELDING_GEGEVENS).bewijs(Bewijsvoering.melding(m, true))
                    .betrokkenen(betrokkenen(m).toArray(String[]::new)).zaak(d.id().toString()));
        }
        return m;
    }

    private Antwoord melding(Call c) {
        Dossier d = laad(Soort.MELDING, c);
        return gelezen(d, leesMelding(c, d));
    }

    private Antwoord triage(Call c) {
        Dossier d = laad(Soort.MELDING, c);
        // The body is read and checked in full before the kernel is asked to read the melddossier (issue 8 §4).
        Requests.Triage r = c.read(Requests.Triage.class);
        Melding.Triage t = new Melding.Triage(vereist(r.uitkomst(), "uitkomst"), r.ernst(), r.naar(), r.toestemmingGemelde(), vandaag(r.op()));
        Melding m = leesMelding(c, d);
        Melding next = m.trieer(t);
        Actor meldpunt = c.identiteit().als(Rol.MELDPUNT);
        DecisionRequest.Builder b = DecisionRequest.van(meldpunt).bron(Doel.MELDPUNT_TRIAGE).gegevens(MELDING_GEGEVENS)
                .betrokkenen(betrokkenen(m).toArray(String[]::new)).zaak(d.id().toString());
        switch (t.uitkomst()) {
            case DOORSTUREN -> besluit(c, b.naar(partij(t.naar(), Geheimhouding.GEEN, false)).doel(Doel.MELDPUNT_DOORVERWIJZING)
                    .bewijs(Bewijsvoering.melding(m, true)));
            case EIGEN_TAAK -> besluit(c, b.naar(c.identiteit().als(Rol.COLLEGE)).doel(Doel.MELDPUNT_EIGEN_TAAK)
                    .bewijs(Voorwaarde.TOESTEMMING_BETROKKENE));
            case WVGGZ -> besluit(c, b.naar(c.identiteit().als(Rol.COLLEGE)).doel(Doel.UITVOERING, "Wvggz")
                    .bewijs(WVGGZ_HERKWALIFICATIE, Voorwaarde.MELDING_IN_BEHANDELING));
            case GEEN_VERVOLG -> {
                // nothing leaves the melddossier
            }
        }
        Dossier saved = dossiers(c).update(Soort.MELDING, d.id(), d.versie(), meldingInhoud(next, d.bewarenTot(), betrokkenen(next)));
        return gelezen(saved, next);
    }

    private Antwoord informeerGemelde(Call c) {
        Dossier d = laad(Soort.MELDING, c);
        Requests.Informering r = c.read(Requests.Informering.class);
        Melding m = leesMelding(c, d);
        Melding next = m.informeerGemelde(vandaag(r.op()), r.uitzondering());
        Dossier saved = dossiers(c).update(Soort.MELDING, d.id(), d.versie(), meldingInhoud(next, d.bewarenTot(), betrokkenen(next)));
        return gelezen(saved, next);
    }

    /** Feedback to the melder, where necessary (Wmo 2015 art. 2.2.5 lid 2 onder d; rule M9). */
    private Antwoord terugkoppeling(Call c) {
        Dossier d = laad(Soort.MELDING, c);
        Melding m = Json.stored(d.inhoud(), Melding.class);
        Requests.Terugkoppeling r = c.read(Requests.Terugkoppeling.class);
        Melding next = m.informeerMelder(vandaag(r.op()), vereist(r.soort(), "soort"), r.veiligheidInGeding(), melderTerugkoppelingBurgers(c));
        besluit(c, DecisionRequest.van(c.identiteit().als(Rol.MELDPUNT)).naar(Actor.of(Rol.MELDER, "melder")).bron(Doel.MELDPUNT_TRIAGE)
                .doel(Doel.MELDPUNT_TRIAGE).gegevens(Gegevenssoort.PROCESINFORMATIE)
                .bewijs(Voorwaarde.MELDING_IN_BEHANDELING, Voorwaarde.INGEZETENE_NIET_ACUUT).betrokkenen(betrokkenen(m).toArray(String[]::new))
                .zaak(d.id().toString()));
        Dossier saved = dossiers(c).update(Soort.MELDING, d.id(), d.versie(), meldingInhoud(next, d.bewarenTot(), betrokkenen(next)));
        return gelezen(saved, next);
    }
}
