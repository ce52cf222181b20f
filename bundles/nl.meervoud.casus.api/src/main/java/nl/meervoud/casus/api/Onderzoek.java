// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The investigation's process (Wmo 2015 §3a): which step may follow which, on which route, by which deadline.
 * Every refused step names its article. Immutable: each step returns the next state. Persistence and the API
 * build on this (issue 4).
 *
 * @param route the Wams procedure the investigation follows: 2.3a.1 or 2.3a.4 (a law's own way into it, such as the
 *        brede intake of Wet inburgering 2021 art. 14 lid 8, is the {@link Onderzoeksdossier.Ingang} its module declares)
 * @param toestand the current state
 * @param gestart the day the investigation started; null before
 * @param clientGeinformeerd whether the client was told that the investigation takes place (2.3a.4 lid 3)
 * @param uitkomstMeegedeeld the day the written outcome was given (2.3a.2 lid 1); null before
 * @param aanpakBeeindigd the day the coordinated approach ended; null before
 */
public record Onderzoek(Route route, Toestand toestand, LocalDate gestart, boolean clientGeinformeerd,
        LocalDate uitkomstMeegedeeld, LocalDate aanpakBeeindigd) {

    /**
     * The two procedures of the Wams. A law module's route into the process follows one of them (its trigger's
     * {@code volgt}); the route itself is the module's and is kept as the file's {@link Onderzoeksdossier.Ingang}.
     */
    public enum Route {
        /** At the resident's help request (Wmo 2015 art. 2.3a.1). */
        WMO_2_3A_1,
        /** At a party's reasoned request, or applying its lid 2-7 without one where a law says so (Wmo 2015 art. 2.3a.4). */
        WMO_2_3A_4
    }

    /** The states of an investigation. */
    public enum Toestand {
        VERZOEK_INGEDIEND, NIET_GESTART, GESTART, UITKOMST_MEEGEDEELD, AANPAK_LOPEND, EIGEN_REGIE, AFGEROND, AANPAK_BEEINDIGD
    }

    /** Validates the parts. */
    public Onderzoek {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(toestand, "toestand");
    }

    /** A resident's help request with a suspicion of related problems starts the investigation (2.3a.1 lid 1). */
    public static Onderzoek op2_3a_1(LocalDate verzoek, boolean vermoedenMeervoudigeProblematiek) {
        if (!vermoedenMeervoudigeProblematiek) {
            throw new ProcesStapException("een onderzoek start alleen bij een vermoeden van samenhangende problemen op meer "
                    + "levensgebieden", "Wmo 2015 art. 2.3a.1 lid 1");
        }
        return new Onderzoek(Route.WMO_2_3A_1, Toestand.GESTART, verzoek, true, null, null);
    }

    /**
     * A party's reasoned request (2.3a.4 lid 1): all criteria must be substantiated before the college may even
     * assess it.
     */
    public static Onderzoek verzoek2_3a_4(boolean voortdurendOfTerugkerend, boolean teloorgangOfLageKwaliteitVanLeven,
            boolean zorgmijdingMetOverlastOfOnveiligheidOfHulpOnwerkzaam, boolean aanpakDraagtBij) {
        if (!(voortdurendOfTerugkerend && teloorgangOfLageKwaliteitVanLeven && zorgmijdingMetOverlastOfOnveiligheidOfHulpOnwerkzaam
                && aanpakDraagtBij)) {
            throw new ProcesStapException("het verzoek onderbouwt niet alle criteria van ernstige meervoudige problematiek",
                    "Wmo 2015 art. 2.3a.4 lid 1");
        }
        return new Onderzoek(Route.WMO_2_3A_4, Toestand.VERZOEK_INGEDIEND, null, false, null, null);
    }

    /**
     * An investigation applying Wmo 2015 art. 2.3a.4 lid 2-7 without a party's request under lid 1, started by the
     * trigger of a law that says so (the Wet inburgering 2021 module: art. 14 lid 8, the brede intake).
     */
    public static Onderzoek zonderVerzoek(LocalDate start) {
        return new Onderzoek(Route.WMO_2_3A_4, Toestand.GESTART, Objects.requireNonNull(start, "start"), false, null, null);
    }

    /** The college's assessment of a 2.3a.4 request, with its reasons: start or not. */
    public Onderzoek beoordeel(boolean starten, String motivering, LocalDate op) {
        vereis(Toestand.VERZOEK_INGEDIEND, "beoordelen", "Wmo 2015 art. 2.3a.4 lid 1");
        if (motivering == null || motivering.isBlank()) {
            throw new ProcesStapException("het college motiveert zijn beoordeling van het verzoek", "Wmo 2015 art. 2.3a.4 lid 1");
        }
        return starten ? new Onderzoek(route, Toestand.GESTART, op, false, null, null)
                : new Onderzoek(route, Toestand.NIET_GESTART, null, false, null, null);
    }

    /** The client (and family, representatives) is told that the investigation is carried out (2.3a.4 lid 3). */
    public Onderzoek informeerClient() {
        vereis(Toestand.GESTART, "de cliënt informeren", "Wmo 2015 art. 2.3a.4 lid 3");
        return new Onderzoek(route, toestand, gestart, true, null, null);
    }

    /** The written outcome, per person, is given (2.3a.2 lid 1). */
    public Onderzoek uitkomst(LocalDate op) {
        vereis(Toestand.GESTART, "de uitkomst meedelen", "Wmo 2015 art. 2.3a.2 lid 1");
        if (!clientGeinformeerd) {
            throw new ProcesStapException("de cliënt moet eerst zijn geïnformeerd dat het onderzoek plaatsvindt",
                    "Wmo 2015 art. 2.3a.4 lid 3");
        }
        return new Onderzoek(route, Toestand.UITKOMST_MEEGEDEELD, gestart, true, op, null);
    }

    /** A coordinator is appointed; the coordinated approach runs (2.3a.3 lid 1). */
    public Onderzoek coordinatorAangewezen() {
        vereis(Toestand.UITKOMST_MEEGEDEELD, "een coördinator aanwijzen", "Wmo 2015 art. 2.3a.3 lid 1");
        return new Onderzoek(route, Toestand.AANPAK_LOPEND, gestart, true, uitkomstMeegedeeld, null);
    }

    /**
     * The client coordinates under their own direction (2.3a.3 lid 2). Whether the route allows it is a rule of the
     * active rule sets ({@link GecoordineerdeAanpak#eigenRegie}), asked before this step.
     */
    public Onderzoek eigenRegie() {
        vereis(Toestand.UITKOMST_MEEGEDEELD, "eigen regie", "Wmo 2015 art. 2.3a.3 lid 2");
        return new Onderzoek(route, Toestand.EIGEN_REGIE, gestart, true, uitkomstMeegedeeld, null);
    }

    /** No coordinated approach follows; the investigation is closed. */
    public Onderzoek geenAanpak() {
        vereis(Toestand.UITKOMST_MEEGEDEELD, "afsluiten zonder aanpak", "Wmo 2015 art. 2.3a.2 lid 2");
        return new Onderzoek(route, Toestand.AFGEROND, gestart, true, uitkomstMeegedeeld, null);
    }

    /** The coordinated approach ends (2.3a.3 lid 4). */
    public Onderzoek aanpakBeeindigd(LocalDate op) {
        vereis(Toestand.AANPAK_LOPEND, "de aanpak beëindigen", "Wmo 2015 art. 2.3a.3 lid 4");
        return new Onderzoek(route, Toestand.AANPAK_BEEINDIGD, gestart, true, uitkomstMeegedeeld, op);
    }

    /**
     * The deadline of the investigation under a term the law sets from its start (the six weeks of Wmo 2015 art.
     * 2.3a.1, a process rule of the Wams core rule set); empty before it started.
     */
    public Optional<LocalDate> termijn(Period termijn) {
        Objects.requireNonNull(termijn, "termijn");
        return gestart != null ? Optional.of(gestart.plus(termijn)) : Optional.empty();
    }

    /** Whether that term passed while the investigation is still open. */
    public boolean termijnVerstreken(Period termijn, LocalDate op) {
        return toestand == Toestand.GESTART && termijn(termijn).map(op::isAfter).orElse(false);
    }

    /** The day from which the investigation data's two years run (Wmo 2015 art. 5.4.5 lid 1), once known. */
    public Optional<LocalDate> bewaartermijnStart() {
        return switch (toestand) {
            case AFGEROND, EIGEN_REGIE -> Optional.ofNullable(uitkomstMeegedeeld);
            case AANPAK_BEEINDIGD -> Optional.ofNullable(aanpakBeeindigd);
            default -> Optional.empty();
        };
    }

    private void vereis(Toestand nodig, String stap, String artikel) {
        if (toestand != nodig) {
            throw new ProcesStapException("`" + stap + "` kan niet in toestand " + toestand + " (vereist: " + nodig + ")", artikel);
        }
    }
}
