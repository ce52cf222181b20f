// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

/**
 * A burgerservicenummer: nine digits passing the elfproef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, and
 * not 000000000). Its {@link #toString()} never shows the number, so that it cannot end up in a technical log.
 *
 * @param value the nine digits
 */
public record Bsn(String value) {

    /** Refuses anything that is not a valid BSN, naming the rule broken (never echoing the number). */
    public Bsn {
        if (value == null || !value.matches("\\d{9}")) {
            throw new IllegalArgumentException("een BSN bestaat uit precies negen cijfers");
        }
        if (!elfproef(value)) {
            throw new IllegalArgumentException("dit BSN voldoet niet aan de elfproef");
        }
    }

    /** Whether nine digits pass the elfproef. */
    public static boolean elfproef(String digits) {
        if (digits == null || !digits.matches("\\d{9}") || digits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    @Override
    public String toString() {
        return "Bsn[***]";
    }
}
