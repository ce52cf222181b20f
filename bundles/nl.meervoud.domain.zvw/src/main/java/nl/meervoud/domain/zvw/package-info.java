// SPDX-License-Identifier: EUPL-1.2
/** The Zvw module (Zorgverzekeringswet); the rules are data in rules/zvw.json. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "zvw;kind=domain")
package nl.meervoud.domain.zvw;
