// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.meervoud.privacy.api.Gegevenssoort;

/**
 * A casusoverleg (Wmo 2015 art. 5.4.3): invitees each with a recorded necessity, the client invited unless a
 * recorded zwaarwegend belang opposes it, only agreements recorded, and a register of every item of data that
 * leaves the meeting. Immutable.
 *
 * @param fase convened in the investigation (by the college) or in the coordination (by the coordinator)
 * @param datum the day of the meeting
 * @param genodigden the invitees
 * @param clientUitgenodigd whether the client and representatives are invited
 * @param zwaarwegendeBelangen the recorded reason the client is not invited; null when invited
 * @param afspraken the agreements: who does what, briefly explained (lid 3); no minutes
 * @param vrijgaven the release register (lid 4)
 */
public record Casusoverleg(Fase fase, LocalDate datum, List<Genodigde> genodigden, boolean clientUitgenodigd,
        String zwaarwegendeBelangen, List<Coordinatiedossier.Afspraak> afspraken, List<Vrijgave> vrijgaven) {

    /** Who convenes. */
    public enum Fase {
        /** The college, during the investigation (Wmo 2015 art. 2.3a.1 lid 7 onder b, 2.3a.4 lid 4). */
        ONDERZOEK,
        /** The coordinator, during the coordinated approach (Wmo 2015 art. 2.3a.3 lid 3). */
        COORDINATIE
    }

    /**
     * An invitee.
     *
     * @param partij the party
     * @param noodzaak why their participation is necessary (lid 1)
     */
    public record Genodigde(String partij, String noodzaak) {
        /** Validates. */
        public Genodigde {
            if (partij == null || partij.isBlank()) {
                throw new IllegalArgumentException("genodigden.partij: vereist");
            }
            if (noodzaak == null || noodzaak.isBlank()) {
                throw new ProcesStapException("de noodzaak van de deelname van `" + partij + "` is niet vastgelegd",
                        "Wmo 2015 art. 5.4.3 lid 1");
            }
        }
    }

    /**
     * An item of data leaving the meeting (lid 4), as the kernel decided it.
     *
     * @param verstrekker the participant that brought the data in
     * @param ontvanger the participant that takes them out
     * @param gegevens the categories
     * @param eigenTaak the recipient's own task in the approach it is needed for (lid 4 onder a)
     * @param toestemmingVerstrekker the provider consents (lid 4 onder b)
     * @param ontvangerBevoegd the recipient is authorised by its own regulations for special data (lid 4 onder c)
     * @param besluit the kernel's decision: PERMIT or DENY
     * @param regel the rule that decided
     */
    public record Vrijgave(String verstrekker, String ontvanger, Set<Gegevenssoort> gegevens, String eigenTaak,
            boolean toestemmingVerstrekker, boolean ontvangerBevoegd, String besluit, String regel) {
        /** Copies. */
        public Vrijgave {
            gegevens = gegevens == null ? Set.of() : Set.copyOf(gegevens);
        }
    }

    /** Copies. */
    public Casusoverleg {
        genodigden = genodigden == null ? List.of() : List.copyOf(genodigden);
        afspraken = afspraken == null ? List.of() : List.copyOf(afspraken);
        vrijgaven = vrijgaven == null ? List.of() : List.copyOf(vrijgaven);
    }

    /**
     * Convenes a casusoverleg for an investigation or coordination in the given state. On 2.3a.4 the requesting
     * party, named in the investigation's request, must be among the invitees.
     *
     * @param onderzoek the investigation it belongs to
     */
    public static Casusoverleg bijeenroepen(Onderzoeksdossier onderzoek, Fase fase, LocalDate datum, List<Genodigde> genodigden,
            boolean clientUitgenodigd, String zwaarwegendeBelangen) {
        Objects.requireNonNull(fase, "fase");
        Onderzoek.Toestand t = onderzoek.proces().toestand();
        if (fase == Fase.ONDERZOEK && t != Onderzoek.Toestand.GESTART) {
            throw new ProcesStapException("het college roept een casusoverleg bijeen tijdens het onderzoek (toestand " + t + ")",
                    onderzoek.proces().route() == Onderzoek.Route.WMO_2_3A_1 ? "Wmo 2015 art. 2.3a.1 lid 7" : "Wmo 2015 art. 2.3a.4 lid 4");
        }
        if (fase == Fase.COORDINATIE && t != Onderzoek.Toestand.AANPAK_LOPEND) {
            throw new ProcesStapException("de coördinator roept een casusoverleg bijeen tijdens de gecoördineerde aanpak (toestand " + t + ")",
                    "Wmo 2015 art. 2.3a.3 lid 3");
        }
        if (genodigden == null || genodigden.isEmpty()) {
            throw new IllegalArgumentException("genodigden: ten minste één genodigde");
        }
        if (!clientUitgenodigd && (zwaarwegendeBelangen == null || zwaarwegendeBelangen.isBlank())) {
            throw new ProcesStapException("de cliënt wordt uitgenodigd, tenzij zwaarwegende belangen zich verzetten; leg de reden vast",
                    "Wmo 2015 art. 5.4.3 lid 1");
        }
        if (onderzoek.verzoek() != null && genodigden.stream().noneMatch(g -> g.partij().equals(onderzoek.verzoek().partij()))) {
            throw new ProcesStapException("de verzoekende partij `" + onderzoek.verzoek().partij() + "` wordt altijd betrokken",
                    "Wmo 2015 art. 2.3a.4 lid 2");
        }
        return new Casusoverleg(fase, Objects.requireNonNull(datum, "datum"), genodigden, clientUitgenodigd,
                clientUitgenodigd ? null : zwaarwegendeBelangen, null, null);
    }

    /** Whether a participant was invited. */
    public boolean genodigd(String partij) {
        return genodigden.stream().anyMatch(g -> g.partij().equals(partij));
    }

    /** Records agreements (lid 3). */
    public Casusoverleg afspraken(List<Coordinatiedossier.Afspraak> nieuw) {
        List<Coordinatiedossier.Afspraak> l = new ArrayList<>(afspraken);
        l.addAll(nieuw);
        return new Casusoverleg(fase, datum, genodigden, clientUitgenodigd, zwaarwegendeBelangen, l, vrijgaven);
    }

    /**
     * Adds a release to the register (lid 4). That only invitees release to invitees is the privacy kernel's rule
     * (W12 requires {@code GENODIGDE_DEELNEMERS}, Wmo 2015 art. 5.4.3 lid 1), decided with what {@link #genodigd}
     * says of this meeting, not a second check here.
     */
    public Casusoverleg vrijgave(Vrijgave v) {
        if (v.eigenTaak() == null || v.eigenTaak().isBlank()) {
            throw new IllegalArgumentException("eigenTaak: de eigen taak in de aanpak waarvoor de gegevens nodig zijn (Wmo 2015 art. 5.4.3 lid 4 onder a)");
        }
        List<Vrijgave> l = new ArrayList<>(vrijgaven);
        l.add(v);
        return new Casusoverleg(fase, datum, genodigden, clientUitgenodigd, zwaarwegendeBelangen, afspraken, l);
    }
}
