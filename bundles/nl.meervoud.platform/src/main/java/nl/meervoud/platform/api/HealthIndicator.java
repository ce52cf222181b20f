// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's own statement about its health, published as an OSGi service (whiteboard).
 *
 * <p>The platform calls every registered indicator when {@code /health} or {@code meervoud:health} is asked.
 * An indicator must answer quickly and must not throw; an indicator that throws counts as down. Clients must
 * not look up indicators themselves: ask {@link Platform#health()}.
 */
@ConsumerType
public interface HealthIndicator {
    /** The service property with the indicator's name, shown in health reports. */
    String NAME_PROPERTY = "meervoud.health.name";

    /** Returns the current health of what this indicator watches. */
    HealthStatus health();
}
