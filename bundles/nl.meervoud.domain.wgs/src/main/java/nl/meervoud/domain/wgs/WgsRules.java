// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.wgs;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.privacy.api.RuleSetReader;
import nl.meervoud.privacy.spi.RuleFileProvider;
import nl.meervoud.privacy.spi.RuleSetProvider;

/**
 * Contributes rules/wgs.json (rulebook §5.6: S1-S6, and S7 for the special rule of Wgs art. 3b): the debt-relief
 * intake as a trigger of the 2.3a.1 route, the college's re-use and execution permissions, the melddossier path on
 * consent, the term, and that debt relief starts on an oral or written statement.
 */
@Component(service = RuleSetProvider.class)
public final class WgsRules extends RuleFileProvider {
    /** Where the rules live in this bundle. */
    public static final String RULE_FILE = "rules/wgs.json";

    @Activate
    public WgsRules(BundleContext context, @Reference RuleSetReader reader) {
        super(context, reader, RULE_FILE);
    }
}
