// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.casus.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.meervoud.privacy.api.PrivacyKernel;
import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.RetentionRule;
import nl.meervoud.store.api.Dossiers;
import nl.meervoud.store.api.Dossiers.Dossier;
import nl.meervoud.store.api.Dossiers.Soort;

/**
 * The retention job (rulebook §4.15): deletes every file whose period ended, in every municipality of the
 * installation, and writes each deletion to the processing log, one record per person in it, under the
 * municipality whose file it was. Casusoverleggen and data requests go with the file whose data
 * they are: those of the investigation phase with the investigation (Wmo 2015 art. 5.4.5 lid 1), those of the
 * coordination phase with the coördinatiedossier (lid 2).
 */
@Component(service = Bewaartermijnen.class, immediate = true, configurationPid = CasusConfig.PID, property = {
        "osgi.command.scope=meervoud", "osgi.command.function=bewaartermijnen" })
public final class Bewaartermijnen {
    private static final Logger LOG = LoggerFactory.getLogger(Bewaartermijnen.class);
    /** The processing activity under which the job records each deletion. */
    static final String ACTIVITEIT = "bewaartermijn";

    /** The store, taken for a run and returned after it. */
    private final ComponentServiceObjects<Dossiers> store;
    private final ProcessingLog log;
    private final PrivacyKernel kernel;
    private final ScheduledExecutorService timer;

    @Activate
    public Bewaartermijnen(@Reference(service = Dossiers.class) ComponentServiceObjects<Dossiers> store, @Reference ProcessingLog log,
            @Reference PrivacyKernel kernel, CasusConfig config) {
        this.kernel = kernel;
        this.store = store;
        this.log = log;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "meervoud-bewaartermijnen"));
        timer.scheduleWithFixedDelay(() -> {
            try {
                ruimOp(LocalDate.now());
            } catch (RuntimeException e) {
                LOG.error("Retention run failed; it runs again in {} minutes: {}", config.bewaartermijnInterval(), CasusApi.causes(e));
            }
        }, 60, config.bewaartermijnInterval() * 60L, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    /** Gogo: {@code meervoud:bewaartermijnen} runs the retention job now instead of waiting for the next run. */
    public String bewaartermijnen() {
        LocalDate day = LocalDate.now();
        return ruimOp(day) + " dossiers verwijderd (bewaartermijn verstreken vóór " + day + ")";
    }

    /** Deletes what expired before {@code vandaag}; returns how many files were deleted. */
    public synchronized int ruimOp(LocalDate vandaag) {
        Dossiers dossiers = store.getService();
        try {
            return ruimOp(dossiers, vandaag);
        } finally {
            store.ungetService(dossiers);
        }
    }

    private int ruimOp(Dossiers dossiers, LocalDate vandaag) {
        int deleted = 0;
        List<Dossier> batch;
        while (!(batch = dossiers.verlopen(vandaag, 500)).isEmpty()) {
            for (Dossier d : batch) {
                // The rule of the file whose period ended, which its casusoverleggen and data requests go with; its
                // id and articles come from the active rule set.
                Optional<RetentionRule> regel = Bewaarregels.start(d).flatMap(s -> Bewaarregels.regel(kernel, s));
                for (Dossier child : children(dossiers, d)) {
                    deleted += verwijder(dossiers, child, regel);
                }
                deleted += verwijder(dossiers, d, regel);
            }
        }
        if (deleted > 0) {
            LOG.info("Retention: deleted {} files", deleted);
        }
        return deleted;
    }

    private static List<Dossier> children(Dossiers dossiers, Dossier d) {
        List<Dossier> out = new ArrayList<>();
        if (d.soort() == Soort.ONDERZOEK) {
            collect(dossiers, out, Soort.VERSTREKKINGSVERZOEK, null, d.id());
            collect(dossiers, out, Soort.CASUSOVERLEG, "ONDERZOEK", d.id());
        } else if (d.soort() == Soort.COORDINATIEDOSSIER) {
            collect(dossiers, out, Soort.CASUSOVERLEG, "COORDINATIE", d.zaak());
        }
        return out;
    }

    private static void collect(Dossiers dossiers, List<Dossier> out, Soort soort, String toestand, java.util.UUID zaak) {
        for (int pagina = 1;; pagina++) {
            Dossiers.Pagina p = dossiers.list(soort, toestand, zaak, pagina, 100);
            p.items().forEach(i -> out.add(dossiers.find(soort, i.id()).orElse(i)));
            if (!p.volgende()) {
                return;
            }
        }
    }

    /**
     * Who deleted: the platform itself, for the municipality whose file it was (issue 10 §3: each processing is
     * recorded under the municipality responsible), readable in the log as {@code SYSTEEM:0363/bewaartermijnen}.
     */
    static String uitvoerder(Dossier d) {
        return nl.meervoud.privacy.api.ProcessingLog.SYSTEEM + (d.gemeente() == null ? "" : d.gemeente() + "/") + "bewaartermijnen";
    }

    private int verwijder(Dossiers dossiers, Dossier d, Optional<RetentionRule> regel) {
        if (!dossiers.delete(d.soort(), d.id())) {
            return 0;
        }
        List<String> artikelen = regel.map(r -> r.citaties().stream().map(Object::toString).toList()).orElse(List.of());
        // Under the case its decisions were logged under: an investigation and a melding are their own case.
        String zaak = d.soort() == Soort.ONDERZOEK || d.soort() == Soort.MELDING ? d.id().toString() : d.zaak() == null ? "" : d.zaak().toString();
        log.vastleggen(new ProcessingLog.Vastlegging(ACTIVITEIT, "verwijderen", artikelen, regel.map(RetentionRule::id).orElse("bewaren_tot"),
                uitvoerder(d), zaak, List.copyOf(d.betrokkenen()), List.of(d.soort().tabel())));
        return 1;
    }
}
