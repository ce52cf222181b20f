// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.rules.wams;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.privacy.api.RuleSetReader;
import nl.meervoud.privacy.spi.RuleFileProvider;
import nl.meervoud.privacy.spi.RuleSetProvider;

/** Contributes rules/wams-core.json (rulebook §4: W1-W21, P1-P9, meldpunt M1-M8, retention R1-R5). */
@Component(service = RuleSetProvider.class)
public final class WamsCoreRules extends RuleFileProvider {
    /** Where the rules live in this bundle. */
    public static final String RULE_FILE = "rules/wams-core.json";

    @Activate
    public WamsCoreRules(BundleContext context, @Reference RuleSetReader reader) {
        super(context, reader, RULE_FILE);
    }
}
