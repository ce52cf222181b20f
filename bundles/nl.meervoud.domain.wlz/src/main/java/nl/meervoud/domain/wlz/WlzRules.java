// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.wlz;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.privacy.api.RuleSetReader;
import nl.meervoud.privacy.spi.RuleFileProvider;
import nl.meervoud.privacy.spi.RuleSetProvider;

/**
 * Contributes rules/wlz.json (rulebook §5.3: L1-L5): the Wlz-uitvoerder as a declared role providing for the
 * investigation under the regime of Wmo 2015 art. 5.4.2, the college consulting it, alignment outside an investigation
 * on the insured's explicit consent, and long-term care as an adjacent domain.
 */
@Component(service = RuleSetProvider.class)
public final class WlzRules extends RuleFileProvider {
    /** Where the rules live in this bundle. */
    public static final String RULE_FILE = "rules/wlz.json";

    @Activate
    public WlzRules(BundleContext context, @Reference RuleSetReader reader) {
        super(context, reader, RULE_FILE);
    }
}
