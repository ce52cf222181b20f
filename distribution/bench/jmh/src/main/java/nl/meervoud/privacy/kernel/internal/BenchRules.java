// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import nl.meervoud.privacy.api.Actor;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Domein;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.Voorwaarde;
import nl.meervoud.privacy.api.VoorwaardeVerstrekker;

/**
 * The rule sets of the default distribution and a realistic request mix: the Wams core with the Jeugdwet module
 * (the set the first figures were measured on) or with every law module of the distribution, and requests that
 * permit and deny by rule, by prohibition, by a provider condition and for lack of a rule, plus one permit of
 * each law module taken from its own scenario files.
 */
public final class BenchRules {
    /** The law modules of the distribution, by bundle directory, and their rule files. */
    static final List<String> MODULES = List.of("jeugdwet", "inburgering", "wgs", "participatiewet", "wmo", "wlz", "zvw", "zvh");

    private BenchRules() {
    }

    /** The Wams core and the Jeugdwet module. */
    public static List<RuleSet> wamsEnJeugdwet() {
        return List.of(wams(), jeugdwet());
    }

    /** The Wams core and every law module of the distribution, with their default readings. */
    public static List<RuleSet> alleModules() {
        List<RuleSet> sets = new java.util.ArrayList<>(List.of(wams()));
        MODULES.forEach(m -> sets.add(load("rules/" + m + ".json")));
        return sets;
    }

    /** An index over the given rule sets. */
    public static RuleIndex index(long version, List<RuleSet> sets) {
        return RuleIndex.compile(version, sets);
    }

    /**
     * Sixteen requests: the eight of {@link #requests()} and the first permit scenario of each law module (read from
     * {@code bundles/nl.meervoud.domain.<law>/src/test/resources/scenarios}, relative to the repository root where
     * {@code kernel.sh} runs). Call after the module rule sets are loaded, so that their terms exist.
     */
    public static DecisionRequest[] requestsMetModules() {
        List<DecisionRequest> all = new java.util.ArrayList<>(List.of(requests()));
        for (String m : MODULES) {
            java.nio.file.Path dir = java.nio.file.Path.of("bundles", "nl.meervoud.domain." + m, "src/test/resources/scenarios");
            try {
                com.fasterxml.jackson.databind.JsonNode permit = RuleTestKit.scenarios(dir).stream()
                        .filter(sc -> "PERMIT".equals(sc.path("verwacht").path("besluit").asText())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no permit scenario in " + dir.toAbsolutePath()));
                all.add(RuleTestKit.request(permit.path("verzoek")));
            } catch (IOException e) {
                throw new UncheckedIOException(dir.toAbsolutePath().toString(), e);
            }
        }
        return all.toArray(DecisionRequest[]::new);
    }

    public static RuleSet wams() {
        return load("rules/wams-core.json");
    }

    public static RuleSet jeugdwet() {
        return load("rules/jeugdwet.json");
    }

    private static RuleSet load(String resource) {
        try (InputStream in = BenchRules.class.getClassLoader().getResourceAsStream(resource)) {
            return RuleTestKit.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Eight requests: permits and denies by rule, by prohibition, by a provider condition and for lack of a rule. */
    public static DecisionRequest[] requests() {
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        Actor college = Actor.college("gemeente", Law.WMO_2015);
        Actor client = Actor.of(Rol.CLIENT, "client");
        Actor wijkteam = Actor.of(Rol.PARTIJ, "wijkteam").withPartij(Domein.SOCIAAL, "maatschappelijk werk");
        Actor jeugdhulp = new Actor(Rol.PARTIJ, "jeugdhulp", Law.of("Jeugdwet"), Domein.SOCIAAL, "jeugdhulpaanbieder",
                Geheimhouding.of("JEUGDWET_7_3_11"), true, true);
        Actor coordinator = Actor.of(Rol.COORDINATOR, "coordinator").withBsnBevoegd(true).withBevoegdBijzondereGegevens(true);
        Actor casusoverleg = Actor.of(Rol.CASUSOVERLEG, "co");
        return new DecisionRequest[] {
            DecisionRequest.van(client).naar(college).doel(Doel.ONDERZOEK_2_3A_1).route(Route.WMO_2_3A_1)
                    .gegevens(Gegevenssoort.FINANCIEEL, Gegevenssoort.GEZONDHEID)
                    .bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.BINNEN_REIKWIJDTE).betrokkenen("a").tijdstip(at).build(),
            DecisionRequest.van(client).naar(college).doel(Doel.ONDERZOEK_2_3A_1).route(Route.WMO_2_3A_1)
                    .gegevens(Gegevenssoort.FINANCIEEL).bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD).betrokkenen("a").tijdstip(at).build(),
            DecisionRequest.van(wijkteam).naar(college).doel(Doel.ONDERZOEK_2_3A_4).route(Route.WMO_2_3A_4)
                    .gegevens(Gegevenssoort.PROCESINFORMATIE).bewijs(Voorwaarde.GEMOTIVEERD_VERZOEK).betrokkenen("b").tijdstip(at).build(),
            DecisionRequest.van(jeugdhulp).naar(college).doel(Doel.ONDERZOEK_2_3A_1, "jeugdhulp").route(Route.WMO_2_3A_1)
                    .gegevens(Gegevenssoort.GEZONDHEID).bewijs(Voorwaarde.GEMOTIVEERD_VERZOEK, Voorwaarde.BINNEN_REIKWIJDTE)
                    .betrokkenen("c").tijdstip(at).build(),
            DecisionRequest.van(college).naar(coordinator).bron(Doel.ONDERZOEK_2_3A_1).doel(Doel.COORDINATIE)
                    .gegevens(Gegevenssoort.PROCESINFORMATIE).bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD).betrokkenen("d").tijdstip(at).build(),
            DecisionRequest.van(casusoverleg).naar(wijkteam).bron(Doel.CASUSOVERLEG).doel(Doel.EIGEN_TAAK)
                    .gegevens(Gegevenssoort.INHOUD).bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD).betrokkenen("e").tijdstip(at).build(),
            DecisionRequest.van(coordinator).naar(wijkteam).bron(Doel.COORDINATIE).doel(Doel.EIGEN_TAAK)
                    .gegevens(Gegevenssoort.PROCESINFORMATIE).bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD, Voorwaarde.ALLEEN_RELEVANT_DEEL)
                    .voorwaarden(new VoorwaardeVerstrekker("reclassering", VoorwaardeVerstrekker.Soort.ALLEEN_AAN,
                            java.util.Set.of("coordinator"), null)).betrokkenen("f").tijdstip(at).build(),
            DecisionRequest.van(college).naar(college).bron(Doel.ONDERZOEK_2_3A_4).doel(Doel.FRAUDEBESTRIJDING)
                    .gegevens(Gegevenssoort.FINANCIEEL).bewijs(Voorwaarde.NOODZAAK_ONDERBOUWD).betrokkenen("g").tijdstip(at).build(),
        };
    }
}
