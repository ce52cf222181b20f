// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.Collection;
import nl.meervoud.privacy.api.Term;

/**
 * Bit sets over the dense ids of open-vocabulary terms, as plain {@code long[]} so that matching a request stays
 * a few AND operations however many terms the modules declare (no 63-term ceiling). {@code null} stands for "any"
 * where a rule leaves a dimension open. Arrays are never changed after they are built.
 */
final class Bits {
    static final long[] EMPTY = new long[0];

    private Bits() {
    }

    /** The set of the terms' ids. */
    static long[] of(Collection<? extends Term> terms) {
        int max = -1;
        for (Term t : terms) {
            max = Math.max(max, t.id());
        }
        if (max < 0) {
            return EMPTY;
        }
        long[] bits = new long[(max >>> 6) + 1];
        for (Term t : terms) {
            bits[t.id() >>> 6] |= 1L << t.id();
        }
        return bits;
    }

    /** The set of the terms' ids, or {@code null} ("any") when there are none. */
    static long[] orAny(Collection<? extends Term> terms) {
        return terms.isEmpty() ? null : of(terms);
    }

    /** Whether the id is in the set; {@code null} contains everything. */
    static boolean has(long[] bits, int id) {
        if (bits == null) {
            return true;
        }
        int word = id >>> 6;
        return id >= 0 && word < bits.length && (bits[word] & (1L << id)) != 0;
    }

    /** Whether the sets share an id. */
    static boolean intersects(long[] a, long[] b) {
        for (int i = Math.min(a.length, b.length) - 1; i >= 0; i--) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether every id of {@code need} is in {@code have}. */
    static boolean containsAll(long[] have, long[] need) {
        for (int i = 0; i < need.length; i++) {
            if (need[i] != 0 && (i >= have.length || (need[i] & ~have[i]) != 0)) {
                return false;
            }
        }
        return true;
    }

    /** The union (a new array). */
    static long[] or(long[] a, long[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        long[] r = new long[Math.max(a.length, b.length)];
        for (int i = 0; i < r.length; i++) {
            r[i] = (i < a.length ? a[i] : 0) | (i < b.length ? b[i] : 0);
        }
        return r;
    }
}
