// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bridges the OSGi Log Service to SLF4J, so that Declarative Services, FileInstall and every bundle that logs
 * through OSGi end up in the one configured backend. FileInstall's install errors are also kept for the
 * deploy diagnostics.
 */
@Component
public final class OsgiLogBridge implements LogListener {

    private final LogReaderService reader;
    private final DeployDirectory deploy;

    @Activate
    public OsgiLogBridge(@Reference LogReaderService reader, @Reference DeployDirectory deploy) {
        this.reader = reader;
        this.deploy = deploy;
        reader.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        String bsn = entry.getBundle() == null ? "framework" : entry.getBundle().getSymbolicName();
        Logger logger = LoggerFactory.getLogger(entry.getLoggerName() == null || "LogService".equals(entry.getLoggerName())
                ? bsn : entry.getLoggerName());
        String message = entry.getMessage();
        Throwable exception = entry.getException();
        switch (entry.getLogLevel()) {
            case AUDIT, ERROR -> logger.error(message, exception);
            case WARN -> logger.warn(message, exception);
            case INFO -> logger.info(message, exception);
            case DEBUG -> logger.debug(message, exception);
            default -> logger.trace(message, exception);
        }
        if ("org.apache.felix.fileinstall".equals(bsn) && exception != null) {
            deploy.recordInstallError(message + ": " + exception.getMessage());
        }
    }
}
