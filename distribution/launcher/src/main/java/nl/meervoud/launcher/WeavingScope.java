// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.launcher;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.hooks.bundle.EventHook;
import org.osgi.framework.hooks.bundle.FindHook;

/**
 * Hides selected bundles from the SPI-Fly weaver with standard bundle hooks, so that it never weaves them.
 *
 * <p>Why: SPI-Fly rewrites every class of a bundle that declares a ServiceLoader requirement, even an optional
 * one. Felix HTTP's Jetty declares such optional requirements for its HTTP field pre-encoders; weaving its
 * classes with ASM took more than half of a cold start. Jetty does not need the mediation (it falls back to
 * its built-in HTTP/1 encoder), SLF4J does, so only the bundles named in {@value #PROPERTY} are hidden.
 */
final class WeavingScope implements FindHook, EventHook {
    /** Framework property: comma-separated symbolic names that SPI-Fly must not see. */
    static final String PROPERTY = "meervoud.serviceloader.unmediated";
    private static final String WEAVER = "org.apache.aries.spifly.dynamic.bundle";

    private final Set<String> hidden;

    private WeavingScope(Set<String> hidden) {
        this.hidden = hidden;
    }

    /** Registers the hooks on the system bundle when the property names any bundle. */
    static void install(BundleContext system, String property) {
        if (property == null || property.isBlank()) {
            return;
        }
        WeavingScope scope = new WeavingScope(Arrays.stream(property.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()));
        system.registerService(new String[] { FindHook.class.getName(), EventHook.class.getName() }, scope, null);
    }

    @Override
    public void find(BundleContext context, Collection<Bundle> bundles) {
        if (isWeaver(context)) {
            bundles.removeIf(b -> hidden.contains(b.getSymbolicName()));
        }
    }

    @Override
    public void event(BundleEvent event, Collection<BundleContext> contexts) {
        if (hidden.contains(event.getBundle().getSymbolicName())) {
            contexts.removeIf(WeavingScope::isWeaver);
        }
    }

    private static boolean isWeaver(BundleContext context) {
        try {
            return WEAVER.equals(context.getBundle().getSymbolicName());
        } catch (IllegalStateException e) {
            return false; // the context's bundle is gone
        }
    }
}
