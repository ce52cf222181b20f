// SPDX-License-Identifier: EUPL-1.2
/**
 * The privacy kernel's vocabulary. Domain nouns are Dutch, as the law names them (doel, partij, gezinslid);
 * the machinery is English. Every rule carries its article citations, rendered as the rulebook does
 * ("Wmo 2015 art. 5.4.2 lid 1").
 *
 * <p>2.0: the vocabulary is open where laws differ. {@link nl.meervoud.privacy.api.Rol}, {@link nl.meervoud.privacy.api.Route},
 * {@link nl.meervoud.privacy.api.Geheimhouding}, {@link nl.meervoud.privacy.api.Voorwaarde} and {@link nl.meervoud.privacy.api.Law}
 * are interned {@link nl.meervoud.privacy.api.Term}s instead of enums and constants; the terms one law brings are declared
 * in its rule file ({@link nl.meervoud.privacy.api.Vocabulaire}); rule ids are scoped by rule set
 * ({@link nl.meervoud.privacy.api.RuleSet#regel(String)}). docs/vendor-guide.md says what changed for module authors.
 *
 * <p>2.1: {@link nl.meervoud.privacy.api.ProcessingLog.Unavailable} says that the log cannot write now (answer 503 and retry).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.4.0")
package nl.meervoud.privacy.api;
