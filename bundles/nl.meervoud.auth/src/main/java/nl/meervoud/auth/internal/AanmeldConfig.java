// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@value #PID}: the local accounts and issuer, and what every token check shares. */
@ObjectClassDefinition(name = "Meervoud aanmelding", description = "Lokale accounts (etc/gebruikers.json) en de controle van tokens.")
public @interface AanmeldConfig {
    String PID = "nl.meervoud.auth";

    @AttributeDefinition(name = "Lokale accounts", description = "Aanmelden met de accounts in etc/gebruikers.json (zonder IdP). "
            + "Zet uit wanneer alleen de IdP van de gemeente geldt.")
    boolean lokaal() default true;

    @AttributeDefinition(name = "Geldigheid lokaal token (minuten)", min = "1", max = "720")
    int tokenMinuten() default 60;

    @AttributeDefinition(name = "Gemeente van lokale accounts", description = "CBS-gemeentecode (4 cijfers) die een lokaal account "
            + "zonder eigen gemeente krijgt.")
    String gemeente() default "0000";

    @AttributeDefinition(name = "Klokafwijking (seconden)", description = "Toegestane afwijking bij exp en nbf.", min = "0", max = "300")
    int klokafwijking() default 30;

    @AttributeDefinition(name = "Minimale wachtwoordlengte", min = "12", max = "128")
    int minimaleLengte() default 12;

    @AttributeDefinition(name = "Pogingen voor blokkade", description = "Na zoveel mislukte aanmeldingen op rij wacht een account een minuut.")
    int pogingen() default 5;
}
