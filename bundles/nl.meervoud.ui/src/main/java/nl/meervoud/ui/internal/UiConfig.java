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

    @AttributeDefinition(name = "Termijn nadert (dagen)", description = "Zoveel dagen vóór een wettelijke termijn kleurt het scherm hem geel: een keuze van de gemeente, geen recht.", min = "1", max = "60")
    int termijnNadertDagen() default 7;

    @AttributeDefinition(name = "IdP: issuer", description = "De issuer van de inlogdienst van de gemeente (OpenID Connect, bijv. Keycloak); leeg: alleen lokale accounts. De API moet dezelfde issuer vertrouwen (nl.meervoud.auth.oidc).")
    String idpIssuer() default "";

    @AttributeDefinition(name = "IdP: client-id", description = "De publieke client van de UI bij de IdP (authorization code met PKCE).")
    String idpClientId() default "meervoud-ui";

    @AttributeDefinition(name = "IdP: scope", description = "De scope die de UI vraagt.")
    String idpScope() default "openid";

    @AttributeDefinition(name = "IdP: naam op de knop", description = "Bijvoorbeeld: Inloggen bij de gemeente Utrecht.")
    String idpNaam() default "Inloggen bij de gemeente";

    @AttributeDefinition(name = "Adres", description = "Het adres waarop mensen Meervoud bereiken, bijv. https://meervoud.gemeente.nl; leeg: uit het verzoek. Voor de redirect-URI bij de IdP.")
    String adres() default "";
}
