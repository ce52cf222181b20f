// SPDX-License-Identifier: EUPL-1.2
/** The Web Console guard and the shell command that sets its credential; not exported. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "console;kind=core")
package nl.meervoud.platform.console;
