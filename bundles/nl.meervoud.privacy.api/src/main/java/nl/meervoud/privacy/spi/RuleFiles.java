// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.spi;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.osgi.framework.Bundle;

import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.RuleSetReader;

/** Helper for modules whose rules are a JSON file inside the bundle (the usual case). */
public final class RuleFiles {

    private RuleFiles() {
    }

    /**
     * Reads {@code path} from the bundle with the kernel's reader.
     *
     * @throws UncheckedIOException when the file is missing or unreadable
     * @throws IllegalArgumentException naming the rule and field when its content is invalid
     */
    public static RuleSet read(Bundle bundle, RuleSetReader reader, String path) {
        try {
            return reader.read(bundle.getEntry(path));
        } catch (IOException e) {
            throw new UncheckedIOException(bundle.getSymbolicName() + ": cannot read " + path, e);
        }
    }
}
