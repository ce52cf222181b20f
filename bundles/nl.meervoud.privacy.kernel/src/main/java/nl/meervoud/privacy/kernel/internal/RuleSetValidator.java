// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nl.meervoud.privacy.api.Citation;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.PermissionRule;
import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.Prohibition;
import nl.meervoud.privacy.api.RetentionRule;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.Term;
import nl.meervoud.privacy.api.Vereiste;
import nl.meervoud.privacy.api.Vocabulaire;
import nl.meervoud.privacy.api.Voorwaarde;

/**
 * Checks a rule set against the vocabulary and against the prohibitions in force, before any of its rules can
 * decide anything (a separate step from deciding). Returns the problems, each naming the rule; an empty list
 * means the rule set may be activated.
 */
final class RuleSetValidator {
    /** Rule-set ids: lower case, so that a scoped rule id reads `jeugdwet/J3`. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private RuleSetValidator() {
    }

    /**
     * @param set the newcomer
     * @param active the rule sets already active (their prohibitions bind the newcomer; their ids must not clash)
     */
    static List<String> validate(RuleSet set, Collection<RuleSet> active) {
        List<String> problems = new ArrayList<>();
        if (!ID.matcher(set.id()).matches()) {
            problems.add("het id `" + set.id() + "` van de regelset is geen kleine-letter-id zoals `jeugdwet` (a-z, 0-9, . _ -)");
        }
        if (set.geldigTot() != null && set.geldigTot().isBefore(set.geldigVanaf())) {
            problems.add("geldigTot ligt voor geldigVanaf");
        }
        for (RuleSet other : active) {
            if (other.id().equals(set.id()) && overlaps(other, set)) {
                problems.add("regelset `" + set.id() + "` versie " + other.versie() + " geldt al in dezelfde periode");
            }
        }
        List<RuleSet> withSet = new ArrayList<>(active);
        withSet.add(set);
        Vocabulary vocabulary = Vocabulary.of(withSet);
        if (!vocabulary.known(set.law())) {
            problems.add("regelset " + set.id() + ": `law`: de wet `" + set.law() + "` wordt door geen actieve regelset gedeclareerd");
        }
        declarations(problems, vocabulary, "rollen", set.vocabulaire().rollen());
        declarations(problems, vocabulary, "routes", set.vocabulaire().routes());
        declarations(problems, vocabulary, "geheimhouding", set.vocabulaire().geheimhouding());
        declarations(problems, vocabulary, "voorwaarden", set.vocabulaire().voorwaarden());
        Set<String> ids = new HashSet<>();
        for (String id : ruleIds(set)) {
            if (id == null || id.isBlank()) {
                problems.add("een regel heeft geen id");
            } else if (id.contains("/")) {
                problems.add("regel " + id + ": een id bevat geen `/` (de kernel zet de regelset ervoor: " + set.regel("…") + ")");
            } else if (!ids.add(id)) {
                problems.add("regel " + id + ": het id komt meer dan eens voor");
            }
        }
        for (PermissionRule rule : set.permissies()) {
            citations(problems, vocabulary, "regel " + rule.id(), rule.citaties());
            nonEmpty(problems, rule.id(), "van", rule.van());
            nonEmpty(problems, rule.id(), "naar", rule.naar());
            nonEmpty(problems, rule.id(), "doelen", rule.doelen());
            nonEmpty(problems, rule.id(), "gegevens", rule.gegevens());
            terms(problems, vocabulary, rule.id(), "van", rule.van());
            terms(problems, vocabulary, rule.id(), "naar", rule.naar());
            terms(problems, vocabulary, rule.id(), "vanWetten", rule.vanWetten());
            terms(problems, vocabulary, rule.id(), "routes", rule.routes());
            requirements(problems, vocabulary, rule.id(), "vereist", rule.vereist());
            requirements(problems, vocabulary, rule.id(), "vereistEenVan", rule.vereistEenVan());
            rule.vereistPerSoort().forEach((soort, vereist) ->
                    requirements(problems, vocabulary, rule.id(), "vereistPerSoort." + soort, vereist));
            for (Doel doel : rule.doelen()) {
                if (doel.forbidden()) {
                    problems.add("regel " + rule.id() + ": staat het verboden doel `" + doel.code() + "` toe");
                }
            }
        }
        for (Prohibition p : set.verboden()) {
            citations(problems, vocabulary, "verbod " + p.id(), p.citaties());
            terms(problems, vocabulary, p.id(), "van", p.van());
            terms(problems, vocabulary, p.id(), "naar", p.naar());
            terms(problems, vocabulary, p.id(), "routes", p.routes());
            requirements(problems, vocabulary, p.id(), "tenzij", p.tenzij());
        }
        for (RetentionRule r : set.bewaartermijnen()) {
            citations(problems, vocabulary, "bewaartermijn " + r.id(), r.citaties());
            if (r.maximum().isNegative() || r.maximum().isZero()) {
                problems.add("bewaartermijn " + r.id() + ": de maximumtermijn moet positief zijn");
            }
        }
        for (ProcessRule r : set.procesregels()) {
            citations(problems, vocabulary, "procesregel " + r.id(), r.citaties());
            if (ProcessRule.TRIGGER.equals(r.soort())) {
                route(problems, vocabulary, r);
                law(problems, vocabulary, r);
                trigger(problems, vocabulary, r);
            } else if (ProcessRule.TERMIJN.equals(r.soort()) && !r.parameter("route").isEmpty()) {
                route(problems, vocabulary, r);
                if (!r.parameter("wet").isEmpty()) {
                    law(problems, vocabulary, r);
                }
                period(problems, "procesregel " + r.id() + ": ", r.parameter("termijn"), "P6W");
            } else if (ProcessRule.LEEFTIJDSGRENS.equals(r.soort())) {
                ageBound(problems, r);
            } else if (ProcessRule.AANPAK.equals(r.soort())) {
                approach(problems, r);
            } else if (ProcessRule.DIENSTROUTE.equals(r.soort())) {
                law(problems, vocabulary, r);
                serviceRoute(problems, r);
                serviceRouteEvidence(problems, vocabulary, r);
            } else if (ProcessRule.EIGEN_REGIE.equals(r.soort())) {
                route(problems, vocabulary, r);
                if (!"false".equals(r.parameter("toegestaan"))) {
                    problems.add("procesregel " + r.id() + ": `parameters.toegestaan` is `false` (een eigen-regie-regel sluit uit)");
                }
            }
        }
        List<Prohibition> prohibitions = new ArrayList<>(set.verboden());
        active.forEach(other -> prohibitions.addAll(other.verboden()));
        for (PermissionRule rule : set.permissies()) {
            for (Prohibition p : prohibitions) {
                if (contradicts(rule, p)) {
                    problems.add("regel " + rule.id() + " wordt tegengesproken door verbod " + p.id() + " (" + p.titel() + ")");
                }
            }
        }
        return problems;
    }

