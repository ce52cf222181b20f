// SPDX-License-Identifier: EUPL-1.2
/** What domain modules implement: the rule sets they contribute to the kernel (whiteboard). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package nl.meervoud.privacy.spi;
