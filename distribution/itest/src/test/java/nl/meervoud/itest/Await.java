// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.itest;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition (asynchronous OSGi behaviour) without asserting on time itself. */
public final class Await {
    /** Generous: CI machines are shared; the speed goals are measured in benchmarks, not here. */
    public static final Duration DEFAULT = Duration.ofSeconds(30);

    private Await() {
    }

    /** Waits until the condition holds; false if it never did within the deadline. */
    public static boolean until(BooleanSupplier condition) {
        long end = System.nanoTime() + DEFAULT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            pause();
        }
        return true;
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
