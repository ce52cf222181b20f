// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.RuleSet;

/**
 * Decision latency and throughput, side by side in one run, over the Wams core with the Jeugdwet module
 * ({@code rules=wams+jeugdwet}, the set of the first figures) and over the Wams core with every law module of the
 * distribution ({@code rules=alle-modules}), cycling through the same sixteen requests (permits and denies, one
 * permit of each module). The evaluation only: logging is measured separately (LogAppendProbe).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecisionBenchmark {
    @Param({ "wams+jeugdwet", "alle-modules" })
    public String rules;

    private RuleIndex index;
    private DecisionRequest[] requests;

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup
    public void setUp() {
        List<RuleSet> alle = BenchRules.alleModules();
        requests = BenchRules.requestsMetModules();
        index = BenchRules.index(1, rules.equals("alle-modules") ? alle : BenchRules.wamsEnJeugdwet());
        if (requests.length != 16) {
            throw new IllegalStateException("the mix is sixteen requests, not " + requests.length);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Threads(1)
    public Decision latency1Thread(Cursor cursor) {
        return Evaluator.evaluate(index, requests[cursor.next++ & 15], false);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Threads(2)
    public Decision latency2Threads(Cursor cursor) {
        return Evaluator.evaluate(index, requests[cursor.next++ & 15], false);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Decision throughput1Thread(Cursor cursor) {
        return Evaluator.evaluate(index, requests[cursor.next++ & 15], false);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Decision throughput2Threads(Cursor cursor) {
        return Evaluator.evaluate(index, requests[cursor.next++ & 15], false);
    }
}
