// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

/** The investigation route a request belongs to; it changes consent, informing and criminal-data rules. */
public enum Route {
    /** At the resident's request, in samenspraak (Wmo 2015 art. 2.3a.1). */
    WMO_2_3A_1,
    /** At a party's reasoned request about serious problems (Wmo 2015 art. 2.3a.4). */
    WMO_2_3A_4,
    /** From the brede intake, applying Wmo 2015 art. 2.3a.4 lid 2-7 (Wet inburgering 2021 art. 14 lid 8). */
    WET_INBURGERING_14_8
}
