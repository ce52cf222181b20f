// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
        assertEquals(Map.of(), registry.add(1, "module.a", Rules.partyToCollege("a", "A1", "1", "")));
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
        Map<Long, List<String>> refused = registry.add(2, "module.b", Rules.partyToCollege("a", "A1", "2", "NOODZAAK_ONDERBOUWD"));
        assertEquals(List.of("regelset `a` versie 1 geldt al in dezelfde periode"), refused.get(2L));
        assertEquals(1, registry.activeSets().size());
        assertEquals(Map.of(), registry.remove(1));
        assertEquals(List.of("2"), registry.activeSets().stream().map(RuleSet::versie).toList());
        assertFalse(Evaluator.evaluate(registry.current(), REQUEST, false).permitted(), "version 2 requires more evidence");
    }

    @Test
    void twoRuleSetsMayUseTheSameRuleId_theDecisionNamesTheScopedOne() {
        RuleRegistry registry = new RuleRegistry();
        registry.add(1, "vendor.a", Rules.partyToCollege("a", "A1", "1", "NOODZAAK_ONDERBOUWD"));
        assertEquals(Map.of(), registry.add(2, "vendor.b", Rules.partyToCollege("b", "A1", "1", "")));
        Decision d = Evaluator.evaluate(registry.current(), REQUEST, true);
        assertTrue(d.permitted());
        assertEquals("b/A1", d.regel());
        assertEquals(List.of("a/A1: voorwaarden ontbreken [NOODZAAK_ONDERBOUWD]", "b/A1: toegestaan"), d.spoor());
    }

    @Test
    void aMunicipalityWithoutAModuleMeetsNoneOfItsLawNorWhatRestsOnIt_theInstallationKeepsAll() {
        RuleRegistry registry = new RuleRegistry();
        registry.add(1, "wgs.termen", Rules.json(WGS_TERMS));
        registry.add(2, "wgs", Rules.json(WGS_RULE));
        registry.add(3, "module.a", Rules.partyToCollege("a", "A1", "1", ""));
        RuleIndex zonderTermen = registry.current(java.util.Set.of("wgs.termen"));
        assertFalse(Evaluator.evaluate(zonderTermen, debts("VERKLARING_SCHULDHULP"), false).permitted(),
                "the rule that rests on the terms is out with them");
        assertTrue(Evaluator.evaluate(zonderTermen, REQUEST, false).permitted(), "another module's law stays");
        assertEquals(List.of("a"), zonderTermen.ruleSets.stream().map(RuleSet::id).toList());
        assertEquals("wgs/S1", Evaluator.evaluate(registry.current(), debts("VERKLARING_SCHULDHULP"), false).regel(), "the installation keeps it");
        assertSame(zonderTermen, registry.current(java.util.Set.of("wgs.termen")), "compiled once per version");

        registry.remove(3);
        RuleIndex daarna = registry.current(java.util.Set.of("wgs.termen"));
        assertFalse(Evaluator.evaluate(daarna, REQUEST, false).permitted(), "a change in the installation reaches the municipality's index");
        assertEquals(registry.current().version, daarna.version);
        assertSame(registry.current(), registry.current(java.util.Set.of()), "nothing switched off: the installation's index");
    }

    private static final String WGS_TERMS = "{'id':'wgs-termen','law':'Wgs','vocabulaire':{'wetten':[{'naam':'Wgs','titel':'Wet gemeentelijke schuldhulpverlening'}],"
            + "'voorwaarden':[{'naam':'VERKLARING_SCHULDHULP','uitleg':'de schuldenaar heeft niet verklaard hulp te willen','citaties':['Wgs art. 3 lid 1']}],"
            + "'rollen':[{'naam':'SCHULDHULPVERLENER','uitleg':'een schuldhulpverlener','citaties':['Wgs art. 1']}]}}";
    private static final String WGS_RULE = "{'id':'wgs','law':'Wgs','permissies':[{'id':'S1','citaties':['Wgs art. 3b'],'van':['SCHULDHULPVERLENER'],"
            + "'naar':['COLLEGE'],'doelen':['onderzoek-2.3a.1'],'gegevens':['FINANCIEEL'],'vereist':['VERKLARING_SCHULDHULP']}]}";

    private static DecisionRequest debts(String... evidence) {
        return DecisionRequest.van(Actor.of(Rol.of("SCHULDHULPVERLENER"), "kredietbank")).naar(Actor.of(Rol.COLLEGE, "g"))
                .doel(Doel.ONDERZOEK_2_3A_1).gegevens(Gegevenssoort.FINANCIEEL)
                .bewijs(java.util.Arrays.stream(evidence).map(Voorwaarde::of).toArray(Voorwaarde[]::new))
                .tijdstip(Instant.parse("2026-11-24T10:00:00Z")).build();
    }

    @Test
    void aRuleSetThatArrivesBeforeTheDeclarerOfItsTermsBecomesActiveWhenTheDeclarerComes_andGoesWithIt() {
        RuleRegistry registry = new RuleRegistry();
        Map<Long, List<String>> refused = registry.add(1, "wgs", Rules.json(WGS_RULE));
        assertTrue(refused.get(1L).contains("regel S1: `van` noemt `SCHULDHULPVERLENER`, dat geen actieve regelset declareert (vocabulaire)"),
                refused.toString());
        assertFalse(Evaluator.evaluate(registry.current(), debts("VERKLARING_SCHULDHULP"), false).permitted());

        assertEquals(Map.of(), registry.add(2, "wgs.termen", Rules.json(WGS_TERMS)), "both active once the terms are declared");
        assertEquals("wgs/S1", Evaluator.evaluate(registry.current(), debts("VERKLARING_SCHULDHULP"), false).regel());
        Decision without = Evaluator.evaluate(registry.current(), debts(), false);
        assertEquals(List.of("de schuldenaar heeft niet verklaard hulp te willen"), without.redenen(), "the declaration's explanation");

        refused = registry.remove(2);
        assertEquals(List.of(1L), List.copyOf(refused.keySet()), "the rules that used the terms are refused again");
        Decision gone = Evaluator.evaluate(registry.current(), debts("VERKLARING_SCHULDHULP"), false);
        assertFalse(gone.permitted());
        assertTrue(gone.redenen().get(0).startsWith("onbekende rol van de verstrekker `SCHULDHULPVERLENER`"), gone.redenen().toString());
    }

    @Test
    void moreThanSixtyFourDeclaredConditionsDecideExactly_noMaskOverflows() {
        StringBuilder terms = new StringBuilder();
        StringBuilder required = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            terms.append(i == 0 ? "" : ",").append("{'naam':'VEEL_").append(i).append("','uitleg':'voorwaarde ").append(i)
                    .append(" ontbreekt','citaties':['Wmo 2015 art. 5.4.2']}");
        }
        for (int i = 70; i < 100; i += 10) {
            required.append(",'VEEL_").append(i).append("'");
        }
        RuleRegistry registry = new RuleRegistry();
        assertEquals(Map.of(), registry.add(1, "veel", Rules.json("{'id':'veel','law':'Wmo 2015','vocabulaire':{'voorwaarden':[" + terms
                + "]},'permissies':[{'id':'V1','citaties':['Wmo 2015 art. 5.4.2 lid 1'],'van':['PARTIJ'],'naar':['COLLEGE'],"
                + "'doelen':['onderzoek-2.3a.4'],'gegevens':['PROCESINFORMATIE'],'vereist':['GEMOTIVEERD_VERZOEK'" + required + "]}]}")));
        DecisionRequest all = DecisionRequest.van(REQUEST.van()).naar(REQUEST.naar()).doel(REQUEST.doel()).gegevens(Gegevenssoort.PROCESINFORMATIE)
                .bewijs(Voorwaarde.GEMOTIVEERD_VERZOEK, Voorwaarde.of("VEEL_70"), Voorwaarde.of("VEEL_80"), Voorwaarde.of("VEEL_90"))
                .tijdstip(REQUEST.tijdstip()).build();
        assertTrue(Evaluator.evaluate(registry.current(), all, false).permitted());
        DecisionRequest oneShort = DecisionRequest.van(REQUEST.van()).naar(REQUEST.naar()).doel(REQUEST.doel()).gegevens(Gegevenssoort.PROCESINFORMATIE)
                .bewijs(Voorwaarde.GEMOTIVEERD_VERZOEK, Voorwaarde.of("VEEL_70"), Voorwaarde.of("VEEL_90"), Voorwaarde.of("VEEL_6"))
                .tijdstip(REQUEST.tijdstip()).build();
        Decision d = Evaluator.evaluate(registry.current(), oneShort, false);
        assertFalse(d.permitted());
        assertEquals(List.of("VEEL_80"), d.ontbrekend());
        assertEquals(List.of("voorwaarde 80 ontbreekt"), d.redenen());
    }

    @Test
    void ruleSetVersionsApplyOnlyWithinTheirDates() {
        RuleRegistry registry = new RuleRegistry();
        RuleSet old = Rules.json("{'id':'a','law':'Wmo 2015','versie':'1','geldigTot':'2025-12-31','permissies':[{'id':'A1','citaties':['Wmo 2015 art. 5.4.2 lid 1'],"
                + "'van':['PARTIJ'],'naar':['COLLEGE'],'doelen':['onderzoek-2.3a.4'],'gegevens':['PROCESINFORMATIE'],'vereist':['GEMOTIVEERD_VERZOEK']}]}");
        assertEquals(Map.of(), registry.add(1, "m", old));
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
        assertEquals("a/A1", d.regel());
        assertEquals(List.of("NOODZAAK_ONDERBOUWD"), d.ontbrekend());
        assertEquals(List.of("a/A1: voorwaarden ontbreken [NOODZAAK_ONDERBOUWD]"), d.spoor());
        assertEquals("Wmo 2015 art. 5.4.2 lid 1", d.citaties().get(0).toString());
    }

    @Test
    void anUpdateReplacesTheHeldRuleSetInOneSwap_noIndexWithoutTheLaw() {
        RuleRegistry registry = new RuleRegistry();
        registry.add(1, "m", 7, Rules.partyToCollege("a", "A1", "1", ""));
        assertTrue(registry.hold(1), "the bundle stops to be updated: its rule set stays in force");
        RuleIndex held = registry.current();
        assertTrue(Evaluator.evaluate(held, REQUEST, false).permitted());
        assertTrue(registry.holding(7));

        assertEquals(Map.of(), registry.add(2, "m", 7, Rules.partyToCollege("a", "A1", "2", "NOODZAAK_ONDERBOUWD")),
                "the new revision's set of the same id does not clash with the one it replaces");
        assertEquals(held.version + 1, registry.current().version, "old out and new in are one index");
        assertEquals(List.of("2"), registry.activeSets().stream().map(RuleSet::versie).toList());
        assertFalse(registry.holding(7));
        assertEquals(List.of("NOODZAAK_ONDERBOUWD"), Evaluator.evaluate(registry.current(), REQUEST, false).ontbrekend());
    }

    @Test
    void aHoldEndsWhenReleasedOrWhenTheNewRevisionIsBroken_andAnotherBundleCannotTakeItOver() {
        RuleRegistry registry = new RuleRegistry();
        registry.add(1, "m", 7, Rules.partyToCollege("a", "A1", "1", ""));
        registry.hold(1);
        assertEquals(List.of("regelset `a` versie 1 geldt al in dezelfde periode"),
                registry.add(2, "other", 8, Rules.partyToCollege("a", "A1", "1", "")).get(2L), "only the same bundle replaces");
        registry.remove(2);
        registry.release(7);
        assertFalse(Evaluator.evaluate(registry.current(), REQUEST, false).permitted(), "released: the law is gone");

        registry.add(3, "m", 7, Rules.partyToCollege("a", "A1", "1", ""));
        registry.hold(3);
        registry.refuse(4, "m", 7, "m", "de regelset kan niet worden gelezen: kapot");
        assertTrue(registry.activeSets().isEmpty(), "a broken new revision brings nothing and keeps nothing");
        assertFalse(registry.hold(4), "a refused rule set is not held");
    }
}
