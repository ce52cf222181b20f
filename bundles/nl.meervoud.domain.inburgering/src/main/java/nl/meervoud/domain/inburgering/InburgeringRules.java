// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.inburgering;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.privacy.api.RuleSetReader;
import nl.meervoud.privacy.spi.RuleFileProvider;
import nl.meervoud.privacy.spi.RuleSetProvider;

/**
 * Contributes rules/inburgering.json (rulebook §5.7: I1-I6; Wet inburgering 2021 art. 14 lid 8): the brede intake
 * as the route {@code WET_INBURGERING_14_8} into the 2.3a.4 procedure without a party's request, the
 * inburgeringsplicht the approach rules ask for, and the college's re-use and execution permissions.
 */
@Component(service = RuleSetProvider.class)
public final class InburgeringRules extends RuleFileProvider {
    /** Where the rules live in this bundle. */
    public static final String RULE_FILE = "rules/inburgering.json";

    @Activate
    public InburgeringRules(BundleContext context, @Reference RuleSetReader reader) {
        super(context, reader, RULE_FILE);
    }
}
