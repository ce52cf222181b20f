// SPDX-License-Identifier: EUPL-1.2
/** The Wgs module (Wet gemeentelijke schuldhulpverlening); the rules are data in rules/wgs.json. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "wgs;kind=domain")
package nl.meervoud.domain.wgs;
