// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.RuleSet;

/** The kit as a vendor meets it: the Wams core from the class path, a module of a law the platform never saw. */
class RuleTestKitTest {
    private static final String MODULE = """
            {"id": "kansspel", "law": "Wet op de kansspelen", "versie": "1.0.0",
             "vocabulaire": {"wetten": [{"naam": "Wet op de kansspelen"}],
                             "voorwaarden": [{"naam": "SPEELVERBOD_GEREGISTREERD", "uitleg": "het speelverbod is geregistreerd",
                                              "citaties": ["Wet op de kansspelen art. 33h"]}]},
             "permissies": [{"id": "K1", "titel": "Hergebruik van eigen gegevens over een speelverbod voor het onderzoek",
                             "citaties": ["Wmo 2015 art. 5.4.1 lid 4", "Wet op de kansspelen art. 33h"],
                             "van": ["COLLEGE"], "naar": ["COLLEGE"], "doelen": ["onderzoek-2.3a.1"],
                             "gegevens": ["IDENTIFICEREND", "FINANCIEEL"], "vereist": ["NOODZAAK_ONDERBOUWD", "@voorwaarde"],
                             "vanWetten": ["@wet"]}]}""";

    private static RuleSet module(String voorwaarde, String wet) throws IOException {
        return RuleTestKit.load(new ByteArrayInputStream(MODULE.replace("@voorwaarde", voorwaarde).replace("@wet", wet)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theWamsCoreComesFromTheClassPathAndIsAccepted() {
        RuleSet core = RuleTestKit.wamsCore();
        assertEquals("wams-core", core.id());
        assertEquals(List.of(), RuleTestKit.problems(core));
    }

    @Test
    void aModuleOfANewLawIsValidatedBesideTheWamsCoreAndDecides() throws IOException {
        RuleSet kansspel = module("SPEELVERBOD_GEREGISTREERD", "Wet op de kansspelen");
        assertEquals(List.of(), RuleTestKit.problems(RuleTestKit.wamsCore(), kansspel));
        RuleTestKit kit = RuleTestKit.metWamsCore(kansspel);
        String request = """
                {"van": {"rol": "COLLEGE", "id": "c", "law": "Wet op de kansspelen", "domein": "SOCIAAL"}, "naar": {"rol": "COLLEGE", "id": "c", "law": "Wmo 2015", "domein": "SOCIAAL"},
                 "doel": "onderzoek-2.3a.1", "route": "WMO_2_3A_1", "gegevens": ["FINANCIEEL"],
                 "bewijs": ["NOODZAAK_ONDERBOUWD", "BINNEN_REIKWIJDTE"@extra], "betrokkenen": ["x"]}""";
        ObjectMapper json = new ObjectMapper();
        Decision permit = kit.decide(json.readTree(request.replace("@extra", ", \"SPEELVERBOD_GEREGISTREERD\"")));
        assertEquals(Decision.Effect.PERMIT, permit.effect(), permit.spoor().toString());
        assertEquals("kansspel/K1", permit.regel());
        Decision deny = kit.decide(json.readTree(request.replace("@extra", "")));
        assertEquals(Decision.Effect.DENY, deny.effect());
        assertTrue(deny.ontbrekend().contains("SPEELVERBOD_GEREGISTREERD"), deny.ontbrekend().toString());
    }

    @Test
    void aTypoInALawOrAnUndeclaredConditionIsRefusedAsTheKernelWould() throws IOException {
        List<String> law = RuleTestKit.problems(RuleTestKit.wamsCore(), module("SPEELVERBOD_GEREGISTREERD", "Wet op de kansspellen"));
        assertEquals(1, law.size(), law.toString());
        assertTrue(law.get(0).startsWith("kansspel: regel K1: `vanWetten`"), law.get(0));
        assertThrows(IllegalArgumentException.class, () -> RuleTestKit.metWamsCore(module("SPEELVERBOD", "Wet op de kansspelen")));
    }

    @Test
    void theKitNamesARuleWithoutAPermitOrADenyScenario(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        RuleSet kansspel = module("SPEELVERBOD_GEREGISTREERD", "Wet op de kansspelen");
        java.nio.file.Files.writeString(dir.resolve("K1.json"), "{\"regel\": \"kansspel/K1\", \"scenarios\": [{\"verwacht\": {\"besluit\": \"PERMIT\"}}]}");
        assertEquals(List.of("kansspel/K1: geen DENY-scenario"), RuleTestKit.zonderScenario(dir, kansspel));
        java.nio.file.Files.writeString(dir.resolve("K1-deny.json"), "{\"scenarios\": [{\"verwacht\": {\"besluit\": \"DENY\", \"regel\": \"kansspel/K1\"}}]}");
        assertEquals(List.of(), RuleTestKit.zonderScenario(dir, kansspel));
    }

    @Test
    void theKitNamesWhatALawMapLacks() throws IOException {
        RuleSet kansspel = module("SPEELVERBOD_GEREGISTREERD", "Wet op de kansspelen");
        String map = """
                | K1 | permission | hergebruik | Wmo 2015 art. 5.4.1 lid 4 |
                | `Wet op de kansspelen` | wet | — | — |
                """;
        assertEquals(List.of("K1: Wet op de kansspelen art. 33h", "`SPEELVERBOD_GEREGISTREERD`"), RuleTestKit.ontbrekendInLawMap(map, kansspel));
    }
}
