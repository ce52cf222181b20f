// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import java.io.IOException;

/**
 * The accessibility statement (toegankelijkheidsverklaring) the Besluit digitale toegankelijkheid overheid asks
 * for: a template after the model of digitoegankelijk.nl. The municipality publishes its own statement in the
 * register and links it here; the text below says what Meervoud's screens were tested against.
 */
final class Toegankelijkheid {
    private Toegankelijkheid() {
    }

    static void toon(Verzoek v) throws IOException {
        Html h = new Html().h1("Toegankelijkheid");
        h.p("De organisatie die Meervoud gebruikt, wil dat iedereen deze schermen kan gebruiken, ook medewerkers en inwoners met een beperking. "
                + "Daarom volgen de schermen de eisen van het Besluit digitale toegankelijkheid overheid: EN 301 549 en WCAG 2.1 op niveau A en AA. "
                + "Dat geldt ook voor interne toepassingen.");
        h.h2("Hoe wij dit nagaan");
        h.raw("<ul class=\"utrecht-unordered-list\">")
                .raw("<li class=\"utrecht-unordered-list__item\">De schermen gebruiken de componenten van NL Design System (Utrecht).</li>")
                .raw("<li class=\"utrecht-unordered-list__item\">Elke versie wordt in een echte browser getest met axe-core: geen ernstige of kritieke overtredingen.</li>")
                .raw("<li class=\"utrecht-unordered-list__item\">De hoofdroute werkt met alleen het toetsenbord.</li>")
                .raw("</ul>\n");
        h.h2("Status");
        h.p("Deze verklaring is een sjabloon. De gemeente vult de status, de datum van het onderzoek en de bekende afwijkingen in "
                + "en publiceert de verklaring in het register van digitoegankelijk.nl.");
        h.h2("Contact");
        h.p("Lukt iets niet, of ziet u een probleem met de toegankelijkheid? Neem contact op met de functioneel beheerder van uw organisatie. "
                + "U krijgt binnen vijf werkdagen antwoord.");
        v.toon(200, "Toegankelijkheid", null, h);
    }
}
