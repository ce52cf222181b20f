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

import nl.meervoud.platform.api.Installation;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.ProcessingRecord;
import nl.meervoud.privacy.kernel.log.FileProcessingLog;

/** Opens the processing log in the data directory and offers it to readers (inzage, FG) and to the kernel. */
@Component(service = { ProcessingLog.class, ProcessingLogService.class }, configurationPid = ProcessingLogService.PID)
@Designate(ocd = ProcessingLogService.Config.class)
public final class ProcessingLogService implements ProcessingLog {
    /** Configuration PID. */
    public static final String PID = "nl.meervoud.privacy.log";

    /** Where the processing log lives. */
    @ObjectClassDefinition(name = "Meervoud verwerkingenlogboek", description = "Append-only, hash-chained processing log.")
    public @interface Config {
        /** The directory; empty for {data}/verwerkingenlogboek. */
        @AttributeDefinition(name = "Map", description = "Leeg: de map verwerkingenlogboek in de datamap.")
        String directory() default "";
    }

    private final FileProcessingLog log;

    @Activate
    public ProcessingLogService(BundleContext context, Config config) throws IOException {
        Path dir = !config.directory().isBlank() ? Path.of(config.directory())
                : Installation.dataDirectory(context).resolve("verwerkingenlogboek");
        this.log = new FileProcessingLog(dir);
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
    public List<ProcessingRecord> vastleggen(Vastlegging v) {
        return log.vastleggen(v);
    }

    @Override
    public Verification verify() {
        return log.verify();
    }
}
