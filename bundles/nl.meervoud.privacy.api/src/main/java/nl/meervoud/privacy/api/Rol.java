// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;
import java.util.Optional;

/**
 * The role in which an actor sends or receives data. The constants are the roles the Wams itself names (Wmo 2015
 * art. 1.1.1, 2.2.5, 2.3a.3, 5.4.3); a role only one law brings (the Wlz-uitvoerder, a health insurer, a Zorg- en
 * Veiligheidshuis, the Raad voor de Kinderbescherming) is declared by that law's module ({@link Vocabulaire#rollen()}).
 *
 * @since 2.0 (an enum before)
 */
public final class Rol extends Term {
    private static final Terms<Rol> TERMS = new Terms<>("rol", false, Rol::new);

    /** The college of burgemeester en wethouders, acting under a law ({@link Actor#law()}). */
    public static final Rol COLLEGE = TERMS.builtIn("COLLEGE");
    /** The coordinator of a gecoördineerde aanpak (Wmo 2015 art. 2.3a.3). */
    public static final Rol COORDINATOR = TERMS.builtIn("COORDINATOR");
    /** A party delivering a service or intervention in the social or an adjacent domain (Wmo 2015 art. 1.1.1). */
    public static final Rol PARTIJ = TERMS.builtIn("PARTIJ");
    /** The burgemeester (Wmo 2015 art. 5.4.2 lid 4, 5.4.4 lid 1, 5.5.3). */
    public static final Rol BURGEMEESTER = TERMS.builtIn("BURGEMEESTER");
    /** The meldpunt, operated for the college (Wmo 2015 art. 2.2.5). */
    public static final Rol MELDPUNT = TERMS.builtIn("MELDPUNT");
    /** The client (cliënt) or the client's representative. */
    public static final Rol CLIENT = TERMS.builtIn("CLIENT");
    /** A gezinslid who is not (yet) a client (Wmo 2015 art. 1.1.1). */
    public static final Rol GEZINSLID = TERMS.builtIn("GEZINSLID");
    /** The person who made a melding. */
    public static final Rol MELDER = TERMS.builtIn("MELDER");
    /** A casusoverleg as a whole (Wmo 2015 art. 5.4.3). */
    public static final Rol CASUSOVERLEG = TERMS.builtIn("CASUSOVERLEG");
    /** The college of another municipality (e.g. after a move, Wmo 2015 art. 5.5.2 lid 5). */
    public static final Rol ANDERE_GEMEENTE = TERMS.builtIn("ANDERE_GEMEENTE");
    /** Any other third party (e.g. a housing corporation in oggz, Wmo 2015 art. 5.1.2 lid 2). */
    public static final Rol DERDE = TERMS.builtIn("DERDE");

    /**
     * The prefix of a person's function that gives no role in the process ({@code FUNCTIE_BEHEERDER}): the case
     * model names such an actor when a principal attempts what its functions do not allow. No rule set may
     * declare such a role, so the kernel refuses the attempt as unknown and logs it; the processing log
     * pseudonymises it as the person it is.
     *
     * @since 2.2
     */
    public static final String FUNCTIE = "FUNCTIE_";

    private Rol(String name, int id, boolean ingebouwd) {
        super(name, id, ingebouwd);
    }

    /** The role of this name, built-in or to be declared by a module; refuses a malformed name. */
    public static Rol of(String name) {
        return TERMS.intern(name);
    }

    /**
     * The role of a person acting in a function that gives no role in the process (see {@link #FUNCTIE}).
     *
     * @since 2.2
     */
    public static Rol functie(String functie) {
        return of(FUNCTIE + functie);
    }

    /**
     * Whether this is the role of a person in a function that gives no role in the process.
     *
     * @since 2.2
     */
    public boolean functie() {
        return name().startsWith(FUNCTIE);
    }

    /** The role of this name if the platform or a rule file ever named it; never creates one (for input). */
    public static Optional<Rol> find(String name) {
        return TERMS.find(name);
    }

    /** The roles the Wams itself defines. */
    public static List<Rol> ingebouwde() {
        return TERMS.builtIns();
    }
}
