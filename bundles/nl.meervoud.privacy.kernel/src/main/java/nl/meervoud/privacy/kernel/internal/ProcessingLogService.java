// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.meervoud.platform.api.HealthIndicator;
import nl.meervoud.platform.api.HealthStatus;
import nl.meervoud.platform.api.Installation;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.ProcessingRecord;
import nl.meervoud.privacy.kernel.log.FileProcessingLog;

/**
 * Opens the processing log in the data directory and offers it to readers (inzage, FG) and to the kernel; tells
 * {@code /health} when the log cannot write (the kernel then denies every processing) or its anchors cannot be kept.
 */
@Component(service = { ProcessingLog.class, ProcessingLogService.class, HealthIndicator.class }, configurationPid = ProcessingLogService.PID,
        property = HealthIndicator.NAME_PROPERTY + "=" + ProcessingLogService.HEALTH)
@Designate(ocd = ProcessingLogService.Config.class)
public final class ProcessingLogService implements ProcessingLog, HealthIndicator {
    /** The name of the log's health check. */
    static final String HEALTH = "verwerkingenlogboek";
    /** Configuration PID. */
    public static final String PID = "nl.meervoud.privacy.log";

    /** Where the processing log lives. */
    @ObjectClassDefinition(name = "Meervoud verwerkingenlogboek", description = "Append-only, hash-chained processing log.")
    public @interface Config {
        /** The directory; empty for {data}/verwerkingenlogboek. */
        @AttributeDefinition(name = "Map", description = "Leeg: de map verwerkingenlogboek in de datamap.")
        String directory() default "";

        /**
         * The directory of the chain key and the signed anchors, apart from the log; empty for
         * {data}/logboeksleutels. Put it on another volume, or back it up apart from the log.
         */
        @AttributeDefinition(name = "Sleutelmap", description = "Ketensleutel, ankersleutel en ankers; leeg: de map logboeksleutels in de datamap.")
        String keyDirectory() default "";
    }

    private final FileProcessingLog log;

    @Activate
    public ProcessingLogService(BundleContext context, Config config) throws IOException {
        Path dir = !config.directory().isBlank() ? Path.of(config.directory())
                : Installation.dataDirectory(context).resolve("verwerkingenlogboek");
        Path keys = !config.keyDirectory().isBlank() ? Path.of(config.keyDirectory())
                : Installation.dataDirectory(context).resolve("logboeksleutels");
        this.log = new FileProcessingLog(dir, keys);
    }

    @Override
    public HealthStatus health() {
        java.io.IOException failure = log.failure();
        if (failure != null) {
            return HealthStatus.down(HEALTH, "kan niet schrijven, elke verwerking wordt geweigerd: " + FileProcessingLog.oneLine(failure));
        }
        java.io.IOException anchor = log.anchorFailure();
        if (anchor != null) {
            return HealthStatus.down(HEALTH, "de ankers in " + log.keyDirectory() + " kunnen niet worden geschreven: "
                    + FileProcessingLog.oneLine(anchor));
        }
        return HealthStatus.up(HEALTH);
    }

    @Deactivate
    void deactivate() throws IOException {
        log.close();
    }

    FileProcessingLog log() {
        return log;
    }

    @Override
    public List<ProcessingRecord> byBetrokkene(String betrokkene) {
        return log.byBetrokkene(betrokkene);
    }

    @Override
    public List<ProcessingRecord> byZaak(String zaak) {
        return log.byZaak(zaak);
    }

    @Override
    public Pagina byBetrokkene(String betrokkene, Venster venster) {
        return log.byBetrokkene(betrokkene, venster);
    }

    @Override
    public Pagina byZaak(String zaak, Venster venster) {
        return log.byZaak(zaak, venster);
    }

    @Override
    public Pagina byActiviteit(String activiteit, Venster venster) {
        return log.byActiviteit(activiteit, venster);
    }

    @Override
    public List<ProcessingRecord> vastleggen(Vastlegging v) {
        return log.vastleggen(v);
    }

    @Override
    public Verification verify() {
        return log.verify();
    }

    @Override
    public Verification verify(String gemeente) {
        return log.verify(gemeente);
    }
}
