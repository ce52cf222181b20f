// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.util.Optional;

import nl.meervoud.casus.api.Bewaarstart;
import nl.meervoud.casus.api.Coordinatiedossier;
import nl.meervoud.casus.api.Melding;
import nl.meervoud.casus.api.Onderzoeksdossier;
import nl.meervoud.privacy.api.PrivacyKernel;
import nl.meervoud.privacy.api.RetentionRule;
import nl.meervoud.store.api.Dossiers.Dossier;

/**
 * Which retention rule governs a file (rulebook §4.15): the model says from which event its period runs, the
 * kernel's active rule sets say how long and on which article. Used when a period starts (to set
 * {@code bewaren_tot}) and when the retention job deletes (to cite the rule).
 */
final class Bewaarregels {
    private Bewaarregels() {
    }

    /** The active retention rule for a data set and start event. */
    static Optional<RetentionRule> regel(PrivacyKernel kernel, Bewaarstart s) {
        return kernel.bewaartermijnen().stream()
                .filter(r -> r.gegevensset().equals(s.gegevensset()) && r.startgebeurtenis().equals(s.startgebeurtenis())).findFirst();
    }

    /** From when a stored file's period runs; empty for files that go with another (casusoverleg, data request). */
    static Optional<Bewaarstart> start(Dossier d) {
        return switch (d.soort()) {
            case MELDING -> Optional.of(Json.stored(d.inhoud(), Melding.class).bewaarstart());
            case ONDERZOEK -> Json.stored(d.inhoud(), Onderzoeksdossier.class).bewaarstart();
            case COORDINATIEDOSSIER -> Json.stored(d.inhoud(), Coordinatiedossier.class).bewaarstart();
            case CASUSOVERLEG, VERSTREKKINGSVERZOEK -> Optional.empty();
        };
    }
}
