// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.ExecutionEnvironmentNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

/** Explains bundle states in words an operator understands. */
final class BundleDiagnostics {

    private BundleDiagnostics() {
    }

    /** The state's name as the OSGi specification spells it. */
    static String stateName(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    /** Whether the bundle is a fragment (which is never ACTIVE, only RESOLVED). */
    static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    /** Whether the bundle is where it should be: ACTIVE, or RESOLVED for a fragment. */
    static boolean healthy(Bundle bundle) {
        int state = bundle.getState();
        return state == Bundle.ACTIVE || state == Bundle.STARTING && isLazy(bundle)
                || state == Bundle.RESOLVED && isFragment(bundle);
    }

    private static boolean isLazy(Bundle bundle) {
        String policy = bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY);
        return policy != null && policy.startsWith(Constants.ACTIVATION_LAZY);
    }

    /**
     * Why a bundle is not healthy: for an unresolved bundle the mandatory requirements that nothing in the
     * framework provides; empty if the bundle is healthy.
     */
    static String reason(Bundle bundle, FrameworkWiring wiring) {
        if (healthy(bundle)) {
            return "";
        }
        if (bundle.getState() != Bundle.INSTALLED) {
            return "bundle is " + stateName(bundle) + ", expected ACTIVE";
        }
        List<String> missing = missingRequirements(bundle, wiring);
        return missing.isEmpty()
                ? "cannot be resolved: its requirements exist but conflict (uses constraints or versions)"
                : "cannot be resolved: nothing provides " + String.join("; ", missing);
    }

    private static List<String> missingRequirements(Bundle bundle, FrameworkWiring wiring) {
        List<String> missing = new ArrayList<>();
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return missing;
        }
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
            if (Namespace.RESOLUTION_OPTIONAL.equals(resolution) || "dynamic".equals(resolution)) {
                continue;
            }
            if (wiring.findProviders(requirement).isEmpty()) {
                String filter = requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
                String namespace = requirement.getNamespace();
                missing.add(ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE.equals(namespace)
                        ? "the Java version " + filter : namespace + " " + filter);
            }
        }
        return missing;
    }
}
