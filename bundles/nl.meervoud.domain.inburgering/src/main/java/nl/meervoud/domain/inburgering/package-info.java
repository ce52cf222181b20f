// SPDX-License-Identifier: EUPL-1.2
/** The Wet inburgering 2021 module; the rules are data in rules/inburgering.json. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "inburgering;kind=domain")
package nl.meervoud.domain.inburgering;
