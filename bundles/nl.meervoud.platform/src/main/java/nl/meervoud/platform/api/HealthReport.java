// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.api;

import java.util.List;

/**
 * The platform's health: the core checks decide {@link #status()}; problems of hot-deployed modules only
 * degrade it, so that a broken plugin never takes the platform down. A municipality's refused settings degrade it
 * too (they are listed with the deployed checks): the other municipalities are still served.
 *
 * @param status overall status
 * @param core checks of the distribution itself (bundles, components, core indicators)
 * @param deployed checks of hot-deployed modules, and of municipalities' own settings
 */
public record HealthReport(Status status, List<HealthStatus> core, List<HealthStatus> deployed) {

    /** Overall status. */
    public enum Status {
        /** Everything is healthy. */
        UP,
        /** The core is healthy; a hot-deployed module is not. Still serving. */
        DEGRADED,
        /** A core check failed. */
        DOWN
    }

    /** Copies the lists. */
    public HealthReport {
        core = List.copyOf(core);
        deployed = List.copyOf(deployed);
    }

    /** Derives the status from the checks: any core check down is DOWN, any deployed check down is DEGRADED. */
    public static HealthReport of(List<HealthStatus> core, List<HealthStatus> deployed) {
        Status status = core.stream().allMatch(HealthStatus::up)
                ? deployed.stream().allMatch(HealthStatus::up) ? Status.UP : Status.DEGRADED
                : Status.DOWN;
        return new HealthReport(status, core, deployed);
    }

    /** Whether the platform serves: true for UP and DEGRADED. */
    public boolean serving() {
        return status != Status.DOWN;
    }
}
