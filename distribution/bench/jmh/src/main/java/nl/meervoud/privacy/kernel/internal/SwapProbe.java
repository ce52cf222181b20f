// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.RuleSet;

/**
 * Rule-set swap while two threads decide continuously: how long a swap takes (validate + compile + publish,
 * as when a module arrives or leaves) and whether deciders stall. Runs a phase without swaps and a phase with
 * a swap every 10 ms, side by side. Usage: SwapProbe [seconds per phase, default 10]
 */
public final class SwapProbe {

    private SwapProbe() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        RuleSet wams = BenchRules.wams();
        RuleSet jeugdwet = BenchRules.jeugdwet();
        RuleRegistry registry = new RuleRegistry();
        registry.add(1, "wams", wams);
        registry.add(2, "jeugdwet", jeugdwet);
        DecisionRequest[] requests = BenchRules.requests();

        Histogram warm = phase(registry, requests, 3, null);
        Histogram quiet = phase(registry, requests, seconds, null);
        long[] swaps = new long[100_000];
        int[] swapCount = new int[1];
        Histogram swapping = phase(registry, requests, seconds, running -> {
            long id = 3;
            while (running.get()) {
                long t0 = System.nanoTime();
                registry.remove(id - 1 == 2 ? 2 : id - 1);
                registry.add(id, "jeugdwet", jeugdwet);
                swaps[swapCount[0]++] = (System.nanoTime() - t0) / 2; // two swaps: out and back in
                id++;
                sleep(10);
            }
        });
        long[] sorted = Arrays.copyOf(swaps, swapCount[0]);
        Arrays.sort(sorted);
        System.out.printf("warm-up:                 %s%n", warm);
        System.out.printf("deciding, no swaps:      %s%n", quiet);
        System.out.printf("deciding, swap every 10 ms: %s%n", swapping);
        System.out.printf("swap (validate+compile+publish): n=%d median=%.3f ms p99=%.3f ms max=%.3f ms%n", sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    interface Swapper {
        void run(AtomicBoolean running) throws Exception;
    }

    private static Histogram phase(RuleRegistry registry, DecisionRequest[] requests, int seconds, Swapper swapper)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Histogram h = new Histogram();
            histograms.add(h);
            Thread thread = new Thread(() -> {
                int i = 0;
                while (running.get()) {
                    long t0 = System.nanoTime();
                    Evaluator.evaluate(registry.current(), requests[i++ & 7], false);
                    h.record(System.nanoTime() - t0);
                }
            });
            threads.add(thread);
        }
        Thread swap = swapper == null ? null : new Thread(() -> {
            try {
                swapper.run(running);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        threads.forEach(Thread::start);
        if (swap != null) {
            swap.start();
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        if (swap != null) {
            swap.join();
        }
        Histogram total = new Histogram();
        histograms.forEach(total::add);
        return total;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
