// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.api;

import java.time.Duration;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The running platform, as ports (HTTP, shell, UI) show it to operators. */
@ProviderType
public interface Platform {

    /** The distribution's version. */
    String version();

    /** How long the platform's process has been running. */
    Duration uptime();

    /** Every Meervoud module and every failed deployment, sorted by name. */
    List<ModuleInfo> modules();

    /** Evaluates every health check now. */
    HealthReport health();
}
