// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The gezinslid definition of Wmo 2015 art. 1.1.1 (rulebook §2.6), one ground per test. */
class Wmo_1_1_1_GezinslidTest {
    private static final LocalDate OP = LocalDate.of(2026, 11, 24);

    private static Persoon thuis(String id, int leeftijd) {
        return new Persoon(id, OP.minusYears(leeftijd).minusDays(1), true, false, 18);
    }

    private static Persoon elders(String id, int leeftijd) {
        return new Persoon(id, OP.minusYears(leeftijd).minusDays(1), false, true, 18);
    }

    private static Map<String, Gezinslid.Grond> gronden(Huishouden h) {
        return h.gezinsleden(OP).stream().collect(Collectors.toMap(g -> g.persoon().id(), Gezinslid::grond));
    }

    @Test
    void wmo_1_1_1_everyoneInTheJointHouseholdIsAGezinslid_adultsAndChildren() {
        Huishouden h = new Huishouden(thuis("moeder", 40)).met(thuis("partner", 42)).met(thuis("kind", 10))
                .met(thuis("oma", 70)).relatie("kind", Relatie.KIND, "moeder");
        assertEquals(Map.of("partner", Gezinslid.Grond.GEZAMENLIJKE_HUISHOUDING, "kind", Gezinslid.Grond.GEZAMENLIJKE_HUISHOUDING,
                "oma", Gezinslid.Grond.GEZAMENLIJKE_HUISHOUDING), gronden(h));
    }

    @Test
    void wmo_1_1_1_aChildOfTheClientsPartnerInAYouthInstitutionCountsWhileAJeugdige() {
        Huishouden h = new Huishouden(thuis("moeder", 40)).met(thuis("partner", 42)).met(elders("stiefkind", 16))
                .relatie("partner", Relatie.PARTNER, "moeder").relatie("stiefkind", Relatie.KIND, "partner");
        assertEquals(Gezinslid.Grond.KIND_ELDERS, gronden(h).get("stiefkind"));
    }

    @Test
    void wmo_1_1_1_anAdultChildLivingElsewhereIsNotAGezinslid() {
        Huishouden h = new Huishouden(thuis("moeder", 50)).met(elders("zoon", 25)).relatie("zoon", Relatie.KIND, "moeder");
        assertEquals(Map.of(), gronden(h));
    }

    @Test
    void wmo_1_1_1_theJeugdigeAgeBoundIsExtendedTo23WhereTheJeugdwetExtendsIt() {
        Persoon zoon = new Persoon("zoon", OP.minusYears(22), false, true, 23);
        Huishouden h = new Huishouden(thuis("moeder", 50)).met(zoon).relatie("zoon", Relatie.KIND, "moeder");
        assertEquals(Gezinslid.Grond.KIND_ELDERS, gronden(h).get("zoon"));
    }

    @Test
    void wmo_1_1_1_anExPartnerElsewhereCountsWhileParentOfAJeugdigeChildInTheHousehold() {
        Huishouden h = new Huishouden(thuis("moeder", 40)).met(thuis("kind", 8)).met(elders("vader", 41))
                .relatie("kind", Relatie.KIND, "moeder").relatie("vader", Relatie.OUDER, "kind")
                .relatie("vader", Relatie.EX_PARTNER, "moeder");
        assertEquals(Gezinslid.Grond.EX_PARTNER_ELDERS, gronden(h).get("vader"));
    }

    @Test
    void wmo_1_1_1_anExPartnerWhoseChildrenAreAdultIsNoLongerAGezinslid() {
        Huishouden h = new Huishouden(thuis("moeder", 50)).met(thuis("kind", 19)).met(elders("vader", 52))
                .relatie("kind", Relatie.KIND, "moeder").relatie("vader", Relatie.OUDER, "kind")
                .relatie("vader", Relatie.EX_PARTNER, "moeder");
        assertEquals(null, gronden(h).get("vader"));
    }

    @Test
    void wmo_1_1_1_aHalfSiblingElsewhereOfAChildInTheHouseholdCounts() {
        Huishouden h = new Huishouden(thuis("moeder", 40)).met(thuis("kind", 8)).met(elders("halfzus", 12))
                .relatie("kind", Relatie.KIND, "moeder").relatie("halfzus", Relatie.BROER_OF_ZUS, "kind");
        assertEquals(Gezinslid.Grond.BROER_OF_ZUS_ELDERS, gronden(h).get("halfzus"));
    }

    @Test
    void wmo_1_1_1_aSpouseInPrisonCountsWithoutAgeLimit() {
        Huishouden h = new Huishouden(thuis("vrouw", 60)).met(elders("man", 65)).relatie("man", Relatie.ECHTGENOOT, "vrouw");
        assertEquals(Gezinslid.Grond.ECHTGENOOT_ELDERS, gronden(h).get("man"));
    }

    @Test
    void wmo_1_1_1_aGroundThatDependsOnTheJeugdigeAgeNeedsARuleThatSetsIt() {
        Persoon kind = new Persoon("kind", OP.minusYears(10), false, true, null);
        Huishouden h = new Huishouden(thuis("moeder", 40)).met(kind).relatie("kind", Relatie.KIND, "moeder");
        assertEquals(Gezinslid.ARTIKEL, assertThrows(ProcesStapException.class, () -> h.gezinsleden(OP)).artikel());
        Huishouden samen = new Huishouden(thuis("moeder", 40)).met(new Persoon("kind", OP.minusYears(10), true, false, null))
                .relatie("kind", Relatie.KIND, "moeder");
        assertEquals(Map.of("kind", Gezinslid.Grond.GEZAMENLIJKE_HUISHOUDING), gronden(samen), "living together needs no age");
    }
}
