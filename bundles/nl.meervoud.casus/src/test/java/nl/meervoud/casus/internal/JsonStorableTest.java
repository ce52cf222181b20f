// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class JsonStorableTest {

    /** A document that writes a property it cannot read back, as a model change could by mistake. */
    public record Broken(String naam) {
        public String getAfgeleid() {
            return "x";
        }
    }

    public record Good(String naam, LocalDate op) {
    }

    @Test
    void aDocumentThatDoesNotReadBackIsRefusedBeforeItIsStoredNamingTheField() {
        Problem p = assertThrows(Problem.class, () -> Json.storable(new Broken("a")));
        assertEquals(400, p.status);
        assertEquals("afgeleid: deze waarde kan niet worden bewaard en weer gelezen; er is niets opgeslagen", p.getMessage());
    }

    @Test
    void aDocumentThatReadsBackIsStoredAsWritten() {
        Good g = new Good("a", LocalDate.of(2026, 12, 6));
        assertEquals(Json.text(g), Json.storable(g));
        assertEquals(g, Json.stored(Json.storable(g), Good.class));
    }
}
