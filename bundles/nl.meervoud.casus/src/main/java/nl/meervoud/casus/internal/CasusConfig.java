// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the case service (PID {@value #PID}); the Web Console shows the form. */
@ObjectClassDefinition(name = "Meervoud casusdienst", description = "De API /api/v1, de wet van het college en de bewaartermijnen.")
@interface CasusConfig {
    /** The PID. */
    String PID = "nl.meervoud.casus";

    /**
     * The law the college acts under when a consulent acts (who acts comes from the authenticated principal,
     * nl.meervoud.auth; the former identiteit.id and identiteit.rollen are gone).
     */
    @AttributeDefinition(name = "Wet van het college")
    String identiteit_wet() default "Wmo 2015";

    /** Request bodies larger than this are refused with 413. */
    @AttributeDefinition(name = "Maximale body (bytes)", min = "1024")
    int maxBody() default 262_144;

    /** How long the melddossier is kept: 6 to 12 months (Wmo 2015 art. 5.5.4 lid 1). */
    @AttributeDefinition(name = "Bewaartermijn melddossier (maanden)", min = "6", max = "12")
    int melddossierMaanden() default 12;

    /**
     * Whether resident melders get feedback too (Wmo 2015 art. 2.2.5 lid 2 onder d), or professionals only, as the
     * AP advised and the GP says was adopted (rulebook §8 item 11). Default: professionals only.
     */
    @AttributeDefinition(name = "Terugkoppeling ook aan burger-melders")
    boolean melderTerugkoppelingBurgers() default false;

    /**
     * The register of processing activities (AVG art. 30): the values a request may state in {@code x-verwerking}.
     * A municipality adds its own entries; a request naming anything else is refused with 400.
     */
    @AttributeDefinition(name = "Verwerkingsactiviteiten (register)", description = "Toegestane waarden van de header x-verwerking.")
    String[] verwerkingsactiviteiten() default { "wams-meldpunt", "wams-onderzoek", "wams-coordinatie", "wams-casusoverleg",
        "wams-verstrekking", "inzage", "verantwoording" };

    /** How often the retention job runs, in minutes. */
    @AttributeDefinition(name = "Bewaartermijncontrole (minuten)", min = "1")
    int bewaartermijnInterval() default 60;
}
