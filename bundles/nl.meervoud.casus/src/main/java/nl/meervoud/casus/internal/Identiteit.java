// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.Domein;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.Rol;

/**
 * Who is acting. Until authentication lands this is the configured development identity (PID
 * {@value CasusConfig#PID}); the enforcement point asks only this class, so an authenticated principal will take
 * its place without touching the endpoints. An identity holds roles; an operation names the role it needs, and an
 * identity without it is refused.
 */
final class Identiteit {
    private final String id;
    private final Set<Rol> rollen;
    private final Law wet;

    Identiteit(String id, String[] rollen, String wet) {
        this.id = id;
        this.rollen = Arrays.stream(rollen).map(String::trim).filter(s -> !s.isEmpty()).map(Rol::of).collect(Collectors.toUnmodifiableSet());
        this.wet = Law.of(wet);
    }

    /** The actor in the role the operation needs; 403 when the identity does not hold it. */
    Actor als(Rol rol) {
        return als(rol, wet);
    }

    /** The actor in the role, acting under this law (the college in its Wet inburgering 2021 role, say). */
    Actor als(Rol rol, Law onder) {
        if (!rollen.contains(rol)) {
            throw new Problem(403, "Geen bevoegdheid", "de identiteit `" + id + "` handelt niet in de rol " + rol, null, null, null);
        }
        return new Actor(rol, id, onder, Domein.SOCIAAL, "", Geheimhouding.GEEN, true, true);
    }

    String id() {
        return id;
    }
}
