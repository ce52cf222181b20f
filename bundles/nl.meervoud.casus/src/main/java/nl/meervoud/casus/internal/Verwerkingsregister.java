// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;

import nl.meervoud.privacy.api.Citation;
import nl.meervoud.privacy.api.Doel;
import nl.meervoud.privacy.api.PermissionRule;
import nl.meervoud.privacy.api.Prohibition;
import nl.meervoud.privacy.api.RetentionRule;
import nl.meervoud.privacy.api.RuleSet;

/**
 * The register of processing activities (AVG art. 30 lid 1), drawn up from the rule sets in force rather than
 * kept by hand beside them: one entry per purpose that a permission rule allows, with the articles it rests on,
 * the kinds of data, where the data come from and whom they go to, and every rule behind it. What a module
 * brings is in the register while the module is installed and gone when it leaves. The field names follow the
 * VNG VAR API's {@code Verwerkingsactiviteit} where one fits ({@code doel}, {@code verwerktePersoonsgegevens},
 * {@code herkomst}); each entry's {@code id} carries a digest of its content, so that a changed entry gets a new
 * id, as the Logboek Dataverwerkingen asks of a register that log records point to.
 */
final class Verwerkingsregister {

    private Verwerkingsregister() {
    }

    /**
     * The register for the active rule sets, the retention rules in force and the activities a request may name.
     *
     * @param gemeente the CBS code of the municipality whose college is the controller, or empty
     */
    static Map<String, Object> opstellen(List<RuleSet> regelsets, List<RetentionRule> bewaartermijnen, Collection<String> activiteiten,
            String gemeente) {
        Map<Doel, Entry> perDoel = new TreeMap<>();
        List<Map<String, Object>> verboden = new ArrayList<>();
        List<Map<String, Object>> sets = new ArrayList<>();
        for (RuleSet set : regelsets) {
            sets.add(ordered("id", set.id(), "wet", set.law().name(), "versie", set.versie(), "geldigVanaf", set.geldigVanaf().toString()));
            for (PermissionRule r : set.permissies()) {
                for (Doel doel : r.doelen()) {
                    perDoel.computeIfAbsent(doel, k -> new Entry()).add(set, r);
                }
            }
            for (Prohibition p : set.verboden()) {
                verboden.add(ordered("regel", set.regel(p.id()), "titel", p.titel(), "doelen", codes(p.doelen()), "citaties", teksten(p.citaties())));
            }
        }
        List<Map<String, Object>> verwerkingen = new ArrayList<>();
        perDoel.forEach((doel, e) -> {
            Map<String, Object> m = ordered("doel", doel.code(), "grondslag", List.copyOf(e.grondslag), "verwerktePersoonsgegevens",
                    List.copyOf(e.gegevens), "herkomst", List.copyOf(e.herkomst), "ontvangers", List.copyOf(e.ontvangers), "regels", e.regels);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", doel.code() + "@" + digest(m));
            entry.putAll(m);
            verwerkingen.add(entry);
        });
        List<Map<String, Object>> termijnen = bewaartermijnen.stream().map(Verwerkingsregister::bewaarregel).toList();
        Map<String, Object> inhoud = ordered("regelsets", sets, "activiteiten", List.copyOf(new TreeSet<>(activiteiten)), "verwerkingen",
                verwerkingen, "verboden", verboden, "bewaartermijnen", termijnen);
        Map<String, Object> register = new LinkedHashMap<>();
        register.put("versie", digest(inhoud));
        if (!gemeente.isEmpty()) {
            register.put("gemeente", gemeente);
        }
        register.putAll(inhoud);
        return register;
    }

    /** A retention rule as the register and {@code /bewaartermijnen} state it. */
    static Map<String, Object> bewaarregel(RetentionRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regel", r.id());
        m.put("titel", r.titel());
        m.put("gegevensset", r.gegevensset());
        m.put("startgebeurtenis", r.startgebeurtenis());
        if (r.minimum() != null) {
            m.put("minimum", r.minimum().toString());
        }
        m.put("maximum", r.maximum().toString());
        m.put("citaties", teksten(r.citaties()));
        return m;
    }

    /** What one purpose gathers from the rules that allow it. */
    private static final class Entry {
        final TreeSet<String> grondslag = new TreeSet<>();
        final TreeSet<String> gegevens = new TreeSet<>();
        final TreeSet<String> herkomst = new TreeSet<>();
        final TreeSet<String> ontvangers = new TreeSet<>();
        final List<Map<String, Object>> regels = new ArrayList<>();

        void add(RuleSet set, PermissionRule r) {
            grondslag.addAll(teksten(r.citaties()));
            r.gegevens().forEach(g -> gegevens.add(g.name()));
            r.van().forEach(v -> herkomst.add(v.name()));
            r.vanWetten().forEach(w -> herkomst.add(w.name()));
            r.naar().forEach(n -> ontvangers.add(n.name()));
            regels.add(ordered("regel", set.regel(r.id()), "titel", r.titel(), "citaties", teksten(r.citaties())));
        }
    }

    private static List<String> teksten(List<Citation> citaties) {
        return citaties.stream().map(Object::toString).toList();
    }

    private static List<String> codes(Collection<Doel> doelen) {
        return doelen.stream().map(Doel::code).sorted().toList();
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The first 12 hex digits of the SHA-256 of the content's JSON: the same content, the same digest. */
    private static String digest(Object content) {
        try {
            byte[] json = Json.MAPPER.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 6);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("het register kan niet worden samengevat", e);
        }
    }
}
