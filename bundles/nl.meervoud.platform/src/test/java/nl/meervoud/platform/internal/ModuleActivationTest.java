// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

/** How an activator's failure is shown: its own exception, with digit runs that could be a BSN masked. */
class ModuleActivationTest {

    @Test
    void theActivatorsOwnExceptionIsShownWithLongDigitRunsMasked() {
        BundleException e = new BundleException("Activator start error in bundle x [42].", BundleException.ACTIVATOR_ERROR,
                new IllegalStateException("dossier 300000054 van 2026 mist zijn regels (12345678)"));
        assertEquals("its activation failed: java.lang.IllegalStateException: dossier … van 2026 mist zijn regels (…)",
                ModuleActivation.describe(e));
    }

    @Test
    void anExceptionWithoutMessageIsShownByItsClass() {
        assertEquals("its activation failed: java.lang.NullPointerException",
                ModuleActivation.describe(new BundleException("x", BundleException.ACTIVATOR_ERROR, new NullPointerException())));
    }
}