    private static final Set<String> APPROACH_PARAMETERS = Set.of("uitkomst", "voorzieningenVoorEenClient",
            "clientenMetVoorziening", "plicht", "aanpalend", "eigenRegie", "reden");

    /**
     * An {@code aanpak} rule: a known outcome and only conditions the case model knows how to ask, so that a typo
     * cannot silently drop a condition and widen the rule.
     */
    private static void approach(List<String> problems, ProcessRule r) {
        String where = "procesregel " + r.id() + ": ";
        unknownParameters(problems, where, r, APPROACH_PARAMETERS);
        if (!Set.of("VERPLICHT", "FACULTATIEF", "GEEN").contains(r.parameter("uitkomst"))) {
            problems.add(where + "`parameters.uitkomst` is VERPLICHT, FACULTATIEF of GEEN: `" + r.parameter("uitkomst") + "`");
        }
        for (String count : List.of("voorzieningenVoorEenClient", "clientenMetVoorziening")) {
            String v = r.parameter(count);
            if (!v.isEmpty() && !v.matches("[1-9][0-9]?")) {
                problems.add(where + "`parameters." + count + "` is geen positief aantal: `" + v + "`");
            }
        }
        flags(problems, where, r, "aanpalend", "eigenRegie");
        if (r.parameter("reden").isBlank()) {
            problems.add(where + "`parameters.reden` ontbreekt (waarom, in het Nederlands)");
        }
    }

