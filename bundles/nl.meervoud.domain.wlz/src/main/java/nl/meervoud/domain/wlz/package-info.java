// SPDX-License-Identifier: EUPL-1.2
/** The Wlz module (Wet langdurige zorg); the rules are data in rules/wlz.json, the optional strict reading in rules/wlz-toestemming.json. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "wlz;kind=domain")
package nl.meervoud.domain.wlz;
