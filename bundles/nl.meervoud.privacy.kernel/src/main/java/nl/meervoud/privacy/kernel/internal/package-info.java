// SPDX-License-Identifier: EUPL-1.2
/** The kernel's implementation: registry, validator, compiled index, evaluator, ports. Not exported. */
@org.osgi.annotation.bundle.Header(name = "Meervoud-Module", value = "privacy-kernel;kind=core")
package nl.meervoud.privacy.kernel.internal;