    /**
     * A {@code trigger} says which Wams procedure its route follows: a built-in route is its own, a declared one
     * names it in {@code volgt}; on 2.3a.4 a trigger applies lid 2-7 without a party's request (a request is the
     * Wams's own way in and needs no trigger), so it says {@code zonderVerzoek=true}.
     */
    private static void trigger(List<String> problems, Vocabulary vocabulary, ProcessRule r) {
        String where = "procesregel " + r.id() + ": ";
        String route = r.parameter("route");
        String volgt = r.parameter("volgt");
        boolean builtIn = Route.find(route).filter(Term::ingebouwd).isPresent();
        boolean declared = !builtIn && Route.find(route).filter(vocabulary::known).isPresent();
        if (!volgt.isEmpty() && !Set.of(Route.WMO_2_3A_1.name(), Route.WMO_2_3A_4.name()).contains(volgt)) {
            problems.add(where + "`parameters.volgt` is WMO_2_3A_1 of WMO_2_3A_4: `" + volgt + "`");
            return;
        }
        if (builtIn && !volgt.isEmpty() && !volgt.equals(route)) {
            problems.add(where + "`parameters.volgt` " + volgt + " wijkt af van de ingebouwde route " + route);
        }
        if (declared && volgt.isEmpty()) {
            problems.add(where + "`parameters.volgt` ontbreekt: welke Wams-procedure (WMO_2_3A_1 of WMO_2_3A_4) volgt route " + route + "?");
        }
        flags(problems, where, r, "zonderVerzoek");
        String zonder = r.parameter("zonderVerzoek");
        String procedure = volgt.isEmpty() ? route : volgt;
        if (Route.WMO_2_3A_4.name().equals(procedure) && !"true".equals(zonder)) {
            problems.add(where + "een ingang op WMO_2_3A_4 past lid 2-7 toe zonder verzoek (`parameters.zonderVerzoek` true); "
                    + "het verzoek van een partij (Wmo 2015 art. 2.3a.4 lid 1) heeft geen ingangsregel nodig");
        }
        if (Route.WMO_2_3A_1.name().equals(procedure) && "true".equals(zonder)) {
            problems.add(where + "`parameters.zonderVerzoek` geldt alleen voor WMO_2_3A_4: een onderzoek volgens 2.3a.1 begint met de hulpvraag");
        }
        String plicht = r.parameter("plicht");
        if (!plicht.isEmpty() && !LOWER_NAME.matcher(plicht).matches()) {
            problems.add(where + "`parameters.plicht` is een naam in kleine letters (zoals inburgeringsplicht): `" + plicht + "`");
        }
    }

    private static final Set<String> SERVICE_ROUTE_PARAMETERS = Set.of("dienst", "wet", "aanvraag", "termijn", "vanaf", "bewijs");

    /** A {@code dienstroute}: a named service, what its law asks to obtain it, and a decision term that parses. */
    private static void serviceRoute(List<String> problems, ProcessRule r) {
        String where = "procesregel " + r.id() + ": ";
        unknownParameters(problems, where, r, SERVICE_ROUTE_PARAMETERS);
        if (!LOWER_NAME.matcher(r.parameter("dienst")).matches()) {
            problems.add(where + "`parameters.dienst` is de naam van de voorziening in kleine letters (zoals schuldhulpverlening): `"
                    + r.parameter("dienst") + "`");
        }
        if (!Set.of("apart", "verklaring", "geen").contains(r.parameter("aanvraag"))) {
            problems.add(where + "`parameters.aanvraag` is apart, verklaring of geen: `" + r.parameter("aanvraag") + "`");
        }
        if (!r.parameter("termijn").isEmpty()) {
            period(problems, where, r.parameter("termijn"), "P2W");
            if (r.parameter("vanaf").isBlank()) {
                problems.add(where + "`parameters.vanaf` ontbreekt: vanaf wanneer loopt de termijn?");
            }
        }
    }

    /**
     * A {@code dienstroute}'s {@code bewijs}: the comma-separated conditions the client's step brings to the kernel,
     * each built in or declared by this or an active rule set.
     */
    private static void serviceRouteEvidence(List<String> problems, Vocabulary vocabulary, ProcessRule r) {
        if (r.parameter("bewijs").isEmpty()) {
            return;
        }
        for (String name : r.parameter("bewijs").split(",", -1)) {
            if (Voorwaarde.find(name.trim()).filter(vocabulary::knownRequirement).isEmpty()) {
                problems.add("procesregel " + r.id() + ": `parameters.bewijs` noemt de voorwaarde `" + name.trim()
                        + "`, die geen actieve regelset declareert (vocabulaire.voorwaarden)");
            }
        }
    }

