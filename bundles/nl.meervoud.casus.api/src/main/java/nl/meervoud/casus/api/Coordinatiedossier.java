// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The coördinatiedossier (Wmo 2015 art. 2.3a.3 lid 5): progress on the goals and the agreements, explicitly not a
 * content file on help or treatment. Stored apart from the investigation data (art. 5.4.5). Immutable.
 *
 * @param coordinator who coordinates
 * @param toestand the state
 * @param voortgang progress notes on the goals
 * @param afspraken agreements between the parties
 * @param signaal the coordinator's signal to the college to adjust or end (art. 2.3a.3 lid 4); null when none
 * @param beeindigd the day the approach ended; null while running
 * @param overgedragen the day a coordinator from outside the municipality handed everything over to the college
 *        (art. 5.4.4 lid 7-8); null before or when not needed
 */
public record Coordinatiedossier(Coordinator coordinator, Toestand toestand, List<Notitie> voortgang, List<Afspraak> afspraken,
        Signaal signaal, LocalDate beeindigd, LocalDate overgedragen) {

    /** The states of the coordination. */
    public enum Toestand {
        LOPEND, BEEINDIGD, OVERGEDRAGEN
    }

    /** Who may coordinate (Wmo 2015 art. 2.3a.3 lid 1). */
    public enum CoordinatorSoort {
        /** A municipal official: the college is the controller throughout. */
        GEMEENTEAMBTENAAR,
        /** An employee of an involved party: the employer is the controller until the handover. */
        MEDEWERKER_PARTIJ,
        /** A self-employed professional, a party in their own right. */
        ZELFSTANDIGE
    }

    /**
     * The coordinator.
     *
     * @param naam name
     * @param soort kind
     * @param organisatie the employing party (for MEDEWERKER_PARTIJ) or own business (ZELFSTANDIGE); empty for officials
     * @param gebruiker the account of the person the college designates (a local account name, or the subject the
     *        municipality's IdP gives them): the coordinator of Wmo 2015 art. 1.1.1 and 2.3a.3 lid 1 is this person,
     *        and only they act as coordinator in the case; null in files stored before 0.4, designated by name only
     */
    public record Coordinator(String naam, CoordinatorSoort soort, String organisatie, String gebruiker) {
        /** A coordinator named without an account (files before 0.4). */
        public Coordinator(String naam, CoordinatorSoort soort, String organisatie) {
            this(naam, soort, organisatie, null);
        }

        /** Validates. */
        public Coordinator {
            Objects.requireNonNull(soort, "coordinator.soort");
            if (naam == null || naam.isBlank()) {
                throw new IllegalArgumentException("coordinator.naam: vereist");
            }
            if (soort != CoordinatorSoort.GEMEENTEAMBTENAAR && (organisatie == null || organisatie.isBlank())) {
                throw new IllegalArgumentException("coordinator.organisatie: vereist voor een coördinator van buiten de gemeente");
            }
            organisatie = organisatie == null ? "" : organisatie;
        }
    }

    /**
     * A progress note on a goal.
     *
     * @param op the day
     * @param doel the goal of the approach it concerns
     * @param tekst the progress (no care content)
     */
    public record Notitie(LocalDate op, String doel, String tekst) {
    }

    /**
     * An agreement: who does what, with a brief explanation (Wmo 2015 art. 5.4.3 lid 3 for casusoverleggen).
     *
     * @param wie who
     * @param wat what
     * @param toelichting brief explanation
     */
    public record Afspraak(String wie, String wat, String toelichting) {
        /** Validates. */
        public Afspraak {
            if (wie == null || wie.isBlank() || wat == null || wat.isBlank()) {
                throw new IllegalArgumentException("afspraak: `wie` en `wat` zijn vereist");
            }
        }
    }

    /**
     * The coordinator's signal to adjust or end the approach (Wmo 2015 art. 2.3a.3 lid 4).
     *
     * @param soort adjust or end
     * @param reden the reason
     * @param op the day
     */
    public record Signaal(SignaalSoort soort, String reden, LocalDate op) {
    }

    /** Adjust or end. */
    public enum SignaalSoort {
        AANPASSEN, BEEINDIGEN
    }

    /** A new file for an appointed coordinator. */
    public static Coordinatiedossier voor(Coordinator coordinator) {
        return new Coordinatiedossier(Objects.requireNonNull(coordinator, "coordinator"), Toestand.LOPEND, List.of(), List.of(), null,
                null, null);
    }

    /** Copies. */
    public Coordinatiedossier {
        voortgang = voortgang == null ? List.of() : List.copyOf(voortgang);
        afspraken = afspraken == null ? List.of() : List.copyOf(afspraken);
    }

    /** Who is the controller of the coordination data now (rulebook §4.12). */
    public String verwerkingsverantwoordelijke() {
        return coordinator.soort() == CoordinatorSoort.GEMEENTEAMBTENAAR || toestand == Toestand.OVERGEDRAGEN ? "college"
                : coordinator.organisatie();
    }

    /** Whether the end needs a handover of all data to the college (Wmo 2015 art. 5.4.4 lid 7-8). */
    public boolean overdrachtNodig() {
        return coordinator.soort() != CoordinatorSoort.GEMEENTEAMBTENAAR;
    }

    /** Records progress (Wmo 2015 art. 2.3a.3 lid 5). */
    public Coordinatiedossier voortgang(Notitie n) {
        vereisLopend();
        if (n == null || n.tekst() == null || n.tekst().isBlank()) {
            throw new IllegalArgumentException("voortgang.tekst: vereist");
        }
        List<Notitie> l = new ArrayList<>(voortgang);
        l.add(n);
        return new Coordinatiedossier(coordinator, toestand, l, afspraken, signaal, beeindigd, overgedragen);
    }

    /** Records agreements between the parties (Wmo 2015 art. 2.3a.3 lid 3, 5). */
    public Coordinatiedossier afspraken(List<Afspraak> nieuw) {
        vereisLopend();
        List<Afspraak> l = new ArrayList<>(afspraken);
        l.addAll(nieuw);
        return new Coordinatiedossier(coordinator, toestand, voortgang, l, signaal, beeindigd, overgedragen);
    }

    /** The coordinator signals the college (Wmo 2015 art. 2.3a.3 lid 4). */
    public Coordinatiedossier signaleer(Signaal s) {
        vereisLopend();
        if (s == null || s.soort() == null || s.reden() == null || s.reden().isBlank()) {
            throw new IllegalArgumentException("signaal: `soort` en `reden` zijn vereist (Wmo 2015 art. 2.3a.3 lid 4)");
        }
        return new Coordinatiedossier(coordinator, toestand, voortgang, afspraken, s, beeindigd, overgedragen);
    }

    /** The college appoints another coordinator (Wmo 2015 art. 2.3a.3 lid 4). */
    public Coordinatiedossier vervang(Coordinator nieuw) {
        vereisLopend();
        return new Coordinatiedossier(Objects.requireNonNull(nieuw, "coordinator"), toestand, voortgang, afspraken, null, beeindigd,
                overgedragen);
    }

    /** The college ends the approach; an outside coordinator then hands over (Wmo 2015 art. 5.4.4 lid 7-8). */
    public Coordinatiedossier beeindig(LocalDate op) {
        vereisLopend();
        return new Coordinatiedossier(coordinator, Toestand.BEEINDIGD, voortgang, afspraken, signaal, op, null);
    }

    /** The handover of all coordination data to the college. */
    public Coordinatiedossier overgedragen(LocalDate op) {
        if (toestand != Toestand.BEEINDIGD || !overdrachtNodig()) {
            throw new ProcesStapException("overdracht volgt op de beëindiging, alleen bij een coördinator van buiten de gemeente",
                    "Wmo 2015 art. 5.4.4 lid 7");
        }
        return new Coordinatiedossier(coordinator, Toestand.OVERGEDRAGEN, voortgang, afspraken, signaal, beeindigd, op);
    }

    /** From when the coordination data's retention runs: the end of the approach (Wmo 2015 art. 5.4.5 lid 2). */
    public java.util.Optional<Bewaarstart> bewaarstart() {
        return java.util.Optional.ofNullable(beeindigd).map(d -> new Bewaarstart("coordinatiedossier", "aanpak-beeindigd", d));
    }

    private void vereisLopend() {
        if (toestand != Toestand.LOPEND) {
            throw new ProcesStapException("de gecoördineerde aanpak is beëindigd", "Wmo 2015 art. 2.3a.3 lid 4");
        }
    }
}
