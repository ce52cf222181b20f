// SPDX-License-Identifier: EUPL-1.2
/** The Participatiewet module; the rules are data in rules/participatiewet.json. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "participatiewet;kind=domain")
package nl.meervoud.domain.participatiewet;
