// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article citation: law, article, and optionally lid and onderdeel. Renders as the rulebook writes it:
 * "Wmo 2015 art. 5.4.2 lid 1", "Jeugdwet art. 7.4.0 lid 1 onder a".
 *
 * @param law the law
 * @param article the article number, e.g. {@code 5.4.2}
 * @param lid the paragraph (lid), or 0 for the whole article
 * @param onderdeel the item (onderdeel), or empty
 */
public record Citation(Law law, String article, int lid, String onderdeel) {
    private static final Pattern FORM = Pattern.compile(
            "(?<law>.+?) art\\. (?<article>\\S+)(?: lid (?<lid>\\d+))?(?: onder (?<onderdeel>\\S+))?");

    /** Validates the parts. */
    public Citation {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(article, "article");
        if (article.isBlank()) {
            throw new IllegalArgumentException("a citation of " + law + " needs an article");
        }
        if (lid < 0) {
            throw new IllegalArgumentException("lid must not be negative");
        }
        onderdeel = onderdeel == null ? "" : onderdeel;
    }

    /** A citation of a whole article. */
    public static Citation of(Law law, String article) {
        return new Citation(law, article, 0, "");
    }

    /** A citation of a lid. */
    public static Citation of(Law law, String article, int lid) {
        return new Citation(law, article, lid, "");
    }

    /** Parses the rendered form, e.g. "Wmo 2015 art. 5.4.2 lid 1". */
    public static Citation parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("`" + text + "` is not a citation like `Wmo 2015 art. 5.4.2 lid 1`");
        }
        return new Citation(Law.of(m.group("law")), m.group("article"),
                m.group("lid") == null ? 0 : Integer.parseInt(m.group("lid")), m.group("onderdeel"));
    }

    @Override
    public String toString() {
        return law + " art. " + article + (lid > 0 ? " lid " + lid : "") + (onderdeel.isEmpty() ? "" : " onder " + onderdeel);
    }
}
