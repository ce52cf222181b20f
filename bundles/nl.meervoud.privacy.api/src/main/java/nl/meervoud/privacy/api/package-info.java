// SPDX-License-Identifier: EUPL-1.2
/**
 * The privacy kernel's vocabulary. Domain nouns are Dutch, as the law names them (doel, partij, gezinslid);
 * the machinery is English. Every rule carries its article citations, rendered as the rulebook does
 * ("Wmo 2015 art. 5.4.2 lid 1").
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package nl.meervoud.privacy.api;
