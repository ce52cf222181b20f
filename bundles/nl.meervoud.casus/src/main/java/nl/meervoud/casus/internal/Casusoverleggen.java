// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.meervoud.casus.api.Casusoverleg;
import nl.meervoud.casus.api.Onderzoeksdossier;
import nl.meervoud.casus.api.Verstrekkingsverzoek;
import nl.meervoud.casus.internal.Router.Antwoord;
import nl.meervoud.casus.internal.Router.Call;
import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Domein;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Voorwaarde;
import nl.meervoud.privacy.api.VoorwaardeVerstrekker;
import nl.meervoud.store.api.Dossiers.Dossier;
import nl.meervoud.store.api.Dossiers.Soort;
import nl.meervoud.store.api.Dossiers;

/** Casusoverleggen: invitees, agreements and the release register (Wmo 2015 art. 5.4.3). */
final class Casusoverleggen extends Resource {

    Casusoverleggen(Deps deps) {
        super(deps);
    }

    @Override
    void routes(Router r) {
        r.add("GET", "/casusoverleggen", c -> lijst(c, Soort.CASUSOVERLEG))
                .add("POST", "/casusoverleggen", this::nieuwCasusoverleg)
                .add("GET", "/casusoverleggen/{id}", this::casusoverleg)
                .add("POST", "/casusoverleggen/{id}/afspraken", this::overlegAfspraken)
                .add("POST", "/casusoverleggen/{id}/vrijgaven", this::vrijgave);
    }

    private Decision overlegVerwerking(Call c, UUID zaak, Onderzoeksdossier o, Casusoverleg co, Gegevenssoort... gegevens) {
        Casusoverleg.Fase fase = co.fase();
        Actor van = fase == Casusoverleg.Fase.ONDERZOEK ? c.identiteit().als(Rol.COLLEGE) : c.identiteit().als(Rol.COORDINATOR);
        Doel bron = fase == Casusoverleg.Fase.ONDERZOEK ? onderzoekDoel(o) : Doel.COORDINATIE;
        return besluit(c, DecisionRequest.van(van).naar(Actor.of(Rol.CASUSOVERLEG, zaak.toString())).bron(bron).doel(Doel.CASUSOVERLEG)
                .gegevens(gegevens).bewijs(Bewijsvoering.overleg(co)).betrokkenen(o.clienten().toArray(String[]::new)).zaak(zaak.toString()));
    }

    private Antwoord nieuwCasusoverleg(Call c) {
        Requests.NieuwCasusoverleg r = c.read(Requests.NieuwCasusoverleg.class);
        UUID zaak = vereist(r.onderzoek(), "onderzoek");
        Dossier od = dossiers(c).find(Soort.ONDERZOEK, zaak).orElseThrow(() -> Problem.veld("onderzoek", "bestaat niet"));
        Onderzoeksdossier o = leesOnderzoek(od);
        Casusoverleg co = Casusoverleg.bijeenroepen(o, vereist(r.fase(), "fase"), vandaag(r.datum()), r.genodigden(), r.clientUitgenodigd(),
                r.zwaarwegendeBelangen());
        overlegVerwerking(c, zaak, o, co, Gegevenssoort.IDENTIFICEREND, Gegevenssoort.CONTACT);
        Dossier d = dossiers(c).create(Soort.CASUSOVERLEG, inhoud(zaak, co.fase().name(), co, null, o.clienten()));
        return gemaakt(d, co);
    }

    private Antwoord casusoverleg(Call c) {
        Dossier d = laad(Soort.CASUSOVERLEG, c);
        Casusoverleg co = Json.stored(d.inhoud(), Casusoverleg.class);
        Onderzoeksdossier o = leesOnderzoek(dossiers(c).find(Soort.ONDERZOEK, d.zaak()).orElseThrow());
        overlegVerwerking(c, d.zaak(), o, co, Gegevenssoort.IDENTIFICEREND, Gegevenssoort.PROCESINFORMATIE);
        return gelezen(d, co);
    }

    private Antwoord overlegAfspraken(Call c) {
        Dossier d = laad(Soort.CASUSOVERLEG, c);
        Casusoverleg co = Json.stored(d.inhoud(), Casusoverleg.class);
        Onderzoeksdossier o = leesOnderzoek(dossiers(c).find(Soort.ONDERZOEK, d.zaak()).orElseThrow());
        Casusoverleg next = co.afspraken(vereist(c.read(Requests.Afspraken.class).afspraken(), "afspraken"));
        overlegVerwerking(c, d.zaak(), o, co, Gegevenssoort.PROCESINFORMATIE);
        Dossier saved = dossiers(c).update(Soort.CASUSOVERLEG, d.id(), d.versie(), inhoud(d.zaak(), next.fase().name(), next, d.bewarenTot(),
                List.copyOf(d.betrokkenen())));
        return gelezen(saved, next);
    }

