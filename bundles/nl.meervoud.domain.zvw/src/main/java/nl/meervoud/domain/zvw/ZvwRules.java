// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.zvw;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.privacy.api.RuleSetReader;
import nl.meervoud.privacy.spi.RuleFileProvider;
import nl.meervoud.privacy.spi.RuleSetProvider;

/**
 * Contributes rules/zvw.json (rulebook §5.4: Z1-Z3): policy alignment between college and health insurer without
 * personal data (Zvw art. 14a, Wmo 2015 art. 2.1.8), the insurer as a party under the duty of Wmo 2015 art. 5.4.2 lid 1,
 * and Zvw care as an adjacent domain.
 */
@Component(service = RuleSetProvider.class)
public final class ZvwRules extends RuleFileProvider {
    /** Where the rules live in this bundle. */
    public static final String RULE_FILE = "rules/zvw.json";

    @Activate
    public ZvwRules(BundleContext context, @Reference RuleSetReader reader) {
        super(context, reader, RULE_FILE);
    }
}
