// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.zvw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meervoud.testkit.RuleTestKit;

/** docs/law-map.md stays true: every rule and every declared term of the module appears with all its articles. */
class LawMapTest {

    @Test
    void everyRuleAndCitationIsInTheLawMap() throws IOException {
        assertEquals(List.of(), RuleTestKit.ontbrekendInLawMap(Files.readString(Path.of("../../docs/law-map.md")),
                RuleTestKit.resource(ZvwRules.class, ZvwRules.RULE_FILE)), "rules missing from docs/law-map.md");
    }
}
