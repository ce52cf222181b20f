// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.auth.api;

/**
 * A request whose credential is missing or not accepted: the port answers {@link #status()} (401, or 403 for a
 * valid token without a Wams function) with {@link #wwwAuthenticate()} (RFC 6750 §3) and a problem+json with
 * {@link #getMessage()}. The message never holds the token or a subject.
 */
public final class NietAangemeld extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why: no credential at all, a malformed request, or a token that is not accepted. */
    public enum Fout {
        /** No credential: the challenge names no error (RFC 6750 §3.1). */
        GEEN,
        /** A malformed Authorization header ({@code invalid_request}). */
        ONGELDIG_VERZOEK,
        /** A token that is expired, revoked, malformed or not signed by a trusted issuer ({@code invalid_token}). */
        ONGELDIG_TOKEN,
        /** A valid token that grants no Wams function: 403 with {@code insufficient_scope} (RFC 6750 §3.1). */
        GEEN_FUNCTIE,
        /**
         * The token's issuer cannot be reached for its keys now: 503 with {@code Retry-After}, not the client's
         * fault, so the client keeps its token.
         *
         * @since 1.1
         */
        UITGEVER_ONBEREIKBAAR
    }

    /** Seconds a client waits before trying again after a 503. */
    private static final int RETRY_AFTER = 5;

    private final Fout fout;

    public NietAangemeld(Fout fout, String reden) {
        super(reden, null, false, false);
        this.fout = fout;
    }

    public Fout fout() {
        return fout;
    }

    /** The HTTP status to answer with. */
    public int status() {
        return switch (fout) {
            case GEEN_FUNCTIE -> 403;
            case UITGEVER_ONBEREIKBAAR -> 503;
            default -> 401;
        };
    }

    /**
     * The problem's title for {@link #status()}.
     *
     * @since 1.1
     */
    public String title() {
        return switch (status()) {
            case 403 -> "Geen bevoegdheid";
            case 503 -> "Niet beschikbaar";
            default -> "Niet aangemeld";
        };
    }

    /**
     * The {@code Retry-After} seconds for a 503, or null for a 401 or 403.
     *
     * @since 1.1
     */
    public String retryAfter() {
        return fout == Fout.UITGEVER_ONBEREIKBAAR ? Integer.toString(RETRY_AFTER) : null;
    }

    /** The {@code WWW-Authenticate} value for the 401. */
    public String wwwAuthenticate() {
        String realm = "Bearer realm=\"meervoud\"";
        return switch (fout) {
            case GEEN -> realm;
            case ONGELDIG_VERZOEK -> realm + ", error=\"invalid_request\", error_description=\"" + quote(getMessage()) + "\"";
            case ONGELDIG_TOKEN -> realm + ", error=\"invalid_token\", error_description=\"" + quote(getMessage()) + "\"";
            case GEEN_FUNCTIE -> realm + ", error=\"insufficient_scope\", error_description=\"" + quote(getMessage()) + "\"";
            case UITGEVER_ONBEREIKBAAR -> realm;
        };
    }

    /** The problem+json body (RFC 9457) for the answer: type, title, status and the reason as detail. */
    public String problemJson() {
        StringBuilder detail = new StringBuilder();
        for (char c : getMessage().toCharArray()) {
            if (c == '"' || c == '\\') {
                detail.append('\\').append(c);
            } else if (c >= 0x20) {
                detail.append(c);
            }
        }
        int status = status();
        return "{\"type\":\"https://meervoud.nl/problemen/" + status + "\",\"title\":\"" + title()
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            // RFC 6750: error_description is %x20-21 / %x23-5B / %x5D-7E
            b.append(c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' ? c : ' ');
        }
        return b.toString();
    }
}
