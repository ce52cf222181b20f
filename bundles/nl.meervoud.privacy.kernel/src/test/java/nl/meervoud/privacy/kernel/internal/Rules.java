// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import nl.meervoud.privacy.api.RuleSet;

/** Small rule sets written inline for the kernel's own tests (the real ones live in their modules). */
final class Rules {

    private Rules() {
    }

    static RuleSet json(String json) {
        try {
            return JsonRules.read(new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One permission: a party gives process information to the college for an investigation. */
    static RuleSet partyToCollege(String setId, String ruleId, String version, String extraRequirement) {
        return json("{'id':'" + setId + "','law':'Wmo 2015','versie':'" + version + "','permissies':[{'id':'" + ruleId
                + "','titel':'test','citaties':['Wmo 2015 art. 5.4.2 lid 1'],'van':['PARTIJ'],'naar':['COLLEGE'],"
                + "'doelen':['onderzoek-2.3a.4'],'gegevens':['PROCESINFORMATIE'],'vereist':['GEMOTIVEERD_VERZOEK'"
                + (extraRequirement.isEmpty() ? "" : ",'" + extraRequirement + "'") + "]}]}");
    }
}
