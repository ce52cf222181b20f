// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.meervoud.auth.api.Functie;
import nl.meervoud.casus.api.Casusoverleg;
import nl.meervoud.casus.api.Coordinatiedossier;
import nl.meervoud.casus.api.Melding;
import nl.meervoud.casus.api.Onderzoeksdossier;
import nl.meervoud.casus.api.Verstrekkingsverzoek;
import nl.meervoud.casus.internal.Router.Antwoord;
import nl.meervoud.casus.internal.Router.Call;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.store.api.Dossiers.Dossier;

/** Inzage: a person's own processing-log records and their own part of each file (AVG art. 15). */
final class Inzage extends Resource {

    Inzage(Deps deps) {
        super(deps);
    }

    @Override
    void routes(Router r) {
        r.add("GET", "/inzage", this::eigen);
        r.add("POST", "/inzage", this::namens);
    }

    /** A resident's own inzage: the BSN comes from their token (DigiD through the IdP), never from the request. */
    private Antwoord eigen(Call c) {
        String uitvoerder = c.identiteit().eis(Functie.BURGER);
        return inzage(c, c.identiteit().principal().bsn(), "inzage", uitvoerder);
    }

    /**
     * A consulent's inzage on a resident's behalf (at the counter, by letter): the BSN in the body, never in the URL;
     * its own recorded processing ({@code inzage-namens}), so the resident sees who looked on their behalf.
     */
    private Antwoord namens(Call c) {
        String uitvoerder = c.identiteit().eis(Functie.CONSULENT);
        Requests.Persoon r = c.read(Requests.Persoon.class);
        return inzage(c, r.bsn(), "inzage-namens", uitvoerder);
    }

    /**
     * A person's own processing-log records and data: of each file only their own part, never another family
     * member's. Recorded in the processing log as an inzage.
     */
    private Antwoord inzage(Call c, String bsn, String handeling, String uitvoerder) {
        bsnVeld(bsn);
        String activiteit = activiteit(c);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bsn", bsn);
        // What this municipality processed: another municipality in the installation is another controller.
        out.put("verwerkingen", gemeentelog(c).leesbaar(log.byBetrokkene(bsn)));
        List<Object> gegevens = new ArrayList<>();
        for (Dossier d : dossiers(c).byBetrokkene(bsn)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("soort", d.soort().tabel());
            item.put("id", d.id().toString());
            item.put("toestand", d.toestand());
            if (d.bewarenTot() != null) {
                item.put("bewarenTot", d.bewarenTot().toString());
            }
            switch (d.soort()) {
                case ONDERZOEK -> {
                    Onderzoeksdossier o = leesOnderzoek(d);
                    item.put("route", o.ingangsroute());
                    item.put("hulpvraagWet", o.hulpvraagWet());
                    if (o.client().bsn().value().equals(bsn)) {
                        item.put("persoon", o.client());
                        item.put("rol", "cliënt");
                        item.put("reikwijdte", o.reikwijdte());
                    } else {
                        o.gezinsleden().stream().filter(g -> g.persoon().bsn().value().equals(bsn)).findFirst().ifPresent(g -> {
                            item.put("persoon", g.persoon());
                            item.put("rol", "gezinslid");
                            item.put("deelname", Map.of("grond", g.grond(), "gevraagd", g.gevraagd(), "ingestemd",
                                    g.ingestemd() == null ? "" : g.ingestemd()));
                        });
                    }
                    if (o.uitkomstVoor(bsn) != null) {
                        item.put("uitkomst", o.uitkomstVoor(bsn));
                    }
                    if (o.aanpak() != null) {
                        item.put("gecoordineerdeAanpak", o.aanpak());
                    }
                    item.put("zichtbaarheid", EIGEN_DEEL);
                }
                case COORDINATIEDOSSIER -> {
                    Coordinatiedossier cd = Json.stored(d.inhoud(), Coordinatiedossier.class);
                    item.put("coordinator", cd.coordinator());
                    item.put("afspraken", cd.afspraken());
                    item.put("voortgang", cd.voortgang());
                }
                case CASUSOVERLEG -> {
                    Casusoverleg co = Json.stored(d.inhoud(), Casusoverleg.class);
                    item.put("datum", co.datum());
                    item.put("afspraken", co.afspraken());
                }
                case VERSTREKKINGSVERZOEK -> {
                    Verstrekkingsverzoek v = Json.stored(d.inhoud(), Verstrekkingsverzoek.class);
                    item.put("partij", v.partij().naam());
                    item.put("gegevens", v.gegevens());
                    item.put("antwoord", v.antwoord());
                }
                case MELDING -> {
                    Melding m = Json.stored(d.inhoud(), Melding.class);
                    item.put("ontvangen", m.ontvangen());
                    item.put("zorg", m.zorg());
                    if (m.melder() != null && !m.melder().anoniemJegensGemelde()) {
                        item.put("melder", m.melder().naam());
                    } else if (m.melder() != null) {
                        item.put("zichtbaarheid", Map.of("uitleg", "de melder blijft op eigen verzoek anoniem jegens de gemelde",
                                "citaties", List.of("Wmo 2015 art. 5.5.1")));
                    }
                }
            }
            gegevens.add(item);
        }
        out.put("gegevens", gegevens);
        log.vastleggen(new ProcessingLog.Vastlegging(activiteit, handeling, List.of("AVG art. 15"), "inzage", uitvoerder, "",
                List.of(bsn), List.of(Gegevenssoort.IDENTIFICEREND.name(), Gegevenssoort.PROCESINFORMATIE.name())));
        return Antwoord.ok(out);
    }
}
