// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.jeugdwet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.testkit.RuleTestKit;

/** J1-J9 against their scenarios, decided together with the Wams core rules as in a running platform. */
class JeugdwetScenarioTest {
    private static RuleSet wams;
    private static RuleSet jeugdwet;

    @BeforeAll
    static void load() {
        wams = RuleTestKit.wamsCore();
        jeugdwet = RuleTestKit.resource(JeugdwetRules.class, JeugdwetRules.RULE_FILE);
    }


    @Test
    void processRulesJ1J7J8J9J10AreCarriedWithCitations() {
        assertEquals(List.of("J1", "J7", "J8", "J9", "J10"), jeugdwet.procesregels().stream().map(r -> r.id()).toList());
        jeugdwet.procesregels().forEach(r -> assertTrue(!r.citaties().isEmpty(), r.id()));
        assertEquals("P6W", jeugdwet.procesregels().get(1).parameters().get("termijn"));
        assertEquals(java.util.Map.of("begrip", "jeugdige", "tot", "18", "verlengdTot", "21,23"), java.util.Map.of("begrip",
                jeugdwet.procesregels().get(3).parameter("begrip"), "tot", jeugdwet.procesregels().get(3).parameter("tot"), "verlengdTot",
                jeugdwet.procesregels().get(3).parameter("verlengdTot")), "J9 bounds the jeugdige of Jeugdwet art. 1.1");
        assertEquals("leeftijdsgrens", jeugdwet.procesregels().get(3).soort());
        assertEquals(List.of("dienstroute", "jeugdhulp", "geen", "Jeugdwet art. 2.3"), List.of(jeugdwet.procesregels().get(4).soort(),
                jeugdwet.procesregels().get(4).parameter("dienst"), jeugdwet.procesregels().get(4).parameter("aanvraag"),
                jeugdwet.procesregels().get(4).citaties().get(0).toString()), "J10: jeugdhulp under the Jeugdwet's own besliskader");
    }

    @TestFactory
    Stream<DynamicTest> module() {
        return RuleTestKit.moduleTests(jeugdwet, Path.of("src/test/resources/scenarios"));
    }

    @Test
    void withoutTheModuleTheJeugdhulpProvisionHasNoRule() {
        RuleTestKit coreOnly = RuleTestKit.of(wams);
        var scenario = RuleTestKit.scenarios(Path.of("src/test/resources/scenarios")).stream()
                .filter(s -> s.path("verwacht").path("regel").asText().equals("jeugdwet/J3")
                        && s.path("verwacht").path("besluit").asText().equals("PERMIT"))
                .findFirst().orElseThrow();
        Decision decision = coreOnly.decide(scenario.path("verzoek"));
        assertEquals(Decision.Effect.DENY, decision.effect());
        assertEquals(List.of("onbekende geheimhouding van de verstrekker `JEUGDWET_7_3_11`: geen actieve regelset declareert deze term"
                + " (is de module van die wet geïnstalleerd?)"), decision.redenen(), "the module's secrecy regime went with it");
    }

    @Test
    void theModuleDeclaresWhatOnlyTheJeugdwetBrings_andNeedsTheCoreForTheWamsTerms() {
        assertEquals(List.of("Jeugdwet"), jeugdwet.vocabulaire().wetten().stream().map(w -> w.law().name()).toList());
        assertEquals(List.of("JEUGDWET_7_3_11"), jeugdwet.vocabulaire().geheimhouding().stream().map(d -> d.term().name()).toList());
        assertEquals(List.of("RAAD_VOOR_DE_KINDERBESCHERMING"), jeugdwet.vocabulaire().rollen().stream().map(d -> d.term().name()).toList());
        List<String> alone = RuleTestKit.problems(jeugdwet);
        assertTrue(alone.stream().anyMatch(p -> p.contains("`ACHTERGROND_JEUGDHULP_MAATWERK`")), alone.toString());
        assertEquals(List.of(), RuleTestKit.problems(jeugdwet, wams), "registration order does not matter");
    }
}
