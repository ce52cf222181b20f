// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import nl.meervoud.platform.api.HealthIndicator;
import nl.meervoud.platform.api.HealthReport;
import nl.meervoud.platform.api.HealthStatus;
import nl.meervoud.platform.api.MeervoudModule;
import nl.meervoud.platform.api.ModuleInfo;
import nl.meervoud.platform.api.Platform;

/**
 * The platform's view of itself. Core means "shipped in the distribution"; anything installed from the deploy
 * directory is a deployed module, whose problems degrade but never fail {@code /health}. A law module of the
 * distribution ({@code kind=domain}) that an operator stopped degrades too: the core serves, and only that law's
 * rules are gone. One that fails to resolve or activate still fails {@code /health}.
 */
@Component(service = Platform.class)
public final class PlatformImpl implements Platform {

    /** The framework property with the distribution version, set by the launcher. */
    static final String VERSION_PROPERTY = "meervoud.version";

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final DeployDirectory deploy;
    private final ShadowGuard shadows;
    private final ModuleTrust trust;
    private final ModuleActivation activation;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<Map.Entry<Map<String, Object>, HealthIndicator>> indicators = List.of();

    /** The servlet whiteboard's runtime, for readiness: a servlet registered but not yet deployed is not serving. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile org.osgi.service.servlet.runtime.HttpServiceRuntime http;

    /** The municipalities' settings: a refused one or a second one for a code degrades the platform. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile GemeentenImpl gemeenten;

    @Activate
    public PlatformImpl(BundleContext context, @Reference ServiceComponentRuntime scr,
            @Reference DeployDirectory deploy, @Reference ShadowGuard shadows, @Reference ModuleTrust trust,
            @Reference ModuleActivation activation) {
        this.context = context;
        this.scr = scr;
        this.deploy = deploy;
        this.shadows = shadows;
        this.trust = trust;
        this.activation = activation;
    }

    @Override
    public String version() {
        String version = context.getProperty(VERSION_PROPERTY);
        return version != null ? version : context.getBundle().getVersion().toString();
    }

    @Override
    public Duration uptime() {
        return Duration.between(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()),
                Instant.now());
    }

    @Override
    public List<ModuleInfo> modules() {
        Bundle[] bundles = context.getBundles();
        FrameworkWiring wiring = frameworkWiring();
        List<ModuleInfo> modules = new ArrayList<>();
        // What a module's own health indicators say (the kernel registers one in a module's name for a refused rule
        // set): a module whose law does not apply is not shown as ACTIVE.
        Map<Long, List<String>> complaints = new java.util.HashMap<>();
        for (Map.Entry<Map<String, Object>, HealthIndicator> indicator : indicators) {
            HealthStatus status = evaluate(indicator);
            if (!status.up() && indicator.getKey().get(Constants.SERVICE_BUNDLEID) instanceof Long owner) {
                complaints.computeIfAbsent(owner, k -> new ArrayList<>()).add(status.name() + ": " + status.reason());
            }
        }
        for (Bundle bundle : bundles) {
            String header = bundle.getHeaders("").get(MeervoudModule.HEADER);
            boolean deployed = deploy.isDeployed(bundle);
            if (header == null && !deployed) {
                continue;
            }
            String name = header == null ? bundle.getSymbolicName() : header.split(";")[0].trim();
            String kind = header == null ? "bundle" : attribute(header, MeervoudModule.KIND_ATTRIBUTE);
            String reason = reason(bundle, deployed, wiring);
            if (reason.isEmpty()) {
                reason = String.join("; ", ComponentHealth.problems(scr, bundle));
            }
            List<String> own = complaints.getOrDefault(bundle.getBundleId(), List.of());
            if (!own.isEmpty()) {
                reason = reason.isEmpty() ? String.join("; ", own) : reason + "; " + String.join("; ", own);
            }
            // A hot-deployed bundle that does not run is a failed deployment, as is a module whose own checks fail
            // (a refused rule set); a core bundle otherwise keeps its real state.
            String state = (deployed && !reason.isEmpty()) || !own.isEmpty() ? ModuleInfo.FAILED : BundleDiagnostics.stateName(bundle);
            modules.add(new ModuleInfo(name, kind, bundle.getSymbolicName(), bundle.getVersion().toString(),
                    state, deployed ? "deploy" : "distribution", reason));
        }
        for (DeployDirectory.ModuleFailure failure : deploy.failures(bundles, trust::refusal)) {
            modules.add(new ModuleInfo(failure.file(), "unknown", "", "", ModuleInfo.FAILED, "deploy",
                    failure.reason()));
        }
        activation.leftBehind().forEach((module, reason) -> modules.add(new ModuleInfo(module, "unknown",
                module.split(" ")[0], module.split(" ")[1], ModuleInfo.FAILED, "deploy", reason)));
        modules.sort(Comparator.comparing(ModuleInfo::name).thenComparing(ModuleInfo::version));
        return modules;
    }

    @Override
    public HealthReport health() {
        Bundle[] bundles = context.getBundles();
        FrameworkWiring wiring = frameworkWiring();
        List<String> bundleProblems = new ArrayList<>();
        List<String> componentProblems = new ArrayList<>();
        List<HealthStatus> deployed = new ArrayList<>();
        for (Bundle bundle : bundles) {
            boolean fromDeploy = deploy.isDeployed(bundle);
            String reason = reason(bundle, fromDeploy, wiring);
            boolean module = bundle.getHeaders("").get(MeervoudModule.HEADER) != null;
            List<String> components = module && reason.isEmpty() ? ComponentHealth.problems(scr, bundle) : List.of();
            if (fromDeploy) {
                if (!reason.isEmpty() || !components.isEmpty()) {
                    deployed.add(HealthStatus.down("deploy:" + bundle.getSymbolicName(),
                            reason.isEmpty() ? String.join("; ", components) : reason));
                }
            } else if (module && "domain".equals(attribute(bundle.getHeaders("").get(MeervoudModule.HEADER), MeervoudModule.KIND_ATTRIBUTE))
                    && bundle.getState() == Bundle.RESOLVED) {
                // A law module of the distribution that was stopped: the core serves, only that law is not applied.
                deployed.add(HealthStatus.down("module:" + bundle.getSymbolicName(),
                        "stopped: the rules of its law do not apply until it runs again"));
            } else {
                if (!reason.isEmpty()) {
                    bundleProblems.add(bundle.getSymbolicName() + ": " + reason);
                }
                components.forEach(p -> componentProblems.add(bundle.getSymbolicName() + ": " + p));
            }
        }
        deploy.failures(bundles, trust::refusal).forEach(f -> deployed.add(HealthStatus.down("deploy:" + f.file(), f.reason())));
        activation.leftBehind().forEach((module, reason) -> deployed.add(HealthStatus.down("threads:" + module, reason)));
        HealthStatus signatures = trust.health();
        if (!signatures.up()) {
            deployed.add(signatures);
        }
        GemeentenImpl g = gemeenten;
        if (g != null) {
            deployed.addAll(g.problemen());
        }

        List<HealthStatus> core = new ArrayList<>();
        core.add(status("bundles", bundleProblems));
        core.add(status("components", componentProblems));
        core.add(Readiness.started(context));
        core.add(Readiness.serving(context, http));
        for (Map.Entry<Map<String, Object>, HealthIndicator> indicator : indicators) {
            HealthStatus status = evaluate(indicator);
            Object bundleId = indicator.getKey().get(Constants.SERVICE_BUNDLEID);
            Bundle owner = bundleId instanceof Long id ? context.getBundle(id) : null;
            (owner != null && deploy.isDeployed(owner) ? deployed : core).add(status);
        }
        return HealthReport.of(core, deployed);
    }

    /** Why a bundle is not where it should be: refused as a shadow of a core bundle, or its state; empty if fine. */
    private String reason(Bundle bundle, boolean deployed, FrameworkWiring wiring) {
        String refusal = deployed ? shadows.refusal(bundle) : null;
        if (refusal == null && deployed && !BundleDiagnostics.healthy(bundle)) {
            refusal = activation.failure(bundle);
        }
        return refusal != null ? refusal : BundleDiagnostics.reason(bundle, wiring);
    }

    private static HealthStatus evaluate(Map.Entry<Map<String, Object>, HealthIndicator> indicator) {
        Object name = indicator.getKey().getOrDefault(HealthIndicator.NAME_PROPERTY,
                "indicator " + indicator.getKey().get(Constants.SERVICE_ID));
        try {
            HealthStatus status = indicator.getValue().health();
            return status != null ? status : HealthStatus.down(name.toString(), "the indicator gave no answer");
        } catch (RuntimeException e) {
            return HealthStatus.down(name.toString(), "the indicator failed: " + ComponentHealth.oneLine(e.toString()));
        }
    }

    private static HealthStatus status(String name, List<String> problems) {
        return problems.isEmpty() ? HealthStatus.up(name) : HealthStatus.down(name, String.join("; ", problems));
    }

    private FrameworkWiring frameworkWiring() {
        return context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class);
    }

    private static String attribute(String header, String attribute) {
        for (String part : header.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].trim().equals(attribute)) {
                return kv[1].trim().replace("\"", "");
            }
        }
        return "unknown";
    }
}
