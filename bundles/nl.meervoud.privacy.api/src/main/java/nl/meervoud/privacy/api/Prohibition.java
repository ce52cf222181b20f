// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An explicit prohibition of the rulebook (P1–P9). Prohibitions always win over permissions. An empty set
 * matches anything in that dimension; {@code gegevens} matches when any requested category is in it. The
 * prohibition does not apply when the request satisfies any one of {@code tenzij}.
 *
 * @param id the rulebook id, e.g. {@code P1}
 * @param titel a one-line summary in Dutch, shown to the caseworker
 * @param citaties the articles or memorandum passages
 * @param van sender roles; empty for any
 * @param naar recipient roles; empty for any
 * @param bron source purposes; empty for any
 * @param doelen purposes; empty for any
 * @param gegevens categories; empty for any
 * @param routes investigation routes; empty for any
 * @param tenzij exceptions: the prohibition does not apply when any one holds
 */
public record Prohibition(String id, String titel, List<Citation> citaties, Set<Rol> van, Set<Rol> naar, Set<Doel> bron,
        Set<Doel> doelen, Set<Gegevenssoort> gegevens, Set<Route> routes, Set<Vereiste> tenzij) {

    /** Copies every collection. */
    public Prohibition {
        Objects.requireNonNull(id, "id");
        titel = titel == null ? "" : titel;
        citaties = List.copyOf(citaties == null ? List.of() : citaties);
        van = Set.copyOf(van == null ? Set.of() : van);
        naar = Set.copyOf(naar == null ? Set.of() : naar);
        bron = Set.copyOf(bron == null ? Set.of() : bron);
        doelen = Set.copyOf(doelen == null ? Set.of() : doelen);
        gegevens = Set.copyOf(gegevens == null ? Set.of() : gegevens);
        routes = Set.copyOf(routes == null ? Set.of() : routes);
        tenzij = Set.copyOf(tenzij == null ? Set.of() : tenzij);
    }
}
