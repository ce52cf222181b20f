// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.util.List;
import java.util.Map;

/**
 * Whether a gecoördineerde aanpak must follow an investigation, as Wmo 2015 art. 2.3a.2 lid 2 says (and
 * art. 2.3a.4 lid 5 for the 2.3a.4 route).
 *
 * @param uitkomst mandatory, optional or none
 * @param reden why, in Dutch
 * @param artikel the article
 */
public record GecoordineerdeAanpak(Uitkomst uitkomst, String reden, String artikel) {

    /** The three outcomes. */
    public enum Uitkomst {
        /** The college must ensure a coordinated approach. */
        VERPLICHT,
        /** The college may. */
        FACULTATIEF,
        /** The college is not responsible for one (self-coordination, or no services). */
        GEEN
    }

    /**
     * Decides from the proposed services per client.
     *
     * @param diensten per client id: the proposed social-domain services (one entry per service)
     * @param aanpalend whether adjacent-domain services are part of the approach
     * @param inburgeringsplichtigen clients with an inburgeringsplicht (Wet inburgering 2021 art. 6 lid 1)
     * @param eigenRegie whether the client chose self-coordination (Wmo 2015 art. 2.3a.3 lid 2)
     * @param route the route of the investigation that preceded
     * @throws IllegalArgumentException for self-coordination where the route rules it out
     *         ({@link Onderzoek.Route#eigenRegieToegestaan()})
     */
    public static GecoordineerdeAanpak beslis(Map<String, List<String>> diensten, boolean aanpalend,
            List<String> inburgeringsplichtigen, boolean eigenRegie, Onderzoek.Route route) {
        if (eigenRegie && !route.eigenRegieToegestaan()) {
            throw new IllegalArgumentException("coördinatie onder eigen regie is niet mogelijk na een onderzoek op grond van "
                    + "Wmo 2015 art. 2.3a.4 (" + Onderzoek.Route.GEEN_EIGEN_REGIE + ")");
        }
        if (eigenRegie) {
            return new GecoordineerdeAanpak(Uitkomst.GEEN,
                    "de cliënt coördineert onder eigen regie; het college is niet verantwoordelijk voor een gecoördineerde aanpak",
                    "Wmo 2015 art. 2.3a.3 lid 2");
        }
        long clientsWithServices = diensten.values().stream().filter(d -> !d.isEmpty()).count();
        boolean twoForOne = diensten.values().stream().anyMatch(d -> d.size() >= 2);
        if (twoForOne || clientsWithServices >= 2) {
            return new GecoordineerdeAanpak(Uitkomst.VERPLICHT, twoForOne
                    ? "twee of meer voorzieningen in het sociaal domein voor één cliënt"
                    : "voorzieningen in het sociaal domein voor meer cliënten in het gezin", "Wmo 2015 art. 2.3a.2 lid 2 onder a");
        }
        boolean inburgering = diensten.entrySet().stream()
                .anyMatch(e -> !e.getValue().isEmpty() && inburgeringsplichtigen.contains(e.getKey()));
        if (inburgering) {
            return new GecoordineerdeAanpak(Uitkomst.VERPLICHT,
                    "een voorziening in het sociaal domein samen met een inburgeringsplicht", "Wmo 2015 art. 2.3a.2 lid 2 onder b");
        }
        if (clientsWithServices == 1 && aanpalend) {
            return new GecoordineerdeAanpak(Uitkomst.FACULTATIEF,
                    "één voorziening in het sociaal domein met alleen aanpalende domeinen", "Wmo 2015 art. 2.3a.2 lid 2");
        }
        return new GecoordineerdeAanpak(Uitkomst.GEEN, "geen samenhangende voorzieningen die coördinatie vragen",
                "Wmo 2015 art. 2.3a.2 lid 2");
    }
}
