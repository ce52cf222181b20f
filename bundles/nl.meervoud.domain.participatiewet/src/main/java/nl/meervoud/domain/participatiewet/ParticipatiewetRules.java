// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.participatiewet;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.privacy.api.RuleSetReader;
import nl.meervoud.privacy.spi.RuleFileProvider;
import nl.meervoud.privacy.spi.RuleSetProvider;

/**
 * Contributes rules/participatiewet.json (rulebook §5.5: P-1 to P-7, and P-8 for the special rule of art. 7a): the
 * PW intake as a trigger of the 2.3a.1 route, re-use of the college's PW records, execution after the
 * investigation, UWV and SVB providing as parties (overriding Wet SUWI art. 74), the term, and that a bijstand
 * grant still needs its own application.
 */
@Component(service = RuleSetProvider.class)
public final class ParticipatiewetRules extends RuleFileProvider {
    /** Where the rules live in this bundle. */
    public static final String RULE_FILE = "rules/participatiewet.json";

    @Activate
    public ParticipatiewetRules(BundleContext context, @Reference RuleSetReader reader) {
        super(context, reader, RULE_FILE);
    }
}
