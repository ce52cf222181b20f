// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;
import java.util.Optional;

/**
 * A law by the short name the rulebook cites it by ("Wmo 2015", "Jeugdwet", "Participatiewet"). The platform
 * knows only the Wams' host law; every other law is declared, with its citation form, by a rule set that cites it
 * ({@link Vocabulaire#wetten()}), and a rule citing a law no active rule set declares is refused.
 *
 * @since 2.0 (a record with a constant per law before)
 */
public final class Law extends Term {
    private static final Terms<Law> TERMS = new Terms<>("wet", true, Law::new);

    /** The Wet maatschappelijke ondersteuning 2015, into which the Wams writes its core (§3a, ch. 5 §4-5). */
    public static final Law WMO_2015 = TERMS.builtIn("Wmo 2015");

    private Law(String name, int id, boolean ingebouwd) {
        super(name, id, ingebouwd);
    }

    /** The law of this short name, e.g. {@code Law.of("Jeugdwet")}; whether it is declared is the kernel's check. */
    public static Law of(String name) {
        return TERMS.intern(name);
    }

    /** The law of this name if the platform or a rule file ever named it; never creates one (for input). */
    public static Optional<Law> find(String name) {
        return TERMS.find(name);
    }

    /** The laws the platform itself knows. */
    public static List<Law> ingebouwde() {
        return TERMS.builtIns();
    }
}
