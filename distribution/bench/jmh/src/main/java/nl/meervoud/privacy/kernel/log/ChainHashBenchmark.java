// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.nio.file.Files;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Warmup;

import nl.meervoud.privacy.api.ProcessingRecord;

/**
 * What the keyed chain costs per record (issue 12 §4), side by side in one run: the plain SHA-256 of before and the
 * HMAC-SHA-256 under the chain key, over the same serialised record, plus one anchor signature (Ed25519), which the
 * log makes at most once a second.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ChainHashBenchmark {
    @Param({ "sha256-voor", "hmac-sha256-gesleuteld" })
    public String chain;

    private LogKeys keys;
    private String previous;
    private String unsigned;

    @Setup
    public void setUp() throws Exception {
        keys = LogKeys.open(Files.createTempDirectory("meervoud-chain-bench"), false);
        ProcessingRecord record = new ProcessingRecord(4711, "5b09ea8b-3e43-431d-aaa2-df2750c3fb46", Instant.parse("2026-12-06T10:00:00Z"),
                "wams-onderzoek", "onderzoek-2.3a.1", List.of("Wmo 2015 art. 5.4.1 lid 1", "Wmo 2015 art. 2.3a.1 lid 1"), "wams/W1", "PERMIT",
                "", "3f2a9c0d1e7b4a65b1c2d3e4f5a6b7c8", List.of("GEZONDHEID", "PROCESINFORMATIE"), "CONSULENT:c", "COLLEGE:g",
                "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331",
                "h1:852d06dd415a574da2a640ec2599005a9a933924cc551fa2e876e32a7960d1f1", "");
        unsigned = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(record);
        previous = record.vorigeHash();
    }

    @Benchmark
    public String hash() {
        return chain.equals("sha256-voor") ? FileProcessingLog.legacyHash(previous, unsigned) : keys.hash(previous, unsigned);
    }

    @Benchmark
    public String anchorSignature() {
        return keys.sign("4711\n" + previous + "\n2026-12-06T10:00:00Z\n1");
    }
}
