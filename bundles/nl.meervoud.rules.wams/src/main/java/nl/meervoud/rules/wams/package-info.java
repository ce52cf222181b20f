// SPDX-License-Identifier: EUPL-1.2
/** The Wams core rule set; the rules themselves are data in rules/wams-core.json. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "wams-core;kind=core")
package nl.meervoud.rules.wams;
