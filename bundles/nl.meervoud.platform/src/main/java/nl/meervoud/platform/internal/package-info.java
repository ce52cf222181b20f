// SPDX-License-Identifier: EUPL-1.2
/** Implementation of the platform services; not exported. */
@org.osgi.annotation.bundle.Header(name = nl.meervoud.platform.api.MeervoudModule.HEADER, value = "platform;kind=core")
package nl.meervoud.platform.internal;
