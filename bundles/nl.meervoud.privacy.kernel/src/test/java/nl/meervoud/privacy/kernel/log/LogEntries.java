// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Test entries for the processing log. */
final class LogEntries {

    private LogEntries() {
    }

    static LogEntry entry(String subject, String zaak) {
        return new LogEntry(UUID.randomUUID().toString(), Instant.parse("2026-11-24T10:00:00Z"), "onderzoek-wams",
                "onderzoek-2.3a.1", List.of("Wmo 2015 art. 5.4.1 lid 1"), "W1", "PERMIT", "test", subject,
                List.of("GEZONDHEID"), "CLIENT:c", "COLLEGE:g", zaak, "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331");
    }
}
