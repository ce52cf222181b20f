// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.platform.api.MeervoudModule;

/**
 * Core bundles cannot be shadowed (issue 11 §1): a bundle from {@code deploy/} with the symbolic name of a
 * Meervoud bundle of the distribution (a second, older privacy kernel, say), or one that claims to be a core
 * module ({@code Meervoud-Module: …;kind=core}), is kept from resolving, so it never runs, and reported with the
 * reason in {@code /health} and {@code /api/v1/platform}. Core bundles come only with the distribution; law
 * modules and other plug-ins stay deployable. A deployed bundle whose bytecode calls {@code System.exit},
 * {@code Runtime.exit} or {@code Runtime.halt} is refused the same way (issue 11 §2, {@link ExitScan}), and so is
 * any deployed revision that {@link ModuleTrust} did not see installed from a verified copy (issue 11 §1).
 */
@Component(service = { ResolverHookFactory.class, ShadowGuard.class })
public final class ShadowGuard implements ResolverHookFactory {
    private final BundleContext context;
    private final DeployDirectory deploy;
    private final ModuleTrust trust;
    private final Map<Long, String> refused = new ConcurrentHashMap<>();

    @Activate
    public ShadowGuard(BundleContext context, @Reference DeployDirectory deploy, @Reference ModuleTrust trust) {
        this.context = context;
        this.deploy = deploy;
        this.trust = trust;
        // A shadow FileInstall resolved before this hook was registered is stopped and resolved again under it.
        Set<String> core = core();
        List<Bundle> early = java.util.Arrays.stream(context.getBundles())
                .filter(b -> b.getState() != Bundle.INSTALLED && reason(b.adapt(BundleRevision.class), core) != null).toList();
        for (Bundle b : early) {
            try {
                b.stop(Bundle.STOP_TRANSIENT);
            } catch (BundleException | IllegalStateException e) {
                // it did not run; the refresh below keeps it from resolving again
            }
        }
        if (!early.isEmpty()) {
            context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class).refreshBundles(early);
        }
    }

    /** Why a deployed bundle is refused, or null. */
    String refusal(Bundle bundle) {
        return refused.get(bundle.getBundleId());
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        Set<String> core = core();
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                candidates.removeIf(revision -> {
                    String why = reason(revision, core);
                    if (why != null) {
                        refused.put(revision.getBundle().getBundleId(), why);
                    }
                    return why != null;
                });
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisionCandidates) {
                // no opinion
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                // no opinion
            }

            @Override
            public void end() {
                refused.keySet().removeIf(id -> context.getBundle(id) == null);
                scanned.keySet().removeIf(key -> {
                    Bundle b = context.getBundle(Long.parseLong(key.substring(0, key.indexOf('@'))));
                    return b == null || !key.equals(b.getBundleId() + "@" + b.getLastModified());
                });
            }
        };
    }

    /** The symbolic names of the distribution's own Meervoud bundles, law modules aside. */
    private Set<String> core() {
        return java.util.Arrays.stream(context.getBundles())
                .filter(b -> !deploy.isDeployed(b) && b.getSymbolicName() != null && b.getSymbolicName().startsWith("nl.meervoud.")
                        && !isDomain(b))
                .map(Bundle::getSymbolicName).collect(Collectors.toSet());
    }

    /** A law module: an integrator may deploy its update beside or instead of the distribution's copy. */
    private static boolean isDomain(Bundle bundle) {
        String header = bundle.getHeaders("").get(MeervoudModule.HEADER);
        return header != null && header.replace(" ", "").contains(MeervoudModule.KIND_ATTRIBUTE + "=domain");
    }

    private String reason(BundleRevision revision, Set<String> core) {
        Bundle bundle = revision.getBundle();
        if (!deploy.isDeployed(bundle)) {
            return null;
        }
        String name = bundle.getSymbolicName();
        if (name != null && core.contains(name)) {
            return "refused: it would shadow the core bundle " + name + " of the distribution (core bundles come only "
                    + "with the distribution)";
        }
        String header = bundle.getHeaders("").get(MeervoudModule.HEADER);
        if (header != null && header.replace(" ", "").contains(MeervoudModule.KIND_ATTRIBUTE + "=core")) {
            return "refused: a deployed module cannot be a core module (" + MeervoudModule.HEADER + ": " + header + ")";
        }
        if (!trust.verified(revision)) {
            return "refused: not installed from a verified copy (only signed modules checked on arrival in deploy/ run)";
        }
        String key = bundle.getBundleId() + "@" + bundle.getLastModified();
        String exit = scanned.computeIfAbsent(key, k -> {
            String call = ExitScan.scan(bundle);
            return call == null ? "" : "refused: it calls " + call + ", which would end the platform for everyone "
                    + "(a module reports failure by throwing, never by ending the JVM)";
        });
        return exit.isEmpty() ? null : exit;
    }

    /** Bytecode scans by bundle id and last modification (an update is scanned again); emptied of gone bundles. */
    private final Map<String, String> scanned = new ConcurrentHashMap<>();
}
