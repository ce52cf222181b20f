// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.RuleSet;

/**
 * The rule test kit for module vendors and for our own rule sets: loads rule files, validates them exactly as
 * the kernel does on arrival, and decides requests with the kernel's own evaluator, outside OSGi. Scenario
 * files (JSON, see docs/privacy-kernel.md) state a request and the expected decision, reasons and citations.
 */
public final class RuleTestKit {
    private final RuleIndex index;

    private RuleTestKit(RuleIndex index) {
        this.index = index;
    }

    /** Reads a rule file. */
    public static RuleSet load(InputStream json) throws IOException {
        return JsonRules.read(json);
    }

    /**
     * Validates the rule sets together, as the kernel would with all of them registered in this order (a set may
     * use the terms another declares); returns every problem found, each prefixed with its rule set's id.
     */
    public static List<String> problems(RuleSet... sets) {
        Map<Integer, RuleSet> candidates = new LinkedHashMap<>();
        for (int i = 0; i < sets.length; i++) {
            candidates.put(i, sets[i]);
        }
        List<String> problems = new ArrayList<>();
        RuleRegistry.resolve(candidates).forEach((i, found) -> found.forEach(p -> problems.add(sets[i].id() + ": " + p)));
        return problems;
    }

    /** A kit deciding with these rule sets; fails naming the problems if the kernel would refuse any. */
    public static RuleTestKit of(RuleSet... sets) {
        List<String> problems = problems(sets);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the kernel would refuse: " + problems);
        }
        return new RuleTestKit(RuleIndex.compile(1, List.of(sets)));
    }

    /** Decides with the full trail (as explain does). */
    public Decision decide(DecisionRequest request) {
        return Evaluator.evaluate(index, request, true);
    }

    /** Parses a request in the JSON form of the explain endpoint. */
    public static DecisionRequest request(JsonNode json) {
        return RequestJson.request(json);
    }

    /**
     * Runs one scenario: {@code {"beschrijving", "verzoek", "verwacht": {"besluit", "regel", "citaties", "ontbrekend"}}}.
     *
     * @return the differences between expected and actual; empty when the scenario holds
     */
    public List<String> check(JsonNode scenario) {
        Decision d = decide(request(scenario.path("verzoek")));
        JsonNode expected = scenario.path("verwacht");
        List<String> differences = new ArrayList<>();
        if (!expected.path("besluit").asText().equals(d.effect().name())) {
            differences.add("besluit: verwacht " + expected.path("besluit").asText() + ", kreeg " + d.effect());
        }
        if (expected.has("regel") && !expected.path("regel").asText().equals(d.regel())) {
            differences.add("regel: verwacht " + expected.path("regel").asText() + ", kreeg `" + d.regel() + "`");
        }
        for (JsonNode c : expected.path("citaties")) {
            if (d.citaties().stream().noneMatch(x -> x.toString().equals(c.asText()))) {
                differences.add("citatie ontbreekt: " + c.asText() + " (kreeg " + d.citaties() + ")");
            }
        }
        for (JsonNode m : expected.path("ontbrekend")) {
            if (!d.ontbrekend().contains(m.asText())) {
                differences.add("ontbrekende voorwaarde niet genoemd: " + m.asText() + " (kreeg " + d.ontbrekend() + ")");
            }
        }
        if (expected.has("reden") && d.redenen().stream().noneMatch(r -> r.contains(expected.path("reden").asText()))) {
            differences.add("reden bevat niet `" + expected.path("reden").asText() + "`: " + d.redenen());
        }
        if (!differences.isEmpty()) {
            differences.add("spoor: " + d.spoor());
        }
        return differences;
    }

    /** Reads every scenario file in a directory (each holds {@code {"scenarios": [...]}}). */
    public static List<JsonNode> scenarios(Path directory) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode file : scenarioFiles(directory)) {
            file.path("scenarios").forEach(all::add);
        }
        return all;
    }

    /** The {@code .json} scenario files of a directory, in name order, each {@code {"regel", "scenarios": [...]}}. */
    public static List<JsonNode> scenarioFiles(Path directory) throws IOException {
        List<JsonNode> files = new ArrayList<>();
        try (var list = Files.list(directory)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                files.add(JsonRules.MAPPER.readTree(file.toFile()));
            }
        }
        return files;
    }
}
