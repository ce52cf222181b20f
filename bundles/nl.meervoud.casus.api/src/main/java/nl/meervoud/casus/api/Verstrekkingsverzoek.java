// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.VoorwaardeVerstrekker;

/**
 * The college's request to a party for data for an investigation, and the party's answer (Wmo 2015 art. 5.4.2).
 * A refusal for zwaarwegende redenen is the party's decision and final; conditions the party attaches travel with
 * the data (sticky) and the kernel enforces them on onward sharing. Immutable.
 *
 * @param partij the party asked
 * @param betrokkene BSN of the person the data are about
 * @param gegevens the categories asked for
 * @param motivering the college's motivation: purpose, why these data, with whom they will be shared
 * @param toestand the state
 * @param antwoord the party's answer; null while open
 */
public record Verstrekkingsverzoek(Partij partij, Bsn betrokkene, Set<Gegevenssoort> gegevens, Motivering motivering,
        Toestand toestand, Antwoord antwoord) {

    /** States. */
    public enum Toestand {
        VERZOCHT, VERSTREKT, VERSTREKT_ONDER_VOORWAARDEN, GEWEIGERD
    }

    /**
     * The party.
     *
     * @param id the party's identifier
     * @param naam its name
     * @param geheimhouding its statutory duty of secrecy, if any (then lid 2 applies, not the duty of lid 1)
     * @param bsnBevoegd whether it may use the BSN
     * @param rol the role a law module declares for this kind of party (e.g. {@code WLZ_UITVOERDER}, Wlz art. 9.1.3
     *        lid 3), whose rules then decide what it provides; "" for a party of Wmo 2015 art. 1.1.1 in general
     *        ({@code PARTIJ}, rule W5). Since 0.3.
     */
    public record Partij(String id, String naam, Geheimhouding geheimhouding, boolean bsnBevoegd, String rol) {
        /** Validates. */
        public Partij {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("partij.id: vereist");
            }
            geheimhouding = geheimhouding == null ? Geheimhouding.GEEN : geheimhouding;
            rol = rol == null ? "" : rol;
        }

        /** A party of Wmo 2015 art. 1.1.1 in general, without a role of its own law. */
        public Partij(String id, String naam, Geheimhouding geheimhouding, boolean bsnBevoegd) {
            this(id, naam, geheimhouding, bsnBevoegd, "");
        }
    }

    /**
     * The motivation of the request (rulebook §4.4).
     *
     * @param doel the specific purpose
     * @param waarom why these data are needed
     * @param metWie with whom they will be shared
     * @param domein the life domain the data concern; on 2.3a.1 it must lie inside the client's agreed scope
     */
    public record Motivering(String doel, String waarom, String metWie, String domein) {
        /** Whether all three parts are there. */
        public boolean volledig() {
            return !blank(doel) && !blank(waarom) && !blank(metWie) && !blank(domein);
        }
    }

    /**
     * The party's answer.
     *
     * @param op the day
     * @param voorwaarden conditions on further use (sticky); empty for none
     * @param zwaarwegendeRedenen the reasons for refusing; null when provided
     * @param toestemmingBetrokkene for a party with secrecy: the person consented (lid 2)
     * @param afwegingVastgelegd for a party with secrecy: the threefold weighing with anonymous peer consultation
     *        is recorded (lid 2)
     */
    public record Antwoord(LocalDate op, List<VoorwaardeVerstrekker> voorwaarden, String zwaarwegendeRedenen,
            boolean toestemmingBetrokkene, boolean afwegingVastgelegd) {
        /** Copies. */
        public Antwoord {
            voorwaarden = voorwaarden == null ? List.of() : List.copyOf(voorwaarden);
        }
    }

    /**
     * The college asks (Wmo 2015 art. 5.4.2 lid 1); the motivation is required. Whether these data may be asked for at
     * all (police and justice data only under the Wpg and Wjsg, lid 3) is the privacy kernel's decision, not this
     * model's.
     */
    public static Verstrekkingsverzoek verzoek(Onderzoeksdossier onderzoek, Partij partij, Bsn betrokkene, Set<Gegevenssoort> gegevens,
            Motivering motivering) {
        Objects.requireNonNull(partij, "partij");
        Objects.requireNonNull(betrokkene, "betrokkene");
        if (onderzoek.proces().toestand() != Onderzoek.Toestand.GESTART) {
            throw new ProcesStapException("gegevens worden verzocht voor een lopend onderzoek (toestand " + onderzoek.proces().toestand() + ")",
                    "Wmo 2015 art. 5.4.2 lid 1");
        }
        if (!onderzoek.betrokkenen().contains(betrokkene.value())) {
            throw new ProcesStapException("de betrokkene neemt niet deel aan dit onderzoek", "Wmo 2015 art. 2.3a.1 lid 3");
        }
        if (gegevens == null || gegevens.isEmpty()) {
            throw new IllegalArgumentException("gegevens: ten minste één gegevenssoort");
        }
        if (motivering == null || !motivering.volledig()) {
            throw new ProcesStapException("het verzoek noemt het doel, het levensdomein, waarom deze gegevens nodig zijn en met wie ze worden gedeeld",
                    "Wmo 2015 art. 5.4.2 lid 1");
        }
        return new Verstrekkingsverzoek(partij, betrokkene, Set.copyOf(gegevens), motivering, Toestand.VERZOCHT, null);
    }

    /**
     * The party provides, with or without conditions. Whether it may is not checked here but by the privacy kernel
     * before this is stored: a party with secrecy needs consent or the recorded weighing (Wmo 2015 art. 5.4.2 lid 2,
     * rule W6), police and justice data their own regime (lid 3, prohibition P-WPG).
     */
    public Verstrekkingsverzoek verstrekt(Antwoord a) {
        vereisOpen();
        return new Verstrekkingsverzoek(partij, betrokkene, gegevens, motivering,
                a.voorwaarden().isEmpty() ? Toestand.VERSTREKT : Toestand.VERSTREKT_ONDER_VOORWAARDEN, a);
    }

    /** The party refuses for zwaarwegende redenen: its decision, recorded, and not to be overridden (lid 1). */
    public Verstrekkingsverzoek geweigerd(LocalDate op, String zwaarwegendeRedenen) {
        vereisOpen();
        if (blank(zwaarwegendeRedenen)) {
            throw new IllegalArgumentException("zwaarwegendeRedenen: leg de zwaarwegende redenen van de weigering vast (Wmo 2015 art. 5.4.2 lid 1)");
        }
        return new Verstrekkingsverzoek(partij, betrokkene, gegevens, motivering, Toestand.GEWEIGERD,
                new Antwoord(op, List.of(), zwaarwegendeRedenen, false, false));
    }

    private void vereisOpen() {
        if (toestand == Toestand.GEWEIGERD) {
            throw new ProcesStapException("de partij heeft om zwaarwegende redenen geweigerd; dat besluit is aan de partij en kan niet "
                    + "worden overruled", "Wmo 2015 art. 5.4.2 lid 1");
        }
        if (toestand != Toestand.VERZOCHT) {
            throw new ProcesStapException("het verzoek is al beantwoord", "Wmo 2015 art. 5.4.2 lid 1");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
