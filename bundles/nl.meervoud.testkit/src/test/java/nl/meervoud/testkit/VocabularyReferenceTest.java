// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Domein;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.Vocabulaire;
import nl.meervoud.privacy.api.Voorwaarde;
import nl.meervoud.privacy.api.VoorwaardeVerstrekker;
import nl.meervoud.privacy.kernel.internal.RequestJson;

/**
 * docs/vocabulary.md is generated from the code and checked against it: the JSON spelling of every built-in term,
 * of every term the Wams core rule set declares, and the explain request and answer. When the vocabulary changes,
 * regenerate it with {@code ./mvnw -pl bundles/nl.meervoud.testkit test -Dtest=VocabularyReferenceTest
 * -Dmeervoud.vocabulary.write=true}.
 */
class VocabularyReferenceTest {
    private static final Path DOC = Path.of("../../docs/vocabulary.md");
    private static final String EXAMPLE = """
            {"van": {"rol": "PARTIJ", "id": "schuldhulp-noord", "domein": "SOCIAAL"},
             "naar": {"rol": "COLLEGE", "id": "gemeente", "law": "Wmo 2015", "domein": "SOCIAAL"},
             "doel": "onderzoek-2.3a.1", "route": "WMO_2_3A_1", "gegevens": ["FINANCIEEL"],
             "bewijs": ["GEMOTIVEERD_VERZOEK", "BINNEN_REIKWIJDTE"], "betrokkenen": ["client-1"]}""";

    @Test
    void theExampleRequestIsOneTheKernelDecides() throws IOException {
        Decision d = RuleTestKit.metWamsCore().decide(new com.fasterxml.jackson.databind.ObjectMapper().readTree(EXAMPLE));
        assertEquals(Decision.Effect.PERMIT, d.effect(), d.spoor().toString());
    }

    @Test
    void docsVocabularyIsTheCodesVocabulary() throws IOException {
        String expected = generate();
        if (Boolean.getBoolean("meervoud.vocabulary.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/vocabulary.md is out of date; regenerate it (see this test's Javadoc)");
    }

    static String generate() {
        StringBuilder md = new StringBuilder();
        md.append("# Vocabulary reference\n\n")
                .append("Generated from the code by `VocabularyReferenceTest` (bundles/nl.meervoud.testkit), which fails when this file and\n")
                .append("the code differ. Every term is written in JSON exactly as spelt here: names are case-sensitive and never\n")
                .append("normalised (`Participatiewett` is not `Participatiewet`). The built-in terms come with `nl.meervoud.privacy.api`\n")
                .append("2.0; every other term is declared by a rule set and exists only while it is active. How rules use them:\n")
                .append("[privacy-kernel.md](privacy-kernel.md); which article each rests on: [law-map.md](law-map.md).\n\n");

        md.append("## Purposes (`doel`, `bron`)\n\n| JSON | constant | forbidden purpose |\n|---|---|---|\n");
        for (Doel d : Doel.values()) {
            md.append("| `").append(d.code()).append("` | `").append(d.name()).append("` | ").append(d.forbidden() ? "yes" : "").append(" |\n");
        }
        md.append("\n`kwalificatie` qualifies `uitvoering` (the law executed) and `burgemeester` (the law of the task).\n\n");

        md.append("## Data categories (`gegevens`)\n\n| JSON | special (AVG art. 9) | criminal (AVG art. 10) | closed regime (Wpg, Wjsg) |\n|---|---|---|---|\n");
        for (Gegevenssoort g : Gegevenssoort.values()) {
            md.append("| `").append(g.name()).append("` | ").append(g.bijzonder() ? "yes" : "").append(" | ")
                    .append(g.strafrechtelijk() ? "yes" : "").append(" | ").append(g.geslotenRegime() ? "yes" : "").append(" |\n");
        }
        md.append("\n## Domains (`domein` of an actor)\n\n").append(codes(Arrays.stream(Domein.values()).map(Enum::name).toList())).append("\n\n");

        md.append("## Built-in terms\n\n| kind | JSON |\n|---|---|\n")
                .append("| law (`law`, `wet`) | ").append(codes(Law.ingebouwde().stream().map(Law::name).toList())).append(" |\n")
                .append("| role (`rol`) | ").append(codes(Rol.ingebouwde().stream().map(Rol::name).toList())).append(" |\n")
                .append("| route (`route`) | ").append(codes(Route.ingebouwde().stream().map(Route::name).toList())).append(" |\n")
                .append("| secrecy (`geheimhouding`) | ").append(codes(Geheimhouding.ingebouwde().stream().map(Geheimhouding::name).toList()))
                .append(" |\n\n");
        md.append("Built-in conditions (`bewijs`, and `vereist` in a rule), with the reason a caseworker reads when one is missing:\n\n")
                .append("| JSON | when missing |\n|---|---|\n");
        for (Voorwaarde v : Voorwaarde.ingebouwde()) {
            md.append("| `").append(v.name()).append("` | ").append(v.uitleg()).append(" |\n");
        }

        RuleSet core = RuleTestKit.wamsCore();
        Vocabulaire voc = core.vocabulaire();
        md.append("\n## Terms the Wams core rule set declares (`").append(core.id()).append("`)\n\n| kind | JSON | meaning |\n|---|---|---|\n");
        voc.wetten().forEach(w -> md.append("| law | `").append(w.law().name()).append("` | ").append(w.titel()).append(" |\n"));
        declared(md, "role", voc.rollen());
        declared(md, "route", voc.routes());
        declared(md, "secrecy", voc.geheimhouding());
        declared(md, "condition", voc.voorwaarden());

        md.append("\n## Process rule kinds (`procesregels[].soort`)\n\n")
                .append(codes(List.of(ProcessRule.TRIGGER, ProcessRule.TERMIJN, ProcessRule.LEEFTIJDSGRENS, ProcessRule.AANPAK,
                        ProcessRule.EIGEN_REGIE, "parameter", "uitleg")))
                .append("; their parameters: [privacy-kernel.md](privacy-kernel.md) (process rules).\n\n");

        md.append("## The explain request (`POST /api/v1/privacy/explain`, scenario `verzoek`)\n\n")
                .append("A JSON object with the fields ").append(codes(RequestJson.VERZOEK)).append(". `van` and `naar` are actors with ")
                .append(codes(RequestJson.ACTOR)).append("; each of `voorwaardenVerstrekker` has ").append(codes(RequestJson.VOORWAARDE_VERSTREKKER))
                .append(", `soort` one of ").append(codes(Arrays.stream(VoorwaardeVerstrekker.Soort.values()).map(Enum::name).toList()))
                .append(". Any other field is refused naming it.\n\n```json\n").append(EXAMPLE).append("\n```\n\n");
        md.append("The answer has the fields ")
                .append(codes(List.copyOf(RequestJson.decision(new Decision(Decision.Effect.DENY, "", List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), 0)).keySet())))
                .append("; `besluit` is `PERMIT` or `DENY`.\n");
        return md.toString();
    }

    private static void declared(StringBuilder md, String kind, List<? extends Vocabulaire.Declaratie<?>> declarations) {
        declarations.forEach(d -> md.append("| ").append(kind).append(" | `").append(d.term().name()).append("` | ").append(d.uitleg())
                .append(" |\n"));
    }

    private static String codes(List<String> names) {
        return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }
}
