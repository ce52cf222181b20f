// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A melding at the meldpunt (Wmo 2015 art. 2.2.5) and what the meldpunt did with it (art. 5.5.1-5.5.4).
 * Immutable: each step returns the next state and refuses, naming the article, what the law does not allow.
 *
 * @param ontvangen the day the melding came in; the melddossier's retention runs from here (art. 5.5.4 lid 1)
 * @param melder who made the melding; null after pre-triage removed the personal data
 * @param gemelde the person the melding is about; null after pre-triage removed the personal data
 * @param zorg the description of the concern and the concrete question; null when not registered
 * @param toestand the state
 * @param triage the triage's outcome; null before
 * @param gemeldeGeinformeerd the day the gemelde was told; null before
 * @param uitzonderingInformeren why the gemelde is not told (AVG art. 14 lid 5); null when told or not yet decided
 * @param terugkoppeling what the melder was told, where necessary (Wmo 2015 art. 2.2.5 lid 2 onder d); null when not
 */
public record Melding(LocalDate ontvangen, Melder melder, Gemelde gemelde, String zorg, Toestand toestand, Triage triage,
        LocalDate gemeldeGeinformeerd, String uitzonderingInformeren, Terugkoppeling terugkoppeling) {

    /** Triage, forwarding and informing (Wmo 2015 art. 2.2.5 lid 2, onder a-d). */
    public static final String TRIAGE = "Wmo 2015 art. 2.2.5 lid 2";
    /** Not informing the gemelde rests on this (the AT cites 14(5)(c), the GP 14(5)(b); docs/law-map.md). */
    public static final String UITZONDERING_INFORMEREN = "AVG art. 14 lid 5";
    /** The gemelde is told within a month at most (AVG art. 14 lid 3 onder a). */
    public static final Period TERMIJN_INFORMEREN = Period.ofMonths(1);
    /** The article of {@link #TERMIJN_INFORMEREN}. @since 0.5 */
    public static final String ARTIKEL_INFORMEREN = "AVG art. 14 lid 3 onder a";

    /** The states of a melding. */
    public enum Toestand {
        /** Pre-triage: not a resident, or acute. Oral hand-over only; no personal data registered (art. 5.5.2). */
        NIET_GEREGISTREERD,
        /** Taken into treatment: triage runs; the melddossier holds the data (art. 5.5.2, 5.5.4 lid 1). */
        IN_TRIAGE,
        /** Forwarded to a party (art. 2.2.5 lid 2 onder b, 5.5.2 lid 5). */
        DOORGESTUURD,
        /** Taken up by the college under another task, with the gemelde's consent (art. 5.5.2 lid 4). */
        EIGEN_TAAK,
        /** Reclassified as a Wvggz melding (Wvggz art. 5:1); the Wvggz rules apply from here (art. 5.5.4). */
        WVGGZ,
        /** Triage found nothing to follow up. */
        AFGESLOTEN
    }

    /** Who reported. */
    public enum MelderSoort {
        /** A resident (burger): may stay anonymous towards the gemelde (art. 5.5.1). */
        BURGER,
        /** A professional: never anonymous towards the gemelde (art. 5.5.1). */
        PROFESSIONAL
    }

    /**
     * The melder.
     *
     * @param soort resident or professional
     * @param naam name
     * @param contact telephone or e-mail for follow-up questions
     * @param anoniemJegensGemelde whether the melder's identity is withheld from the gemelde
     */
    public record Melder(MelderSoort soort, String naam, String contact, boolean anoniemJegensGemelde) {
        /** Validates. */
        public Melder {
            Objects.requireNonNull(soort, "melder.soort");
            if (soort == MelderSoort.PROFESSIONAL && anoniemJegensGemelde) {
                throw new ProcesStapException("een professional kan niet anoniem blijven tegenover de gemelde",
                        "Wmo 2015 art. 5.5.1");
            }
        }
    }

    /**
     * The person reported on.
     *
     * @param bsn BSN when known (validated)
     * @param naam name
     * @param adres address
     */
    public record Gemelde(Bsn bsn, String naam, String adres) {
    }

    /** What triage concluded (art. 2.2.5 lid 2 onder a-b). */
    public enum TriageUitkomst {
        DOORSTUREN, EIGEN_TAAK, WVGGZ, GEEN_VERVOLG
    }

    /**
     * The triage.
     *
     * @param uitkomst the outcome
     * @param ernst the professional estimate of type and severity
     * @param naar the party forwarded to, or the law of the college's own task
     * @param toestemmingGemelde whether the gemelde agreed to the college taking it up (art. 5.5.2 lid 4, 5.5.4)
     * @param op the day
     */
    public record Triage(TriageUitkomst uitkomst, String ernst, String naar, boolean toestemmingGemelde, LocalDate op) {
        /** Validates. */
        public Triage {
            Objects.requireNonNull(uitkomst, "triage.uitkomst");
            // A shape error of the request itself, refused before the melddossier is read (issue 12 §2).
            if (uitkomst == TriageUitkomst.DOORSTUREN && blank(naar)) {
                throw new IllegalArgumentException("naar: de partij waarnaar wordt doorgestuurd is vereist bij DOORSTUREN");
            }
            if (uitkomst == TriageUitkomst.EIGEN_TAAK && blank(naar)) {
                throw new IllegalArgumentException("naar: de wet van de eigen taak is vereist bij EIGEN_TAAK");
            }
        }
    }

    /**
     * A melding arrives. Pre-triage: a non-resident or an acute situation is handed on orally and nothing personal
     * is registered (Wmo 2015 art. 5.5.2); otherwise the melding is taken into treatment.
     */
    public static Melding ontvang(LocalDate op, Melder melder, Gemelde gemelde, String zorg, boolean ingezetene, boolean acuut) {
        Objects.requireNonNull(op, "ontvangen");
        Objects.requireNonNull(melder, "melder");
        if (!ingezetene || acuut) {
            return new Melding(op, null, null, null, Toestand.NIET_GEREGISTREERD, null, null, null, null);
        }
        if (gemelde == null || blank(gemelde.naam())) {
            throw new IllegalArgumentException("gemelde.naam: vereist voor een melding die in behandeling wordt genomen");
        }
        if (blank(zorg)) {
            throw new IllegalArgumentException("zorg: beschrijf de zorg en de concrete vraag (Wmo 2015 art. 5.5.4 lid 1)");
        }
        return new Melding(op, melder, gemelde, zorg, Toestand.IN_TRIAGE, null, null, null, null);
    }

    /** Whether personal data of this melding are registered in the melddossier. */
    public boolean geregistreerd() {
        return toestand != Toestand.NIET_GEREGISTREERD;
    }

    /** Records the triage and what follows from it (Wmo 2015 art. 2.2.5 lid 2). */
    public Melding trieer(Triage t) {
        if (toestand != Toestand.IN_TRIAGE) {
            throw new ProcesStapException("triage kan alleen bij een melding in behandeling (toestand " + toestand + ")",
                    TRIAGE);
        }
        Toestand next = switch (t.uitkomst()) {
            case DOORSTUREN -> Toestand.DOORGESTUURD;
            case EIGEN_TAAK -> {
                if (!t.toestemmingGemelde()) {
                    throw new ProcesStapException("het college pakt de melding alleen met toestemming van de gemelde op onder "
                            + "een eigen taak", "Wmo 2015 art. 5.5.4 lid 1");
                }
                yield Toestand.EIGEN_TAAK;
            }
            case WVGGZ -> Toestand.WVGGZ;
            case GEEN_VERVOLG -> Toestand.AFGESLOTEN;
        };
        return new Melding(ontvangen, melder, gemelde, zorg, next, t, gemeldeGeinformeerd, uitzonderingInformeren, terugkoppeling);
    }

    /**
     * The gemelde is told, or the meldpunt records why not (AVG art. 14 lid 5). After a Wvggz reclassification the
     * Wvggz procedure informs at its own moment.
     */
    public Melding informeerGemelde(LocalDate op, String uitzondering) {
        if (!geregistreerd()) {
            throw new ProcesStapException("van een niet-geregistreerde melding is niets vastgelegd om over te informeren",
                    "Wmo 2015 art. 5.5.2");
        }
        if (gemeldeGeinformeerd != null || uitzonderingInformeren != null) {
            throw new ProcesStapException("over het informeren van de gemelde is al besloten", UITZONDERING_INFORMEREN);
        }
        return blank(uitzondering)
                ? new Melding(ontvangen, melder, gemelde, zorg, toestand, triage, Objects.requireNonNull(op, "op"), null, terugkoppeling)
                : new Melding(ontvangen, melder, gemelde, zorg, toestand, triage, null, uitzondering, terugkoppeling);
    }

    /** What the melder may be told: at most whether the melding was taken into treatment and forwarded (GP). */
    public enum TerugkoppelingSoort {
        IN_BEHANDELING_GENOMEN, DOORGESTUURD
    }

    /**
     * What the melder was told.
     *
     * @param op the day
     * @param soort what
     */
    public record Terugkoppeling(LocalDate op, TerugkoppelingSoort soort) {
    }

    /**
     * Tells the melder, where the professional finds it necessary, at most whether the melding was taken into
     * treatment and forwarded; never when safety is at stake (Wmo 2015 art. 2.2.5 lid 2 onder d; rulebook §3.1).
     *
     * @param ookBurgers whether residents get feedback too, or professionals only (the AP's advice that the GP
     *        says was adopted; a configured choice, rulebook §8 item 11)
     */
    public Melding informeerMelder(LocalDate op, TerugkoppelingSoort soort, boolean veiligheidInGeding, boolean ookBurgers) {
        if (soort == null) {
            throw new IllegalArgumentException("soort: vereist");
        }
        if (!geregistreerd() || melder == null) {
            throw new ProcesStapException("van deze melding is geen melder vastgelegd", "Wmo 2015 art. 5.5.2");
        }
        if (!ookBurgers && melder.soort() == MelderSoort.BURGER) {
            throw new ProcesStapException("terugkoppeling alleen aan professionele melders (ingestelde keuze)", TRIAGE);
        }
        if (veiligheidInGeding) {
            throw new ProcesStapException("de melder wordt niet geïnformeerd als de veiligheid in het geding is", TRIAGE);
        }
        if (soort == TerugkoppelingSoort.DOORGESTUURD && toestand != Toestand.DOORGESTUURD) {
            throw new ProcesStapException("de melding is niet doorgestuurd", TRIAGE);
        }
        return new Melding(ontvangen, melder, gemelde, zorg, toestand, triage, gemeldeGeinformeerd, uitzonderingInformeren,
                new Terugkoppeling(Objects.requireNonNull(op, "op"), soort));
    }

    /** The melddossier's retention runs from receipt of the melding (Wmo 2015 art. 5.5.4 lid 1). */
    public Bewaarstart bewaarstart() {
        return new Bewaarstart("melddossier", "melding-ontvangen", ontvangen);
    }

    /** The last day to inform the gemelde. */
    public LocalDate informerenUiterlijk() {
        return ontvangen.plus(TERMIJN_INFORMEREN);
    }

    /**
     * Whether informing the gemelde is still due: a registered melding, not reclassified under the Wvggz, for which
     * neither the informing nor an exception is recorded (AVG art. 14 lid 3 onder a, lid 5).
     *
     * @since 0.5
     */
    public boolean informerenOpen() {
        return geregistreerd() && toestand != Toestand.WVGGZ && gemeldeGeinformeerd == null && uitzonderingInformeren == null;
    }

    /** Whether the gemelde should have been told by {@code op} and neither that nor an exception is recorded. */
    public boolean informerenTeLaat(LocalDate op) {
        return informerenOpen() && op.isAfter(informerenUiterlijk());
    }

    /**
     * Further use outside the melding's own handling: only with the gemelde's consent, except after a Wvggz
     * reclassification (Wmo 2015 art. 5.5.4 lid 1).
     */
    public boolean verderGebruikZonderToestemming() {
        return toestand == Toestand.WVGGZ;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
