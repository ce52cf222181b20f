// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

/** A small latency histogram: 10 ns buckets up to 1 ms, the rest counted as overflow with the maximum kept. */
final class Histogram {
    private static final int BUCKET_NS = 10;
    private final long[] buckets = new long[100_000];
    private long overflow;
    private long max;
    private long count;

    void record(long nanos) {
        int bucket = (int) (nanos / BUCKET_NS);
        if (bucket < buckets.length) {
            buckets[bucket]++;
        } else {
            overflow++;
        }
        max = Math.max(max, nanos);
        count++;
    }

    void add(Histogram other) {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] += other.buckets[i];
        }
        overflow += other.overflow;
        max = Math.max(max, other.max);
        count += other.count;
    }

    long percentile(double p) {
        long target = (long) Math.ceil(count * p);
        long seen = 0;
        for (int i = 0; i < buckets.length; i++) {
            seen += buckets[i];
            if (seen >= target) {
                return (long) (i + 1) * BUCKET_NS;
            }
        }
        return max;
    }

    long max() {
        return max;
    }

    long count() {
        return count;
    }

    @Override
    public String toString() {
        return String.format("n=%d p50=%d ns p99=%d ns p99.9=%d ns p99.99=%d ns max=%.1f µs", count, percentile(0.5),
                percentile(0.99), percentile(0.999), percentile(0.9999), max / 1000.0);
    }
}
