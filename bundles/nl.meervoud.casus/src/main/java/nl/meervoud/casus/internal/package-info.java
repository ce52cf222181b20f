// SPDX-License-Identifier: EUPL-1.2
/** The case service and its HTTP API; nothing here is exported. */
package nl.meervoud.casus.internal;
