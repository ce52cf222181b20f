// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the build packed into the jar: the resolved bundles with their start levels and the run properties,
 * as bnd's exporter wrote them to {@code launcher.properties} from the distribution's {@code .bndrun}.
 */
public record Distribution(String version, List<RunBundle> bundles, Map<String, String> properties) {

    /** One bundle to install: its resource path in the jar and its start level. */
    public record RunBundle(String path, int startLevel) {
    }

    private static final Pattern START_LEVEL = Pattern.compile("startlevel=(\\d+)");

    public static Distribution load(ClassLoader loader) throws IOException {
        Properties launch = new Properties();
        try (InputStream in = loader.getResourceAsStream("launcher.properties")) {
            if (in == null) {
                throw new IOException("launcher.properties is missing: this jar was not built by the distribution");
            }
            launch.load(in);
        }
        return parse(launch, Distribution.class.getPackage().getImplementationVersion());
    }

    /** Reads bnd's launcher.properties: bundles in resolver order with their start levels, and the run properties. */
    public static Distribution parse(Properties launch, String version) {
        String[] paths = launch.getProperty("launch.bundles", "").split(",");
        // launch.runbundles.attrs lists the same bundles in the same order, with their attributes.
        String[] attrs = splitClauses(launch.getProperty("launch.runbundles.attrs", ""));
        List<RunBundle> bundles = new ArrayList<>();
        for (int i = 0; i < paths.length; i++) {
            if (paths[i].isBlank()) {
                continue;
            }
            int level = 1;
            if (i < attrs.length) {
                Matcher m = START_LEVEL.matcher(attrs[i]);
                if (m.find()) {
                    level = Integer.parseInt(m.group(1));
                }
            }
            bundles.add(new RunBundle(paths[i].trim(), level));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (String key : launch.stringPropertyNames()) {
            if (!key.startsWith("launch.")) {
                properties.put(key, launch.getProperty(key));
            }
        }
        return new Distribution(version == null ? "dev" : version, List.copyOf(bundles), Map.copyOf(properties));
    }

    /** Splits a bnd parameter list at the commas that are outside quotes. */
    private static String[] splitClauses(String value) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : value.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            clauses.add(current.toString());
        }
        return clauses.toArray(String[]::new);
    }
}
