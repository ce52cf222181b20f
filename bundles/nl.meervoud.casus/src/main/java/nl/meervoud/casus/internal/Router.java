// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a method and a path under /api/v1 to a handler; the route table is also what the OpenAPI test checks. */
final class Router {

    /** A handler: the call in, the answer out. */
    @FunctionalInterface
    interface Handler {
        Antwoord handle(Call call) throws Exception;
    }

    /** An answer: status, body (null for none), extra headers. */
    record Antwoord(int status, Object body, Map<String, String> headers) {
        static Antwoord ok(Object body) {
            return new Antwoord(200, body, Map.of());
        }
    }

    /** A route: the method and the OpenAPI-style template, e.g. {@code /onderzoeken/{id}/uitkomst/{bsn}}. */
    record Route(String method, String template, Pattern pattern, List<String> names, Handler handler) {
    }

    /** A processing the kernel permitted during a call: if the call then fails, it did not take place. */
    record Verleend(nl.meervoud.privacy.api.DecisionRequest verzoek, nl.meervoud.privacy.api.Decision besluit) {
    }

    /** One request, with the template's variables and the permits given so far while handling it. */
    record Call(jakarta.servlet.http.HttpServletRequest request, Map<String, String> vars, byte[] body, List<Verleend> verleend,
            Identiteit identiteit) {
        String var(String name) {
            return vars.get(name);
        }

        /**
         * A query parameter, decoded strictly from the raw query string: invalid %-encoding, bytes that are not UTF-8,
         * a repeated parameter or a value with white space or control characters are a 400 naming the parameter.
         * Null when absent.
         */
        String query(String name) {
            String raw = request.getQueryString();
            if (raw == null) {
                return null;
            }
            String found = null;
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq), "query");
                if (!key.equals(name)) {
                    continue;
                }
                if (found != null) {
                    throw Problem.veld(name, "komt twee keer voor");
                }
                found = decode(eq < 0 ? "" : pair.substring(eq + 1), name);
                if (found.isEmpty() || !found.equals(found.strip()) || found.chars().anyMatch(Character::isISOControl)) {
                    throw Problem.veld(name, "leeg, of met witruimte of stuurtekens");
                }
            }
            return found;
        }

        private static String decode(String part, String veld) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(part.length());
            for (int i = 0; i < part.length(); i++) {
                char ch = part.charAt(i);
                if (ch == '%') {
                    int hi = i + 2 < part.length() ? Character.digit(part.charAt(i + 1), 16) : -1;
                    int lo = i + 2 < part.length() ? Character.digit(part.charAt(i + 2), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw Problem.veld(veld, "ongeldige %-codering");
                    }
                    bytes.write(hi * 16 + lo);
                    i += 2;
                } else if (ch == '+') {
                    bytes.write(' ');
                } else if (ch < 0x80) {
                    bytes.write(ch);
                } else {
                    throw Problem.veld(veld, "ongecodeerd teken in de query");
                }
            }
            try {
                return java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw Problem.veld(veld, "geen geldige UTF-8");
            }
        }

        <T> T read(Class<T> type) {
            return Json.read(body, type);
        }
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, Handler handler) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        routes.add(new Route(method, template, Pattern.compile(regex.toString()), names, handler));
        return this;
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The route for a method and path; a 404 when no template matches, a 405 naming the allowed methods. */
    Map.Entry<Route, Map<String, String>> match(String method, String path) {
        List<String> allowed = new ArrayList<>();
        for (Route r : routes) {
            Matcher m = r.pattern.matcher(path);
            if (m.matches()) {
                if (r.method.equals(method)) {
                    Map<String, String> vars = new HashMap<>();
                    for (int i = 0; i < r.names.size(); i++) {
                        vars.put(r.names.get(i), m.group(i + 1));
                    }
                    return Map.entry(r, vars);
                }
                allowed.add(r.method);
            }
        }
        if (!allowed.isEmpty()) {
            throw new Problem(405, "Methode niet toegestaan", method + " " + path + "; toegestaan: " + String.join(", ", allowed), null,
                    null, Map.of("Allow", String.join(", ", allowed)));
        }
        throw new Problem(404, "Niet gevonden", "geen resource " + path, null, null, null);
    }
}
