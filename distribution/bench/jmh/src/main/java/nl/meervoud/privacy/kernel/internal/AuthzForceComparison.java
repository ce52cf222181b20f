// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.ow2.authzforce.core.pdp.api.AttributeFqn;
import org.ow2.authzforce.core.pdp.api.AttributeFqns;
import org.ow2.authzforce.core.pdp.api.DecisionRequestBuilder;
import org.ow2.authzforce.core.pdp.api.DecisionResult;
import org.ow2.authzforce.core.pdp.api.value.AttributeBag;
import org.ow2.authzforce.core.pdp.api.value.Bags;
import org.ow2.authzforce.core.pdp.api.value.StandardDatatypes;
import org.ow2.authzforce.core.pdp.api.value.StringValue;
import org.ow2.authzforce.core.pdp.impl.BasePdpEngine;
import org.ow2.authzforce.core.pdp.impl.PdpEngineConfiguration;

import oasis.names.tc.xacml._3_0.core.schema.wd_17.DecisionType;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.RuleSet;

/**
 * The kernel against AuthzForce Core PDP on the same rules, the Wams core with every law module of the
 * distribution (exported to XACML 3.0 by {@link XacmlExport}), and the same requests, in one JMH run. Setup proves both give the same decision for every request before
 * anything is measured. The XACML requests are built in AuthzForce's native model (its fastest path).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
public class AuthzForceComparison {
    private RuleIndex index;
    private DecisionRequest[] requests;
    private BasePdpEngine pdp;
    private org.ow2.authzforce.core.pdp.api.DecisionRequest[] xacml;

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup
    public void setUp() throws IOException {
        List<RuleSet> alle = BenchRules.alleModules();
        index = BenchRules.index(1, alle);
        List<DecisionRequest> comparable = new ArrayList<>();
        for (DecisionRequest r : BenchRules.requestsMetModules()) {
            if (r.voorwaardenVerstrekker().isEmpty()) {
                comparable.add(r);
            }
        }
        requests = comparable.toArray(DecisionRequest[]::new);
        Path dir = Files.createTempDirectory("meervoud-xacml");
        Path policy = dir.resolve("policy.xml");
        Files.writeString(policy, XacmlExport.policySet(alle));
        Path conf = dir.resolve("pdp.xml");
        Files.writeString(conf, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<pdp xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns=\"http://authzforce.github.io/core/xmlns/pdp/8\" version=\"8.1\">"
                + "<policyProvider id=\"policies\" xsi:type=\"StaticPolicyProvider\"><policyLocation>" + policy.toUri()
                + "</policyLocation></policyProvider><rootPolicyRef policySet=\"true\">meervoud</rootPolicyRef></pdp>");
        pdp = new BasePdpEngine(PdpEngineConfiguration.getInstance(conf.toUri().toString()));
        xacml = new org.ow2.authzforce.core.pdp.api.DecisionRequest[requests.length];
        for (int i = 0; i < requests.length; i++) {
            xacml[i] = toXacml(requests[i]);
            boolean kernel = Evaluator.evaluate(index, requests[i], false).permitted();
            DecisionResult result = pdp.evaluate(xacml[i]);
            if (result.getDecision() == DecisionType.INDETERMINATE || kernel != (result.getDecision() == DecisionType.PERMIT)) {
                throw new IllegalStateException("request " + i + ": kernel " + kernel + ", AuthzForce " + result.getDecision()
                        + " " + result.getStatus());
            }
        }
        System.out.println("Equivalence checked on " + requests.length + " requests (" + policy + ")");
    }

    private org.ow2.authzforce.core.pdp.api.DecisionRequest toXacml(DecisionRequest r) {
        DecisionRequestBuilder<?> b = pdp.newRequestBuilder(1, 9);
        put(b, "van-rol", List.of(r.van().rol().name()));
        put(b, "naar-rol", List.of(r.naar().rol().name()));
        put(b, "van-wet", List.of(r.van().law() == null ? "" : r.van().law().name()));
        put(b, "bron", List.of(r.bron() == null ? "" : r.bron().code()));
        put(b, "doel", List.of(r.doel().code()));
        put(b, "kwalificatie", List.of(r.kwalificatie()));
        put(b, "route", List.of(r.route() == null ? "" : r.route().name()));
        put(b, "gegevens", r.gegevens().stream().map(Enum::name).toList());
        List<String> bewijs = new ArrayList<>(r.bewijs().stream().map(nl.meervoud.privacy.api.Voorwaarde::name).toList());
        long eisen = Evaluator.eisen(r.van(), r.naar());
        for (nl.meervoud.privacy.api.Eis e : nl.meervoud.privacy.api.Eis.values()) {
            if ((eisen & (1L << e.ordinal())) != 0) {
                bewijs.add(e.name());
            }
        }
        put(b, "bewijs", bewijs);
        return b.build(false);
    }

    private static void put(DecisionRequestBuilder<?> b, String attribute, List<String> values) {
        AttributeFqn id = AttributeFqns.newInstance(XacmlExport.CATEGORY, Optional.empty(), "meervoud:" + attribute);
        AttributeBag<?> bag = Bags.newAttributeBag(StandardDatatypes.STRING, values.stream().map(StringValue::new).toList());
        b.putNamedAttributeIfAbsent(id, bag);
    }

    @Benchmark
    public Decision meervoudKernel(Cursor c) {
        return Evaluator.evaluate(index, requests[(c.next++ & Integer.MAX_VALUE) % requests.length], false);
    }

    @Benchmark
    public DecisionResult authzForcePdp(Cursor c) {
        return pdp.evaluate(xacml[(c.next++ & Integer.MAX_VALUE) % xacml.length]);
    }
}
