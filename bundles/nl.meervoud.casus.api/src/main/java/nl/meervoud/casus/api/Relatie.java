// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

/** How one person relates to another, as far as the gezinslid definition needs it (Wmo 2015 art. 1.1.1). */
public enum Relatie {
    /** Partner (spouse, registered or living together) of the other. */
    PARTNER,
    /** Spouse (echtgenoot, Wmo 2015 art. 1.1.2); counts while staying elsewhere, without age limit. */
    ECHTGENOOT,
    /** Former partner of the other. */
    EX_PARTNER,
    /** Child of the other. */
    KIND,
    /** Parent of the other. */
    OUDER,
    /** (Half-)brother or (half-)sister of the other. */
    BROER_OF_ZUS
}
