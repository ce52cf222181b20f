// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;
import java.util.Optional;

/**
 * The statutory professional-secrecy regime a party is bound by (Wmo 2015 art. 5.4.2 lid 2). The Wams knows only
 * whether there is one ({@link #GEEN} or not); each regime (BW art. 7:457, Wet BIG art. 88, Jeugdwet art. 7.3.11, …)
 * is declared by the module of the law that imposes or the rule set that cites it.
 *
 * @since 2.0 (an enum before)
 */
public final class Geheimhouding extends Term {
    private static final Terms<Geheimhouding> TERMS = new Terms<>("geheimhoudingsregime", false, Geheimhouding::new);

    /** No statutory professional secrecy; the duty to provide of Wmo 2015 art. 5.4.2 lid 1 applies. */
    public static final Geheimhouding GEEN = TERMS.builtIn("GEEN");

    private Geheimhouding(String name, int id, boolean ingebouwd) {
        super(name, id, ingebouwd);
    }

    /** The geheimhoudingsregime of this name, built-in or to be declared by a module; refuses a malformed name. */
    public static Geheimhouding of(String name) {
        return TERMS.intern(name);
    }

    /** The geheimhoudingsregime of this name if the platform or a rule file ever named it; never creates one (for input). */
    public static Optional<Geheimhouding> find(String name) {
        return TERMS.find(name);
    }

    /** The geheimhoudingsregimes the Wams itself defines. */
    public static List<Geheimhouding> ingebouwde() {
        return TERMS.builtIns();
    }
}
