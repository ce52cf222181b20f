// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.meervoud.casus.api.Coordinatiedossier;
import nl.meervoud.casus.api.Onderzoeksdossier;
import nl.meervoud.casus.internal.Router.Antwoord;
import nl.meervoud.casus.internal.Router.Call;
import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.store.api.Dossiers.Dossier;
import nl.meervoud.store.api.Dossiers.Soort;
import nl.meervoud.store.api.Dossiers;

/** The coördinatiedossier: progress, agreements, the signal, the end and the handover (Wmo 2015 art. 2.3a.3, 5.4.4). */
final class Coordinatie extends Resource {

    Coordinatie(Deps deps) {
        super(deps);
    }

    @Override
    void routes(Router r) {
        r.add("GET", "/coordinatiedossiers", c -> lijst(c, Soort.COORDINATIEDOSSIER))
                .add("GET", "/coordinatiedossiers/{id}", this::coordinatiedossier)
                .add("POST", "/coordinatiedossiers/{id}/voortgang", this::voortgang)
                .add("POST", "/coordinatiedossiers/{id}/afspraken", this::coordinatieAfspraken)
                .add("POST", "/coordinatiedossiers/{id}/signaal", this::signaal)
                .add("POST", "/coordinatiedossiers/{id}/beeindiging", this::beeindiging)
                .add("POST", "/coordinatiedossiers/{id}/overdracht", this::overdracht);
    }

    private Coordinatiedossier leesCoordinatie(Call c, Dossier d, Gegevenssoort... gegevens) {
        Coordinatiedossier cd = Json.stored(d.inhoud(), Coordinatiedossier.class);
        Actor coordinator = c.identiteit().als(Rol.COORDINATOR);
        besluit(c, DecisionRequest.van(coordinator).naar(coordinator).bron(Doel.COORDINATIE).doel(Doel.COORDINATIE).gegevens(gegevens)
                .bewijs(Bewijsvoering.coordinatie(cd)).betrokkenen(d.betrokkenen().toArray(String[]::new)).zaak(d.zaak().toString()));
        return cd;
    }

    private Map<String, Object> coordinatieView(Coordinatiedossier cd) {
        Map<String, Object> v = new LinkedHashMap<>(Json.MAPPER.convertValue(cd, Map.class));
        v.put("verwerkingsverantwoordelijke", cd.verwerkingsverantwoordelijke());
        v.put("overdrachtNodig", cd.overdrachtNodig());
        return v;
    }

    private Antwoord bewaarCoordinatie(Call c, Dossier d, Coordinatiedossier cd) {
        Dossier saved = dossiers(c).update(Soort.COORDINATIEDOSSIER, d.id(), d.versie(),
                inhoud(d.zaak(), cd.toestand().name(), cd, bewarenTot(c, cd.bewaarstart()), List.copyOf(d.betrokkenen())));
        return gelezen(saved, coordinatieView(cd));
    }

    private Antwoord coordinatiedossier(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        return gelezen(d, coordinatieView(leesCoordinatie(c, d, Gegevenssoort.IDENTIFICEREND, Gegevenssoort.PROCESINFORMATIE)));
    }

    private Antwoord voortgang(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        Coordinatiedossier cd = leesCoordinatie(c, d, Gegevenssoort.PROCESINFORMATIE);
        Requests.Voortgang r = c.read(Requests.Voortgang.class);
        return bewaarCoordinatie(c, d, cd.voortgang(new Coordinatiedossier.Notitie(vandaag(r.op()), r.doel(), r.tekst())));
    }

    private Antwoord coordinatieAfspraken(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        Coordinatiedossier cd = leesCoordinatie(c, d, Gegevenssoort.PROCESINFORMATIE);
        return bewaarCoordinatie(c, d, cd.afspraken(vereist(c.read(Requests.Afspraken.class).afspraken(), "afspraken")));
    }

    private Antwoord signaal(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        Coordinatiedossier cd = leesCoordinatie(c, d, Gegevenssoort.PROCESINFORMATIE);
        Requests.Signaal r = c.read(Requests.Signaal.class);
        return bewaarCoordinatie(c, d, cd.signaleer(new Coordinatiedossier.Signaal(r.soort(), r.reden(), vandaag(r.op()))));
    }

    /** The college ends the approach: the investigation and the coördinatiedossier change together. */
    private Antwoord beeindiging(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        Coordinatiedossier cd = leesCoordinatie(c, d, Gegevenssoort.PROCESINFORMATIE);
        LocalDate op = vandaag(c.read(Requests.Beeindiging.class).op());
        Dossier od = dossiers(c).find(Soort.ONDERZOEK, d.zaak()).orElseThrow(() -> Problem.nietGevonden("onderzoek " + d.zaak()));
        Onderzoeksdossier o = leesOnderzoek(od).aanpakBeeindigd(op);
        Coordinatiedossier next = cd.beeindig(op);
        List<Dossier> saved = dossiers(c).schrijf(List.of(new Dossiers.Wijziging(Soort.ONDERZOEK, od.id(), od.versie(), onderzoekInhoud(c, o)),
                new Dossiers.Wijziging(Soort.COORDINATIEDOSSIER, d.id(), d.versie(),
                        inhoud(d.zaak(), next.toestand().name(), next, bewarenTot(c, next.bewaarstart()), List.copyOf(d.betrokkenen())))));
        return gelezen(saved.get(1), coordinatieView(next));
    }

    /** A coordinator from outside the municipality hands everything over (Wmo 2015 art. 5.4.4 lid 7-8; rule W19). */
    private Antwoord overdracht(Call c) {
        Dossier d = laad(Soort.COORDINATIEDOSSIER, c);
        Coordinatiedossier cd = Json.stored(d.inhoud(), Coordinatiedossier.class);
        Coordinatiedossier next = cd.overgedragen(vandaag(c.read(Requests.Beeindiging.class).op()));
        // The person handing over is the one signed in, acting as the coordinator (a refused, logged decision when they
        // do not hold that function); the recipient is the college as an institution, not the caller in a college role:
        // a coordinator from the wijkteam hands over without being a consulent.
        Actor van = c.identiteit().als(Rol.COORDINATOR);
        besluit(c, DecisionRequest.van(van).naar(c.identiteit().college()).bron(Doel.COORDINATIE).doel(Doel.OVERDRACHT)
                .gegevens(Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT, Gegevenssoort.PROCESINFORMATIE).bewijs(Bewijsvoering.overdracht(cd))
                .betrokkenen(d.betrokkenen().toArray(String[]::new)).zaak(d.zaak().toString()));
        return bewaarCoordinatie(c, d, next);
    }
}
