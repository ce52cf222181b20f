// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.wlz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.testkit.RuleTestKit;

/**
 * L1-L3 against their scenarios beside the Wams core rules (the default reading of rulebook §8 point 15: L1 permits
 * without the insured's consent), and the strict reading, which refuses that same request.
 */
class WlzScenarioTest {
    private final RuleSet wlz = RuleTestKit.resource(WlzRules.class, WlzRules.RULE_FILE);
    private final RuleSet toestemming = RuleTestKit.resource(WlzRules.class, WlzLezing.RULE_FILE);

    @TestFactory
    Stream<DynamicTest> module() {
        return RuleTestKit.moduleTests(wlz, Path.of("src/test/resources/scenarios"));
    }

    /** The strict reading is accepted beside the module's own rules, on the terms those declare. */
    @Test
    void theStrictReadingIsAValidRuleSetBesideTheModule() {
        assertEquals(List.of(), RuleTestKit.problems(RuleTestKit.wamsCore(), wlz, toestemming));
    }

    /** With the strict reading chosen, L1's request without consent is refused citing Wlz art. 9.1.3 lid 3; with consent it passes. */
    @TestFactory
    Stream<DynamicTest> strictReading() {
        return RuleTestKit.of(RuleTestKit.wamsCore(), wlz, toestemming).scenarioTests(Path.of("src/test/resources/lezing-toestemming"));
    }
}
