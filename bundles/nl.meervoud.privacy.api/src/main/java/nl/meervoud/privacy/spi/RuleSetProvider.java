// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.spi;

import org.osgi.annotation.versioning.ConsumerType;

import nl.meervoud.privacy.api.RuleSet;

/**
 * A module's contribution of rules, registered as an OSGi service (whiteboard). The kernel validates the rule
 * set on arrival and activates it as a whole, or refuses it as a whole with a message naming the rule; its
 * rules are gone the moment the service is unregistered. Nothing but the kernel may look providers up.
 */
@ConsumerType
public interface RuleSetProvider {

    /** The rule set; called once per registration, must always return the same value. */
    RuleSet ruleSet();
}
