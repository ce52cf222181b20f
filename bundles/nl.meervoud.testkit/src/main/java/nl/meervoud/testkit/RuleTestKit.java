// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

import com.fasterxml.jackson.databind.JsonNode;

import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.RuleSet;

/**
 * Tests a law module's rules the way the platform will judge them, without a platform: the rule file is read and
 * validated together with the Wams core rule set exactly as the privacy kernel does when the module arrives (open
 * vocabulary, citations, contradictions, process rules), and requests are decided by the kernel's own evaluator.
 *
 * <p>Typical use in a module's test, with the scenario files in {@code src/test/resources/scenarios}:
 *
 * <pre>{@code
 * RuleSet mine = RuleTestKit.resource(MyRules.class, "rules/my-law.json");
 * assertEquals(List.of(), RuleTestKit.problems(RuleTestKit.wamsCore(), mine));
 *
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return RuleTestKit.metWamsCore(mine).scenarioTests(Path.of("src/test/resources/scenarios"));
 * }
 * }</pre>
 *
 * A scenario is {@code {"beschrijving", "verzoek", "verwacht": {"besluit", "regel", "citaties", "ontbrekend",
 * "reden"}}}; {@code verzoek} is the request in the JSON form of {@code POST /api/v1/privacy/explain}
 * (docs/vocabulary.md). Write a permit and the nearest deny for every rule.
 */
public final class RuleTestKit {
    /** Where the Wams core rule set lies in the {@code nl.meervoud.rules.wams} jar. */
    public static final String WAMS_CORE = "rules/wams-core.json";

    private final nl.meervoud.privacy.kernel.internal.RuleTestKit kernel;

    private RuleTestKit(nl.meervoud.privacy.kernel.internal.RuleTestKit kernel) {
        this.kernel = kernel;
    }

    /** Reads a rule file, refusing it as the kernel would (unknown fields, malformed citations, …). */
    public static RuleSet load(InputStream json) throws IOException {
        return nl.meervoud.privacy.kernel.internal.RuleTestKit.load(json);
    }

    /** Reads a rule file from the class path of {@code anchor} (a module's own rule file, from its resources). */
    public static RuleSet resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource `" + name + "` on the class path of " + anchor.getName());
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Wams core rule set this kit was built with (the one a platform of the same version runs). */
    public static RuleSet wamsCore() {
        return resource(RuleTestKit.class, WAMS_CORE);
    }

    /**
     * Validates rule sets together, in this order, as the kernel would with all of them registered (a set may use
     * the terms an earlier one declares); every problem, each prefixed with its rule set's id. Empty means the
     * kernel accepts them.
     */
    public static List<String> problems(RuleSet... sets) {
        return nl.meervoud.privacy.kernel.internal.RuleTestKit.problems(sets);
    }

    /** A kit deciding with exactly these rule sets; fails naming the problems when the kernel would refuse one. */
    public static RuleTestKit of(RuleSet... sets) {
        return new RuleTestKit(nl.meervoud.privacy.kernel.internal.RuleTestKit.of(sets));
    }

    /** A kit deciding with the Wams core rule set and these modules, as a running platform with them installed. */
    public static RuleTestKit metWamsCore(RuleSet... modules) {
        RuleSet[] sets = new RuleSet[modules.length + 1];
        sets[0] = wamsCore();
        System.arraycopy(modules, 0, sets, 1, modules.length);
        return of(sets);
    }

    /** Decides with the full trail, as the explain endpoint does. */
    public Decision decide(DecisionRequest request) {
        return kernel.decide(Objects.requireNonNull(request, "request"));
    }

    /** Decides a request given in the JSON form of the explain endpoint. */
    public Decision decide(JsonNode request) {
        return decide(nl.meervoud.privacy.kernel.internal.RuleTestKit.request(request));
    }

    /** Runs one scenario; the differences between what it expects and what the kernel decides, empty when it holds. */
    public List<String> check(JsonNode scenario) {
        return kernel.check(scenario);
    }

    /** Every scenario in the {@code .json} files of a directory (each file holds {@code {"scenarios": [...]}}). */
    public static List<JsonNode> scenarios(Path directory) {
        try {
            return nl.meervoud.privacy.kernel.internal.RuleTestKit.scenarios(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One JUnit test per scenario in a directory, named by its {@code beschrijving}; for a {@code @TestFactory}. */
    public Stream<DynamicTest> scenarioTests(Path directory) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode s : scenarios(directory)) {
            tests.add(DynamicTest.dynamicTest(s.path("beschrijving").asText("(zonder beschrijving)"),
                    () -> Assertions.assertEquals(List.of(), check(s))));
        }
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("no scenarios in " + directory.toAbsolutePath());
        }
        return tests.stream();
    }

