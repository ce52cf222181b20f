// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.rules.wams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.kernel.internal.RuleTestKit;

/**
 * The Wams core rule set against its scenario corpus (src/test/resources/scenarios): for every rule a request
 * it permits and the nearest request it must deny, each stating the rule and article it expects.
 */
class WamsScenarioTest {
    private static RuleSet wams;
    private static RuleTestKit kit;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = WamsCoreRules.class.getClassLoader().getResourceAsStream(WamsCoreRules.RULE_FILE)) {
            wams = RuleTestKit.load(in);
        }
        kit = RuleTestKit.of(wams);
    }

    @Test
    void theKernelAcceptsTheRuleSet() {
        assertEquals(List.of(), RuleTestKit.problems(wams));
    }

    @Test
    void everyRuleCarriesACitation() {
        wams.permissies().forEach(r -> assertTrue(!r.citaties().isEmpty(), r.id()));
        wams.verboden().forEach(r -> assertTrue(!r.citaties().isEmpty(), r.id()));
        wams.bewaartermijnen().forEach(r -> assertTrue(!r.citaties().isEmpty(), r.id()));
    }

    @Test
    void everyPermissionRuleHasAPermitAndTheNearestDenyScenario() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (var rule : wams.permissies()) {
            String id = rule.id().replace("-beroepsgeheim", "");
            Path file = scenarioDir().resolve(id + ".json");
            JsonNode scenarios = file.toFile().exists() ? JsonRulesHolder.read(file).path("scenarios") : null;
            boolean permit = false;
            boolean deny = false;
            if (scenarios != null) {
                for (JsonNode s : scenarios) {
                    permit |= "PERMIT".equals(s.path("verwacht").path("besluit").asText());
                    deny |= "DENY".equals(s.path("verwacht").path("besluit").asText());
                }
            }
            if (!permit || !deny) {
                missing.add(rule.id());
            }
        }
        assertEquals(Set.of(), missing, "rules without both a permit and a deny scenario");
    }

    /** Reads one scenario file. */
    private static final class JsonRulesHolder {
        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

        static JsonNode read(Path file) throws IOException {
            return MAPPER.readTree(file.toFile());
        }
    }

    @Test
    void retentionPeriodsAreExactlyThoseOfParagraph4_15() {
        java.util.Map<String, String> expected = java.util.Map.of(
                "R1", "onderzoek aanpak-afgerond P2Y P2Y",
                "R2", "onderzoek uitkomst-meegedeeld P2Y P2Y",
                "R3", "coordinatiedossier aanpak-beeindigd P2Y P2Y",
                "R4", "melddossier melding-ontvangen P6M P1Y",
                "R5", "wmo-dossier laatste-wijziging P15Y P15Y");
        java.util.Map<String, String> actual = new java.util.HashMap<>();
        wams.bewaartermijnen().forEach(r -> actual.put(r.id(),
                r.gegevensset() + " " + r.startgebeurtenis() + " " + r.minimum() + " " + r.maximum()));
        assertEquals(expected, actual);
        assertEquals("Wmo 2015 art. 5.4.5 lid 1", wams.bewaartermijnen().get(0).citaties().get(0).toString());
        assertEquals("Wmo 2015 art. 5.5.4 lid 1", wams.bewaartermijnen().get(3).citaties().get(0).toString());
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        return RuleTestKit.scenarios(scenarioDir()).stream().map(s -> DynamicTest.dynamicTest(
                s.path("beschrijving").asText(), () -> assertEquals(List.of(), kit.check(s))));
    }

    private static Path scenarioDir() {
        return Path.of("src/test/resources/scenarios");
    }
}
