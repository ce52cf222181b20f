// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What strict parsing costs per request body (issue 12 §1), side by side in one run: the API's one reading policy
 * ({@code Json.read}: UTF-8 validation, exact types, no ordinals, padded strings and content nulls refused, dates in
 * range, duplicate keys and depth checked) against the lenient reader the store uses for its own documents (Jackson
 * with the same BSN and regime readers and none of the strict input rules, as request bodies were read before), on
 * the body of the load test's {@code POST /onderzoeken}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StrictJsonBenchmark {
    private static final String BODY = "{\"route\":\"WMO_2_3A_1\",\"verzoekdatum\":\"2026-11-02\",\"hulpvraagWet\":\"Participatiewet\",\"noodzaak\":\"samenhangende problemen op de afgesproken domeinen\","
            + "\"client\":{\"bsn\":\"300000054\",\"naam\":\"Client\",\"geboortedatum\":\"1980-05-05\"},"
            + "\"reikwijdte\":{\"domeinen\":[\"inkomen\",\"schulden\"]},\"vermoedenMeervoudigeProblematiek\":true}";
    private final byte[] bytes = BODY.getBytes(StandardCharsets.UTF_8);

    @Benchmark
    public Object strict() {
        return Json.read(bytes, Requests.NieuwOnderzoek.class);
    }

    @Benchmark
    public Object lenient() {
        return Json.stored(new String(bytes, StandardCharsets.UTF_8), Requests.NieuwOnderzoek.class);
    }
}
