// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.spi;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.RuleSetReader;

/**
 * A reading a module offers where the law leaves room (the rulebook's §8 open points): a second rule file of the
 * module that is its own rule set while, and only while, the operator has chosen that reading. The module's
 * configuration component opens it on activation and closes it on deactivation, so a changed choice, or the
 * module leaving, takes the reading's rules away with it:
 *
 * <pre>{@code
 * @Component(configurationPid = "nl.meervoud.domain.mylaw")
 * @Designate(ocd = MyReading.Config.class)
 * public final class MyReading {
 *     private final Lezing lezing;
 *     @Activate
 *     public MyReading(BundleContext context, @Reference RuleSetReader reader, Config config) {
 *         lezing = Lezing.kies(context, reader, "rules/mylaw-strict.json", config.strict());
 *     }
 *     @Deactivate
 *     void stop() {
 *         lezing.close();
 *     }
 * }
 * }</pre>
 *
 * The kernel validates and activates the reading's rule set like any other; it may use the terms its module's
 * main rule set declares (it becomes active when that one is).
 *
 * @since 1.2
 */
public final class Lezing implements AutoCloseable {
    private final ServiceRegistration<RuleSetProvider> registration;

    private Lezing(ServiceRegistration<RuleSetProvider> registration) {
        this.registration = registration;
    }

    /**
     * Registers the rule file at {@code path} of the bundle of {@code context} when {@code gekozen}; otherwise
     * registers nothing. The file is read, and refused as {@link RuleFiles#read} refuses it, only when chosen.
     */
    public static Lezing kies(BundleContext context, RuleSetReader reader, String path, boolean gekozen) {
        if (!gekozen) {
            return new Lezing(null);
        }
        RuleSet set = RuleFiles.read(context.getBundle(), reader, path);
        RuleSetProvider provider = () -> set;
        return new Lezing(context.registerService(RuleSetProvider.class, provider, null));
    }

    /** Whether the reading's rule set is registered. */
    public boolean gekozen() {
        return registration != null;
    }

    /** Takes the reading's rule set away; does nothing when it was not chosen or is already gone with its bundle. */
    @Override
    public void close() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped first; its services are unregistered already
            }
        }
    }
}
