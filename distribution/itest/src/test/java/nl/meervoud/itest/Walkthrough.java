// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs docs/walkthrough.md against a running distribution: each {@code http} block is sent as written, the
 * {@code verwacht} block after it checked (status, {@code controleer pad = waarde}, {@code bewaar naam = pad}).
 */
final class Walkthrough {
    private static final Pattern BLOCK = Pattern.compile("```http\\n(.*?)\\n```\\s*```verwacht\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern VAR = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    /** One step: the request and what is expected. */
    record Step(String request, String expected) {
    }

    private final Map<String, String> vars = new HashMap<>();
    private final Map<String, String> outsiders = new java.util.LinkedHashMap<>();
    private java.util.function.BiPredicate<String, String> allowed = (who, line) -> false;
    private int refusals;

    /**
     * Before each step that does not name its own Authorization, sends it first as each of these people (name →
     * Authorization value), whose functions do not give the step unless {@code allowed(name, request line)}: none
     * of them may succeed, and the step as written must still work afterwards (a refused attempt changed nothing).
     */
    Walkthrough buiten(Map<String, String> people, java.util.function.BiPredicate<String, String> mayDo) {
        outsiders.putAll(people);
        allowed = mayDo;
        return this;
    }

    /** How many outsider attempts were refused. */
    int refusals() {
        return refusals;
    }

    static List<Step> steps(Path markdown) throws IOException {
        List<Step> steps = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(markdown));
        while (m.find()) {
            steps.add(new Step(m.group(1), m.group(2)));
        }
        return steps;
    }

    /** A value the document uses as {@code {{name}}} before any step captured it (a person's token, say). */
    Walkthrough met(String name, String value) {
        vars.put(name, value);
        return this;
    }

    /** Runs all steps; returns how many ran. */
    int run(int port, List<Step> steps) {
        int n = 0;
        for (Step step : steps) {
            n++;
            String request = substitute(step.request());
            String[] parts = request.split("\\n\\n", 2);
            String[] head = parts[0].split("\\n");
            String[] line = head[0].trim().split(" ", 2);
            List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.add(head[i].substring(0, colon).trim());
                headers.add(head[i].substring(colon + 1).trim());
            }
            String body = parts.length > 1 ? parts[1] : null;
            if (!headers.stream().anyMatch(h -> h.equalsIgnoreCase("Authorization"))) {
                for (Map.Entry<String, String> outsider : outsiders.entrySet()) {
                    if (allowed.test(outsider.getKey(), head[0])) {
                        continue;
                    }
                    List<String> as = new ArrayList<>(headers);
                    as.add("Authorization");
                    as.add(outsider.getValue());
                    Http.Exchange attempt = Http.send(port, line[0], line[1], body, as.toArray(String[]::new));
                    assertTrue("step " + n + " (" + head[0] + ") as " + outsider.getKey() + " must not succeed: " + attempt.status() + " "
                            + attempt.body(), attempt.status() >= 400 && attempt.status() < 500);
                    refusals++;
                }
            }
            Http.Exchange answer = Http.send(port, line[0], line[1], body, headers.toArray(String[]::new));
            String where = "step " + n + " (" + head[0] + "): " + answer.body();
            String[] expected = step.expected().split("\\n");
            assertEquals(where, Integer.parseInt(expected[0].trim()), answer.status());
            for (int i = 1; i < expected.length; i++) {
                String e = expected[i].trim();
                if (e.startsWith("controleer ")) {
                    String[] kv = e.substring("controleer ".length()).split(" = ", 2);
                    assertEquals(where + " / " + kv[0], kv[1], text(answer.body(), kv[0]));
                } else if (e.startsWith("bewaar ")) {
                    String[] kv = e.substring("bewaar ".length()).split(" = ", 2);
                    String value = text(answer.body(), kv[1]);
                    assertFalse(where + " / " + kv[1] + " is present", value == null || value.isEmpty());
                    vars.put(kv[0].trim(), value);
                } else if (!e.isEmpty()) {
                    throw new IllegalArgumentException("unknown expectation `" + e + "` in " + where);
                }
            }
        }
        return n;
    }

    private String substitute(String text) {
        Matcher m = VAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = vars.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("{{" + m.group(1) + "}} was not captured before use");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text at a dotted path: {@code a.b[0].c}, or {@code a[key=value].c} for the first element that matches. */
    static String text(JsonNode node, String path) {
        JsonNode n = node;
        for (String part : path.trim().split("\\.(?![^\\[]*])")) {
            Matcher m = Pattern.compile("([^\\[]*)((?:\\[[^\\]]*])*)").matcher(part);
            m.matches();
            if (!m.group(1).isEmpty()) {
                n = n.path(m.group(1));
            }
            Matcher idx = Pattern.compile("\\[([^\\]]*)]").matcher(m.group(2));
            while (idx.find()) {
                String sel = idx.group(1);
                if (sel.contains("=")) {
                    String[] kv = sel.split("=", 2);
                    JsonNode found = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
                    for (JsonNode item : n) {
                        if (kv[1].equals(item.path(kv[0]).asText())) {
                            found = item;
                            break;
                        }
                    }
                    n = found;
                } else {
                    n = n.path(Integer.parseInt(sel));
                }
            }
        }
        return n.isMissingNode() || n.isNull() ? null : n.isValueNode() ? n.asText() : n.toString();
    }
}
