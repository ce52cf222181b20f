// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.api;

/** A step the law does not allow at this point, naming the article (for a 409/422 problem+json). */
public final class ProcesStapException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String artikel;

    /** A refused step. */
    public ProcesStapException(String bericht, String artikel) {
        super(bericht + " (" + artikel + ")");
        this.artikel = artikel;
    }

    /** The article that refuses the step, e.g. "Wmo 2015 art. 2.3a.4 lid 8". */
    public String artikel() {
        return artikel;
    }
}
