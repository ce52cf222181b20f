// SPDX-License-Identifier: EUPL-1.2
/** The Zorg- en Veiligheidshuis module (Wet gegevensverwerking door samenwerkingsverbanden); the rules are data in rules/zvh.json. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "zvh;kind=domain")
package nl.meervoud.domain.zvh;
