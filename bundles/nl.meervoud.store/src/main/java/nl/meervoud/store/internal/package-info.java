// SPDX-License-Identifier: EUPL-1.2
/** EclipseLink persistence without persistence.xml (stack-notes §2); not exported. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "store;kind=core")
package nl.meervoud.store.internal;