    /**
     * The permission rules of a rule set that lack a scenario it permits or the nearest one it must deny: a scenario
     * counts for the rule its file's {@code "regel"} names and for the one its own {@code verwacht.regel} names
     * (scoped ids, {@code inburgering/I2}); the nearest deny may be decided by another rule, such as a prohibition.
     * Empty when every rule has both, the rulebook's standard for a module.
     */
    public static List<String> zonderScenario(Path directory, RuleSet set) {
        Map<String, Set<String>> outcomes = new HashMap<>();
        try {
            for (JsonNode file : nl.meervoud.privacy.kernel.internal.RuleTestKit.scenarioFiles(directory)) {
                for (JsonNode sc : file.path("scenarios")) {
                    String besluit = sc.path("verwacht").path("besluit").asText();
                    outcomes.computeIfAbsent(file.path("regel").asText(), k -> new HashSet<>()).add(besluit);
                    outcomes.computeIfAbsent(sc.path("verwacht").path("regel").asText(), k -> new HashSet<>()).add(besluit);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = new ArrayList<>();
        for (var rule : set.permissies()) {
            Set<String> seen = outcomes.getOrDefault(set.regel(rule.id()), Set.of());
            for (String besluit : List.of("PERMIT", "DENY")) {
                if (!seen.contains(besluit)) {
                    missing.add(set.regel(rule.id()) + ": geen " + besluit + "-scenario");
                }
            }
        }
        return missing;
    }

    /**
     * The standard tests of a law module, for a {@code @TestFactory}: the kernel accepts its rules beside the Wams
     * core, every permission has a permit and a nearest-deny scenario ({@link #zonderScenario}), and each scenario
     * in {@code directory} decides as it expects.
     */
    public static Stream<DynamicTest> moduleTests(RuleSet module, Path directory) {
        RuleSet core = wamsCore();
        return Stream.concat(Stream.of(
                DynamicTest.dynamicTest("de privacykern aanvaardt " + module.id() + " naast de Wams-kern",
                        () -> Assertions.assertEquals(List.of(), problems(core, module))),
                DynamicTest.dynamicTest("elke permissie heeft een PERMIT- en een DENY-scenario",
                        () -> Assertions.assertEquals(List.of(), zonderScenario(directory, module)))),
                of(core, module).scenarioTests(directory));
    }

    /**
     * What a law map in Markdown lacks for these rule sets: a table row starting {@code | ID |} for every rule and
     * {@code | `TERM` |} for every declared term, holding each of its citations. Empty when the map is complete.
     */
    public static List<String> ontbrekendInLawMap(String markdown, RuleSet... sets) {
        List<String> missing = new ArrayList<>();
        for (RuleSet set : sets) {
            set.permissies().forEach(r -> row(markdown, r.id(), r.citaties(), missing));
            set.verboden().forEach(r -> row(markdown, r.id(), r.citaties(), missing));
            set.bewaartermijnen().forEach(r -> row(markdown, r.id(), r.citaties(), missing));
            set.procesregels().forEach(r -> row(markdown, r.id(), r.citaties(), missing));
            set.vocabulaire().wetten().forEach(w -> row(markdown, "`" + w.law().name() + "`", List.of(), missing));
            for (List<? extends nl.meervoud.privacy.api.Vocabulaire.Declaratie<?>> declared : List.of(set.vocabulaire().rollen(),
                    set.vocabulaire().routes(), set.vocabulaire().geheimhouding(), set.vocabulaire().voorwaarden())) {
                declared.forEach(d -> row(markdown, "`" + d.term().name() + "`", d.citaties(), missing));
            }
        }
        return missing;
    }

    private static void row(String map, String id, List<nl.meervoud.privacy.api.Citation> citations, List<String> missing) {
        String row = map.lines().filter(l -> l.startsWith("| " + id + " |")).findFirst().orElse(null);
        if (row == null) {
            missing.add(id);
            return;
        }
        citations.stream().map(Object::toString).filter(c -> !row.contains(c)).forEach(c -> missing.add(id + ": " + c));
    }
}
