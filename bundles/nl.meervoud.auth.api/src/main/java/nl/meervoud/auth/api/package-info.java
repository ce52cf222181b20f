// SPDX-License-Identifier: EUPL-1.2
/**
 * Who is acting. Every HTTP port asks the {@link nl.meervoud.auth.api.Authenticator} for the
 * {@link nl.meervoud.auth.api.Principal} behind a request's {@code Authorization} header; the principal's
 * {@link nl.meervoud.auth.api.Functie functions} are the Wams process roles, never a request field. Local accounts
 * (the zero-setup default without an IdP) are managed through {@link nl.meervoud.auth.api.Gebruikers}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package nl.meervoud.auth.api;
