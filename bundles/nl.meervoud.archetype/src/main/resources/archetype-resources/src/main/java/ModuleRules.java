// Copyright ${vendor}
package ${package};

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.privacy.api.RuleSetReader;
import nl.meervoud.privacy.spi.RuleFileProvider;
import nl.meervoud.privacy.spi.RuleSetProvider;

/**
 * Registers rules/${ruleSetId}.json with the privacy kernel while this bundle is active. The kernel validates it on
 * arrival (vocabulary, citations, process rules) and refuses the whole set with a reason when anything is wrong;
 * when the bundle stops, its rules, routes and terms are gone in one index swap.
 */
@Component(service = RuleSetProvider.class)
public final class ModuleRules extends RuleFileProvider {
    /** Where the rules live in this bundle. */
    public static final String RULE_FILE = "rules/${ruleSetId}.json";

    @Activate
    public ModuleRules(BundleContext context, @Reference RuleSetReader reader) {
        super(context, reader, RULE_FILE);
    }
}
