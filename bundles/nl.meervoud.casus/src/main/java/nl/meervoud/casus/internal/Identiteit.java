// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.util.EnumSet;
import java.util.Set;

import nl.meervoud.auth.api.Functie;
import nl.meervoud.auth.api.Principal;
import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.Domein;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.Rol;

/**
 * Who is acting in this request: the authenticated principal, never a request field. Its Wams functions map onto
 * the privacy kernel's roles (meldpuntmedewerker → MELDPUNT, consulent → COLLEGE, coördinator → COORDINATOR); an
 * operation names the role it needs, and a principal without it is refused with 403 before anything is read. The
 * actor's id is the issuer-qualified subject; the processing log keeps only its pseudonym.
 */
final class Identiteit {
    private final Principal principal;
    private final String id;
    private final Set<Rol> rollen;
    private final Law wet;

    Identiteit(Principal principal, Law wet) {
        this.principal = principal;
        this.id = principal.uitgever() + "|" + principal.subject();
        Set<Rol> r = new java.util.HashSet<>();
        for (Functie f : principal.functies()) {
            switch (f) {
                case MELDPUNTMEDEWERKER -> r.add(Rol.MELDPUNT);
                case CONSULENT -> r.add(Rol.COLLEGE);
                case COORDINATOR -> r.add(Rol.COORDINATOR);
                default -> {
                    // privacy officer, operator, professional, resident: no role of the college in the case model
                }
            }
        }
        this.rollen = Set.copyOf(r);
        this.wet = wet;
    }

    /** The actor in the role the operation needs; 403 when the principal does not hold it. */
    Actor als(Rol rol) {
        return als(rol, wet);
    }

    /** The actor in the role, acting under this law (the college in its Wet inburgering 2021 role, say). */
    Actor als(Rol rol, Law onder) {
        if (!rollen.contains(rol)) {
            throw new Problem(403, "Geen bevoegdheid", "uw functie (" + functies() + ") handelt niet in de rol " + rol, null, null, null);
        }
        return new Actor(rol, id, onder, Domein.SOCIAAL, "", Geheimhouding.GEEN, true, true);
    }

    /** Whether the principal acts in this function. */
    boolean heeft(Functie functie) {
        return principal.heeft(functie);
    }

    /**
     * 403 unless the principal acts in one of these functions; the first it holds, as the processing log names a
     * performer ({@code FUNCTIE:id}, pseudonymised there).
     */
    String eis(Functie... functies) {
        for (Functie f : functies) {
            if (principal.heeft(f)) {
                return f.name() + ":" + id;
            }
        }
        throw new Problem(403, "Geen bevoegdheid", "uw functie (" + functies() + ") mag dit niet; nodig: "
                + java.util.Arrays.stream(functies).map(Functie::naam).collect(java.util.stream.Collectors.joining(" of ")), null, null, null);
    }

    Principal principal() {
        return principal;
    }

    String id() {
        return id;
    }

    private String functies() {
        return String.join(", ", EnumSet.copyOf(principal.functies()).stream().map(Functie::naam).toList());
    }
}
