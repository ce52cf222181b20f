// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The terms a rule set brings that the platform does not define: the laws it cites with their citation form, and
 * the roles, routes, secrecy regimes and conditions only its law knows. The kernel checks every term a rule uses
 * against the built-ins and the declarations of the active rule sets, and a term is gone when the last rule set
 * declaring it goes.
 *
 * @param wetten the laws the rule set cites or acts under, other than the Wmo 2015
 * @param rollen roles, e.g. {@code WLZ_UITVOERDER} (Wlz art. 9.1.3 lid 3)
 * @param routes routes into the investigation, e.g. {@code WET_INBURGERING_14_8}
 * @param geheimhouding professional-secrecy regimes, e.g. {@code JEUGDWET_7_3_11}
 * @param voorwaarden conditions a request carries evidence for, e.g. {@code VERKLARING_SCHULDHULP}
 * @since 2.0
 */
public record Vocabulaire(List<Wet> wetten, List<Declaratie<Rol>> rollen, List<Declaratie<Route>> routes,
        List<Declaratie<Geheimhouding>> geheimhouding, List<Declaratie<Voorwaarde>> voorwaarden) {

    /** The empty vocabulary: the rule set uses only built-in terms. */
    public static final Vocabulaire LEEG = new Vocabulaire(List.of(), List.of(), List.of(), List.of(), List.of());

    /** The article numbers most laws use: 7, 7a, 2.4a, 5.4.2, 2.3a.1. */
    public static final String DECIMAAL = "\\d+[a-z]*(\\.\\d+[a-z]*)*";

    /** Copies the lists. */
    public Vocabulaire {
        wetten = List.copyOf(wetten == null ? List.of() : wetten);
        rollen = List.copyOf(rollen == null ? List.of() : rollen);
        routes = List.copyOf(routes == null ? List.of() : routes);
        geheimhouding = List.copyOf(geheimhouding == null ? List.of() : geheimhouding);
        voorwaarden = List.copyOf(voorwaarden == null ? List.of() : voorwaarden);
    }

    /**
     * A law the rule set cites.
     *
     * @param law the short name citations use, e.g. "Participatiewet"
     * @param titel the full title, e.g. "Wet gemeentelijke schuldhulpverlening"; may be empty
     * @param artikelvorm a regular expression every article number cited of this law must match
     *        ({@link #DECIMAAL} when empty; "\\d+:\\d+" for BW 7:457, Wpg 4:2)
     */
    public record Wet(Law law, String titel, String artikelvorm) {
        /** Validates the parts; refuses an article form that is not a regular expression. */
        public Wet {
            Objects.requireNonNull(law, "law");
            titel = titel == null ? "" : titel;
            artikelvorm = artikelvorm == null || artikelvorm.isBlank() ? DECIMAAL : artikelvorm;
            try {
                Pattern.compile(artikelvorm);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("wet " + law + ": `artikelvorm` is geen reguliere expressie", e);
            }
        }
    }

    /**
     * A term and what it rests on.
     *
     * @param term the term
     * @param uitleg what it means, in Dutch; for a condition, why a request without it is denied
     * @param citaties the articles that bring it, at least one
     */
    public record Declaratie<T extends Term>(T term, String uitleg, List<Citation> citaties) {
        /** Validates and copies the parts. */
        public Declaratie {
            Objects.requireNonNull(term, "term");
            uitleg = uitleg == null ? "" : uitleg;
            citaties = List.copyOf(citaties == null ? List.of() : citaties);
        }
    }
}
