// SPDX-License-Identifier: EUPL-1.2
/**
 * The rule test kit for law-module vendors: {@link nl.meervoud.testkit.RuleTestKit}. Versioned on its own; a vendor
 * takes {@code nl.meervoud:nl.meervoud.testkit} as a test-scope Maven dependency (docs/vendor-guide.md).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package nl.meervoud.testkit;
