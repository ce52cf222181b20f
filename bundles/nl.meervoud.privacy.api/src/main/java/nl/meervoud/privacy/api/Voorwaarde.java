// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A condition that a request carries evidence for. A rule lists the conditions it requires; a denial names
 * the missing one in words a caseworker understands. The constants are the evidence every law shares (a recorded
 * necessity justification, consent, the secrecy three-part test, provider consent, the scope agreed in samenspraak);
 * a condition only one law brings (the debtor's statement of the Wgs, the insured's consent of the Wlz) is declared
 * with its explanation and article by that law's module ({@link Vocabulaire#voorwaarden()}).
 *
 * @since 2.0 (an enum before)
 */
public final class Voorwaarde extends Term implements Vereiste {
    private static final Terms<Voorwaarde> TERMS = new Terms<>("voorwaarde", false, Voorwaarde::new);
    private static final Map<Voorwaarde, String> UITLEG = new ConcurrentHashMap<>();

    public static final Voorwaarde NOODZAAK_ONDERBOUWD = builtIn("NOODZAAK_ONDERBOUWD",
            "de noodzaak (met proportionaliteit en subsidiariteit) is niet vastgelegd");
    public static final Voorwaarde BINNEN_REIKWIJDTE = builtIn("BINNEN_REIKWIJDTE",
            "de vraag valt buiten de domeinen en problemen die de cliënt in samenspraak heeft afgesproken (Wmo 2015 art. 2.3a.1)");
    public static final Voorwaarde TOESTEMMING_GEZINSLID = builtIn("TOESTEMMING_GEZINSLID",
            "het gezinslid heeft niet ingestemd met deelname");
    public static final Voorwaarde TOESTEMMING_BETROKKENE = builtIn("TOESTEMMING_BETROKKENE",
            "de betrokkene heeft geen toestemming gegeven");
    public static final Voorwaarde GEMOTIVEERD_VERZOEK = builtIn("GEMOTIVEERD_VERZOEK",
            "er is geen gemotiveerd verzoek (doel, waarom deze gegevens, met wie gedeeld)");
    public static final Voorwaarde AFWEGING_BEROEPSGEHEIM = builtIn("AFWEGING_BEROEPSGEHEIM",
            "de beroepskracht heeft de drievoudige afweging met anoniem collegiaal overleg niet vastgelegd");
    public static final Voorwaarde TOESTEMMING_VERSTREKKER = builtIn("TOESTEMMING_VERSTREKKER",
            "de verstrekkende partij heeft geen toestemming gegeven");
    public static final Voorwaarde ONTVANGER_BEVOEGD = builtIn("ONTVANGER_BEVOEGD",
            "de ontvanger is niet op grond van de eigen regelgeving bevoegd tot verwerking van bijzondere of strafrechtelijke gegevens");
    public static final Voorwaarde ALLEEN_RELEVANT_DEEL = builtIn("ALLEEN_RELEVANT_DEEL",
            "niet alleen het relevante deel van de gegevens is geselecteerd");
    public static final Voorwaarde NOODZAAK_UIT_ONDERZOEK = builtIn("NOODZAAK_UIT_ONDERZOEK",
            "het onderzoek heeft de noodzaak niet aangetoond");
    public static final Voorwaarde DRAAGKRACHT_GEZINSLID = builtIn("DRAAGKRACHT_GEZINSLID",
            "de gegevens dienen niet alleen om vast te stellen in hoeverre het gezinslid de cliënt kan ondersteunen");
    public static final Voorwaarde EIGEN_AFWEGING_BURGEMEESTER = builtIn("EIGEN_AFWEGING_BURGEMEESTER",
            "de burgemeester heeft geen eigen afweging van noodzaak, proportionaliteit en subsidiariteit gemaakt");
    public static final Voorwaarde MELDING_IN_BEHANDELING = builtIn("MELDING_IN_BEHANDELING",
            "de melding is niet in behandeling genomen (triage uitgevoerd)");
    public static final Voorwaarde INGEZETENE_NIET_ACUUT = builtIn("INGEZETENE_NIET_ACUUT",
            "de melding betreft geen ingezetene of is acuut: er worden geen persoonsgegevens vastgelegd");
    public static final Voorwaarde AANPAK_BEEINDIGD = builtIn("AANPAK_BEEINDIGD",
            "de gecoördineerde aanpak is nog niet beëindigd");
    public static final Voorwaarde VERZOEK_NIEUWE_GEMEENTE = builtIn("VERZOEK_NIEUWE_GEMEENTE",
            "de nieuwe woongemeente heeft niet om de gegevens verzocht");

    private Voorwaarde(String name, int id, boolean ingebouwd) {
        super(name, id, ingebouwd);
    }

    private static Voorwaarde builtIn(String name, String uitleg) {
        Voorwaarde v = TERMS.builtIn(name);
        UITLEG.put(v, uitleg);
        return v;
    }

    /** The condition of this name, built-in or to be declared by a module; refuses a malformed name. */
    public static Voorwaarde of(String name) {
        return TERMS.intern(name);
    }

    /** The condition of this name if the platform or a rule file ever named it; never creates one (for input). */
    public static Optional<Voorwaarde> find(String name) {
        return TERMS.find(name);
    }

    /** The conditions the platform itself defines. */
    public static List<Voorwaarde> ingebouwde() {
        return TERMS.builtIns();
    }

    /**
     * The platform's explanation of a built-in condition; empty for a declared one, whose explanation is in its
     * declaration (the kernel's denials use that).
     */
    @Override
    public String uitleg() {
        return UITLEG.getOrDefault(this, "");
    }
}
