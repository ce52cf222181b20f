// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.zvh;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.testkit.RuleTestKit;

/** The module's rules against their scenarios, decided together with the Wams core rules as in a running platform. */
class ZvhScenarioTest {
    private final RuleSet rules = RuleTestKit.resource(ZvhRules.class, ZvhRules.RULE_FILE);

    @TestFactory
    Stream<DynamicTest> module() {
        return RuleTestKit.moduleTests(rules, Path.of("src/test/resources/scenarios"));
    }
}
