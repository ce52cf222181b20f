// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.meervoud.platform.api.Gemeenten;
import nl.meervoud.platform.api.HealthStatus;

/**
 * The settings of the installation's municipalities, as configured ({@link GemeenteInstelling}). Two configurations
 * for one code: the first counts, the second is reported and ignored until the first goes. A refused configuration
 * is reported too, and the municipality it names is {@linkplain #geweigerd(String) refused} until it is mended.
 */
@Component(service = { Gemeenten.class, GemeentenImpl.class })
public final class GemeentenImpl implements Gemeenten {
    private static final Logger LOG = LoggerFactory.getLogger(GemeentenImpl.class);

    /** Per code, the valid configurations in arrival order. */
    private final Map<String, List<GemeenteInstelling>> perCode = new ConcurrentHashMap<>();
    /** The refused configurations, in arrival order. */
    private final List<GemeenteInstelling> refused = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void add(GemeenteInstelling g) {
        if (g.weigering != null) {
            // The reason names the setting and the article, never a value that could be personal data.
            LOG.error("Municipality configuration {} refused: {}", g.bron, g.weigering);
            refused.add(g);
            return;
        }
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
        if (g.weigering != null) {
            refused.remove(g);
            return;
        }
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
        return perCode.values().stream().map(l -> l.get(0).instellingen).sorted(Comparator.comparing(Instellingen::code)).toList();
    }

    @Override
    public String geweigerd(String gemeentecode) {
        if (gemeentecode == null) {
            return null;
        }
        for (GemeenteInstelling g : refused) {
            if (gemeentecode.equals(g.code)) {
                return g.bron + ": " + g.weigering;
            }
        }
        return null;
    }

    /**
     * For /health: every refused configuration and every second configuration of a code. They degrade the platform
     * rather than take it down: the other municipalities are served.
     */
    List<HealthStatus> problemen() {
        List<HealthStatus> out = new ArrayList<>();
        for (GemeenteInstelling g : refused) {
            out.add(HealthStatus.down("gemeente:" + (g.code != null ? g.code : g.bron), g.bron + " geweigerd: " + g.weigering
                    + (g.code != null ? "; tot dit hersteld is, verwerkt het platform niets voor gemeente " + g.code : "")));
        }
        perCode.forEach((code, list) -> {
            for (GemeenteInstelling second : list.subList(1, list.size())) {
                out.add(HealthStatus.down("gemeente:" + code, second.bron + " genegeerd: gemeente " + code
                        + " is al ingesteld in " + list.get(0).bron + "; de eerste geldt"));
            }
        });
        out.sort(Comparator.comparing(HealthStatus::name));
        return out;
    }
}
