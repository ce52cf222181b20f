// Copyright ${vendor}
package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.testkit.RuleTestKit;

/** The rules of ${law} as the platform will judge them: beside the Wams core, with a permit and a deny for each. */
class ModuleRulesTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private final RuleSet rules = RuleTestKit.resource(ModuleRules.class, ModuleRules.RULE_FILE);

    @Test
    void theLawBringsItsOwnRouteIntoTheWamsProcess() {
        ProcessRule trigger = rules.procesregels().stream().filter(r -> ProcessRule.TRIGGER.equals(r.soort())).findFirst().orElseThrow();
        assertEquals("${route}", trigger.parameter("route"));
        assertEquals("${law}", trigger.parameter("wet"));
    }

    @TestFactory
    Stream<DynamicTest> module() {
        return RuleTestKit.moduleTests(rules, SCENARIOS);
    }
}
