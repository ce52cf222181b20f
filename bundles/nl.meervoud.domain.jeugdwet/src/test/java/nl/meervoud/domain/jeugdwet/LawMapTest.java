// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.jeugdwet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meervoud.privacy.api.Citation;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.Vocabulaire;
import nl.meervoud.testkit.RuleTestKit;

/** docs/law-map.md stays true: every rule and every declared term of the Wams core and Jeugdwet files appears with all its articles. */
class LawMapTest {

    @Test
    void everyRuleAndCitationIsInTheLawMap() throws IOException {
        String map = Files.readString(Path.of("../../docs/law-map.md"));
        List<String> missing = new ArrayList<>();
        for (RuleSet set : List.of(RuleTestKit.wamsCore(), RuleTestKit.resource(JeugdwetRules.class, JeugdwetRules.RULE_FILE))) {
            set.permissies().forEach(r -> check(map, r.id(), r.citaties(), missing));
            set.verboden().forEach(r -> check(map, r.id(), r.citaties(), missing));
            set.bewaartermijnen().forEach(r -> check(map, r.id(), r.citaties(), missing));
            set.procesregels().forEach(r -> check(map, r.id(), r.citaties(), missing));
            set.vocabulaire().wetten().forEach(w -> check(map, "`" + w.law().name() + "`", List.of(), missing));
            for (List<? extends Vocabulaire.Declaratie<?>> declared : List.of(set.vocabulaire().rollen(), set.vocabulaire().routes(),
                    set.vocabulaire().geheimhouding(), set.vocabulaire().voorwaarden())) {
                declared.forEach(d -> check(map, "`" + d.term().name() + "`", d.citaties(), missing));
            }
        }
        assertEquals(List.of(), missing, "rules missing from docs/law-map.md");
    }

    private static void check(String map, String id, List<Citation> citations, List<String> missing) {
        String row = map.lines().filter(l -> l.startsWith("| " + id + " |")).findFirst().orElse(null);
        if (row == null) {
            missing.add(id);
            return;
        }
        citations.stream().map(Citation::toString).filter(c -> !row.contains(c)).forEach(c -> missing.add(id + ": " + c));
    }
}
