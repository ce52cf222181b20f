// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.domain.wmo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.testkit.RuleTestKit;

/** D1 and D2 are the service routes the case model writes into the outcome: no application, two weeks from consent. */
class WmoServiceRouteTest {
    private final Map<String, ProcessRule> byId = RuleTestKit.resource(WmoRules.class, WmoRules.RULE_FILE).procesregels().stream()
            .collect(Collectors.toMap(ProcessRule::id, Function.identity()));

    @Test
    void aMaatwerkvoorzieningAndAPgbNeedNoApplicationAndAreDecidedWithinTwoWeeksOfConsent() {
        for (String id : List.of("D1", "D2")) {
            ProcessRule r = byId.get(id);
            assertEquals(ProcessRule.DIENSTROUTE, r.soort(), id);
            assertEquals(List.of("Wmo 2015", "geen", "P2W"), List.of(r.parameter("wet"), r.parameter("aanvraag"), r.parameter("termijn")), id);
            assertEquals("Wmo 2015 art. 2.3.5 lid 2", r.citaties().get(0).toString(), id);
        }
        assertEquals(List.of("maatwerkvoorziening", "pgb"), List.of(byId.get("D1").parameter("dienst"), byId.get("D2").parameter("dienst")));
    }
}