    /** Names the process rules use for a duty or a service: lower case, as the case model spells them. */
    private static final Pattern LOWER_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** Every parameter is one the kind knows, so that a misspelt one cannot silently drop a condition. */
    private static void unknownParameters(List<String> problems, String where, ProcessRule r, Set<String> known) {
        new TreeSet<>(r.parameters().keySet()).stream().filter(k -> !known.contains(k))
                .forEach(k -> problems.add(where + "onbekende parameter `" + k + "`"));
    }

    /** These parameters, where set, are {@code true} or {@code false}. */
    private static void flags(List<String> problems, String where, ProcessRule r, String... names) {
        for (String flag : names) {
            String v = r.parameter(flag);
            if (!v.isEmpty() && !v.equals("true") && !v.equals("false")) {
                problems.add(where + "`parameters." + flag + "` is true of false: `" + v + "`");
            }
        }
    }

    /** {@code parameters.termijn} is a non-negative ISO-8601 period. */
    private static void period(List<String> problems, String where, String termijn, String voorbeeld) {
        try {
            if (java.time.Period.parse(termijn).isNegative()) {
                problems.add(where + "`parameters.termijn` is negatief");
            }
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(where + "`parameters.termijn` is geen ISO-8601-periode (zoals " + voorbeeld + "): `" + termijn + "`");
        }
    }

    /** A {@code leeftijdsgrens}: a named term, an age it ends at, and extensions that lie beyond it. */
    private static void ageBound(List<String> problems, ProcessRule r) {
        String where = "procesregel " + r.id() + ": ";
        if (r.parameter("begrip").isBlank()) {
            problems.add(where + "`parameters.begrip` ontbreekt (het begrip waarvoor de grens geldt, zoals jeugdige)");
        }
        int tot = age(problems, where + "`parameters.tot`", r.parameter("tot"));
        String verlengd = r.parameter("verlengdTot");
        if (verlengd.isEmpty()) {
            return;
        }
        for (String part : verlengd.split(",", -1)) {
            int v = age(problems, where + "`parameters.verlengdTot`", part.strip());
            if (v >= 0 && tot >= 0 && v <= tot) {
                problems.add(where + "`parameters.verlengdTot` " + v + " ligt niet boven `parameters.tot` " + tot);
            }
        }
    }

    private static int age(List<String> problems, String field, String value) {
        if (value.matches("[0-9]{1,3}") && Integer.parseInt(value) > 0 && Integer.parseInt(value) <= 130) {
            return Integer.parseInt(value);
        }
        problems.add(field + " is geen leeftijd in jaren (1-130): `" + value + "`");
        return -1;
    }

    /**
     * Whether the prohibition contradicts the permission entirely: every request the permission could grant
     * is one the prohibition forbids, and the permission requires none of its exceptions. A partial overlap
     * is allowed; at decision time the prohibition narrows the permission (prohibitions always win).
     */
    static boolean contradicts(PermissionRule rule, Prohibition p) {
        if (!covers(p.van(), rule.van()) || !covers(p.naar(), rule.naar()) || !covers(p.doelen(), rule.doelen())) {
            return false;
        }
        // An empty bron in a rule means "not yet bound to a purpose"; only an empty prohibition bron covers it.
        if (!p.bron().isEmpty() && (rule.bron().isEmpty() || !p.bron().containsAll(rule.bron()))) {
            return false;
        }
        if (!p.routes().isEmpty() && (rule.routes().isEmpty() || !p.routes().containsAll(rule.routes()))) {
            return false;
        }
        if (!p.gegevens().isEmpty() && !p.gegevens().containsAll(rule.gegevens())) {
            return false;
        }
        if (!disjoint(rule.vereistEenVan(), p.tenzij()) || !disjoint(rule.vereist(), p.tenzij())) {
            return false;
        }
        for (Gegevenssoort g : rule.gegevens()) {
            if (!disjoint(rule.vereistPerSoort().getOrDefault(g, Set.of()), p.tenzij())) {
                return false;
            }
        }
        return true;
    }

