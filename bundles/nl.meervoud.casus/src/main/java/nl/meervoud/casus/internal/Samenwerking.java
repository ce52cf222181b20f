// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.meervoud.auth.api.Functie;
import nl.meervoud.casus.internal.Router.Antwoord;
import nl.meervoud.casus.internal.Router.Call;
import nl.meervoud.platform.api.Gemeenten;

/**
 * {@code GET /samenwerking}: for which municipalities the caller may act, and in which of their functions (issue 10
 * §3, regional cooperation). Each municipality that entrusted work of one of the caller's functions to the caller's
 * municipality (its setting {@code samenwerking}) is listed with those functions; a client (the browser UI, a ZAC)
 * offers exactly these as {@code x-gemeente}. Configuration only, no personal data: no kernel decision, nothing
 * logged. Asked for one's own municipality, so without another's {@code x-gemeente}.
 */
final class Samenwerking extends Resource {
    Samenwerking(Deps deps) {
        super(deps);
    }

    void routes(Router r) {
        r.add("GET", "/samenwerking", this::samenwerking);
    }

    private Antwoord samenwerking(Call c) {
        if (c.identiteit().thuisgemeente() != null) {
            throw Problem.veld(CasusApi.GEMEENTE, "vraag de samenwerking van uw eigen gemeente, zonder x-gemeente");
        }
        nl.meervoud.auth.api.Principal p = c.identiteit().principal();
        List<Map<String, Object>> namens = new ArrayList<>();
        for (Gemeenten.Instellingen g : alleGemeenten()) {
            if (g.code().equals(p.gemeente())) {
                continue;
            }
            List<String> functies = CasusApi.opgedragen(g, p).stream().map(Functie::naam).sorted().toList();
            if (!functies.isEmpty()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("gemeente", g.code());
                m.put("naam", g.naam());
                m.put("functies", functies);
                namens.add(m); // in the order of alle(): by code
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("gemeente", p.gemeente());
        out.put("namens", namens);
        return Antwoord.ok(out);
    }
}
