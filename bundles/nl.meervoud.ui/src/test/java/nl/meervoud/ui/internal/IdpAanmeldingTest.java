// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdpAanmeldingTest {

    @Test
    void theCodeChallengeIsS256OfTheVerifierAsRfc7636Specifies() {
        // RFC 7636 Appendix B.
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", IdpAanmelding.uitdaging("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }
}
