// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void everyOutsideTextIsEscapedInContentAndAttributes() {
        String evil = "<script>alert('x')</script>\"&";
        String html = new Html().h1(evil).p(evil).link("/ui/\"onmouseover=\"x", evil).veld("L", "naam", "text", evil, true, evil, evil)
                .gegevens(List.<String[]>of(new String[] { evil, evil })).toString();
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("\"onmouseover=\""), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;"), html);
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String s = "Sanne de Vries";
        assertEquals(s, Html.esc(s));
        assertEquals("", Html.esc(null));
    }

    @Test
    void anInvalidFieldIsMarkedAndDescribedForScreenReaders() {
        String html = new Html().veld("BSN", "clientBsn", "text", "12", true, "Negen cijfers.", "geen geldig BSN").toString();
        assertTrue(html.contains("aria-invalid=\"true\""), html);
        assertTrue(html.contains("aria-describedby=\"veld-clientBsn-toelichting veld-clientBsn-fout\""), html);
        assertTrue(html.contains("<label class=\"utrecht-form-label\" for=\"veld-clientBsn\">"), html);
    }
}
