// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.SerializationFeature;

import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.PrivacyKernel;
import nl.meervoud.privacy.api.PrivacyKernel.RuleSetStatus;
import nl.meervoud.privacy.api.ProcessingLog;

/** Gogo commands: {@code meervoud:rulesets}, {@code meervoud:explain <file|json>}, {@code meervoud:verify}. */
@Component(service = KernelCommands.class, property = {
        "osgi.command.scope=meervoud",
        "osgi.command.function=rulesets",
        "osgi.command.function=explain",
        "osgi.command.function=verify" })
public final class KernelCommands {

    private final PrivacyKernel kernel;
    private final ProcessingLogService log;

    @Activate
    public KernelCommands(@Reference PrivacyKernel kernel, @Reference ProcessingLogService log) {
        this.kernel = kernel;
        this.log = log;
    }

    /** Lists every rule set the kernel has seen, active or refused. */
    public String rulesets() {
        StringBuilder out = new StringBuilder(String.format("%-16s %-10s %-36s %-8s %6s%n", "REGELSET", "VERSIE", "MODULE", "ACTIEF", "REGELS"));
        for (RuleSetStatus s : kernel.ruleSets()) {
            out.append(String.format("%-16s %-10s %-36s %-8s %6d%n", s.id(), s.versie(), s.module(), s.actief() ? "ja" : "nee", s.regels()));
            if (!s.reden().isEmpty()) {
                out.append("    geweigerd: ").append(s.reden()).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /** Explains a decision for a request given as a JSON file path or as JSON text; does not log. */
    public String explain(String requestOrFile) throws IOException {
        Path path = Path.of(requestOrFile);
        String text = Files.isRegularFile(path) ? Files.readString(path) : requestOrFile;
        try {
            Decision decision = kernel.explain(RequestJson.request(JsonRules.MAPPER.readTree(text)));
            return JsonRules.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(RequestJson.decision(decision));
        } catch (IllegalArgumentException e) {
            return "Ongeldig verzoek: " + e.getMessage();
        }
    }

    /** Verifies the processing log's hash chain against its own anchors. */
    public String verify() {
        return report(log.verify());
    }

    /**
     * Verifies the processing log against a copy of its anchors kept off the machine: a directory with copies of
     * {@code ankers.jsonl} and {@code anker.pub}.
     */
    public String verify(String copy) {
        return report(log.log().verifyAgainst(java.nio.file.Path.of(copy)));
    }

    private static String report(ProcessingLog.Verification v) {
        StringBuilder out = new StringBuilder(v.intact() ? "Verwerkingenlogboek intact: " : "Verwerkingenlogboek NIET intact: ")
                .append(v.records()).append(" records gecontroleerd").append(System.lineSeparator());
        v.problems().forEach(p -> out.append("  ").append(p).append(System.lineSeparator()));
        return out.toString();
    }
}
