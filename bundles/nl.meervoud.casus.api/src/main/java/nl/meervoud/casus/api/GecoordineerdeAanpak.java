// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a gecoördineerde aanpak must follow an investigation. What Wmo 2015 art. 2.3a.2 lid 2 (and 2.3a.4 lid 5
 * for the 2.3a.4 route) and 2.3a.4 lid 8 say is not written here: it is the Wams core rule set's {@code aanpak} and
 * {@code eigen-regie} process rules ({@code wams-core/A1} … {@code wams-core/E1}), which the case service reads from
 * the active rule sets and hands over as {@link Regels}. This class only applies them.
 *
 * @param uitkomst mandatory, optional or none
 * @param reden why, in Dutch
 * @param artikel the article of the rule that decided
 * @param regel the scoped id of that rule; null in files stored before it was recorded
 */
public record GecoordineerdeAanpak(Uitkomst uitkomst, String reden, String artikel, String regel) {

    /** The three outcomes, weakest last. */
    public enum Uitkomst {
        /** The college must ensure a coordinated approach. */
        VERPLICHT,
        /** The college may. */
        FACULTATIEF,
        /** The college is not responsible for one (self-coordination, or no services). */
        GEEN
    }

    /**
     * One {@code aanpak} rule: the outcome it gives when all its conditions hold (a condition left at 0, "" or
     * false is not asked).
     *
     * @param regel scoped id, e.g. {@code wams-core/A1}
     * @param citaties the articles; the first is the one a refusal names
     * @param uitkomst the outcome
     * @param voorzieningenVoorEenClient at least this many social-domain services for one client
     * @param clientenMetVoorziening at least this many clients with a social-domain service
     * @param plicht the client with the services also has this duty (e.g. {@code inburgeringsplicht})
     * @param aanpalend adjacent-domain services are part of the approach
     * @param eigenRegie the rule for when the client coordinates under their own direction
     * @param reden the reason, in Dutch
     */
    public record Regel(String regel, List<String> citaties, Uitkomst uitkomst, int voorzieningenVoorEenClient, int clientenMetVoorziening,
            String plicht, boolean aanpalend, boolean eigenRegie, String reden) {
        /** Validates and copies. */
        public Regel {
            Objects.requireNonNull(uitkomst, "uitkomst");
            citaties = geciteerd(regel, citaties);
            plicht = plicht == null ? "" : plicht;
        }

        String artikel() {
            return citaties.get(0);
        }

        boolean geldt(Map<String, List<String>> diensten, boolean metAanpalend, Map<String, Set<String>> plichten) {
            if (eigenRegie || (aanpalend && !metAanpalend)) {
                return false;
            }
            int perClient = Math.max(voorzieningenVoorEenClient, plicht.isEmpty() ? 0 : 1);
            if (perClient > 0 && diensten.entrySet().stream().noneMatch(e -> e.getValue().size() >= perClient
                    && (plicht.isEmpty() || plichten.getOrDefault(e.getKey(), Set.of()).contains(plicht)))) {
                return false;
            }
            return diensten.values().stream().filter(d -> !d.isEmpty()).count() >= clientenMetVoorziening;
        }
    }

    /**
     * An {@code eigen-regie} rule that rules out self-coordination after a route (Wmo 2015 art. 2.3a.4 lid 8 after
     * {@code WMO_2_3A_4}).
     *
     * @param regel scoped id
     * @param citaties the articles; the first is the one the refusal names
     * @param route the route after which the client may not coordinate under their own direction
     */
    public record Uitsluiting(String regel, List<String> citaties, String route) {
        /** Validates and copies. */
        public Uitsluiting {
            Objects.requireNonNull(route, "route");
            citaties = geciteerd(regel, citaties);
        }

        String artikel() {
            return citaties.get(0);
        }
    }

    /** A rule's articles: at least one, the first being the one a refusal or outcome names. */
    private static List<String> geciteerd(String regel, List<String> citaties) {
        Objects.requireNonNull(regel, "regel");
        List<String> copy = List.copyOf(citaties);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("regel " + regel + ": zonder artikel");
        }
        return copy;
    }

    /**
     * The active rules on the coordinated approach.
     *
     * @param aanpak the {@code aanpak} rules in rule-set order
     * @param geenEigenRegie the {@code eigen-regie} rules that rule it out after a route
     */
    public record Regels(List<Regel> aanpak, List<Uitsluiting> geenEigenRegie) {
        /** Copies. */
        public Regels {
            aanpak = List.copyOf(aanpak);
            geenEigenRegie = List.copyOf(geenEigenRegie);
        }
    }

    /**
     * Decides from the proposed services per client: the strongest outcome of the rules whose conditions hold
     * (mandatory over optional over none), the first such rule giving the reason and article.
     *
     * @param diensten per client id: the proposed social-domain services (one entry per service)
     * @param aanpalend whether adjacent-domain services are part of the approach
     * @param plichten per client id: the duties the rules may ask for (e.g. {@code inburgeringsplicht})
     * @param regels the active rules
     * @throws ProcesStapException when no active rule decides (no rule set on the coordinated approach is active)
     */
    public static GecoordineerdeAanpak beslis(Map<String, List<String>> diensten, boolean aanpalend, Map<String, Set<String>> plichten,
            Regels regels) {
        Regel beste = null;
        for (Regel r : regels.aanpak()) {
            if (r.geldt(diensten, aanpalend, plichten) && (beste == null || r.uitkomst().ordinal() < beste.uitkomst().ordinal())) {
                beste = r;
            }
        }
        if (beste == null) {
            throw new ProcesStapException("geen actieve regelset bepaalt of een gecoördineerde aanpak volgt", "Wmo 2015 art. 2.3a.2 lid 2");
        }
        return new GecoordineerdeAanpak(beste.uitkomst(), beste.reden(), beste.artikel(), beste.regel());
    }

    /**
     * The client coordinates under their own direction: refused after a route an active rule rules it out for;
     * otherwise the outcome of the active self-coordination rule (Wmo 2015 art. 2.3a.3 lid 2: no approach under the
     * college's responsibility).
     *
     * @param route the route of the investigation that preceded
     * @param regels the active rules
     * @throws ProcesStapException naming the article that rules it out, or when no active rule provides for it
     */
    public static GecoordineerdeAanpak eigenRegie(String route, Regels regels) {
        for (Uitsluiting u : regels.geenEigenRegie()) {
            if (u.route().equals(route)) {
                throw new ProcesStapException("coördinatie onder eigen regie is niet mogelijk na dit onderzoek; een professional coördineert "
                        + "(regel " + u.regel() + ")", u.artikel());
            }
        }
        return regels.aanpak().stream().filter(Regel::eigenRegie).findFirst()
                .map(r -> new GecoordineerdeAanpak(r.uitkomst(), r.reden(), r.artikel(), r.regel()))
                .orElseThrow(() -> new ProcesStapException("geen actieve regelset voorziet in coördinatie onder eigen regie",
                        "Wmo 2015 art. 2.3a.3 lid 2"));
    }
}
