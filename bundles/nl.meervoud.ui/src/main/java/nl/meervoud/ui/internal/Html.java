// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.util.List;

/**
 * HTML written by hand with NL Design System (Utrecht) class names. Every text that comes from outside this class
 * goes through {@link #esc(String)}; nothing else is ever concatenated into markup. No inline styles or scripts, so
 * the Content-Security-Policy can forbid both.
 */
final class Html {
    private final StringBuilder b = new StringBuilder(4096);

    /** Escapes text for element content and for quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (r != null) {
                    out.append(r);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** Appends trusted markup (a literal of this bundle). */
    Html raw(String markup) {
        b.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        b.append(esc(text));
        return this;
    }

    Html h1(String text) {
        return raw("<h1 class=\"utrecht-heading-1\">").text(text).raw("</h1>\n");
    }

    Html h2(String text) {
        return raw("<h2 class=\"utrecht-heading-2\">").text(text).raw("</h2>\n");
    }

    Html p(String text) {
        return raw("<p class=\"utrecht-paragraph\">").text(text).raw("</p>\n");
    }

    Html link(String href, String text) {
        return raw("<a class=\"utrecht-link utrecht-link--html-a\" href=\"").text(href).raw("\">").text(text).raw("</a>");
    }

    /** A message box; {@code soort} is info, ok, warning or error. Errors are announced to screen readers. */
    Html alert(String soort, String titel, String tekst) {
        raw("<div class=\"utrecht-alert utrecht-alert--").raw(soort).raw("\"").raw("error".equals(soort) ? " role=\"alert\"" : " role=\"status\"")
                .raw("><div class=\"utrecht-alert__content\"><div class=\"utrecht-alert__message\">");
        raw("<p class=\"utrecht-paragraph\"><strong>").text(titel).raw("</strong></p>");
        if (tekst != null && !tekst.isBlank()) {
            p(tekst);
        }
        return raw("</div></div></div>\n");
    }

    /** A status badge: {@code soort} safe, warning, danger or neutral. */
    Html badge(String soort, String tekst) {
        return raw("<span class=\"utrecht-status-badge utrecht-status-badge--").raw(soort).raw("\">").text(tekst).raw("</span>");
    }

    /** Key–value pairs (a description list). */
    Html gegevens(List<String[]> paren) {
        raw("<dl class=\"utrecht-data-list utrecht-data-list--rows\">");
        for (String[] p : paren) {
            raw("<div class=\"utrecht-data-list__item\"><dt class=\"utrecht-data-list__item-key\">").text(p[0])
                    .raw("</dt><dd class=\"utrecht-data-list__item-value utrecht-data-list__item-value--html-dd\">").text(p[1]).raw("</dd></div>");
        }
        return raw("</dl>\n");
    }

