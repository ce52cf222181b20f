// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.wmo;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.privacy.api.RuleSetReader;
import nl.meervoud.privacy.spi.RuleFileProvider;
import nl.meervoud.privacy.spi.RuleSetProvider;

/**
 * Contributes rules/wmo.json (rulebook §3.8, §5.1): the host law's own service route, distinct from the Wams core
 * rules of nl.meervoud.rules.wams: a maatwerkvoorziening or pgb proposed in the outcome needs no application and is
 * decided within two weeks of the client's consent (Wmo 2015 art. 2.3.5 lid 2), the urgent temporary provision
 * (art. 2.3.3), and what follows a grant without application (art. 2.3.8-2.3.10).
 */
@Component(service = RuleSetProvider.class)
public final class WmoRules extends RuleFileProvider {
    /** Where the rules live in this bundle. */
    public static final String RULE_FILE = "rules/wmo.json";

    @Activate
    public WmoRules(BundleContext context, @Reference RuleSetReader reader) {
        super(context, reader, RULE_FILE);
    }
}
