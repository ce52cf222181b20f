// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Voorwaarde;

/** A request names terms exactly as rule files spell them, and reading it never adds a term. */
class RequestJsonTest {
    private static final String REQUEST = "{\"van\": {\"rol\": \"@\", \"id\": \"p\"}, \"naar\": {\"rol\": \"COLLEGE\", \"id\": \"g\"},"
            + " \"doel\": \"onderzoek-2.3a.4\", \"gegevens\": [\"PROCESINFORMATIE\"], \"bewijs\": [\"GEMOTIVEERD_VERZOEK\"]}";

    @Test
    void aTermIsReadOnlyInItsExactSpelling() throws Exception {
        assertEquals(Rol.PARTIJ, RequestJson.request(new ObjectMapper().readTree(REQUEST.replace("@", "PARTIJ"))).van().rol());
        for (String loose : new String[] { "partij", "Partij", " PARTIJ" }) {
            assertThrows(IllegalArgumentException.class, () -> RequestJson.request(new ObjectMapper().readTree(REQUEST.replace("@", loose))),
                    loose);
        }
    }

    @Test
    void aNameNoRuleFileUsedIsRefusedAndNotInterned() throws Exception {
        String json = REQUEST.replace("@", "PARTIJ").replace("GEMOTIVEERD_VERZOEK", "NOOIT_GEDECLAREERD_IN_DEZE_TEST");
        assertThrows(IllegalArgumentException.class, () -> RequestJson.request(new ObjectMapper().readTree(json)));
        assertFalse(Voorwaarde.find("NOOIT_GEDECLAREERD_IN_DEZE_TEST").isPresent());
        assertTrue(Voorwaarde.find("GEMOTIVEERD_VERZOEK").isPresent());
    }
}
