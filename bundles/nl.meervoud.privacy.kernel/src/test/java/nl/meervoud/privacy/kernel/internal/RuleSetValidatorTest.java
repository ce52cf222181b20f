// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.meervoud.privacy.api.RuleSet;

class RuleSetValidatorTest {

    private static final RuleSet PROHIBITIONS = Rules.json("{'id':'verboden','law':'Wmo 2015','verboden':["
            + "{'id':'P1','titel':'fraude','citaties':['Wmo 2015 art. 5.4.4 lid 1'],'doelen':['fraudebestrijding']},"
            + "{'id':'P3','titel':'verslagen','citaties':['Wmo 2015 art. 5.4.3 lid 3'],'bron':['casusoverleg'],'gegevens':['INHOUD']},"
            + "{'id':'P5','titel':'toestemming verstrekker','citaties':['Wmo 2015 art. 5.4.3 lid 4 onder b'],'bron':['casusoverleg'],'tenzij':['TOESTEMMING_VERSTREKKER']}]}");

    @Test
    void aValidRuleSetHasNoProblems() {
        assertEquals(List.of(), RuleSetValidator.validate(Rules.partyToCollege("a", "A1", "1", ""), List.of(PROHIBITIONS)));
    }

    @Test
    void aRuleWithoutCitationIsRefusedNamingTheRule() {
        RuleSet set = Rules.json("{'id':'x','law':'Testwet','permissies':[{'id':'X1','van':['PARTIJ'],'naar':['COLLEGE'],"
                + "'doelen':['onderzoek-2.3a.4'],'gegevens':['PROCESINFORMATIE']}]}");
        assertEquals(List.of("regel X1: geen artikelverwijzing (citatie)"), RuleSetValidator.validate(set, List.of()));
    }

    @Test
    void aPermitForAForbiddenPurposeIsRefused() {
        RuleSet set = Rules.json("{'id':'x','law':'Testwet','permissies':[{'id':'X1','citaties':['Wmo 2015 art. 1.1.1'],"
                + "'van':['COLLEGE'],'naar':['COLLEGE'],'bron':['onderzoek-2.3a.4'],'doelen':['fraudebestrijding'],'gegevens':['FINANCIEEL']}]}");
        List<String> problems = RuleSetValidator.validate(set, List.of(PROHIBITIONS));
        assertTrue(problems.contains("regel X1: staat het verboden doel `fraudebestrijding` toe"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("regel X1 wordt tegengesproken door verbod P1")), problems.toString());
    }

    @Test
    void aPermitThatAProhibitionContradictsEntirelyIsRefused_fullMinutesOutOfTheCasusoverleg() {
        RuleSet set = Rules.json("{'id':'x','law':'Testwet','permissies':[{'id':'X1','citaties':['Wmo 2015 art. 5.4.3 lid 4'],"
                + "'van':['CASUSOVERLEG'],'naar':['PARTIJ'],'bron':['casusoverleg'],'doelen':['eigen-taak'],'gegevens':['INHOUD'],"
                + "'vereist':['TOESTEMMING_VERSTREKKER']}]}");
        assertEquals(List.of("regel X1 wordt tegengesproken door verbod P3 (verslagen)"), RuleSetValidator.validate(set, List.of(PROHIBITIONS)));
    }

    @Test
    void aPermitThatRequiresTheProhibitionsExceptionIsAccepted() {
        RuleSet set = Rules.json("{'id':'x','law':'Testwet','permissies':[{'id':'X1','citaties':['Wmo 2015 art. 5.4.3 lid 4'],"
                + "'van':['CASUSOVERLEG'],'naar':['PARTIJ'],'bron':['casusoverleg'],'doelen':['eigen-taak'],'gegevens':['PROCESINFORMATIE'],"
                + "'vereist':['TOESTEMMING_VERSTREKKER']}]}");
        assertEquals(List.of(), RuleSetValidator.validate(set, List.of(PROHIBITIONS)));
    }

    @Test
    void ruleIdsAreUniqueAcrossActiveRuleSets() {
        List<String> problems = RuleSetValidator.validate(Rules.partyToCollege("b", "A1", "1", ""),
                List.of(Rules.partyToCollege("a", "A1", "1", "")));
        assertEquals(List.of("regel A1: het id is al in gebruik door een andere actieve regelset"), problems);
    }

    @Test
    void unknownVocabularyIsRefusedNamingTheRuleAndField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rules.json(
                "{'id':'x','law':'Testwet','permissies':[{'id':'X1','citaties':['Wmo 2015 art. 1.1.1'],'van':['PARTIJ'],"
                        + "'naar':['COLLEGE'],'doelen':['toezicht'],'gegevens':['PROCESINFORMATIE']}]}"));
        assertEquals("regel X1: `doelen` bevat een onbekende waarde `toezicht`", e.getMessage());
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class, () -> Rules.json(
                "{'id':'x','law':'Testwet','permissies':[{'id':'X1','citaties':['Wmo 2015 art. 1.1.1'],'vna':['PARTIJ']}]}"));
        assertEquals("regel X1: onbekend veld `vna`", field.getMessage());
        IllegalArgumentException citation = assertThrows(IllegalArgumentException.class, () -> Rules.json(
                "{'id':'x','law':'Testwet','permissies':[{'id':'X1','citaties':['artikel vijf']}]}"));
        assertTrue(citation.getMessage().startsWith("regel X1: `citaties` bevat een onbekende waarde `artikel vijf`"));
    }
}
