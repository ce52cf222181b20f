// SPDX-License-Identifier: EUPL-1.2
/** The browser UI: server-rendered screens on NL Design System CSS, a client of /api/v1; nothing here is exported. */
package nl.meervoud.ui.internal;
