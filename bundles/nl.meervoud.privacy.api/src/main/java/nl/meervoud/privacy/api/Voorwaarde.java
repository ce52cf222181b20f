// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.Locale;

/**
 * A condition that a request carries evidence for. A rule lists the conditions it requires; a denial names
 * the missing one in words a caseworker understands ({@link #uitleg()}).
 */
public enum Voorwaarde implements Vereiste {
    NOODZAAK_ONDERBOUWD("de noodzaak (met proportionaliteit en subsidiariteit) is niet vastgelegd"),
    BINNEN_REIKWIJDTE("de vraag valt buiten de domeinen en problemen die de cliënt in samenspraak heeft afgesproken (Wmo 2015 art. 2.3a.1)"),
    TOESTEMMING_GEZINSLID("het gezinslid heeft niet ingestemd met deelname"),
    TOESTEMMING_BETROKKENE("de betrokkene heeft geen toestemming gegeven"),
    GEMOTIVEERD_VERZOEK("er is geen gemotiveerd verzoek (doel, waarom deze gegevens, met wie gedeeld)"),
    AFWEGING_BEROEPSGEHEIM("de beroepskracht heeft de drievoudige afweging met anoniem collegiaal overleg niet vastgelegd"),
    TOESTEMMING_VERSTREKKER("de verstrekkende partij heeft geen toestemming gegeven"),
    ONTVANGER_BEVOEGD("de ontvanger is niet op grond van de eigen regelgeving bevoegd tot verwerking van bijzondere of strafrechtelijke gegevens"),
    ALLEEN_RELEVANT_DEEL("niet alleen het relevante deel van de gegevens is geselecteerd"),
    NOODZAAK_UIT_ONDERZOEK("het onderzoek heeft de noodzaak niet aangetoond"),
    DRAAGKRACHT_GEZINSLID("de gegevens dienen niet alleen om vast te stellen in hoeverre het gezinslid de cliënt kan ondersteunen"),
    ACHTERGROND_JEUGDHULP_MAATWERK("godsdienst of etniciteit is alleen toegestaan om rekening te houden met de achtergrond bij jeugdhulp of maatwerkondersteuning"),
    EIGEN_AFWEGING_BURGEMEESTER("de burgemeester heeft geen eigen afweging van noodzaak, proportionaliteit en subsidiariteit gemaakt"),
    WPG_WJSG_GRONDSLAG("er is geen grondslag in de Wpg of Wjsg voor deze verstrekking"),
    WVGGZ_HERKWALIFICATIE("de melding is niet geherkwalificeerd als Wvggz-melding (art. 5:1 Wvggz)"),
    MELDING_IN_BEHANDELING("de melding is niet in behandeling genomen (triage uitgevoerd)"),
    INGEZETENE_NIET_ACUUT("de melding betreft geen ingezetene of is acuut: er worden geen persoonsgegevens vastgelegd"),
    AFGESPROKEN_MET_ZVH("de gegevens zijn niet met de deelnemers van het Zorg- en Veiligheidshuis afgesproken"),
    AANPAK_BEEINDIGD("de gecoördineerde aanpak is nog niet beëindigd"),
    VERZOEK_NIEUWE_GEMEENTE("de nieuwe woongemeente heeft niet om de gegevens verzocht"),
    VERKLARING_SCHULDHULP("de persoon om wiens schulden het gaat heeft niet verklaard hulp te willen"),
    TOESTEMMING_VERZEKERDE("de verzekerde heeft geen uitdrukkelijke toestemming gegeven");

    private final String uitleg;

    Voorwaarde(String uitleg) {
        this.uitleg = uitleg;
    }

    @Override
    public String uitleg() {
        return uitleg;
    }

    /** Finds a condition by name, case-insensitively; throws naming the unknown one. */
    public static Voorwaarde of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown condition `" + name + "`");
        }
    }
}
