// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/** Reads Declarative Services runtime DTOs to tell which expected components are not running, and why. */
final class ComponentHealth {

    private ComponentHealth() {
    }

    /**
     * Problems with the bundle's enabled components: a component whose configuration is unsatisfied or
     * failed. Components that require a configuration nobody gave are not expected to run and are skipped.
     */
    static List<String> problems(ServiceComponentRuntime scr, Bundle bundle) {
        List<String> problems = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            if (!scr.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                String problem = problem(configuration);
                if (problem != null) {
                    problems.add(description.name + " " + problem);
                }
            }
        }
        return problems;
    }

    private static String problem(ComponentConfigurationDTO configuration) {
        return switch (configuration.state) {
            case ComponentConfigurationDTO.ACTIVE, ComponentConfigurationDTO.SATISFIED -> null;
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "is waiting for "
                    + Arrays.stream(configuration.unsatisfiedReferences)
                            .map(ComponentHealth::describe)
                            .collect(Collectors.joining(", "));
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "is waiting for its configuration";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed to activate: " + oneLine(configuration.failure);
            default -> "is in state " + configuration.state;
        };
    }

    /**
     * A failure's stack trace as one line for {@code /health}: the exception's line and each "Caused by" line, without
     * the stack frames, at most {@value #MAX_REASON} characters.
     */
    static String oneLine(String failure) {
        if (failure == null || failure.isBlank()) {
            return "(no reason given)";
        }
        List<String> parts = new ArrayList<>();
        for (String line : failure.lines().toList()) {
            String l = line.strip();
            if (parts.isEmpty() && !l.isEmpty()) {
                parts.add(l);
            } else if (l.startsWith("Caused by: ")) {
                String cause = l.substring("Caused by: ".length());
                if (!parts.get(parts.size() - 1).endsWith(cause)) {
                    parts.add(cause);
                }
            }
        }
        String line = String.join(" <- ", parts);
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 1) + "…";
    }

    private static final int MAX_REASON = 1000;

    private static String describe(UnsatisfiedReferenceDTO reference) {
        return reference.name + (reference.target == null ? "" : " " + reference.target);
    }
}
