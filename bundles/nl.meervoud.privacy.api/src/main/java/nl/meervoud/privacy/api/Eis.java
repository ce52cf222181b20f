// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.Locale;

/** A requirement on the sender ({@code VAN_…}) or the recipient ({@code NAAR_…}) of a request. */
public enum Eis implements Vereiste {
    /** The sender may use the BSN (Wmo 2015 art. 5.4.2 lid 5). */
    VAN_BSN_BEVOEGD("de verstrekker is niet bevoegd het BSN te gebruiken"),
    /** The recipient may use the BSN (Wmo 2015 art. 5.4.2 lid 5). */
    NAAR_BSN_BEVOEGD("de ontvanger is niet bevoegd het BSN te gebruiken"),
    /** The recipient's own regulations authorise special and criminal data (Wmo 2015 art. 5.4.3 lid 4 onder c). */
    NAAR_BEVOEGD_BIJZONDERE_GEGEVENS("de ontvanger is niet op grond van de eigen regelgeving bevoegd tot verwerking van bijzondere of strafrechtelijke gegevens"),
    /** The sender is bound by statutory professional secrecy (Wmo 2015 art. 5.4.2 lid 2). */
    VAN_BEROEPSGEHEIM("de verstrekker heeft geen wettelijk beroepsgeheim; daarvoor geldt de verstrekkingsplicht van Wmo 2015 art. 5.4.2 lid 1"),
    /** The sender is not bound by statutory professional secrecy (Wmo 2015 art. 5.4.2 lid 1). */
    VAN_GEEN_BEROEPSGEHEIM("de verstrekker heeft een wettelijk beroepsgeheim: alleen de route van Wmo 2015 art. 5.4.2 lid 2 is mogelijk"),
    /** The sender is a party of the social or an adjacent domain. */
    VAN_PARTIJ_SOCIAAL_OF_AANPALEND("de verstrekker is geen partij in het sociaal of een aanpalend domein"),
    /** The recipient is a party of the social or an adjacent domain. */
    NAAR_PARTIJ_SOCIAAL_OF_AANPALEND("de ontvanger is geen partij in het sociaal of een aanpalend domein");

    private final String uitleg;

    Eis(String uitleg) {
        this.uitleg = uitleg;
    }

    @Override
    public String uitleg() {
        return uitleg;
    }

    /** Finds a requirement by name, case-insensitively; throws naming the unknown one. */
    public static Eis of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown actor requirement `" + name + "`");
        }
    }
}
