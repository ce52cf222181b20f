// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.meervoud.casus.api.Bsn;
import nl.meervoud.casus.api.Casusoverleg;
import nl.meervoud.casus.api.Coordinatiedossier;
import nl.meervoud.casus.api.Melding;
import nl.meervoud.casus.api.Onderzoek;
import nl.meervoud.casus.api.Onderzoeksdossier;
import nl.meervoud.casus.api.Verkrijging;
import nl.meervoud.casus.api.Relatie;
import nl.meervoud.casus.api.Verstrekkingsverzoek;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.VoorwaardeVerstrekker;

/** The request bodies of /api/v1, one record each; the OpenAPI document describes the same shapes. */
final class Requests {
    private Requests() {
    }

    /**
     * A body naming one person by BSN, never in a URL: {@code POST /inzage} (the resident on whose behalf a consulent
     * looks) and {@code POST /verwerkingslog/betrokkene} (whose processing the privacy officer reads).
     */
    record Persoon(String bsn) {
    }

    record NieuweMelding(LocalDate ontvangen, Melding.Melder melder, Melding.Gemelde gemelde, String zorg, boolean ingezetene,
            boolean acuut) {
    }

    record Triage(Melding.TriageUitkomst uitkomst, String ernst, String naar, boolean toestemmingGemelde, LocalDate op) {
    }

    record Informering(LocalDate op, String uitzondering) {
    }

    record Terugkoppeling(LocalDate op, Melding.TerugkoppelingSoort soort, boolean veiligheidInGeding) {
    }

    /**
     * A new investigation: on {@code WMO_2_3A_4} at a party's request, on any other route through the trigger an
     * active rule set declares for that route and {@code hulpvraagWet}.
     */
    record NieuwOnderzoek(String route, LocalDate verzoekdatum, String hulpvraagWet, Onderzoeksdossier.Betrokkene client,
            Onderzoeksdossier.Reikwijdte reikwijdte, boolean vermoedenMeervoudigeProblematiek, Onderzoeksdossier.Verzoek verzoek,
            String aanleiding, String noodzaak) {
    }

    /** A necessity justification recorded on a running investigation (Wmo 2015 art. 5.4.1 lid 1). */
    record Noodzaak(String waarom) {
    }

    record Beoordeling(boolean starten, String motivering, LocalDate op) {
    }

    /** A family member; {@code relatie} to the client, {@code relaties} to the client or family members already asked. */
    record NieuwGezinslid(Onderzoeksdossier.Betrokkene persoon, Relatie relatie, List<Onderzoeksdossier.Band> relaties, boolean inHuishouding,
            boolean verblijftElders, Integer jeugdigeTot, LocalDate op, String noodzaak) {
    }

    record Instemming(LocalDate op) {
    }

    record InhoudVerzoek(Onderzoeksdossier.Inhoud inhoud, Set<Gegevenssoort> gegevens) {
    }

    record UitkomstVerzoek(Map<String, Onderzoeksdossier.Uitkomst> uitkomsten, boolean aanpalend, LocalDate op) {
    }

    /** Data the college holds for a client under another of its tasks, asked into the investigation (Wmo 2015 art. 5.4.1 lid 4). */
    record HergebruikVerzoek(String wet, Bsn betrokkene, Set<Gegevenssoort> gegevens, String domein, String waarom, LocalDate op) {
    }

    /** What a person did to obtain a service their outcome proposes (Wmo 2015 art. 2.3a.2 lid 1). */
    record Verkrijgingsstap(String dienst, Verkrijging.Stap stap, LocalDate op) {
    }

    enum AanpakBesluit {
        COORDINATOR, EIGEN_REGIE, GEEN
    }

    record AanpakVerzoek(AanpakBesluit besluit, Coordinatiedossier.Coordinator coordinator) {
    }

    record NieuwCasusoverleg(UUID onderzoek, Casusoverleg.Fase fase, LocalDate datum, List<Casusoverleg.Genodigde> genodigden,
            boolean clientUitgenodigd, String zwaarwegendeBelangen) {
    }

    record Afspraken(List<Coordinatiedossier.Afspraak> afspraken) {
    }

    record Vrijgave(String verstrekker, String ontvanger, Rol ontvangerRol, Set<Gegevenssoort> gegevens, String eigenTaak,
            boolean toestemmingVerstrekker, boolean ontvangerBevoegd) {
    }

    record NieuwVerstrekkingsverzoek(UUID onderzoek, Verstrekkingsverzoek.Partij partij, Bsn betrokkene, Set<Gegevenssoort> gegevens,
            Verstrekkingsverzoek.Motivering motivering) {
    }

    enum AntwoordBesluit {
        VERSTREKT, GEWEIGERD
    }

    record Antwoord(AntwoordBesluit besluit, LocalDate op, List<VoorwaardeVerstrekker> voorwaarden, String zwaarwegendeRedenen,
            boolean toestemmingBetrokkene, boolean afwegingVastgelegd) {
    }

    record Voortgang(LocalDate op, String doel, String tekst) {
    }

    record Signaal(Coordinatiedossier.SignaalSoort soort, String reden, LocalDate op) {
    }

    record Beeindiging(LocalDate op) {
    }
}
