// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.meervoud.platform.api.Gemeenten;

/**
 * The settings of the installation's municipalities, as configured ({@link GemeenteInstelling}). Two configurations
 * for one code: the first counts, the second is reported and ignored until the first goes.
 */
@Component(service = Gemeenten.class)
public final class GemeentenImpl implements Gemeenten {
    private static final Logger LOG = LoggerFactory.getLogger(GemeentenImpl.class);

    /** Per code, the configurations in arrival order. */
    private final Map<String, List<GemeenteInstelling>> perCode = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void add(GemeenteInstelling g) {
        perCode.compute(g.instellingen.code(), (code, list) -> {
            List<GemeenteInstelling> out = list == null ? new ArrayList<>() : new ArrayList<>(list);
            out.add(g);
            if (out.size() > 1) {
                LOG.warn("Municipality {} is configured twice; the first configuration counts", code);
            }
            return List.copyOf(out);
        });
    }

    void remove(GemeenteInstelling g) {
        perCode.computeIfPresent(g.instellingen.code(), (code, list) -> {
            List<GemeenteInstelling> out = new ArrayList<>(list);
            out.remove(g);
            return out.isEmpty() ? null : List.copyOf(out);
        });
    }

    @Override
    public Instellingen van(String gemeentecode) {
        List<GemeenteInstelling> list = gemeentecode == null ? null : perCode.get(gemeentecode);
        return list == null ? Instellingen.geen(gemeentecode == null ? "" : gemeentecode) : list.get(0).instellingen;
    }

    @Override
    public List<Instellingen> alle() {
        return perCode.values().stream().map(l -> l.get(0).instellingen).sorted(java.util.Comparator.comparing(Instellingen::code)).toList();
    }
}
