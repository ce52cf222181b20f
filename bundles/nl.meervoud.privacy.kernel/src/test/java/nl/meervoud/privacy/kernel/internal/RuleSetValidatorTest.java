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

    /** A permission with id @ that validates on its own. */
    private static final String PERMISSION = "{'id':'@','citaties':['Wmo 2015 art. 5.4.2 lid 1'],'van':['PARTIJ'],'naar':['COLLEGE'],"
            + "'doelen':['onderzoek-2.3a.4'],'gegevens':['PROCESINFORMATIE'],'vereist':['GEMOTIVEERD_VERZOEK']}";

    @Test
    void aValidRuleSetHasNoProblems() {
        assertEquals(List.of(), RuleSetValidator.validate(Rules.partyToCollege("a", "A1", "1", ""), List.of(PROHIBITIONS)));
    }

    @Test
    void aRuleWithoutCitationIsRefusedNamingTheRule() {
        RuleSet set = Rules.json("{'id':'x','law':'Wmo 2015','permissies':[{'id':'X1','van':['PARTIJ'],'naar':['COLLEGE'],"
                + "'doelen':['onderzoek-2.3a.4'],'gegevens':['PROCESINFORMATIE']}]}");
        assertEquals(List.of("regel X1: geen artikelverwijzing (citatie)"), RuleSetValidator.validate(set, List.of()));
    }

    @Test
    void aPermitForAForbiddenPurposeIsRefused() {
        RuleSet set = Rules.json("{'id':'x','law':'Wmo 2015','permissies':[{'id':'X1','citaties':['Wmo 2015 art. 1.1.1'],"
                + "'van':['COLLEGE'],'naar':['COLLEGE'],'bron':['onderzoek-2.3a.4'],'doelen':['fraudebestrijding'],'gegevens':['FINANCIEEL']}]}");
        List<String> problems = RuleSetValidator.validate(set, List.of(PROHIBITIONS));
        assertTrue(problems.contains("regel X1: staat het verboden doel `fraudebestrijding` toe"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("regel X1 wordt tegengesproken door verbod P1")), problems.toString());
    }

    @Test
    void aPermitThatAProhibitionContradictsEntirelyIsRefused_fullMinutesOutOfTheCasusoverleg() {
        RuleSet set = Rules.json("{'id':'x','law':'Wmo 2015','permissies':[{'id':'X1','citaties':['Wmo 2015 art. 5.4.3 lid 4'],"
                + "'van':['CASUSOVERLEG'],'naar':['PARTIJ'],'bron':['casusoverleg'],'doelen':['eigen-taak'],'gegevens':['INHOUD'],"
                + "'vereist':['TOESTEMMING_VERSTREKKER']}]}");
        assertEquals(List.of("regel X1 wordt tegengesproken door verbod P3 (verslagen)"), RuleSetValidator.validate(set, List.of(PROHIBITIONS)));
    }

    @Test
    void aPermitThatRequiresTheProhibitionsExceptionIsAccepted() {
        RuleSet set = Rules.json("{'id':'x','law':'Wmo 2015','permissies':[{'id':'X1','citaties':['Wmo 2015 art. 5.4.3 lid 4'],"
                + "'van':['CASUSOVERLEG'],'naar':['PARTIJ'],'bron':['casusoverleg'],'doelen':['eigen-taak'],'gegevens':['PROCESINFORMATIE'],"
                + "'vereist':['TOESTEMMING_VERSTREKKER']}]}");
        assertEquals(List.of(), RuleSetValidator.validate(set, List.of(PROHIBITIONS)));
    }

    @Test
    void ruleIdsAreScopedByRuleSet_twoVendorsMayBothHaveAnA1() {
        assertEquals(List.of(), RuleSetValidator.validate(Rules.partyToCollege("b", "A1", "1", ""),
                List.of(Rules.partyToCollege("a", "A1", "1", ""))));
        assertEquals(List.of("regel A1: het id komt meer dan eens voor"), RuleSetValidator.validate(Rules.json(
                "{'id':'x','law':'Wmo 2015','permissies':[" + PERMISSION.replace("@", "A1") + "," + PERMISSION.replace("@", "A1") + "]}"),
                List.of()));
    }

    @Test
    void aLawNoActiveRuleSetDeclaresIsRefusedNamingTheRuleTheFieldAndTheLikelyTypo() {
        RuleSet participatiewet = Rules.json("{'id':'participatiewet','law':'Participatiewet','vocabulaire':{'wetten':[{'naam':'Participatiewet'}]},"
                + "'permissies':[" + PERMISSION.replace("@", "P-1").replace("Wmo 2015 art. 5.4.2 lid 1", "Participatiewett art. 7a") + "]}");
        assertEquals(List.of("regel P-1: `citaties`: de wet `Participatiewett` wordt door geen actieve regelset gedeclareerd"
                + " (bedoelt u `Participatiewet`?)"), RuleSetValidator.validate(participatiewet, List.of()));
        RuleSet undeclared = Rules.json("{'id':'x','law':'Participatiewet','permissies':[" + PERMISSION.replace("@", "X1") + "]}");
        assertEquals(List.of("regelset x: `law`: de wet `Participatiewet` wordt door geen actieve regelset gedeclareerd"),
                RuleSetValidator.validate(undeclared, List.of()));
    }

    @Test
    void anArticleNumberOutsideTheLawsCitationFormIsRefused() {
        RuleSet set = Rules.json("{'id':'x','law':'Wmo 2015','vocabulaire':{'wetten':[{'naam':'BW','artikelvorm':'\\\\d+:\\\\d+'}]},"
                + "'permissies':[" + PERMISSION.replace("@", "X1").replace("Wmo 2015 art. 5.4.2 lid 1", "Wmo 2015 art. 5..4.2") + ","
                + PERMISSION.replace("@", "X2").replace("Wmo 2015 art. 5.4.2 lid 1", "BW art. 7.457") + ","
                + PERMISSION.replace("@", "X3").replace("Wmo 2015 art. 5.4.2 lid 1", "BW art. 7:457") + "]}");
        assertEquals(List.of("regel X1: `citaties`: `Wmo 2015 art. 5..4.2`: `5..4.2` is geen artikelnummer van de vorm van Wmo 2015",
                "regel X2: `citaties`: `BW art. 7.457`: `7.457` is geen artikelnummer van de vorm van BW"),
                RuleSetValidator.validate(set, List.of()));
    }

    @Test
    void aModuleTermIsAcceptedOnlyWhenThisOrAnActiveRuleSetDeclaresIt() {
        String rule = "{'id':'L1','citaties':['Wlz art. 9.1.3 lid 3'],'van':['WLZ_UITVOERDER'],'naar':['COLLEGE'],"
                + "'doelen':['onderzoek-2.3a.1'],'gegevens':['PROCESINFORMATIE'],'vereist':['TOESTEMMING_VERZEKERDE'],'routes':['WMO_2_3A_1']}";
        RuleSet bare = Rules.json("{'id':'wlz','law':'Wmo 2015','vocabulaire':{'wetten':[{'naam':'Wlz'}]},'permissies':[" + rule + "]}");
        assertEquals(List.of("regel L1: `van` noemt `WLZ_UITVOERDER`, dat geen actieve regelset declareert (vocabulaire)",
                "regel L1: `vereist` noemt de voorwaarde `TOESTEMMING_VERZEKERDE`, die geen actieve regelset declareert (vocabulaire.voorwaarden)"),
                RuleSetValidator.validate(bare, List.of()));
        RuleSet declaring = Rules.json("{'id':'wlz-termen','law':'Wlz','vocabulaire':{'wetten':[{'naam':'Wlz'}],"
                + "'rollen':[{'naam':'WLZ_UITVOERDER','uitleg':'het zorgkantoor','citaties':['Wlz art. 4.2.1']}],"
                + "'voorwaarden':[{'naam':'TOESTEMMING_VERZEKERDE','uitleg':'de verzekerde stemde niet in','citaties':['Wlz art. 9.1.3 lid 3']}]}}");
        assertEquals(List.of(), RuleSetValidator.validate(declaring, List.of()));
        assertEquals(List.of(), RuleSetValidator.validate(bare, List.of(declaring)), "declared by another active rule set");
    }

    @Test
    void noRuleSetMayDeclareTheRoleOfAStaffMemberWithoutARoleInTheProcess() {
        RuleSet set = Rules.json("{'id':'x','law':'Wmo 2015','vocabulaire':{'rollen':[{'naam':'FUNCTIE_BEHEERDER','uitleg':'u',"
                + "'citaties':['Wmo 2015 art. 1.1.1']}]}}");
        assertEquals(List.of("vocabulaire.rollen FUNCTIE_BEHEERDER: FUNCTIE_ is de rol van een medewerker wiens functie geen rol in het "
                + "proces geeft; die weigert de kern altijd"), RuleSetValidator.validate(set, List.of()));
    }

    @Test
    void aDeclarationNeedsACitationAndMayNotRedeclareAPlatformTerm() {
        RuleSet set = Rules.json("{'id':'x','law':'Wmo 2015','vocabulaire':{'rollen':[{'naam':'ZVH'},{'naam':'COLLEGE','citaties':['Wmo 2015 art. 1.1.1']}]}}");
        assertEquals(List.of("vocabulaire.rollen ZVH: geen artikelverwijzing (citatie)",
                "vocabulaire.rollen COLLEGE: is al een term van het platform; declareer alleen wat de wet zelf meebrengt"),
                RuleSetValidator.validate(set, List.of()));
    }

    @Test
    void aRuleSetIdIsALowerCaseNameWithoutSlash() {
        assertEquals(List.of("het id `Jeugd/wet` van de regelset is geen kleine-letter-id zoals `jeugdwet` (a-z, 0-9, . _ -)"),
                RuleSetValidator.validate(Rules.json("{'id':'Jeugd/wet','law':'Wmo 2015'}"), List.of()));
    }

    @Test
    void unknownVocabularyIsRefusedNamingTheRuleAndField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rules.json(
                "{'id':'x','law':'Wmo 2015','permissies':[{'id':'X1','citaties':['Wmo 2015 art. 1.1.1'],'van':['PARTIJ'],"
                        + "'naar':['COLLEGE'],'doelen':['toezicht'],'gegevens':['PROCESINFORMATIE']}]}"));
        assertEquals("regel X1: `doelen` bevat een onbekende waarde `toezicht`", e.getMessage());
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class, () -> Rules.json(
                "{'id':'x','law':'Wmo 2015','permissies':[{'id':'X1','citaties':['Wmo 2015 art. 1.1.1'],'vna':['PARTIJ']}]}"));
        assertEquals("regel X1: onbekend veld `vna`", field.getMessage());
        IllegalArgumentException citation = assertThrows(IllegalArgumentException.class, () -> Rules.json(
                "{'id':'x','law':'Wmo 2015','permissies':[{'id':'X1','citaties':['artikel vijf']}]}"));
        assertTrue(citation.getMessage().startsWith("regel X1: `citaties` bevat een onbekende waarde `artikel vijf`"));
    }

    @Test
    void aTriggerNamesARouteAndALawTheVocabularyKnows() {
        String trigger = "{'id':'pw','law':'Participatiewet','vocabulaire':{'wetten':[{'naam':'Participatiewet'}]},'procesregels':[{'id':'P-1',"
                + "'citaties':['Participatiewet art. 7a lid 2'],'soort':'trigger','parameters':{'route':'@route','wet':'@wet'}}]}";
        assertEquals(List.of(), RuleSetValidator.validate(Rules.json(trigger.replace("@route", "WMO_2_3A_1").replace("@wet", "Participatiewet")),
                List.of()));
        assertEquals(List.of("procesregel P-1: `parameters.route` noemt `WET_INBURGERING_14_8`, geen route die het platform of een actieve regelset kent",
                "procesregel P-1: `parameters.wet` noemt `Jeugdwet`, geen wet die een actieve regelset declareert"),
                RuleSetValidator.validate(Rules.json(trigger.replace("@route", "WET_INBURGERING_14_8").replace("@wet", "Jeugdwet")), List.of()));
    }

    @Test
    void aTriggerOnADeclaredRouteSaysWhichWamsProcedureItFollowsAndHow() {
        String trigger = "{'id':'wi','law':'Wet inburgering 2021','vocabulaire':{'wetten':[{'naam':'Wet inburgering 2021'}],'routes':[{"
                + "'naam':'WET_INBURGERING_14_8','citaties':['Wet inburgering 2021 art. 14 lid 8']}]},'procesregels':[{'id':'I1',"
                + "'citaties':['Wet inburgering 2021 art. 14 lid 8'],'soort':'trigger','parameters':{'route':'@route','wet':'Wet inburgering 2021'@extra}}]}";
        assertEquals(List.of(), RuleSetValidator.validate(Rules.json(trigger.replace("@route", "WET_INBURGERING_14_8")
                .replace("@extra", ",'volgt':'WMO_2_3A_4','zonderVerzoek':'true','plicht':'inburgeringsplicht'")), List.of()));
        assertEquals(List.of("procesregel I1: `parameters.volgt` ontbreekt: welke Wams-procedure (WMO_2_3A_1 of WMO_2_3A_4) volgt route "
                + "WET_INBURGERING_14_8?"), RuleSetValidator.validate(Rules.json(trigger.replace("@route", "WET_INBURGERING_14_8")
                        .replace("@extra", "")), List.of()));
        assertEquals(List.of("procesregel I1: een ingang op WMO_2_3A_4 past lid 2-7 toe zonder verzoek (`parameters.zonderVerzoek` true); "
                + "het verzoek van een partij (Wmo 2015 art. 2.3a.4 lid 1) heeft geen ingangsregel nodig"),
                RuleSetValidator.validate(Rules.json(trigger.replace("@route", "WET_INBURGERING_14_8").replace("@extra", ",'volgt':'WMO_2_3A_4'")),
                        List.of()));
        assertEquals(List.of("procesregel I1: `parameters.volgt` is WMO_2_3A_1 of WMO_2_3A_4: `WMO_2_3A_9`"),
                RuleSetValidator.validate(Rules.json(trigger.replace("@route", "WET_INBURGERING_14_8").replace("@extra", ",'volgt':'WMO_2_3A_9'")),
                        List.of()));
        assertEquals(List.of("procesregel I1: `parameters.zonderVerzoek` geldt alleen voor WMO_2_3A_4: een onderzoek volgens 2.3a.1 begint "
                + "met de hulpvraag", "procesregel I1: `parameters.plicht` is een naam in kleine letters (zoals inburgeringsplicht): `Plicht!`"),
                RuleSetValidator.validate(Rules.json(trigger.replace("@route", "WMO_2_3A_1")
                        .replace("@extra", ",'zonderVerzoek':'true','plicht':'Plicht!'")), List.of()));
    }

    @Test
    void aServiceRouteNamesItsServiceWhatItsLawAsksAndATermThatParses() {
        String route = "{'id':'wgs','law':'Wgs','vocabulaire':{'wetten':[{'naam':'Wgs'}]},'procesregels':[{'id':'S7',"
                + "'citaties':['Wgs art. 3b'],'soort':'dienstroute','parameters':{'dienst':'@dienst','wet':'@wet','aanvraag':'@aanvraag'@extra}}]}";
        assertEquals(List.of(), RuleSetValidator.validate(Rules.json(route.replace("@dienst", "schuldhulpverlening").replace("@wet", "Wgs")
                .replace("@aanvraag", "verklaring").replace("@extra", "")), List.of()));
        assertEquals(List.of(), RuleSetValidator.validate(Rules.json(route.replace("@dienst", "maatwerkvoorziening").replace("@wet", "Wgs")
                .replace("@aanvraag", "geen").replace("@extra", ",'termijn':'P2W','vanaf':'instemming van de cliënt'")), List.of()));
        assertEquals(List.of("procesregel S7: `parameters.wet` noemt `Wgss`, geen wet die een actieve regelset declareert",
                "procesregel S7: onbekende parameter `termjin`",
                "procesregel S7: `parameters.dienst` is de naam van de voorziening in kleine letters (zoals schuldhulpverlening): `Schuld hulp`",
                "procesregel S7: `parameters.aanvraag` is apart, verklaring of geen: `mondeling`"),
                RuleSetValidator.validate(Rules.json(route.replace("@dienst", "Schuld hulp").replace("@wet", "Wgss").replace("@aanvraag", "mondeling")
                        .replace("@extra", ",'termjin':'P2W'")), List.of()));
        assertEquals(List.of("procesregel S7: `parameters.termijn` is geen ISO-8601-periode (zoals P2W): `twee weken`",
                "procesregel S7: `parameters.vanaf` ontbreekt: vanaf wanneer loopt de termijn?"),
                RuleSetValidator.validate(Rules.json(route.replace("@dienst", "schuldhulpverlening").replace("@wet", "Wgs")
                        .replace("@aanvraag", "geen").replace("@extra", ",'termijn':'twee weken'")), List.of()));
        String declared = route.replace("'wetten':[{'naam':'Wgs'}]", "'wetten':[{'naam':'Wgs'}],'voorwaarden':[{'naam':'VERKLARING_SCHULDHULP',"
                + "'uitleg':'geen verklaring','citaties':['Wgs art. 3b']}]").replace("@dienst", "schuldhulpverlening").replace("@wet", "Wgs")
                .replace("@aanvraag", "verklaring");
        assertEquals(List.of(), RuleSetValidator.validate(Rules.json(declared.replace("@extra", ",'bewijs':'VERKLARING_SCHULDHULP'")), List.of()));
        assertEquals(List.of("procesregel S7: `parameters.bewijs` noemt de voorwaarde `VERKLARING_SCHULDHULPP`, die geen actieve regelset "
                + "declareert (vocabulaire.voorwaarden)"),
                RuleSetValidator.validate(Rules.json(declared.replace("@extra", ",'bewijs':'VERKLARING_SCHULDHULPP'")), List.of()));
    }

    @Test
    void anAgeBoundNamesItsTermAndAgesAboveIt() {
        String bound = "{'id':'jw','law':'Jeugdwet','vocabulaire':{'wetten':[{'naam':'Jeugdwet'}]},'procesregels':[{'id':'J9',"
                + "'citaties':['Jeugdwet art. 1.1'],'soort':'leeftijdsgrens','parameters':{'begrip':'@begrip','tot':'@tot','verlengdTot':'@verlengd'}}]}";
        assertEquals(List.of(), RuleSetValidator.validate(Rules.json(bound.replace("@begrip", "jeugdige").replace("@tot", "18")
                .replace("@verlengd", "21,23")), List.of()));
        assertEquals(List.of("procesregel J9: `parameters.begrip` ontbreekt (het begrip waarvoor de grens geldt, zoals jeugdige)",
                "procesregel J9: `parameters.tot` is geen leeftijd in jaren (1-130): `achttien`",
                "procesregel J9: `parameters.verlengdTot` is geen leeftijd in jaren (1-130): `x`"),
                RuleSetValidator.validate(Rules.json(bound.replace("@begrip", "").replace("@tot", "achttien").replace("@verlengd", "21,x")),
                        List.of()));
        assertEquals(List.of("procesregel J9: `parameters.verlengdTot` 16 ligt niet boven `parameters.tot` 18"),
                RuleSetValidator.validate(Rules.json(bound.replace("@begrip", "jeugdige").replace("@tot", "18").replace("@verlengd", "16")),
                        List.of()));
    }

    @Test
    void anApproachRuleAsksOnlyConditionsTheCaseModelKnows() {
        String rule = "{'id':'x','law':'Wmo 2015','procesregels':[{'id':'A9','citaties':['Wmo 2015 art. 2.3a.2 lid 2'],'soort':'aanpak',"
                + "'parameters':{@p}},{'id':'E9','citaties':['Wmo 2015 art. 2.3a.4 lid 8'],'soort':'eigen-regie','parameters':{@e}}]}";
        assertEquals(List.of(), RuleSetValidator.validate(Rules.json(rule.replace("@p", "'uitkomst':'VERPLICHT','voorzieningenVoorEenClient':'2',"
                + "'reden':'twee voor een'").replace("@e", "'route':'WMO_2_3A_4','toegestaan':'false'")), List.of()));
        assertEquals(List.of("procesregel A9: onbekende parameter `voorzieningenVoorEenCliënt`",
                "procesregel A9: `parameters.uitkomst` is VERPLICHT, FACULTATIEF of GEEN: `MOET`",
                "procesregel A9: `parameters.clientenMetVoorziening` is geen positief aantal: `0`",
                "procesregel A9: `parameters.aanpalend` is true of false: `ja`",
                "procesregel A9: `parameters.reden` ontbreekt (waarom, in het Nederlands)",
                "procesregel E9: `parameters.route` noemt `WMO_2_3A_5`, geen route die het platform of een actieve regelset kent",
                "procesregel E9: `parameters.toegestaan` is `false` (een eigen-regie-regel sluit uit)"),
                RuleSetValidator.validate(Rules.json(rule.replace("@p", "'uitkomst':'MOET','voorzieningenVoorEenCliënt':'2',"
                        + "'clientenMetVoorziening':'0','aanpalend':'ja'").replace("@e", "'route':'WMO_2_3A_5','toegestaan':'true'")), List.of()));
    }
}
