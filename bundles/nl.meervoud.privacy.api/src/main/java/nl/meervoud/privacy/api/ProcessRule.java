// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule about the process rather than about data (J1 trigger, J7 term, J9 gezinslid age bound): carried,
 * validated and cited by the kernel, applied by the case model.
 *
 * @param id the rulebook id, e.g. {@code J7}
 * @param titel a one-line summary in Dutch
 * @param citaties the articles
 * @param soort what kind of process rule: {@code trigger}, {@code termijn}, {@code leeftijdsgrens},
 *        {@code aanpak}, {@code eigen-regie}, {@code dienstroute}, {@code parameter}, {@code uitleg}
 * @param parameters its parameters, e.g. {@code termijn=P6W}; a {@code trigger} names the {@code route} it starts
 *        and the {@code wet} whose request starts it (both checked against the vocabulary on arrival); a
 *        {@code termijn} names its {@code route}, its {@code termijn} and optionally the {@code wet} it is for; a
 *        {@code leeftijdsgrens} names the {@code begrip} it bounds, the age {@code tot} which a person is one and
 *        the ages {@code verlengdTot} which it may be extended
 */
public record ProcessRule(String id, String titel, List<Citation> citaties, String soort, Map<String, String> parameters) {

    /** Copies the parts. */
    public ProcessRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(soort, "soort");
        titel = titel == null ? "" : titel;
        citaties = List.copyOf(citaties == null ? List.of() : citaties);
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }

    /**
     * Kind of a rule by which a request or intake under a law starts an investigation: {@code route} (the route the
     * case is on, a built-in or one the module declares), {@code wet} (whose request or intake starts it),
     * {@code volgt} (the Wams procedure the route follows, {@code WMO_2_3A_1} or {@code WMO_2_3A_4}; required for a
     * declared route), {@code zonderVerzoek} ({@code true}: lid 2-7 of 2.3a.4 apply without a party's request, as
     * Wet inburgering 2021 art. 14 lid 8 has it; required on {@code WMO_2_3A_4}), optionally {@code plicht} (a duty
     * the client entering this way has, which {@code aanpak} rules may ask for) and {@code verplicht}.
     */
    public static final String TRIGGER = "trigger";
    /**
     * Kind of a rule that sets a term on a route ({@code termijn} an ISO-8601 period); with a {@code wet}, only for
     * a request under that law (it then takes precedence over the route's general term).
     */
    public static final String TERMIJN = "termijn";
    /**
     * Kind of a rule that says up to which age a person falls under a term another rule refers to: {@code begrip}
     * (e.g. {@code jeugdige}, which the gezinslid definition of Wmo 2015 art. 1.1.1 takes from Jeugdwet art. 1.1),
     * {@code tot} (the age at which a person stops being one, e.g. {@code 18}) and optionally {@code verlengdTot}
     * (the comma-separated ages to which it may be extended for a person, e.g. {@code 21,23}).
     */
    public static final String LEEFTIJDSGRENS = "leeftijdsgrens";
    /**
     * Kind of a rule on whether a coordinated approach follows the investigation (Wmo 2015 art. 2.3a.2 lid 2):
     * {@code uitkomst} ({@code VERPLICHT}, {@code FACULTATIEF} or {@code GEEN}) when all its conditions hold:
     * {@code voorzieningenVoorEenClient} (at least so many social-domain services for one client),
     * {@code clientenMetVoorziening} (at least so many clients with one), {@code plicht} (the client with the services
     * also has this duty), {@code aanpalend} ({@code true}: adjacent-domain services are part of it),
     * {@code eigenRegie} ({@code true}: the rule for self-coordination); {@code reden} says why in Dutch. The
     * strongest outcome of the rules that hold decides.
     */
    public static final String AANPAK = "aanpak";
    /**
     * Kind of a rule that rules out coordination under the client's own direction after a {@code route}
     * ({@code toegestaan=false}; Wmo 2015 art. 2.3a.4 lid 8 after {@code WMO_2_3A_4}).
     */
    public static final String EIGEN_REGIE = "eigen-regie";

    /**
     * Kind of a rule on how a service proposed in the written outcome is obtained under its own law (Wmo 2015
     * art. 2.3a.2 lid 1; rulebook §3.8): {@code dienst} (the service as the outcome names it, lower case),
     * {@code wet} (its law, declared), {@code aanvraag} ({@code apart}: a separate application is still needed,
     * {@code verklaring}: an oral or written statement suffices, {@code geen}: the client's consent suffices) and
     * optionally a decision {@code termijn} (ISO-8601) with the moment it runs {@code vanaf}, and {@code bewijs}
     * (comma-separated declared conditions the client's step brings to the kernel, e.g. {@code VERKLARING_SCHULDHULP}).
     */
    public static final String DIENSTROUTE = "dienstroute";

    /**
     * Kind of a rule that names the article letting a providing party attach conditions to what it provides (Wmo
     * 2015 art. 5.4.2 lid 1 in the Wams core): the kernel cites it, with its scoped id, when such a sticky condition
     * ({@link VoorwaardeVerstrekker}) denies a request. No parameters.
     */
    public static final String VOORWAARDEN_VERSTREKKER = "voorwaarden-verstrekker";

    /** A parameter, or "" when the rule does not set it. */
    public String parameter(String name) {
        return parameters.getOrDefault(name, "");
    }
}
