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
 * actor's id is the municipality's CBS code with the issuer-qualified subject ({@code 0363/<iss>|<sub>}); the
 * processing log keeps the municipality and only a pseudonym of the person.
 */
final class Identiteit {
    private final Principal principal;
    private final String id;
    private final Set<Rol> rollen;
    private final Law wet;
    private final java.util.Set<String> ontbreekt = new java.util.TreeSet<>();
    private final java.util.Map<java.util.UUID, java.util.Set<String>> bekendeToegang = new java.util.HashMap<>();
    /** The municipality the person works for when they act for another under a regional arrangement; else null. */
    private final String thuisgemeente;

    Identiteit(Principal principal, Law wet) {
        this(principal, wet, null);
    }

    /**
     * Someone acting for the municipality of {@code principal} (the responsible one) while working for
     * {@code thuisgemeente} (regional cooperation, issue 10 §3): their actor id names both ({@code 0384/0363/<iss>|<sub>}),
     * so the processing log keeps both codes readable and the person pseudonymous.
     */
    Identiteit(Principal principal, Law wet, String thuisgemeente) {
        this.principal = principal;
        this.thuisgemeente = thuisgemeente;
        // The municipality first: the processing log keeps it readable and pseudonymises the rest.
        this.id = idVan(principal.subject());
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

    /**
     * The actor in the role, acting under this law (the college in its Wet inburgering 2021 role, say). A principal
     * whose functions do not give the role acts in the role of its function ({@code FUNCTIE_BEHEERDER}, say), which
     * no rule set declares: the kernel refuses it as unknown, so the refusal is a kernel decision and a
     * processing-log record like any other (issue 10 §2), and {@link #ontbreekt()} names what was missing.
     */
    Actor als(Rol rol, Law onder) {
        if (!rollen.contains(rol)) {
            ontbreekt.add(rol.name());
            return new Actor(Rol.functie(EnumSet.copyOf(principal.functies()).iterator().next().name()), id, onder, Domein.SOCIAAL, "",
                    Geheimhouding.GEEN, true, true);
        }
        return new Actor(rol, id, onder, Domein.SOCIAAL, "", Geheimhouding.GEEN, true, true);
    }

    /** The roles this request asked for that the principal's functions do not give, for the 403's text. */
    String ontbreekt() {
        return ontbreekt.isEmpty() ? "" : "uw functie (" + functies() + ") handelt niet als " + String.join(", ", ontbreekt);
    }

    /**
     * The college of the principal's municipality as the receiving institution, when a party's professional
     * supplies data to it: the college receives, not the professional.
     */
    Actor college() {
        return new Actor(Rol.COLLEGE, "gemeente-" + principal.gemeente(), wet, Domein.SOCIAAL, "", Geheimhouding.GEEN, true, true);
    }

    /** The prefix of the key a data request carries for the party it is addressed to, followed by the party's id. */
    static final String PARTIJ = "partij:";

    /** The prefix of the key a designated coordinator opens, followed by their {@link #id()}. */
    static final String COORDINATOR = "coordinator:";

    /** The key of an investigation every consulent may work on (older ones, and those a party filed). */
    static final String OPEN = "open";

    /**
     * The need-to-know keys this person opens ({@value #OPEN}), their own ({@code behandelaar:<issuer>|<subject>}) and each of their
     * teams ({@code team:<name>}).
     */
    java.util.Set<String> toegangssleutels() {
        java.util.Set<String> keys = new java.util.TreeSet<>(eigenSleutels());
        keys.add(OPEN);
        if (principal.heeft(Functie.COORDINATOR)) {
            keys.add(COORDINATOR + id); // the approaches the college designated this person for
        }
        return keys;
    }

    /** The keys an investigation this person starts gets: their own and their teams'. */
    java.util.Set<String> eigenSleutels() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        keys.add("behandelaar:" + id);
        principal.teams().forEach(t -> keys.add("team:" + t));
        return keys;
    }

    /** Need-to-know keys of investigations this request already read, so each is looked up once. */
    java.util.Map<java.util.UUID, java.util.Set<String>> bekendeToegang() {
        return bekendeToegang;
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

    /** The municipality the person works for while acting for another (regional cooperation); null when for their own. */
    String thuisgemeente() {
        return thuisgemeente;
    }

    String id() {
        return id;
    }

    /** The actor id of another person of this municipality at this person's issuer (a designated coordinator). */
    String idVan(String subject) {
        return principal.gemeente() + "/" + (thuisgemeente == null ? "" : thuisgemeente + "/") + principal.uitgever() + "|" + subject;
    }

    private String functies() {
        return String.join(", ", EnumSet.copyOf(principal.functies()).stream().map(Functie::naam).toList());
    }
}
