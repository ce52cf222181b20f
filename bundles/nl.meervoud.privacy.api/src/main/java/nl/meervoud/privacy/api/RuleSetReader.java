// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.io.IOException;
import java.net.URL;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads a rule set from its JSON file (the law as data, with its citations). Provided by the kernel, so that
 * a domain module needs no JSON library. The format is described in docs/privacy-kernel.md.
 */
@ProviderType
public interface RuleSetReader {

    /**
     * Reads a rule file.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the rule and the field when the content is not valid
     */
    RuleSet read(URL ruleFile) throws IOException;
}
