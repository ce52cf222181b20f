// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.osgi.service.component.annotations.Component;

import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.RuleSetReader;

/** Reads rule files for domain modules, so that they need no JSON library of their own. */
@Component(service = RuleSetReader.class)
public final class RuleSetReaderImpl implements RuleSetReader {

    @Override
    public RuleSet read(URL ruleFile) throws IOException {
        if (ruleFile == null) {
            throw new IOException("the rule file is missing from the module");
        }
        try (InputStream in = ruleFile.openStream()) {
            return JsonRules.read(in);
        }
    }
}