    /** The Wams core's condition that provider and recipient were both invited (rule W12). */
    static final String GENODIGDE_DEELNEMERS = "GENODIGDE_DEELNEMERS";

    /**
     * Data leaving the meeting (Wmo 2015 art. 5.4.3 lid 4; rule W12): the kernel decides with the provider's
     * consent, the recipient's authorisation, whether both were invited and any conditions the provider attached
     * when it supplied them.
     */
    private Antwoord vrijgave(Call c) {
        Dossier d = laad(Soort.CASUSOVERLEG, c);
        Casusoverleg co = Json.stored(d.inhoud(), Casusoverleg.class);
        Requests.Vrijgave r = c.read(Requests.Vrijgave.class);
        Set<Gegevenssoort> gegevens = vereist(r.gegevens(), "gegevens");
        if (gegevens.isEmpty()) {
            throw Problem.veld("gegevens", "ten minste één gegevenssoort");
        }
        Casusoverleg.Vrijgave aanvraag = new Casusoverleg.Vrijgave(vereist(r.verstrekker(), "verstrekker"), vereist(r.ontvanger(), "ontvanger"),
                gegevens, r.eigenTaak(), r.toestemmingVerstrekker(), r.ontvangerBevoegd(), null, null);
        co.vrijgave(aanvraag); // validates the request (own task) before the kernel is asked
        // Who records the release processes the meeting's record (the coordinator, or the consulent in the
        // investigation phase): a decision of its own, so anyone else's attempt is a refused, logged decision.
        overlegVerwerking(c, d.zaak(), leesOnderzoek(dossiers(c).find(Soort.ONDERZOEK, d.zaak()).orElseThrow()), co,
                Gegevenssoort.PROCESINFORMATIE);
        Rol rol = r.ontvangerRol() == null ? Rol.PARTIJ : r.ontvangerRol();
        Actor naar = new Actor(rol, r.ontvanger(), null, Domein.SOCIAAL, "", Geheimhouding.GEEN, false, r.ontvangerBevoegd());
        List<Voorwaarde> bewijs = new ArrayList<>(List.of(Bewijsvoering.overleg(co)));
        if (r.toestemmingVerstrekker()) {
            bewijs.add(Voorwaarde.TOESTEMMING_VERSTREKKER);
        }
        // From the meeting's own record: both invited (Wmo 2015 art. 5.4.3 lid 1). The term is the Wams core's.
        if (co.genodigd(r.verstrekker()) && co.genodigd(r.ontvanger())) {
            Voorwaarde.find(GENODIGDE_DEELNEMERS).ifPresent(bewijs::add);
        }
        Decision besluit = besluit(c, DecisionRequest.van(Actor.of(Rol.CASUSOVERLEG, d.zaak().toString())).naar(naar).bron(Doel.CASUSOVERLEG)
                .doel(rol == Rol.COORDINATOR ? Doel.COORDINATIE : Doel.EIGEN_TAAK).gegevens(gegevens.toArray(Gegevenssoort[]::new))
                .bewijs(bewijs.toArray(Voorwaarde[]::new)).voorwaarden(voorwaarden(c, d.zaak(), r.verstrekker()).toArray(VoorwaardeVerstrekker[]::new))
                .betrokkenen(d.betrokkenen().toArray(String[]::new)).zaak(d.zaak().toString()));
        Casusoverleg next = co.vrijgave(new Casusoverleg.Vrijgave(aanvraag.verstrekker(), aanvraag.ontvanger(), gegevens, r.eigenTaak(),
                r.toestemmingVerstrekker(), r.ontvangerBevoegd(), besluit.effect().name(), besluit.regel()));
        Dossier saved = dossiers(c).update(Soort.CASUSOVERLEG, d.id(), d.versie(), inhoud(d.zaak(), next.fase().name(), next, d.bewarenTot(),
                List.copyOf(d.betrokkenen())));
        return gelezen(saved, next);
    }

    /** The sticky conditions a provider attached to data it supplied in this case (Wmo 2015 art. 5.4.2 lid 1). */
    private List<VoorwaardeVerstrekker> voorwaarden(Call c, UUID zaak, String verstrekker) {
        List<VoorwaardeVerstrekker> out = new ArrayList<>();
        for (int pagina = 1;; pagina++) {
            Dossiers.Pagina p = dossiers(c).list(Soort.VERSTREKKINGSVERZOEK, Verstrekkingsverzoek.Toestand.VERSTREKT_ONDER_VOORWAARDEN.name(), zaak,
                    pagina, 100);
            for (Dossier d : p.items()) {
                Verstrekkingsverzoek v = Json.stored(d.inhoud(), Verstrekkingsverzoek.class);
                if (v.partij().id().equals(verstrekker)) {
                    out.addAll(v.antwoord().voorwaarden());
                }
            }
            if (!p.volgende()) {
                return out;
            }
        }
    }
}
