// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Meervoud UI", description = "De schermen onder /ui: sessies en de naam in de kop.")
@interface UiConfig {
    String PID = "nl.meervoud.ui";

    @AttributeDefinition(name = "Sessie zonder activiteit (minuten)", description = "Na zoveel minuten zonder verzoek is de sessie voorbij.", min = "5", max = "480")
    int sessieMinuten() default 30;

    @AttributeDefinition(name = "Alleen via HTTPS", description = "Zet de Secure-vlag op het sessiecookie (aan achter TLS, ook via een proxy).")
    boolean alleenHttps() default false;

    @AttributeDefinition(name = "Naam in de kop", description = "De naam van de organisatie boven elk scherm, bijvoorbeeld Gemeente Utrecht.")
    String organisatie() default "Meervoud";
}