    private static boolean covers(Set<?> prohibited, Set<?> permitted) {
        return prohibited.isEmpty() || prohibited.containsAll(permitted);
    }

    private static boolean disjoint(Set<?> a, Set<?> b) {
        for (Object o : a) {
            if (b.contains(o)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(RuleSet a, RuleSet b) {
        return (a.geldigTot() == null || !a.geldigTot().isBefore(b.geldigVanaf()))
                && (b.geldigTot() == null || !b.geldigTot().isBefore(a.geldigVanaf()));
    }

    private static List<String> ruleIds(RuleSet set) {
        List<String> ids = new ArrayList<>();
        set.permissies().forEach(r -> ids.add(r.id()));
        set.verboden().forEach(r -> ids.add(r.id()));
        set.bewaartermijnen().forEach(r -> ids.add(r.id()));
        set.procesregels().forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** At least one citation, each of a known law and in that law's article form. */
    private static void citations(List<String> problems, Vocabulary vocabulary, String where, List<Citation> citations) {
        if (citations.isEmpty()) {
            problems.add(where + ": geen artikelverwijzing (citatie)");
        }
        for (Citation c : citations) {
            String problem = vocabulary.problem(c);
            if (problem != null) {
                problems.add(where + ": `citaties`: " + problem);
            }
        }
    }

    private static void declarations(List<String> problems, Vocabulary vocabulary, String field,
            List<? extends Vocabulaire.Declaratie<?>> declarations) {
        for (Vocabulaire.Declaratie<?> d : declarations) {
            citations(problems, vocabulary, "vocabulaire." + field + " " + d.term(), d.citaties());
            if (d.term().ingebouwd()) {
                problems.add("vocabulaire." + field + " " + d.term() + ": is al een term van het platform; declareer alleen wat de wet zelf meebrengt");
            }
            if (d.term() instanceof nl.meervoud.privacy.api.Rol rol && rol.functie()) {
                problems.add("vocabulaire." + field + " " + d.term() + ": " + nl.meervoud.privacy.api.Rol.FUNCTIE
                        + " is de rol van een medewerker wiens functie geen rol in het proces geeft; die weigert de kern altijd");
            }
        }
    }

    /** A trigger or a term names a route the vocabulary knows, so the case model can match a case to it. */
    private static void route(List<String> problems, Vocabulary vocabulary, ProcessRule r) {
        String route = r.parameter("route");
        if (Route.find(route).filter(vocabulary::known).isEmpty()) {
            problems.add("procesregel " + r.id() + ": `parameters.route` noemt `" + route + "`, geen route die het platform of een actieve regelset kent");
        }
    }

    /** A trigger, or a term for one law, names a law an active rule set declares. */
    private static void law(List<String> problems, Vocabulary vocabulary, ProcessRule r) {
        String wet = r.parameter("wet");
        if (Law.find(wet).filter(vocabulary::known).isEmpty()) {
            problems.add("procesregel " + r.id() + ": `parameters.wet` noemt `" + wet + "`, geen wet die een actieve regelset declareert");
        }
    }

    /** Every term is built in or declared by this or an active rule set. */
    private static void terms(List<String> problems, Vocabulary vocabulary, String id, String field, Set<? extends Term> terms) {
        for (Term t : terms) {
            if (!vocabulary.known(t)) {
                problems.add("regel " + id + ": `" + field + "` noemt `" + t + "`, dat geen actieve regelset declareert (vocabulaire)");
            }
        }
    }

    private static void requirements(List<String> problems, Vocabulary vocabulary, String id, String field, Set<Vereiste> requirements) {
        for (Vereiste v : requirements) {
            if (!vocabulary.knownRequirement(v)) {
                problems.add("regel " + id + ": `" + field + "` noemt de voorwaarde `" + v.name() + "`, die geen actieve regelset declareert (vocabulaire.voorwaarden)");
            }
        }
    }

    private static void nonEmpty(List<String> problems, String id, String field, Set<?> values) {
        if (values.isEmpty()) {
            problems.add("regel " + id + ": `" + field + "` is leeg");
        }
    }
}
