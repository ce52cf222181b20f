// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.participatiewet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.testkit.RuleTestKit;

/** P-1 to P-8 against their scenarios, decided together with the Wams core rules as in a running platform. */
class ParticipatiewetScenarioTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private final RuleSet pw = RuleTestKit.resource(ParticipatiewetRules.class, ParticipatiewetRules.RULE_FILE);

    @TestFactory
    Stream<DynamicTest> module() {
        return RuleTestKit.moduleTests(pw, SCENARIOS);
    }

    @Test
    void p8_bijstandStillNeedsItsOwnApplication() {
        ProcessRule p8 = pw.procesregels().stream().filter(r -> r.id().equals("P-8")).findFirst().orElseThrow();
        assertEquals(ProcessRule.DIENSTROUTE, p8.soort());
        assertEquals(List.of("bijstand", "apart"), List.of(p8.parameter("dienst"), p8.parameter("aanvraag")));
    }
}
