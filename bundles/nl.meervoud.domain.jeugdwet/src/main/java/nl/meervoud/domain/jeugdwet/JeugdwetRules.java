// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.jeugdwet;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.privacy.api.RuleSetReader;
import nl.meervoud.privacy.spi.RuleFileProvider;
import nl.meervoud.privacy.spi.RuleSetProvider;

/** Contributes rules/jeugdwet.json (rulebook §5.2: J1-J9; Jeugdwet art. 2.4a and art. 7.4.0 lid 2). */
@Component(service = RuleSetProvider.class)
public final class JeugdwetRules extends RuleFileProvider {
    /** Where the rules live in this bundle. */
    public static final String RULE_FILE = "rules/jeugdwet.json";

    @Activate
    public JeugdwetRules(BundleContext context, @Reference RuleSetReader reader) {
        super(context, reader, RULE_FILE);
    }
}
