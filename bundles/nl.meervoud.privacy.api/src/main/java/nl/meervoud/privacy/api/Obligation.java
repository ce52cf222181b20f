// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.time.Period;
import java.util.Objects;

/**
 * What a permit obliges the caller to do.
 *
 * @param soort the kind of obligation
 * @param termijn its term, e.g. P1M to inform the data subject; null when it has none
 * @param toelichting the obligation in Dutch for the caseworker
 */
public record Obligation(Soort soort, Period termijn, String toelichting) {

    /** The kinds of obligation. */
    public enum Soort {
        /** Record the processing in the processing log (every decision does). */
        LOGGEN,
        /** Inform the data subject within the term (Wmo 2015 art. 2.2.5 lid 2 onder c; art. 2.3a.4 lid 3). */
        BETROKKENE_INFORMEREN,
        /** Provide dat-informatie, then procesinformatie, content only if necessary (Wmo 2015 art. 5.4.2 lid 2). */
        MINIMALISEREN,
        /** Delete after the retention term (Wmo 2015 art. 5.4.5; art. 5.5.4 lid 1). */
        BEWAARTERMIJN,
        /** Use the BSN in the provision (Wmo 2015 art. 5.4.2 lid 5). */
        BSN_GEBRUIKEN,
        /** Record only the agreements of the casusoverleg (Wmo 2015 art. 5.4.3 lid 3). */
        ALLEEN_AFSPRAKEN_VASTLEGGEN,
        /** Inform the client of a breach of secrecy, beforehand or as soon as possible after. */
        CLIENT_INFORMEREN
    }

    /** Validates the parts. */
    public Obligation {
        Objects.requireNonNull(soort, "soort");
        toelichting = toelichting == null ? "" : toelichting;
    }
}
