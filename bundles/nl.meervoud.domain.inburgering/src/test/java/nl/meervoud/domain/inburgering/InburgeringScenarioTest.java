// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.inburgering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.testkit.RuleTestKit;

/** I1-I6 against their scenarios, decided together with the Wams core rules as in a running platform. */
class InburgeringScenarioTest {
    private static RuleSet wams;
    private static RuleSet inburgering;

    @BeforeAll
    static void load() {
        wams = RuleTestKit.wamsCore();
        inburgering = RuleTestKit.resource(InburgeringRules.class, InburgeringRules.RULE_FILE);
    }

    @TestFactory
    Stream<DynamicTest> module() {
        return RuleTestKit.moduleTests(inburgering, Path.of("src/test/resources/scenarios"));
    }

    @Test
    void theRegistrationOrderDoesNotMatter() {
        assertEquals(List.of(), RuleTestKit.problems(inburgering, wams));
    }

    @Test
    void i1_theBredeIntakeIsARouteIntoThe2_3a_4ProcedureWithoutARequest_andBringsTheInburgeringsplicht() {
        ProcessRule i1 = inburgering.procesregels().stream().filter(r -> r.id().equals("I1")).findFirst().orElseThrow();
        assertEquals(ProcessRule.TRIGGER, i1.soort());
        assertEquals(Map.of("route", "WET_INBURGERING_14_8", "wet", "Wet inburgering 2021", "volgt", "WMO_2_3A_4", "zonderVerzoek", "true",
                "plicht", "inburgeringsplicht"), Map.of("route", i1.parameter("route"), "wet", i1.parameter("wet"), "volgt",
                        i1.parameter("volgt"), "zonderVerzoek", i1.parameter("zonderVerzoek"), "plicht", i1.parameter("plicht")));
        assertEquals("Wet inburgering 2021 art. 14 lid 8", i1.citaties().get(0).toString());
        assertEquals(List.of("WET_INBURGERING_14_8"), inburgering.vocabulaire().routes().stream().map(d -> d.term().name()).toList());
        assertTrue(wams.procesregels().stream().anyMatch(r -> r.id().equals("A3") && "inburgeringsplicht".equals(r.parameter("plicht"))),
                "the duty I1 records is the one the Wams core's A3 asks for (2.3a.2 lid 2 onder b), which stays in the core");
    }

    @Test
    void withoutTheModuleTheRouteIsUnknownAndDenied() {
        var scenario = RuleTestKit.scenarios(Path.of("src/test/resources/scenarios")).stream()
                .filter(s -> s.path("verwacht").path("regel").asText().equals("inburgering/I2")
                        && s.path("verwacht").path("besluit").asText().equals("PERMIT"))
                .findFirst().orElseThrow();
        Decision decision = RuleTestKit.of(wams).decide(scenario.path("verzoek"));
        assertEquals(Decision.Effect.DENY, decision.effect());
        assertTrue(decision.redenen().toString().contains("WET_INBURGERING_14_8") || decision.redenen().toString().contains("Wet inburgering 2021"),
                decision.redenen().toString());
    }
}
