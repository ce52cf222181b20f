// SPDX-License-Identifier: EUPL-1.2
/** The Jeugdwet module; the rules are data in rules/jeugdwet.json. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "jeugdwet;kind=domain")
package nl.meervoud.domain.jeugdwet;
