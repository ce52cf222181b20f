// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

/**
 * A signed checkpoint of the processing log's chain head: after record {@code volgnummer} (0 for an empty log)
 * the chain ended in {@code hash}. {@code gesleuteldVanaf} is the first record chained with the key; records before
 * it are from before keyed chaining.
 */
record Anchor(long volgnummer, String hash, String tijdstip, long gesleuteldVanaf, String handtekening) {

    /** The text the signature covers. */
    String signed() {
        return volgnummer + "\n" + hash + "\n" + tijdstip + "\n" + gesleuteldVanaf;
    }

    Anchor signedWith(LogKeys keys) {
        return new Anchor(volgnummer, hash, tijdstip, gesleuteldVanaf, keys.sign(signed()));
    }
}
