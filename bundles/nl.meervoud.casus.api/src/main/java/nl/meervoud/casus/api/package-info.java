// SPDX-License-Identifier: EUPL-1.2
/**
 * The Wams case model's vocabulary and its computations that follow directly from the law. Version 0.x: the
 * model is being built (issue 4), so the API may still change in minor releases.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.5.0")
package nl.meervoud.casus.api;
