// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.zvh;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.meervoud.privacy.api.RuleSetReader;
import nl.meervoud.privacy.spi.RuleFileProvider;
import nl.meervoud.privacy.spi.RuleSetProvider;

/**
 * Contributes rules/zvh.json (rulebook §5.8: G1-G9, and the prohibition P8 of §4.2): the Zorg- en Veiligheidshuis as a
 * declared role, the coordinator as the filter between the approach and the ZVH trajectory, registration by the
 * college (Wmo 2015 art. 2.3a.6 lid 1), alignment of a running investigation (lid 2) and informing the client (lid 3).
 */
@Component(service = RuleSetProvider.class)
public final class ZvhRules extends RuleFileProvider {
    /** Where the rules live in this bundle. */
    public static final String RULE_FILE = "rules/zvh.json";

    @Activate
    public ZvhRules(BundleContext context, @Reference RuleSetReader reader) {
        super(context, reader, RULE_FILE);
    }
}
