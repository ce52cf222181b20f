// SPDX-License-Identifier: EUPL-1.2
/** The authenticator, the local accounts and issuer, the OIDC issuers, the login endpoint and the shell commands. */
package nl.meervoud.auth.internal;
