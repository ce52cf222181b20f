// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

/** The role in which an actor sends or receives data. */
public enum Rol {
    /** The college of burgemeester en wethouders, acting under a law ({@link Actor#law()}). */
    COLLEGE,
    /** The coordinator of a gecoördineerde aanpak (Wmo 2015 art. 2.3a.3). */
    COORDINATOR,
    /** A party delivering a service or intervention in the social or an adjacent domain (Wmo 2015 art. 1.1.1). */
    PARTIJ,
    /** The burgemeester (Wmo 2015 art. 5.4.2 lid 4, 5.4.4 lid 1, 5.5.3). */
    BURGEMEESTER,
    /** The meldpunt, operated for the college (Wmo 2015 art. 2.2.5). */
    MELDPUNT,
    /** The client (cliënt) or the client's representative. */
    CLIENT,
    /** A gezinslid who is not (yet) a client (Wmo 2015 art. 1.1.1). */
    GEZINSLID,
    /** The person who made a melding. */
    MELDER,
    /** A casusoverleg as a whole (Wmo 2015 art. 5.4.3). */
    CASUSOVERLEG,
    /** Police and justice, under the Wpg and Wjsg. */
    POLITIE_JUSTITIE,
    /** A Wlz-uitvoerder (zorgkantoor). */
    WLZ_UITVOERDER,
    /** A health insurer. */
    ZORGVERZEKERAAR,
    /** A Zorg- en Veiligheidshuis and its participants. */
    ZVH,
    /** The college of another municipality (e.g. after a move, Wmo 2015 art. 5.5.2 lid 5). */
    ANDERE_GEMEENTE,
    /** The Raad voor de Kinderbescherming. */
    RAAD_VOOR_DE_KINDERBESCHERMING,
    /** Any other third party (e.g. a housing corporation in oggz, Wmo 2015 art. 5.1.2 lid 2). */
    DERDE
}
