// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.meervoud.privacy.api.Gegevenssoort;
import nl.meervoud.privacy.api.PermissionRule;
import nl.meervoud.privacy.api.Prohibition;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.api.Vereiste;

/**
 * Writes rule sets as one XACML 3.0 PolicySet with the kernel's semantics: prohibitions and permissions combined
 * deny-overrides, NotApplicable read as deny. All attributes are strings in the resource category:
 * {@code van-rol, naar-rol, van-wet, bron, doel, kwalificatie, route} (single, empty for none) and the bags
 * {@code gegevens} and {@code bewijs} (evidence plus the actor requirements that hold). Provider conditions and
 * effective dates are not translated; the benchmark's request mix uses neither.
 */
final class XacmlExport {
    static final String CATEGORY = "urn:oasis:names:tc:xacml:3.0:attribute-category:resource";
    private static final String STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final String F = "urn:oasis:names:tc:xacml:1.0:function:";

    private XacmlExport() {
    }

    static String policySet(List<RuleSet> sets) {
        StringBuilder x = new StringBuilder(64 * 1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PolicySet xmlns=\"urn:oasis:names:tc:xacml:3.0:core:schema:wd-17\" ")
                .append("PolicySetId=\"meervoud\" Version=\"1.0\" PolicyCombiningAlgId=\"urn:oasis:names:tc:xacml:3.0:policy-combining-algorithm:deny-overrides\">")
                .append("<Target/>\n<Policy PolicyId=\"verboden\" Version=\"1.0\" RuleCombiningAlgId=\"urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides\"><Target/>\n");
        for (RuleSet set : sets) {
            set.verboden().forEach(p -> prohibition(x, p));
        }
        x.append("</Policy>\n<Policy PolicyId=\"permissies\" Version=\"1.0\" RuleCombiningAlgId=\"urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-overrides\"><Target/>\n");
        for (RuleSet set : sets) {
            set.permissies().forEach(r -> permission(x, r));
        }
        return x.append("</Policy>\n</PolicySet>\n").toString();
    }

    private static void prohibition(StringBuilder x, Prohibition p) {
        x.append("<Rule RuleId=\"").append(p.id()).append("\" Effect=\"Deny\"><Target>");
        anyOf(x, "van-rol", terms(p.van()));
        anyOf(x, "naar-rol", terms(p.naar()));
        anyOf(x, "bron", codes(p.bron()));
        anyOf(x, "doel", codes(p.doelen()));
        anyOf(x, "route", terms(p.routes()));
        x.append("</Target><Condition><Apply FunctionId=\"").append(F).append("and\">");
        if (!p.gegevens().isEmpty()) {
            apply(x, "string-at-least-one-member-of", designator("gegevens") + bag(names(p.gegevens())));
        } else {
            x.append("<AttributeValue DataType=\"http://www.w3.org/2001/XMLSchema#boolean\">true</AttributeValue>");
        }
        if (!p.tenzij().isEmpty()) {
            x.append("<Apply FunctionId=\"").append(F).append("not\">");
            apply(x, "string-at-least-one-member-of", bag(requirementNames(p.tenzij())) + designator("bewijs"));
            x.append("</Apply>");
        }
        x.append("</Apply></Condition></Rule>\n");
    }

    private static void permission(StringBuilder x, PermissionRule r) {
        x.append("<Rule RuleId=\"").append(r.id()).append("\" Effect=\"Permit\"><Target>");
        anyOf(x, "van-rol", terms(r.van()));
        anyOf(x, "naar-rol", terms(r.naar()));
        anyOf(x, "bron", r.bron().isEmpty() ? List.of("") : codes(r.bron()));
        anyOf(x, "doel", codes(r.doelen()));
        anyOf(x, "kwalificatie", r.kwalificaties().isEmpty() ? List.of("") : List.copyOf(r.kwalificaties()));
        anyOf(x, "van-wet", terms(r.vanWetten()));
        anyOf(x, "route", terms(r.routes()));
        x.append("</Target><Condition><Apply FunctionId=\"").append(F).append("and\">");
        apply(x, "string-subset", designator("gegevens") + bag(names(r.gegevens())));
        if (!r.vereist().isEmpty()) {
            apply(x, "string-subset", bag(requirementNames(r.vereist())) + designator("bewijs"));
        }
        if (!r.vereistEenVan().isEmpty()) {
            apply(x, "string-at-least-one-member-of", bag(requirementNames(r.vereistEenVan())) + designator("bewijs"));
        }
        for (Map.Entry<Gegevenssoort, Set<Vereiste>> e : r.vereistPerSoort().entrySet()) {
            x.append("<Apply FunctionId=\"").append(F).append("or\"><Apply FunctionId=\"").append(F).append("not\">");
            apply(x, "string-is-in", value(e.getKey().name()) + designator("gegevens"));
            x.append("</Apply>");
            apply(x, "string-subset", bag(requirementNames(e.getValue())) + designator("bewijs"));
            x.append("</Apply>");
        }
        x.append("</Apply></Condition></Rule>\n");
    }

    private static void anyOf(StringBuilder x, String attribute, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        x.append("<AnyOf>");
        for (String v : values) {
            x.append("<AllOf><Match MatchId=\"").append(F).append("string-equal\">").append(value(v)).append(designator(attribute))
                    .append("</Match></AllOf>");
        }
        x.append("</AnyOf>");
    }

    private static void apply(StringBuilder x, String function, String arguments) {
        x.append("<Apply FunctionId=\"").append(F).append(function).append("\">").append(arguments).append("</Apply>");
    }

    private static String bag(List<String> values) {
        StringBuilder b = new StringBuilder("<Apply FunctionId=\"" + F + "string-bag\">");
        values.forEach(v -> b.append(value(v)));
        return b.append("</Apply>").toString();
    }

    private static String value(String v) {
        return "<AttributeValue DataType=\"" + STRING + "\">" + v + "</AttributeValue>";
    }

    private static String designator(String attribute) {
        return "<AttributeDesignator Category=\"" + CATEGORY + "\" AttributeId=\"meervoud:" + attribute + "\" DataType=\""
                + STRING + "\" MustBePresent=\"false\"/>";
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static List<String> terms(Collection<? extends nl.meervoud.privacy.api.Term> values) {
        return values.stream().map(nl.meervoud.privacy.api.Term::name).sorted().toList();
    }

    private static List<String> codes(Collection<nl.meervoud.privacy.api.Doel> values) {
        return values.stream().map(nl.meervoud.privacy.api.Doel::code).sorted().toList();
    }

    private static List<String> requirementNames(Collection<Vereiste> values) {
        return values.stream().map(Vereiste::name).sorted().toList();
    }
}
