// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.api;

import java.util.Objects;

/**
 * What the platform knows of one Meervoud module, or of a file in the deploy directory that failed to become
 * one.
 *
 * @param name the module name from the {@value MeervoudModule#HEADER} header, or the file name for a failed
 *        deployment that never became a bundle
 * @param kind {@code core}, {@code domain}, {@code extension}, or {@code unknown}
 * @param symbolicName the bundle symbolic name; empty if there is no bundle
 * @param version the bundle version; empty if there is no bundle
 * @param state {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, {@code STARTING}, {@code STOPPING} or
 *        {@code FAILED}
 * @param source {@code distribution} or {@code deploy}
 * @param reason why the module is not active; empty when it is
 */
public record ModuleInfo(String name, String kind, String symbolicName, String version, String state, String source,
        String reason) {

    /** The state of a deployment that did not produce a working bundle. */
    public static final String FAILED = "FAILED";

    /** Validates the parts. */
    public ModuleInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        kind = kind == null ? "unknown" : kind;
        symbolicName = symbolicName == null ? "" : symbolicName;
        version = version == null ? "" : version;
        source = source == null ? "distribution" : source;
        reason = reason == null ? "" : reason;
    }

    /** Whether the module is running. */
    public boolean active() {
        return "ACTIVE".equals(state);
    }
}
