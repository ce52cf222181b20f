// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

/** The statutory professional-secrecy regime a party is bound by (Wmo 2015 art. 5.4.2 lid 2). */
public enum Geheimhouding {
    /** No statutory professional secrecy; the duty to provide of Wmo 2015 art. 5.4.2 lid 1 applies. */
    GEEN,
    /** BW art. 7:457 (Wgbo). */
    BW_7_457,
    /** Wet BIG art. 88. */
    WET_BIG_88,
    /** Jeugdwet art. 7.3.11 (including jeugdbeschermers). */
    JEUGDWET_7_3_11
}
