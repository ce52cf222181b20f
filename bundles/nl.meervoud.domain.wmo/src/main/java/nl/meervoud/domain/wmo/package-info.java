// SPDX-License-Identifier: EUPL-1.2
/** The Wmo 2015 module (the host law's service route); the rules are data in rules/wmo.json. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "wmo;kind=domain")
package nl.meervoud.domain.wmo;
