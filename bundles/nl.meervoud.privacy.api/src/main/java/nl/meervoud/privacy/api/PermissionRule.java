// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A permission row of the rulebook (W1, J3, …): who may give which data to whom, from which purpose to which
 * purpose, on which conditions, on which articles.
 *
 * <p>Matching: the sender's role is in {@code van}, the recipient's in {@code naar}; the request's source
 * purpose is in {@code bron} (an empty {@code bron} matches only data not yet bound to a Wams purpose, so
 * nothing flows between phases unless a rule says so: rulebook P2); its purpose is in {@code doelen}, with a
 * qualifier in {@code kwalificaties} (no qualifier when that is empty); every requested category is in {@code gegevens};
 * and the route is in {@code routes} when that is not empty. A matching rule permits when every requirement in
 * {@code vereist} and in {@code vereistPerSoort} for the requested categories holds, and at least one of
 * {@code vereistEenVan} when that is not empty (consent or the secrecy test, for example).
 *
 * @param id the rulebook id, e.g. {@code W12}
 * @param titel a one-line summary in Dutch
 * @param citaties the articles, at least one
 * @param van the sender roles
 * @param vanWetten the laws the sender must act under (the source of re-used records); empty for any
 * @param naar the recipient roles
 * @param bron the source purposes
 * @param doelen the purposes
 * @param kwalificaties allowed purpose qualifiers (laws for {@link Doel#UITVOERING}); empty: only the unqualified purpose
 * @param gegevens the categories the rule covers
 * @param routes the investigation routes; empty for any
 * @param vereist requirements for every request
 * @param vereistEenVan alternatives of which at least one must hold; empty for none
 * @param vereistPerSoort extra requirements when a category is requested
 * @param verplichtingen obligations of a permit
 */
public record PermissionRule(String id, String titel, List<Citation> citaties, Set<Rol> van, Set<Law> vanWetten,
        Set<Rol> naar, Set<Doel> bron, Set<Doel> doelen, Set<String> kwalificaties, Set<Gegevenssoort> gegevens,
        Set<Route> routes, Set<Vereiste> vereist, Set<Vereiste> vereistEenVan, Map<Gegevenssoort, Set<Vereiste>> vereistPerSoort,
        List<Obligation> verplichtingen) {

    /** Copies every collection; validation against the vocabulary is the kernel's job. */
    public PermissionRule {
        Objects.requireNonNull(id, "id");
        titel = titel == null ? "" : titel;
        citaties = List.copyOf(citaties == null ? List.of() : citaties);
        van = Set.copyOf(van == null ? Set.of() : van);
        vanWetten = Set.copyOf(vanWetten == null ? Set.of() : vanWetten);
        naar = Set.copyOf(naar == null ? Set.of() : naar);
        bron = Set.copyOf(bron == null ? Set.of() : bron);
        doelen = Set.copyOf(doelen == null ? Set.of() : doelen);
        kwalificaties = Set.copyOf(kwalificaties == null ? Set.of() : kwalificaties);
        gegevens = Set.copyOf(gegevens == null ? Set.of() : gegevens);
        routes = Set.copyOf(routes == null ? Set.of() : routes);
        vereist = Set.copyOf(vereist == null ? Set.of() : vereist);
        vereistEenVan = Set.copyOf(vereistEenVan == null ? Set.of() : vereistEenVan);
        vereistPerSoort = Map.copyOf(vereistPerSoort == null ? Map.of() : vereistPerSoort);
        verplichtingen = List.copyOf(verplichtingen == null ? List.of() : verplichtingen);
    }
}
