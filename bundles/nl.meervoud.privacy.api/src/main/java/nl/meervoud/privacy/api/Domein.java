// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

/** The domain a party works in (Wmo 2015 art. 1.1.1: sociaal domein, aanpalende domeinen). */
public enum Domein {
    /** Wmo 2015, Jeugdwet, Participatiewet, schuldhulpverlening. */
    SOCIAAL,
    /** Work and income, education, care, housing, safety, inburgering, mental health. */
    AANPALEND,
    /** Not a party of either domain. */
    GEEN
}
