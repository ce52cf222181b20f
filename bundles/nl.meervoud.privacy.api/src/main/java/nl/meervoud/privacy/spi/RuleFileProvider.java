// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.spi;

import org.osgi.framework.BundleContext;

import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.RuleSetReader;

/**
 * A module's rule file as a {@link RuleSetProvider}: read once from the module's own bundle when its component
 * activates, and gone with the component. A module is then one DS component naming its file:
 *
 * <pre>{@code
 * @Component(service = RuleSetProvider.class)
 * public final class MyRules extends RuleFileProvider {
 *     @Activate
 *     public MyRules(BundleContext context, @Reference RuleSetReader reader) {
 *         super(context, reader, "rules/my-law.json");
 *     }
 * }
 * }</pre>
 *
 * @since 1.1
 */
public abstract class RuleFileProvider implements RuleSetProvider {
    private final RuleSet ruleSet;

    /** Reads the rule file at {@code path} in the bundle of {@code context}, refusing it as {@link RuleFiles#read} does. */
    protected RuleFileProvider(BundleContext context, RuleSetReader reader, String path) {
        this.ruleSet = RuleFiles.read(context.getBundle(), reader, path);
    }

    @Override
    public final RuleSet ruleSet() {
        return ruleSet;
    }
}