    /** Opens a table with a caption and column headers; rows follow with {@link #rij}, then {@link #tabelEinde()}. */
    Html tabel(String bijschrift, String... koppen) {
        // A wide table scrolls inside its container; a region with a tab stop lets the keyboard scroll it too (WCAG 2.1.1).
        raw("<div class=\"utrecht-table-container utrecht-table-container--overflow-inline\" role=\"region\" tabindex=\"0\" aria-label=\"").text(bijschrift)
                .raw("\"><table class=\"utrecht-table utrecht-table--html-table\">");
        raw("<caption class=\"utrecht-table__caption\">").text(bijschrift).raw("</caption><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">");
        for (String k : koppen) {
            raw("<th scope=\"col\" class=\"utrecht-table__header-cell\">").text(k).raw("</th>");
        }
        return raw("</tr></thead><tbody class=\"utrecht-table__body\">");
    }

    /** A row whose cells are already markup (escape their text with {@link #esc}). */
    Html rij(String... cellen) {
        raw("<tr class=\"utrecht-table__row\">");
        for (String c : cellen) {
            raw("<td class=\"utrecht-table__cell\">").raw(c).raw("</td>");
        }
        return raw("</tr>");
    }

    Html tabelEinde() {
        return raw("</tbody></table></div>\n");
    }

    /** Opens a POST form with its CSRF token. */
    Html form(String action, String csrf) {
        raw("<form class=\"utrecht-form\" method=\"post\" action=\"").text(action).raw("\">");
        return raw("<input type=\"hidden\" name=\"csrf\" value=\"").text(csrf).raw("\">");
    }

    Html formEinde() {
        return raw("</form>\n");
    }

    /** A labelled text field; {@code fout} (may be null) is shown under the label and marks the field invalid. */
    Html veld(String label, String naam, String type, String waarde, boolean verplicht, String toelichting, String fout) {
        String id = "veld-" + naam;
        raw("<div class=\"utrecht-form-field utrecht-form-field--text").raw(fout == null ? "" : " utrecht-form-field--invalid").raw("\">");
        raw("<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"").raw(id).raw("\">").text(label)
                .raw(verplicht ? "" : " (niet verplicht)").raw("</label></div>");
        String beschrijving = "";
        if (toelichting != null) {
            raw("<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"").raw(id).raw("-toelichting\">").text(toelichting).raw("</div>");
            beschrijving = id + "-toelichting";
        }
        if (fout != null) {
            raw("<div class=\"utrecht-form-field__error-message utrecht-form-field-error-message\" id=\"").raw(id).raw("-fout\">").text(fout).raw("</div>");
            beschrijving = (beschrijving + " " + id + "-fout").trim();
        }
        raw("<div class=\"utrecht-form-field__input\">");
        if ("textarea".equals(type)) {
            raw("<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea\" rows=\"4\" id=\"").raw(id).raw("\" name=\"").raw(naam).raw("\"");
        } else {
            raw("<input class=\"utrecht-textbox utrecht-textbox--html-input\" type=\"").raw(type).raw("\" id=\"").raw(id).raw("\" name=\"").raw(naam)
                    .raw("\" value=\"").text(waarde).raw("\"");
            if ("password".equals(type)) {
                raw(" autocomplete=\"").raw(naam.startsWith("nieuw") ? "new-password" : "current-password").raw("\"");
            }
        }
        if (verplicht) {
            raw(" required");
        }
        if (!beschrijving.isEmpty()) {
            raw(" aria-describedby=\"").raw(beschrijving).raw("\"");
        }
        if (fout != null) {
            raw(" aria-invalid=\"true\"");
        }
        if ("textarea".equals(type)) {
            raw(">").text(waarde).raw("</textarea>");
        } else {
            raw(">");
        }
        return raw("</div></div>\n");
    }

    /** A labelled select; {@code opties} are value–label pairs. */
    Html keuze(String label, String naam, List<String[]> opties, String gekozen) {
        String id = "veld-" + naam;
        raw("<div class=\"utrecht-form-field utrecht-form-field--text\"><div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"")
                .raw(id).raw("\">").text(label).raw("</label></div><div class=\"utrecht-form-field__input\">");
        raw("<select class=\"utrecht-select utrecht-select--html-select\" id=\"").raw(id).raw("\" name=\"").raw(naam).raw("\">");
        for (String[] o : opties) {
            raw("<option value=\"").text(o[0]).raw("\"").raw(o[0].equals(gekozen) ? " selected" : "").raw(">").text(o[1]).raw("</option>");
        }
        return raw("</select></div></div>\n");
    }

    /** A labelled checkbox. */
    Html vinkje(String label, String naam, boolean aan) {
        String id = "veld-" + naam;
        return raw("<div class=\"utrecht-form-field utrecht-form-field--checkbox\"><div class=\"utrecht-form-field__input\">")
                .raw("<input class=\"utrecht-checkbox utrecht-checkbox--html-input\" type=\"checkbox\" value=\"ja\" id=\"").raw(id).raw("\" name=\"").raw(naam)
                .raw("\"").raw(aan ? " checked" : "").raw("></div><div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"")
                .raw(id).raw("\">").text(label).raw("</label></div></div>\n");
    }

    /**
     * Checkboxes for the kinds of personal data (all but the BSN and identifying data, which go along by the rules),
     * named {@code prefix + NAME}, in columns.
     */
    static void soorten(Html h, String legend, String prefix, java.util.function.Predicate<nl.meervoud.privacy.api.Gegevenssoort> aan) {
        h.groep(legend).raw("<div class=\"meervoud-kolommen\">");
        for (nl.meervoud.privacy.api.Gegevenssoort g : SOORTEN) {
            h.vinkje(Schermen.label(g.name()), prefix + g.name(), aan.test(g));
        }
        h.raw("</div>").groepEinde();
    }

    /** The kinds of personal data a form offers: all but the BSN and identifying data, which go along by the rules. */
    static final java.util.List<nl.meervoud.privacy.api.Gegevenssoort> SOORTEN = java.util.Arrays.stream(nl.meervoud.privacy.api.Gegevenssoort.values())
            .filter(g -> g != nl.meervoud.privacy.api.Gegevenssoort.BSN && g != nl.meervoud.privacy.api.Gegevenssoort.IDENTIFICEREND).toList();

    /** Opens a fieldset with its legend; close it with {@link #groepEinde()}. */
    Html groep(String legend) {
        return raw("<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset\"><legend class=\"utrecht-form-fieldset__legend "
                + "utrecht-form-fieldset__legend--html-legend\">").text(legend).raw("</legend>");
    }

    Html groepEinde() {
        return raw("</fieldset>\n");
    }

    Html knop(String tekst) {
        return raw("<button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\">").text(tekst).raw("</button>\n");
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
