// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.nio.charset.StandardCharsets;

/**
 * The problem+json (RFC 9457) the HTTP edge answers with when the API's own servlet never sees a request: no
 * route, a method not allowed, a request line, URI, header or body Jetty refuses. The detail is fixed per status:
 * nothing of the request (a path or request line can hold a BSN) is echoed.
 */
final class Problems {

    private Problems() {
    }

    /**
     * The status the client gets for what Jetty refuses: a method or HTTP version Jetty does not know (501, 505) is the
     * client's error, answered as 400, because no 5xx is reachable by bad input; everything else as Jetty says.
     */
    static int status(int jetty) {
        return jetty == 501 || jetty == 505 ? 400 : jetty;
    }

    /** The Dutch title and detail for what Jetty refused with this status. */
    static String[] text(int status) {
        return switch (status) {
            case 400 -> new String[] { "Ongeldig verzoek", "het HTTP-verzoek is misvormd (verzoekregel, kopregels of body)" };
            case 404 -> new String[] { "Niet gevonden", "geen resource op dit pad; de API staat onder /api/v1" };
            case 405 -> new String[] { "Methode niet toegestaan", "deze methode is hier niet toegestaan" };
            case 408 -> new String[] { "Time-out", "het verzoek kwam niet op tijd binnen" };
            case 411 -> new String[] { "Lengte vereist", "vermeld Content-Length of gebruik chunked transfer" };
            case 413 -> new String[] { "Body te groot", "de body is te groot" };
            case 414 -> new String[] { "URI te lang", "de URI is te lang" };
            case 415 -> new String[] { "Verkeerd mediatype", "stuur application/json (UTF-8)" };
            case 431 -> new String[] { "Kopregels te groot", "de kopregels van het verzoek zijn te groot" };
            case 501 -> new String[] { "Ongeldig verzoek", "deze methode kent de server niet" };
            case 505 -> new String[] { "Ongeldig verzoek", "deze HTTP-versie wordt niet ondersteund; gebruik HTTP/1.1" };
            case 503 -> new String[] { "Niet beschikbaar", "de dienst is tijdelijk niet beschikbaar" };
            default -> status >= 500 ? new String[] { "Interne fout", "de verwerking is niet gelukt" }
                    : new String[] { "Verzoek geweigerd", "het verzoek is geweigerd" };
        };
    }

    /** The body for what Jetty refused with this status (answered with {@link #status(int)}). */
    static byte[] body(int jetty) {
        String[] t = text(jetty);
        int status = status(jetty);
        return ("{\"type\":\"https://meervoud.nl/problemen/" + status + "\",\"title\":\"" + t[0] + "\",\"status\":" + status
                + ",\"detail\":\"" + t[1] + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
