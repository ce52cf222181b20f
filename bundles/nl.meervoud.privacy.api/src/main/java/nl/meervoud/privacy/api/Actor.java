// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.Objects;

/**
 * Who sends or receives: a role, an identifier, and the attributes the law makes decisive.
 *
 * @param rol the role
 * @param id an identifier of the organisation or person in that role (OIN, party code); not personal data
 * @param law the law the actor acts under (the college acting under the Jeugdwet, a party's own law); may be null
 * @param domein the domain of a party
 * @param partijType the kind of party, e.g. {@code jeugdhulpaanbieder}, {@code reclassering}; may be empty
 * @param geheimhouding the professional-secrecy regime the actor is bound by
 * @param bsnBevoegd whether the actor may use the BSN (Wmo 2015 art. 5.4.2 lid 5)
 * @param bevoegdBijzondereGegevens whether its own regulations authorise it to process health, other special
 *        and criminal data for its task (Wmo 2015 art. 5.4.3 lid 4 onder c)
 */
public record Actor(Rol rol, String id, Law law, Domein domein, String partijType, Geheimhouding geheimhouding,
        boolean bsnBevoegd, boolean bevoegdBijzondereGegevens) {

    /** Validates and defaults the parts. */
    public Actor {
        Objects.requireNonNull(rol, "rol");
        id = id == null ? "" : id;
        domein = domein == null ? Domein.GEEN : domein;
        partijType = partijType == null ? "" : partijType;
        geheimhouding = geheimhouding == null ? Geheimhouding.GEEN : geheimhouding;
    }

    /** An actor with just a role and id and no special attributes. */
    public static Actor of(Rol rol, String id) {
        return new Actor(rol, id, null, null, null, null, false, false);
    }

    /** The college acting under a law; the college may always use the BSN (Wabb). */
    public static Actor college(String id, Law law) {
        return new Actor(Rol.COLLEGE, id, law, Domein.SOCIAAL, "", Geheimhouding.GEEN, true, true);
    }

    /** A copy with another secrecy regime. */
    public Actor withGeheimhouding(Geheimhouding regime) {
        return new Actor(rol, id, law, domein, partijType, regime, bsnBevoegd, bevoegdBijzondereGegevens);
    }

    /** A copy with BSN authority set. */
    public Actor withBsnBevoegd(boolean bevoegd) {
        return new Actor(rol, id, law, domein, partijType, geheimhouding, bevoegd, bevoegdBijzondereGegevens);
    }

    /** A copy with the authorisation for special data set. */
    public Actor withBevoegdBijzondereGegevens(boolean bevoegd) {
        return new Actor(rol, id, law, domein, partijType, geheimhouding, bsnBevoegd, bevoegd);
    }

    /** A copy with another domain and party type. */
    public Actor withPartij(Domein domain, String type) {
        return new Actor(rol, id, law, domain, type, geheimhouding, bsnBevoegd, bevoegdBijzondereGegevens);
    }
}
