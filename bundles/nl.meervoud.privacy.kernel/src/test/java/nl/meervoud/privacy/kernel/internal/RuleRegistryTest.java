// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.Voorwaarde;

class RuleRegistryTest {

    private static final DecisionRequest REQUEST = DecisionRequest.van(Actor.of(Rol.PARTIJ, "p"))
            .naar(Actor.of(Rol.COLLEGE, "g")).doel(Doel.ONDERZOEK_2_3A_4).gegevens(Gegevenssoort.PROCESINFORMATIE)
            .bewijs(Voorwaarde.GEMOTIVEERD_VERZOEK).tijdstip(Instant.parse("2026-11-24T10:00:00Z")).build();

    @Test
    void anEmptyKernelDeniesEverythingWithNoRule() {
        Decision d = Evaluator.evaluate(new RuleRegistry().current(), REQUEST, false);
        assertEquals(Decision.Effect.DENY, d.effect());
        assertEquals(List.of(Decision.GEEN_REGEL), d.redenen());
    }

    @Test
    void rulesArriveAndLeaveAtomically_decisionsInFlightKeepTheirSnapshot() {
        RuleRegistry registry = new RuleRegistry();
        assertEquals(List.of(), registry.add(1, "module.a", Rules.partyToCollege("a", "A1", "1", "")));
        RuleIndex snapshot = registry.current();
        assertTrue(Evaluator.evaluate(snapshot, REQUEST, false).permitted());

        registry.remove(1);
        assertFalse(Evaluator.evaluate(registry.current(), REQUEST, false).permitted(), "gone the moment it leaves");
        assertTrue(Evaluator.evaluate(snapshot, REQUEST, false).permitted(), "the old snapshot is unchanged");
        assertTrue(registry.current().version > snapshot.version);
    }

    @Test
    void aRefusedRuleSetHasNoActiveRuleAndIsRevivedWhenTheClashLeaves() {
        RuleRegistry registry = new RuleRegistry();
        registry.add(1, "module.a", Rules.partyToCollege("a", "A1", "1", ""));
        List<String> problems = registry.add(2, "module.b", Rules.partyToCollege("b", "A1", "1", "NOODZAAK_ONDERBOUWD"));
        assertFalse(problems.isEmpty());
        assertEquals(1, registry.activeSets().size());
        assertEquals(List.of(2L), registry.remove(1));
        assertEquals(List.of("b"), registry.activeSets().stream().map(RuleSet::id).toList());
        assertFalse(Evaluator.evaluate(registry.current(), REQUEST, false).permitted(), "b requires more evidence");
    }

    @Test
    void ruleSetVersionsApplyOnlyWithinTheirDates() {
        RuleRegistry registry = new RuleRegistry();
        RuleSet old = Rules.json("{'id':'a','law':'Testwet','versie':'1','geldigTot':'2025-12-31','permissies':[{'id':'A1','citaties':['Wmo 2015 art. 5.4.2 lid 1'],"
                + "'van':['PARTIJ'],'naar':['COLLEGE'],'doelen':['onderzoek-2.3a.4'],'gegevens':['PROCESINFORMATIE'],'vereist':['GEMOTIVEERD_VERZOEK']}]}");
        assertEquals(List.of(), registry.add(1, "m", old));
        assertFalse(Evaluator.evaluate(registry.current(), REQUEST, false).permitted(), "2026 is after the end date");
        DecisionRequest in2025 = new DecisionRequest(REQUEST.van(), REQUEST.naar(), null, REQUEST.doel(), "", REQUEST.gegevens(),
                null, REQUEST.bewijs(), List.of(), List.of(), "", "", "", Instant.parse("2025-06-01T10:00:00Z"));
        assertTrue(Evaluator.evaluate(registry.current(), in2025, false).permitted());
    }

    @Test
    void aRequestWithoutDataCategoriesIsDeniedNotSlippedPastTheRules() {
        RuleRegistry registry = new RuleRegistry();
        registry.add(1, "m", Rules.partyToCollege("a", "A1", "1", ""));
        DecisionRequest none = new DecisionRequest(REQUEST.van(), REQUEST.naar(), null, REQUEST.doel(), "", java.util.Set.of(),
                null, REQUEST.bewijs(), List.of(), List.of(), "", "", "", REQUEST.tijdstip());
        Decision d = Evaluator.evaluate(registry.current(), none, false);
        assertFalse(d.permitted());
        assertEquals(List.of("het verzoek noemt geen gegevenssoorten"), d.redenen());
    }

    @Test
    void theTrailNamesEveryCandidateRule() {
        RuleRegistry registry = new RuleRegistry();
        registry.add(1, "m", Rules.partyToCollege("a", "A1", "1", "NOODZAAK_ONDERBOUWD"));
        Decision d = Evaluator.evaluate(registry.current(), REQUEST, true);
        assertEquals("A1", d.regel());
        assertEquals(List.of("NOODZAAK_ONDERBOUWD"), d.ontbrekend());
        assertEquals(List.of("A1: voorwaarden ontbreken [NOODZAAK_ONDERBOUWD]"), d.spoor());
        assertEquals("Wmo 2015 art. 5.4.2 lid 1", d.citaties().get(0).toString());
    }
}
