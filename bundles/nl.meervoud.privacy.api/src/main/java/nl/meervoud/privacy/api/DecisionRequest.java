// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The question to the kernel: may {@code van} give these data about these persons to {@code naar}, taken from
 * purpose {@code bron}, for purpose {@code doel}?
 *
 * @param van the sender (for processing within one organisation: sender and recipient are the same actor)
 * @param naar the recipient
 * @param bron the purpose the data were processed for until now; null for data not yet bound to a Wams purpose
 * @param doel the purpose of this processing
 * @param kwalificatie the purpose qualifier (the law for {@link Doel#UITVOERING}); empty when none
 * @param gegevens the categories of personal data
 * @param route the investigation route; null outside an investigation
 * @param bewijs the conditions the request carries evidence for
 * @param voorwaardenVerstrekker conditions that providers attached to these data (sticky)
 * @param betrokkenen pseudonymous ids of the data subjects; the processing log writes one record per subject
 * @param zaak the case id; empty outside a case
 * @param activiteit the processing activity (register entry) this processing serves
 * @param traceparent the W3C Trace Context header of the calling request; empty to start a new trace
 * @param tijdstip when the processing takes place; decides which rule-set versions apply
 */
public record DecisionRequest(Actor van, Actor naar, Doel bron, Doel doel, String kwalificatie, Set<Gegevenssoort> gegevens,
        Route route, Set<Voorwaarde> bewijs, List<VoorwaardeVerstrekker> voorwaardenVerstrekker, List<String> betrokkenen,
        String zaak, String activiteit, String traceparent, Instant tijdstip) {

    /** Validates and copies the parts. */
    public DecisionRequest {
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(naar, "naar");
        Objects.requireNonNull(doel, "doel");
        kwalificatie = kwalificatie == null ? "" : kwalificatie;
        gegevens = gegevens == null || gegevens.isEmpty() ? Set.of() : Set.copyOf(gegevens);
        bewijs = bewijs == null || bewijs.isEmpty() ? Set.of() : Set.copyOf(bewijs);
        voorwaardenVerstrekker = List.copyOf(voorwaardenVerstrekker == null ? List.of() : voorwaardenVerstrekker);
        betrokkenen = List.copyOf(betrokkenen == null ? List.of() : betrokkenen);
        zaak = zaak == null ? "" : zaak;
        activiteit = activiteit == null ? "" : activiteit;
        traceparent = traceparent == null ? "" : traceparent;
        tijdstip = tijdstip == null ? Instant.now() : tijdstip;
    }

    /** Starts a request for a flow from one actor to another for a purpose. */
    public static Builder van(Actor van) {
        return new Builder(van);
    }

    /** A fluent builder; everything but sender, recipient and purpose is optional. */
    public static final class Builder {
        private final Actor van;
        private Actor naar;
        private Doel bron;
        private Doel doel;
        private String kwalificatie = "";
        private Set<Gegevenssoort> gegevens = Set.of();
        private Route route;
        private Set<Voorwaarde> bewijs = Set.of();
        private List<VoorwaardeVerstrekker> voorwaarden = List.of();
        private List<String> betrokkenen = List.of();
        private String zaak = "";
        private String activiteit = "";
        private String traceparent = "";
        private Instant tijdstip;

        private Builder(Actor van) {
            this.van = van;
        }

        /** The recipient. */
        public Builder naar(Actor recipient) {
            this.naar = recipient;
            return this;
        }

        /** The source purpose. */
        public Builder bron(Doel source) {
            this.bron = source;
            return this;
        }

        /** The purpose, with an optional qualifier. */
        public Builder doel(Doel purpose, String qualifier) {
            this.doel = purpose;
            this.kwalificatie = qualifier;
            return this;
        }

        /** The purpose. */
        public Builder doel(Doel purpose) {
            return doel(purpose, "");
        }

        /** The data categories. */
        public Builder gegevens(Gegevenssoort... categories) {
            this.gegevens = Set.of(categories);
            return this;
        }

        /** The investigation route. */
        public Builder route(Route investigationRoute) {
            this.route = investigationRoute;
            return this;
        }

        /** The evidence. */
        public Builder bewijs(Voorwaarde... evidence) {
            this.bewijs = Set.of(evidence);
            return this;
        }

        /** Conditions attached by providers. */
        public Builder voorwaarden(VoorwaardeVerstrekker... conditions) {
            this.voorwaarden = List.of(conditions);
            return this;
        }

        /** The data subjects. */
        public Builder betrokkenen(String... subjects) {
            this.betrokkenen = List.of(subjects);
            return this;
        }

        /** The case. */
        public Builder zaak(String caseId) {
            this.zaak = caseId;
            return this;
        }

        /** The processing activity. */
        public Builder activiteit(String activity) {
            this.activiteit = activity;
            return this;
        }

        /** The W3C traceparent of the calling request. */
        public Builder traceparent(String header) {
            this.traceparent = header;
            return this;
        }

        /** When the processing takes place. */
        public Builder tijdstip(Instant when) {
            this.tijdstip = when;
            return this;
        }

        /** Builds the request. */
        public DecisionRequest build() {
            return new DecisionRequest(van, naar == null ? van : naar, bron, doel, kwalificatie, gegevens, route, bewijs,
                    voorwaarden, betrokkenen, zaak, activiteit, traceparent, tijdstip);
        }
    }
}
