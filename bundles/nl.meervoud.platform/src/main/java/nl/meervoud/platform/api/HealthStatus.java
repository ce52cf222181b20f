// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.api;

import java.util.Objects;

/**
 * One named check's outcome: up, or down with a reason an operator understands.
 *
 * @param name what was checked, e.g. {@code bundles} or {@code privacy-kernel}
 * @param up whether it is healthy
 * @param reason why it is not healthy; empty when up
 */
public record HealthStatus(String name, boolean up, String reason) {

    /** Validates the parts. */
    public HealthStatus {
        Objects.requireNonNull(name, "name");
        reason = reason == null ? "" : reason;
    }

    /** A healthy outcome. */
    public static HealthStatus up(String name) {
        return new HealthStatus(name, true, "");
    }

    /** An unhealthy outcome with its reason. */
    public static HealthStatus down(String name, String reason) {
        return new HealthStatus(name, false, reason);
    }
}
