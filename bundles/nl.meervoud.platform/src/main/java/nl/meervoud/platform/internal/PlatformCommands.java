// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.platform.api.HealthReport;
import nl.meervoud.platform.api.HealthStatus;
import nl.meervoud.platform.api.ModuleInfo;
import nl.meervoud.platform.api.Platform;

/** Gogo commands for operators: {@code meervoud:modules} and {@code meervoud:health}. */
@Component(service = PlatformCommands.class, property = {
        "osgi.command.scope=meervoud",
        "osgi.command.function=modules",
        "osgi.command.function=health",
        "osgi.command.function=versions",
        "osgi.command.function=rollback" })
public final class PlatformCommands {

    private final Platform platform;
    private final ModuleVersions versions;
    private final DeployDirectory deploy;

    @Activate
    public PlatformCommands(@Reference Platform platform, @Reference ModuleVersions versions, @Reference DeployDirectory deploy) {
        this.platform = platform;
        this.versions = versions;
        this.deploy = deploy;
    }

    /** Lists the kept versions of a deployed module file ({@code meervoud:versions wgs.jar}). */
    public String versions(String file) throws java.io.IOException {
        if (!ModuleVersions.FILE_NAME.matcher(file).matches()) {
            return "not a module file name: " + file;
        }
        StringBuilder out = new StringBuilder();
        for (ModuleVersions.Version v : versions.versions(file)) {
            out.append(String.format("%s %4d  %-14s %s  %s%n", v.current() ? "*" : " ", v.number(), v.bundleVersion(),
                    v.sha256().substring(0, 16), v.kept()));
        }
        return out.length() == 0 ? "no versions kept of " + file : out.toString();
    }

    /** Rolls a deployed module back to its version before the current one ({@code meervoud:rollback wgs.jar}). */
    public String rollback(String file) throws java.io.IOException {
        if (!ModuleVersions.FILE_NAME.matcher(file).matches()) {
            return "not a module file name: " + file;
        }
        if (deploy.path().isEmpty()) {
            return "this installation has no deploy directory";
        }
        return versions.rollback(file, deploy.path().get())
                .map(v -> file + " rolled back to version " + v.bundleVersion() + " (number " + v.number() + "); it installs within a second")
                .orElse("no earlier verified version of " + file + " is kept");
    }

    /** Lists the Meervoud modules and failed deployments. */
    public String modules() {
        List<ModuleInfo> modules = platform.modules();
        StringBuilder out = new StringBuilder(String.format("Meervoud %s, up %s%n", platform.version(),
                platform.uptime().withNanos(0)));
        out.append(String.format("%-24s %-10s %-12s %-40s %-14s %s%n", "MODULE", "KIND", "SOURCE", "BUNDLE",
                "VERSION", "STATE"));
        for (ModuleInfo m : modules) {
            out.append(String.format("%-24s %-10s %-12s %-40s %-14s %s%n", m.name(), m.kind(), m.source(),
                    m.symbolicName(), m.version(), m.state()));
            if (!m.reason().isEmpty()) {
                out.append("    ").append(m.reason()).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /** Evaluates the health checks and prints each one. */
    public String health() {
        HealthReport report = platform.health();
        StringBuilder out = new StringBuilder("Status: ").append(report.status()).append(System.lineSeparator());
        append(out, "core", report.core());
        append(out, "deployed", report.deployed());
        return out.toString();
    }

    private static void append(StringBuilder out, String group, List<HealthStatus> checks) {
        for (HealthStatus check : checks) {
            out.append(String.format("  %-8s %-4s %s%s%n", group, check.up() ? "UP" : "DOWN", check.name(),
                    check.reason().isEmpty() ? "" : ": " + check.reason()));
        }
    }
}
