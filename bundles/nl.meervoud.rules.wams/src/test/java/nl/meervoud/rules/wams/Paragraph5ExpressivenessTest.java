// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.rules.wams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Domein;
import nl.meervoud.privacy.api.Eis;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.PermissionRule;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.Vereiste;
import nl.meervoud.privacy.api.Voorwaarde;
import nl.meervoud.privacy.kernel.internal.RuleTestKit;

/**
 * Issue 3's claim that the API expresses every row of the rulebook's §5 (L, Z, G; J, I, S and P- live in their own
 * modules, nl.meervoud.domain.jeugdwet, .inburgering, .wgs and .participatiewet) without kernel changes: the rows, written as rule files in test fixtures, are accepted beside the
 * Wams core rules, and every permission row permits a request built from the row itself.
 */
class Paragraph5ExpressivenessTest {

    @Test
    void everyParagraph5RowIsExpressibleAndDecidable() throws IOException {
        List<RuleSet> sets = new ArrayList<>();
        try (InputStream in = WamsCoreRules.class.getClassLoader().getResourceAsStream(WamsCoreRules.RULE_FILE)) {
            sets.add(RuleTestKit.load(in));
        }
        try (var files = Files.list(Path.of("src/test/resources/fixtures/paragraph5"))) {
            for (Path file : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    sets.add(RuleTestKit.load(in));
                }
            }
        }
        RuleSet[] all = sets.toArray(RuleSet[]::new);
        assertEquals(List.of(), RuleTestKit.problems(all));

        Set<String> ids = new TreeSet<>();
        sets.subList(1, sets.size()).forEach(s -> {
            s.permissies().forEach(r -> ids.add(r.id()));
            s.procesregels().forEach(r -> ids.add(r.id()));
        });
        assertEquals(new TreeSet<>(List.of("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "L1", "L2", "L3", "L4", "L5",
                "Z1", "Z2")), ids);

        RuleTestKit kit = RuleTestKit.of(all);
        for (RuleSet set : sets.subList(1, sets.size())) {
            for (PermissionRule rule : set.permissies()) {
                Decision d = kit.decide(witness(rule));
                assertTrue(d.permitted(), rule.id() + " permits its own witness: " + d.redenen() + " " + d.spoor());
                assertTrue(!d.citaties().isEmpty(), rule.id() + " is permitted with citations (by itself or an overlapping row)");
            }
        }
    }

    /** The simplest request a rule should permit: its first roles, purpose and category, and all its evidence. */
    private static DecisionRequest witness(PermissionRule rule) {
        Set<Vereiste> needed = new java.util.HashSet<>(rule.vereist());
        if (!rule.vereistEenVan().isEmpty()) {
            needed.add(rule.vereistEenVan().iterator().next());
        }
        Gegevenssoort category = EnumSet.copyOf(rule.gegevens()).iterator().next();
        needed.addAll(rule.vereistPerSoort().getOrDefault(category, Set.of()));
        Set<Voorwaarde> evidence = new java.util.HashSet<>();
        needed.stream().filter(Voorwaarde.class::isInstance).map(Voorwaarde.class::cast).forEach(evidence::add);
        evidence.add(Voorwaarde.NOODZAAK_ONDERBOUWD);
        evidence.add(Voorwaarde.BINNEN_REIKWIJDTE);
        evidence.add(Voorwaarde.INGEZETENE_NIET_ACUUT);
        evidence.add(Voorwaarde.TOESTEMMING_BETROKKENE);
        Actor van = new Actor(term(rule.van()), "van", rule.vanWetten().isEmpty() ? null : term(rule.vanWetten()),
                needed.contains(Eis.VAN_PARTIJ_SOCIAAL_OF_AANPALEND) ? Domein.SOCIAAL : Domein.GEEN, "",
                needed.contains(Eis.VAN_BEROEPSGEHEIM) ? Geheimhouding.of("BW_7_457") : Geheimhouding.GEEN,
                needed.contains(Eis.VAN_BSN_BEVOEGD), false);
        Actor naar = new Actor(term(rule.naar()), "naar", null, Domein.GEEN, "", Geheimhouding.GEEN,
                needed.contains(Eis.NAAR_BSN_BEVOEGD), needed.contains(Eis.NAAR_BEVOEGD_BIJZONDERE_GEGEVENS));
        return new DecisionRequest(van, naar, rule.bron().isEmpty() ? null : first(rule.bron()), first(rule.doelen()),
                rule.kwalificaties().isEmpty() ? "" : rule.kwalificaties().iterator().next(), Set.of(category),
                rule.routes().isEmpty() ? null : term(rule.routes()), evidence, List.of(), List.of("persoon"), "", "", "",
                Instant.parse("2026-11-24T10:00:00Z"));
    }

    /** The term with the lowest id: the same choice in every run. */
    private static <T extends nl.meervoud.privacy.api.Term> T term(Set<T> values) {
        return values.stream().min(java.util.Comparator.comparingInt(nl.meervoud.privacy.api.Term::id)).orElseThrow();
    }

    private static <E extends Enum<E>> E first(Set<E> values) {
        return EnumSet.copyOf(values).iterator().next();
    }
}
