// SPDX-License-Identifier: EUPL-1.2
/**
 * The platform's public vocabulary: what a Meervoud module is, how a module reports its health, and the
 * read-only view of the running platform that ports (HTTP, shell) render.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.5.0")
package nl.meervoud.platform.api;
