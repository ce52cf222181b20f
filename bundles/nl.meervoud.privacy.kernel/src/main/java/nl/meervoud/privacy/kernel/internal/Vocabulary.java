// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.meervoud.privacy.api.Citation;
import nl.meervoud.privacy.api.Geheimhouding;
import nl.meervoud.privacy.api.Law;
import nl.meervoud.privacy.api.Rol;
import nl.meervoud.privacy.api.Route;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.Term;
import nl.meervoud.privacy.api.Vereiste;
import nl.meervoud.privacy.api.Vocabulaire;
import nl.meervoud.privacy.api.Voorwaarde;

/**
 * The terms in force: the built-ins plus what the given rule sets declare, as bit sets over term ids (what the
 * decide path tests) and as the declarations themselves (explanations, citation forms). Immutable.
 */
final class Vocabulary {
    private static final Pattern DECIMAAL = Pattern.compile(Vocabulaire.DECIMAAL);

    final long[] rollen;
    final long[] routes;
    final long[] geheimhouding;
    final long[] voorwaarden;
    final long[] wetten;
    /** The article forms per declared law, compiled once; an undeclared built-in law has the decimal form. */
    private final Map<Law, List<Pattern>> artikelvormen;
    private final Map<Voorwaarde, String> uitleg;

    private Vocabulary(Collection<RuleSet> sets) {
        Set<Rol> r = new LinkedHashSet<>(Rol.ingebouwde());
        Set<Route> ro = new LinkedHashSet<>(Route.ingebouwde());
        Set<Geheimhouding> g = new LinkedHashSet<>(Geheimhouding.ingebouwde());
        Set<Voorwaarde> v = new LinkedHashSet<>(Voorwaarde.ingebouwde());
        Set<Law> w = new LinkedHashSet<>(Law.ingebouwde());
        Map<Law, List<Pattern>> forms = new HashMap<>();
        Map<Voorwaarde, String> explanations = new HashMap<>();
        for (RuleSet set : sets) {
            Vocabulaire voc = set.vocabulaire();
            voc.rollen().forEach(d -> r.add(d.term()));
            voc.routes().forEach(d -> ro.add(d.term()));
            voc.geheimhouding().forEach(d -> g.add(d.term()));
            for (Vocabulaire.Declaratie<Voorwaarde> d : voc.voorwaarden()) {
                v.add(d.term());
                explanations.putIfAbsent(d.term(), d.uitleg());
            }
            for (Vocabulaire.Wet wet : voc.wetten()) {
                w.add(wet.law());
                forms.computeIfAbsent(wet.law(), l -> new ArrayList<>()).add(Pattern.compile(wet.artikelvorm()));
            }
        }
        this.rollen = Bits.of(r);
        this.routes = Bits.of(ro);
        this.geheimhouding = Bits.of(g);
        this.voorwaarden = Bits.of(v);
        this.wetten = Bits.of(w);
        this.artikelvormen = Map.copyOf(forms);
        this.uitleg = Map.copyOf(explanations);
    }

    /** The built-ins and the declarations of these rule sets. */
    static Vocabulary of(Collection<RuleSet> sets) {
        return new Vocabulary(sets);
    }

    /** Whether the term is built in or declared by one of the rule sets. */
    boolean known(Term term) {
        long[] bits;
        if (term instanceof Rol) {
            bits = rollen;
        } else if (term instanceof Route) {
            bits = routes;
        } else if (term instanceof Geheimhouding) {
            bits = geheimhouding;
        } else if (term instanceof Voorwaarde) {
            bits = voorwaarden;
        } else {
            bits = wetten;
        }
        return Bits.has(bits, term.id());
    }

    /** Whether a requirement is known: an actor requirement always is, a condition when built in or declared. */
    boolean knownRequirement(Vereiste vereiste) {
        return !(vereiste instanceof Voorwaarde v) || known((Term) v);
    }

    /** Why a request without the requirement is denied: the platform's words or the declaring module's. */
    String uitleg(Vereiste vereiste) {
        String own = vereiste.uitleg();
        if (!own.isEmpty() || !(vereiste instanceof Voorwaarde v)) {
            return own;
        }
        return uitleg.getOrDefault(v, "voorwaarde " + v.name() + " is niet aangetoond");
    }

    /**
     * What is wrong with a citation: its law is known to no rule set, or its article does not have that law's
     * form; null when it is well formed. The Wmo 2015 needs no declaration and has the decimal form.
     */
    String problem(Citation c) {
        if (!known(c.law())) {
            return "de wet `" + c.law() + "` wordt door geen actieve regelset gedeclareerd" + suggestion(c.law().name());
        }
        List<Pattern> forms = artikelvormen.getOrDefault(c.law(), List.of(DECIMAAL));
        boolean matches = forms.stream().anyMatch(f -> f.matcher(c.article()).matches());
        return matches ? null : "`" + c + "`: `" + c.article() + "` is geen artikelnummer van de vorm van " + c.law();
    }

    /** " (bedoelt u `X`?)" for a known law within two edits of the name, so a typo is named as one. */
    private String suggestion(String name) {
        for (Law known : knownLaws()) {
            if (distance(known.name().toLowerCase(), name.toLowerCase()) <= 2) {
                return " (bedoelt u `" + known.name() + "`?)";
            }
        }
        return "";
    }

    private List<Law> knownLaws() {
        List<Law> laws = new ArrayList<>(Law.ingebouwde());
        laws.addAll(artikelvormen.keySet());
        return laws;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
