// SPDX-License-Identifier: EUPL-1.2
/** Storage of the case model. Version 0.x while issue 4 builds it. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.8.0")
package nl.meervoud.store.api;
