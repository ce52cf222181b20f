// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The people around a client and how they relate, from which the gezinsleden are computed as Wmo 2015 art.
 * 1.1.1 defines them. Whether a gezinslid takes part is a further question: only "voor zover nodig gelet op de
 * meervoudige problematiek", and only with their consent (Wmo 2015 art. 2.3a.1 lid 3).
 */
public final class Huishouden {
    private final Persoon client;
    private final Map<String, Persoon> personen = new LinkedHashMap<>();
    private final List<Relation> relaties = new ArrayList<>();

    private record Relation(String van, Relatie relatie, String naar) {
    }

    /** A household around a client. */
    public Huishouden(Persoon client) {
        this.client = Objects.requireNonNull(client, "client");
        personen.put(client.id(), client);
    }

    /** Adds a person. */
    public Huishouden met(Persoon persoon) {
        personen.put(persoon.id(), persoon);
        return this;
    }

    /** Records that {@code van} is {@code relatie} of {@code naar} (e.g. A is KIND of B); the inverse is implied. */
    public Huishouden relatie(String van, Relatie relatie, String naar) {
        if (!personen.containsKey(van) || !personen.containsKey(naar)) {
            throw new IllegalArgumentException("relatie tussen onbekende personen `" + van + "` en `" + naar + "`");
        }
        relaties.add(new Relation(van, relatie, naar));
        return this;
    }

    /** The gezinsleden of the client on a day, each with the ground it rests on; the client is not included. */
    public List<Gezinslid> gezinsleden(LocalDate op) {
        List<Gezinslid> leden = new ArrayList<>();
        for (Persoon p : personen.values()) {
            if (p.id().equals(client.id())) {
                continue;
            }
            Gezinslid.Grond grond = grond(p, op);
            if (grond != null) {
                leden.add(new Gezinslid(p, grond));
            }
        }
        return leden;
    }

    private Gezinslid.Grond grond(Persoon p, LocalDate op) {
        if (p.inHuishouding() && !p.verblijftElders()) {
            return Gezinslid.Grond.GEZAMENLIJKE_HUISHOUDING;
        }
        if (!p.verblijftElders()) {
            return null; // neither in the household nor staying elsewhere for more than 24 hours
        }
        if (is(p.id(), Relatie.ECHTGENOOT, client.id())) {
            return Gezinslid.Grond.ECHTGENOOT_ELDERS;
        }
        if (p.jeugdigeOp(op) && (is(p.id(), Relatie.KIND, client.id())
                || partnersOfClient().stream().anyMatch(partner -> is(p.id(), Relatie.KIND, partner)))) {
            return Gezinslid.Grond.KIND_ELDERS;
        }
        if (p.jeugdigeOp(op) && householdChildren().stream().anyMatch(child -> is(p.id(), Relatie.BROER_OF_ZUS, child.id()))) {
            return Gezinslid.Grond.BROER_OF_ZUS_ELDERS;
        }
        boolean exOfHouseholdAdult = householdMembers().stream()
                .anyMatch(adult -> is(p.id(), Relatie.EX_PARTNER, adult.id()));
        if (exOfHouseholdAdult && householdChildren().stream()
                .anyMatch(child -> child.jeugdigeOp(op) && is(p.id(), Relatie.OUDER, child.id()))) {
            return Gezinslid.Grond.EX_PARTNER_ELDERS;
        }
        return null;
    }

    private List<Persoon> householdMembers() {
        return personen.values().stream().filter(p -> p.inHuishouding() && !p.verblijftElders()).toList();
    }

    private List<Persoon> householdChildren() {
        return householdMembers().stream()
                .filter(c -> householdMembers().stream().anyMatch(a -> is(c.id(), Relatie.KIND, a.id()))).toList();
    }

    private List<String> partnersOfClient() {
        return personen.keySet().stream().filter(id -> is(id, Relatie.PARTNER, client.id()) || is(id, Relatie.ECHTGENOOT, client.id()))
                .toList();
    }

    /** Whether {@code a} is {@code relatie} of {@code b}, reading each relation both ways. */
    private boolean is(String a, Relatie relatie, String b) {
        for (Relation r : relaties) {
            if (r.van.equals(a) && r.naar.equals(b) && r.relatie == relatie) {
                return true;
            }
            if (r.van.equals(b) && r.naar.equals(a) && r.relatie == inverse(relatie)) {
                return true;
            }
        }
        return false;
    }

    private static Relatie inverse(Relatie r) {
        return switch (r) {
            case KIND -> Relatie.OUDER;
            case OUDER -> Relatie.KIND;
            default -> r;
        };
    }
}
