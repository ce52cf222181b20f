// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.wlz;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.meervoud.privacy.api.RuleSetReader;
import nl.meervoud.privacy.spi.Lezing;

/**
 * The reading of Wlz art. 9.1.3 lid 3 the operator chooses (rulebook §8 point 15). The memorandum says the exchange
 * for a Wams investigation takes place "overeenkomstig artikel 5.4.2"; that the insured's consent is then no longer
 * needed is implied, not stated. The default is the memorandum's reading (L1: the regime of Wmo 2015 art. 5.4.2);
 * with {@code toestemmingOokVoorOnderzoek} the rule set {@code wlz-toestemming} is added, whose prohibition asks the
 * insured's explicit consent for the investigation too.
 */
@Component(configurationPid = WlzLezing.PID)
@Designate(ocd = WlzLezing.Config.class)
public final class WlzLezing {
    /** The configuration of the Wlz module. */
    public static final String PID = "nl.meervoud.domain.wlz";
    /** The strict reading's rules. */
    public static final String RULE_FILE = "rules/wlz-toestemming.json";

    /** The choice. */
    @ObjectClassDefinition(name = "Meervoud Wlz-module: lezing van Wlz art. 9.1.3 lid 3",
            description = "Regelboek §8 punt 15: of voor een Wams-onderzoek de uitdrukkelijke toestemming van de verzekerde nodig blijft.")
    public @interface Config {
        /** Whether the insured's explicit consent is also needed for the investigation. */
        @AttributeDefinition(name = "Toestemming ook voor het onderzoek",
                description = "Uit (standaard): voor het onderzoek geldt het regime van Wmo 2015 art. 5.4.2 (L1), zoals de memorie van "
                        + "toelichting het leest. Aan: ook dan blijft de uitdrukkelijke toestemming van de verzekerde nodig (regelset wlz-toestemming).")
        boolean toestemmingOokVoorOnderzoek() default false;
    }

    private final Lezing lezing;

    @Activate
    public WlzLezing(BundleContext context, @Reference RuleSetReader reader, Config config) {
        lezing = Lezing.kies(context, reader, RULE_FILE, config.toestemmingOokVoorOnderzoek());
    }

    @Deactivate
    void stop() {
        lezing.close();
    }
}
