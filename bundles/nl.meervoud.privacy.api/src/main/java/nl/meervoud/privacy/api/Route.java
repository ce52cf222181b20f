// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;
import java.util.Optional;

/**
 * The investigation route a request belongs to; it changes consent, informing and criminal-data rules. The Wams
 * defines two (Wmo 2015 art. 2.3a.1 and 2.3a.4); a law that enters the process its own way declares its route in
 * its module (the Wet inburgering 2021 brede intake, art. 14 lid 8, applying 2.3a.4 lid 2-7).
 *
 * @since 2.0 (an enum before)
 */
public final class Route extends Term {
    private static final Terms<Route> TERMS = new Terms<>("route", false, Route::new);

    /** At the resident's request, in samenspraak (Wmo 2015 art. 2.3a.1). */
    public static final Route WMO_2_3A_1 = TERMS.builtIn("WMO_2_3A_1");
    /** At a party's reasoned request about serious problems (Wmo 2015 art. 2.3a.4). */
    public static final Route WMO_2_3A_4 = TERMS.builtIn("WMO_2_3A_4");

    private Route(String name, int id, boolean ingebouwd) {
        super(name, id, ingebouwd);
    }

    /** The route of this name, built-in or to be declared by a module; refuses a malformed name. */
    public static Route of(String name) {
        return TERMS.intern(name);
    }

    /** The route of this name if the platform or a rule file ever named it; never creates one (for input). */
    public static Optional<Route> find(String name) {
        return TERMS.find(name);
    }

    /** The routes the Wams itself defines. */
    public static List<Route> ingebouwde() {
        return TERMS.builtIns();
    }
}
