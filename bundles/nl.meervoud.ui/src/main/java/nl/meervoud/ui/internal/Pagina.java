// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame of every screen: skip link, header with the organisation and the navigation for the person's
 * functions, the content, and the footer with the accessibility statement. Titles never hold personal data.
 */
final class Pagina {
    /** A navigation entry: path, label, and the function that sees it (null: every signed-in person). */
    record Item(String pad, String label, String functie) {
    }

    static final List<Item> NAVIGATIE = List.of(
            new Item("/ui/", "Werkvoorraad", null),
            new Item("/ui/meldingen", "Meldpunt", "meldpuntmedewerker"),
            new Item("/ui/onderzoeken", "Onderzoeken", "consulent"),
            new Item(Partijscherm.VERZOEK_ONDERZOEK, "Verzoek om onderzoek", "professional"),
            new Item("/ui/verantwoording", "Verantwoording", "privacyfunctionaris"),
            new Item("/ui/inzage", "Mijn gegevens", "burger"),
            new Item("/ui/beheer", "Beheer", "beheerder"));

    private final String organisatie;
    /** Days before a legal term from which screens mark it as near (a presentation choice, not law). */
    final int nadertDagen;

    Pagina(String organisatie, int nadertDagen) {
        this.organisatie = organisatie;
        this.nadertDagen = nadertDagen;
    }

    String render(String titel, Sessies.Sessie sessie, String actief, Html inhoud) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"nl\" class=\"utrecht-theme meervoud-thema\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").text(titel).raw(" — ").text(organisatie)
                .raw("</title>\n<link rel=\"stylesheet\" href=\"/ui/static/nlds/theme.css\">\n<link rel=\"stylesheet\" href=\"/ui/static/nlds/index.css\">\n")
                .raw("<link rel=\"stylesheet\" href=\"/ui/static/meervoud.css\">\n<link rel=\"stylesheet\" href=\"/ui/thema.css\">\n</head>\n")
                .raw("<body class=\"utrecht-document meervoud-body\">\n<a class=\"utrecht-skip-link utrecht-skip-link--visible-on-focus\" href=\"#inhoud\">Naar de inhoud</a>\n")
                .raw("<div class=\"utrecht-page\">\n<header class=\"utrecht-page-header meervoud-kop\"><div class=\"utrecht-page-header__content meervoud-kop__inhoud\">")
                .raw("<a class=\"meervoud-kop__naam\" href=\"/ui/\"><img class=\"meervoud-kop__logo\" src=\"/ui/logo.svg\" alt=\"\"> ").text(organisatie).raw("</a>");
        if (sessie != null) {
            h.raw("<div class=\"meervoud-kop__wie\"><span>").text(sessie.naam).raw("</span>");
            if (sessie.namens != null) {
                h.raw("<span class=\"meervoud-kop__namens\">voor gemeente ").text(sessie.namens).raw("</span>");
            }
            h.raw("<form method=\"post\" action=\"/ui/afmelden\"><input type=\"hidden\" name=\"csrf\" value=\"").text(sessie.csrf)
                    .raw("\"><button class=\"utrecht-button utrecht-button--subtle\" type=\"submit\">Afmelden</button></form></div>");
        }
        h.raw("</div></header>\n");
        if (sessie != null) {
            h.raw("<nav class=\"utrecht-nav-bar meervoud-nav\" aria-label=\"Hoofdmenu\"><div class=\"utrecht-nav-bar__content\"><ul class=\"utrecht-nav-list\">");
            for (Item i : zichtbaar(sessie)) {
                boolean hier = i.pad().equals(actief);
                h.raw("<li class=\"utrecht-nav-list__item\"><a class=\"utrecht-nav-list__link").raw(hier ? " utrecht-nav-list__link--current\" aria-current=\"page" : "")
                        .raw("\" href=\"").text(i.pad()).raw("\">").text(i.label()).raw("</a></li>");
            }
            h.raw("</ul></div></nav>\n");
        }
        h.raw("<main id=\"inhoud\" class=\"utrecht-page-content meervoud-inhoud\" tabindex=\"-1\">\n").raw(inhoud.toString()).raw("</main>\n")
                .raw("<footer class=\"utrecht-page-footer meervoud-voet\"><div class=\"utrecht-page-footer__content\"><ul class=\"utrecht-link-list utrecht-link-list--html-ul\">")
                .raw("<li class=\"utrecht-link-list__item\"><a class=\"utrecht-link utrecht-link--html-a meervoud-voet__link\" href=\"/toegankelijkheid\">Toegankelijkheid</a></li>")
                .raw("</ul></div></footer>\n</div>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Whether the person has a worklist: any function but only operator or only resident. */
    static boolean medewerker(Sessies.Sessie sessie) {
        return !java.util.Set.of("beheerder", "burger").containsAll(sessie.functies);
    }

    static List<Item> zichtbaar(Sessies.Sessie sessie) {
        List<Item> out = new ArrayList<>();
        for (Item i : NAVIGATIE) {
            if (i.functie() == null ? medewerker(sessie) : sessie.heeft(i.functie())) {
                out.add(i);
            }
        }
        return out;
    }
}
