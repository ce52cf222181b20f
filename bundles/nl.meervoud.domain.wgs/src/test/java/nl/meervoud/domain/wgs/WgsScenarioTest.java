// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.wgs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.testkit.RuleTestKit;

/** S1-S7 against their scenarios, decided together with the Wams core rules as in a running platform. */
class WgsScenarioTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private final RuleSet wgs = RuleTestKit.resource(WgsRules.class, WgsRules.RULE_FILE);

    @TestFactory
    Stream<DynamicTest> module() {
        return RuleTestKit.moduleTests(wgs, SCENARIOS);
    }

    @Test
    void s1_s5_s7_theIntakeStarts2_3a_1_onSixWeeks_andDebtReliefStartsOnAStatement() {
        Map<String, ProcessRule> byId = new java.util.HashMap<>();
        wgs.procesregels().forEach(r -> byId.put(r.id(), r));
        assertEquals(List.of("WMO_2_3A_1", "Wgs"), List.of(byId.get("S1").parameter("route"), byId.get("S1").parameter("wet")));
        assertEquals("P6W", byId.get("S5").parameter("termijn"));
        assertEquals(ProcessRule.DIENSTROUTE, byId.get("S7").soort());
        assertEquals(List.of("schuldhulpverlening", "verklaring"), List.of(byId.get("S7").parameter("dienst"), byId.get("S7").parameter("aanvraag")));
        assertEquals("Wgs art. 3b", byId.get("S7").citaties().get(0).toString());
    }
}
