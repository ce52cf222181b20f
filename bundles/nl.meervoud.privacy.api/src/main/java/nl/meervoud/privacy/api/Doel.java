// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.Locale;

/**
 * The purpose (doel) of a processing, per phase of the Wams. Data are purpose-bound: nothing flows from one
 * purpose to another without a rule that says so (Wmo 2015 art. 5.4.4; rulebook §7.1). Some purposes take a
 * qualifier: {@link #UITVOERING} the law executed, {@link #BURGEMEESTERSTAAK} the burgemeester's task.
 */
public enum Doel {
    /** Triage and forwarding of a melding (Wmo 2015 art. 5.5.2). */
    MELDPUNT_TRIAGE("meldpunt-triage", false),
    /** Handling a melding under another college task (Wmo 2015 art. 5.5.2 lid 4). */
    MELDPUNT_EIGEN_TAAK("meldpunt-eigen-taak", false),
    /** Forwarding a melding to a party or to a new municipality (Wmo 2015 art. 5.5.2 lid 5). */
    MELDPUNT_DOORVERWIJZING("meldpunt-doorverwijzing", false),
    /** Investigation at the resident's request (Wmo 2015 art. 2.3a.1). */
    ONDERZOEK_2_3A_1("onderzoek-2.3a.1", false),
    /** Investigation at a party's reasoned request, or by Wet inburgering 2021 art. 14 lid 8 (Wmo 2015 art. 2.3a.4). */
    ONDERZOEK_2_3A_4("onderzoek-2.3a.4", false),
    /** Within the walls of a casusoverleg (Wmo 2015 art. 5.4.3 lid 1). */
    CASUSOVERLEG("casusoverleg", false),
    /** The coordinator's tasks (Wmo 2015 art. 2.3a.3, 5.4.4 lid 2). */
    COORDINATIE("coordinatie", false),
    /** A party's own task in the coordinated approach (Wmo 2015 art. 5.4.3 lid 4 a, 5.4.4 lid 4). */
    EIGEN_TAAK("eigen-taak", false),
    /** Execution of a social-domain law; qualifier: the law (Wmo 2015 art. 5.4.4 lid 1). */
    UITVOERING("uitvoering", false),
    /** A task of the burgemeester; qualifier: the law of the task (Wmo 2015 art. 5.4.4 lid 1). */
    BURGEMEESTERSTAAK("burgemeester", false),
    /** Alignment with a Zorg- en Veiligheidshuis (Wmo 2015 art. 2.3a.6). */
    ZVH_AFSTEMMING("zvh-afstemming", false),
    /** Policy alignment without personal data (Zvw art. 14a; Wmo 2015 art. 2.1.8). */
    BELEIDSAFSTEMMING("beleidsafstemming", false),
    /** Handover of coordination data to the college when the approach ends (Wmo 2015 art. 5.4.4 lid 7-8). */
    OVERDRACHT("overdracht", false),
    /** Aggregate statistics without personal data (Wmo 2015 art. 5.5.2). */
    STATISTIEK("statistiek", false),
    /** Fraud control: forbidden for investigation data (rulebook P1). */
    FRAUDEBESTRIJDING("fraudebestrijding", true),
    /** Enforcement (handhaving): forbidden. */
    HANDHAVING("handhaving", true),
    /** Criminal investigation (opsporing): forbidden. */
    OPSPORING("opsporing", true),
    /** Prosecution (vervolging): forbidden. */
    VERVOLGING("vervolging", true),
    /** Data mining and profiling: forbidden. */
    PROFILERING("profilering", true);

    private final String code;
    private final boolean forbidden;

    Doel(String code, boolean forbidden) {
        this.code = code;
        this.forbidden = forbidden;
    }

    /** The code used in rule files, requests and logs, e.g. {@code onderzoek-2.3a.1}. */
    public String code() {
        return code;
    }

    /** Whether the Wams forbids this purpose for Wams data outright. */
    public boolean forbidden() {
        return forbidden;
    }

    /** Whether this is an investigation purpose (either route). */
    public boolean onderzoek() {
        return this == ONDERZOEK_2_3A_1 || this == ONDERZOEK_2_3A_4;
    }

    /** Finds a purpose by code or constant name; throws naming the unknown code. */
    public static Doel of(String code) {
        for (Doel doel : values()) {
            if (doel.code.equals(code) || doel.name().equals(code.toUpperCase(Locale.ROOT))) {
                return doel;
            }
        }
        throw new IllegalArgumentException("unknown purpose `" + code + "`");
    }
}
