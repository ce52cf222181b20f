// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Strict reading of JSON fields for rule files and requests: unknown fields and values are refused with a
 * message naming where (e.g. "regel W12") and the field. An empty {@code where} leaves the prefix out.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** A list field parsed value by value; missing or null is empty. */
    static <T> Set<T> set(JsonNode array, String where, String field, Function<String, T> parser) {
        if (!array.isMissingNode() && !array.isNull() && !array.isArray()) {
            throw new IllegalArgumentException(prefix(where) + "`" + field + "` moet een lijst zijn");
        }
        Set<T> values = new LinkedHashSet<>();
        for (JsonNode n : array) {
            values.add(parse(where, field, n.asText(), parser));
        }
        return values;
    }

    /** One value; an unknown one is refused naming the field. */
    static <T> T parse(String where, String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix(where) + "`" + field + "` bevat een onbekende waarde `" + value + "`", e);
        }
    }

    /** Refuses any field that is not listed. */
    static void known(JsonNode n, String where, String... fields) {
        Set<String> allowed = Set.of(fields);
        n.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException(prefix(where) + "onbekend veld `" + f + "`");
            }
        });
    }

    private static String prefix(String where) {
        return where.isEmpty() ? "" : where + ": ";
    }
}
