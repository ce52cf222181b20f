// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.api;

import java.util.Locale;

/**
 * The functions of the Wams process a person acts in (wams-processes.md: meldpunt, onderzoek, coördinatie,
 * privacytoezicht, beheer, the parties and the resident). They are what an IdP group or a local account grants;
 * the case model maps them onto the privacy kernel's roles. The token names them in lower case.
 */
public enum Functie {
    /** Receives and triages meldingen (Wmo 2015 art. 2.3a.3). */
    MELDPUNTMEDEWERKER,
    /** Casework for the college: the investigation and its outcome (Wmo 2015 art. 2.3a.1). */
    CONSULENT,
    /** Coordinates an approach (Wmo 2015 art. 2.3a.2) and its casusoverleg. */
    COORDINATOR,
    /** The privacy officer (functionaris gegevensbescherming, AVG art. 37–39): the processing log, not case content. */
    PRIVACYFUNCTIONARIS,
    /** The functional operator: modules, health and accounts, no personal data. */
    BEHEERDER,
    /** A professional of a party: answers the data requests addressed to that party, files 2.3a.4 requests. */
    PROFESSIONAL,
    /** A resident: inzage of their own data (AVG art. 15). */
    BURGER;

    /** The name as tokens and accounts carry it. */
    public String naam() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The function with this name (any case); {@link IllegalArgumentException} naming the known ones otherwise. */
    public static Functie of(String naam) {
        for (Functie f : values()) {
            if (f.name().equalsIgnoreCase(naam.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("onbekende functie `" + naam + "`; bekend: " + java.util.Arrays.stream(values())
                .map(Functie::naam).collect(java.util.stream.Collectors.joining(", ")));
    }
}
