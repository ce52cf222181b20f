// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.internal;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.meervoud.platform.api.HealthIndicator;
import nl.meervoud.platform.api.HealthStatus;
import nl.meervoud.privacy.api.Decision;
import nl.meervoud.privacy.api.DecisionRequest;
import nl.meervoud.privacy.api.PrivacyKernel;
import nl.meervoud.privacy.api.ProcessRule;
import nl.meervoud.privacy.api.ProcessingRecord;
import nl.meervoud.privacy.api.RetentionRule;
import nl.meervoud.privacy.api.RuleSet;
import nl.meervoud.privacy.kernel.log.Ids;
import nl.meervoud.privacy.kernel.log.LogEntry;
import nl.meervoud.privacy.spi.RuleSetProvider;

/**
 * The kernel: collects rule sets from the whiteboard, decides on the current index snapshot, and writes every
 * decision durably to the processing log before returning it. A refused rule set is reported as a health
 * problem of the module that registered it.
 */
@Component(service = PrivacyKernel.class, immediate = true)
public final class KernelImpl implements PrivacyKernel {
    private static final Logger LOG = LoggerFactory.getLogger(KernelImpl.class);

    /** How long a held rule set waits for its bundle's next revision once that revision has started. */
    static final long GRACE_MS = 1_000;
    /** How long a held rule set waits at most (the next revision may fail to resolve or to start). */
    static final long HOLD_MS = 5_000;

    private final RuleRegistry registry = new RuleRegistry();
    private final ProcessingLogService log;
    private final BundleContext context;
    private final SynchronousBundleListener revisions = this::bundleChanged;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "meervoud-kernel-revisions");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, ServiceRegistration<HealthIndicator>> complaints = new ConcurrentHashMap<>();
    private final Map<Long, List<String>> complained = new ConcurrentHashMap<>();
    private final Map<Long, ServiceReference<?>> references = new ConcurrentHashMap<>();
    /** Per bundle, the number of its latest hold: a timer ends only the hold it was set for, not a later one. */
    private final Map<Long, Long> holds = new ConcurrentHashMap<>();

    @Activate
    public KernelImpl(@Reference ProcessingLogService log, BundleContext context) {
        this.log = log;
        this.context = context;
        context.addBundleListener(revisions);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRuleSet(RuleSetProvider provider, ServiceReference<RuleSetProvider> reference) {
        long id = (Long) reference.getProperty(Constants.SERVICE_ID);
        String module = reference.getBundle() == null ? "?" : reference.getBundle().getSymbolicName();
        references.put(id, reference);
        Map<Long, List<String>> refused;
        RuleSet set;
        try {
            set = provider.ruleSet();
            refused = registry.add(id, module, bundleId(reference), set);
        } catch (RuntimeException e) {
            set = null;
            refused = registry.refuse(id, module, bundleId(reference), module, "de regelset kan niet worden gelezen: " + e.getMessage());
        }
        if (!refused.containsKey(id)) {
            LOG.info("Rule set {} {} of {} active (index {})", set.id(), set.versie(), module, registry.current().version);
        }
        reconcile(refused);
    }

    void removeRuleSet(RuleSetProvider provider, ServiceReference<RuleSetProvider> reference) {
        long id = (Long) reference.getProperty(Constants.SERVICE_ID);
        references.remove(id);
        withdraw(id);
        synchronized (this) {
            if (restarting(reference.getBundle()) && registry.hold(id)) {
                long bundle = bundleId(reference);
                long hold = holds.merge(bundle, 1L, Long::sum);
                LOG.info("Rule set of {} held until its next revision replaces it", moduleOf(reference));
                timer.schedule(() -> release(bundle, hold), HOLD_MS, TimeUnit.MILLISECONDS);
                return;
            }
        }
        reconcile(registry.remove(id));
        LOG.info("Rule set of {} withdrawn (index {})", moduleOf(reference), registry.current().version);
    }

    /**
     * Whether a bundle stops only to start again: it is stopping while it stays persistently started, which is how
     * the framework stops a bundle to update or refresh it. A plain stop first records the bundle as stopped, so an
     * operator's stop withdraws its law at once.
     */
    private static boolean restarting(Bundle bundle) {
        if (bundle == null || bundle.getState() != Bundle.STOPPING) {
            return false;
        }
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }

    /** Ends a hold: at once when the bundle is uninstalled, shortly after its next revision started without it. */
    private void bundleChanged(BundleEvent event) {
        long bundle = event.getBundle().getBundleId();
        Long hold = holds.get(bundle);
        if (hold == null) {
            return;
        }
        if (event.getType() == BundleEvent.UNINSTALLED) {
            holds.remove(bundle);
            release(bundle, hold);
        } else if (event.getType() == BundleEvent.STARTED && registry.holding(bundle)) {
            timer.schedule(() -> release(bundle, hold), GRACE_MS, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void release(long bundle, long hold) {
        if (holds.getOrDefault(bundle, hold).longValue() == hold && registry.holding(bundle)) {
            reconcile(registry.release(bundle));
            LOG.info("Held rule set of bundle {} withdrawn: no new revision brought it back (index {})", bundle,
                    registry.current().version);
        }
    }

    private static long bundleId(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? -1 : bundle.getBundleId();
    }

    /**
     * Makes the health complaints match the refused rule sets: a rule set that became active (its declarer came)
     * is no longer a problem, one that lost a term it uses (its declarer left) becomes one.
     */
    private synchronized void reconcile(Map<Long, List<String>> refused) {
        for (Long id : List.copyOf(complaints.keySet())) {
            if (!refused.containsKey(id)) {
                withdraw(id);
            }
        }
        if (shuttingDown()) {
            // The platform is shutting down and its modules leave in any order: a rule set that lost its declarer
            // now is no problem to report.
            return;
        }
        refused.forEach((id, problems) -> {
            ServiceReference<?> reference = references.get(id);
            if (reference != null && !problems.equals(complained.get(id))) {
                withdraw(id);
                String name = registry.ruleSetId(id).orElse(moduleOf(reference));
                if (nl.meervoud.platform.api.Installation.starting(context) && problems.stream().allMatch(p -> p.contains("actieve regelset declareert"))) {
                    // Modules start in any order: a law module that uses the Wams core's terms can arrive first.
                    // It becomes active the moment the declarer does; /health names it if that never happens.
                    LOG.info("Rule set {} of {} waits for the rule set that declares its terms: {}", name, moduleOf(reference), problems);
                } else {
                    LOG.warn("Rule set {} of {} refused: {}", name, moduleOf(reference), problems);
                }
                complain(id, reference, name, problems);
                complained.put(id, problems);
            }
        });
    }

    private boolean shuttingDown() {
        try {
            return context.getBundle(0).getState() == Bundle.STOPPING;
        } catch (IllegalStateException kernelStopped) {
            return true;
        }
    }

    private static String moduleOf(ServiceReference<?> reference) {
        return reference.getBundle() == null ? "?" : reference.getBundle().getSymbolicName();
    }

    @Deactivate
    void deactivate() {
        try {
            context.removeBundleListener(revisions);
        } catch (IllegalStateException stopping) {
            // the framework is going down and took the listener with it
        }
        timer.shutdownNow();
        complaints.keySet().forEach(this::withdraw);
    }

    @Override
    public Decision decide(DecisionRequest request) {
        return decide(registry.current(), request);
    }

    private Decision decide(RuleIndex index, DecisionRequest request) {
        return record(request, Evaluator.evaluate(index, request, false));
    }

    /** Writes a decision to the processing log and returns it; a decision that cannot be recorded is a DENY. */
    private Decision record(DecisionRequest request, Decision decision) {
        try {
            appendPerSubject(entry(request, decision, traceId(request.traceparent())), request.betrokkenen());
            return decision;
        } catch (RuntimeException e) {
            // Nothing is permitted that is not on record (compare FSC: deny when the log cannot be written). The log
            // says once when it stops and starts writing, and /health names it; no line per refused decision here.
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            if (!(cause instanceof nl.meervoud.privacy.api.ProcessingLog.Unavailable)) {
                LOG.error("Processing log failed; denying ({})", cause.getClass().getName());
            }
            return new Decision(Decision.Effect.DENY, decision.regel(), decision.citaties(),
                    List.of("het verwerkingenlogboek is niet beschikbaar; zonder vastlegging geen verwerking"),
                    List.of(), List.of(), List.of(), List.of("verwerkingenlogboek: " + cause.getMessage()), decision.index());
        }
    }

    @Override
    public void nietUitgevoerd(DecisionRequest request, Decision permit, String reden) {
        LogEntry e = entry(request, permit, traceId(request.traceparent()));
        appendPerSubject(new LogEntry("", java.time.Instant.now(), e.activiteit(), e.doel(), e.grondslag(), e.regel(), NIET_UITGEVOERD,
                reden, "", e.gegevens(), e.uitvoerder(), e.afnemer(), e.zaak(), e.traceId(), ""), request.betrokkenen());
    }

    /** One record per data subject (or one without a subject), each its own action; returns once all are durable. */
    private void appendPerSubject(LogEntry entry, List<String> betrokkenen) {
        List<CompletableFuture<ProcessingRecord>> writes = new ArrayList<>();
        for (String subject : betrokkenen.isEmpty() ? List.of("") : betrokkenen) {
            writes.add(log.log().append(entry.forSubject(subject, Ids.uuid().toString(), Ids.hex(8))));
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public Decision explain(DecisionRequest request) {
        return Evaluator.evaluate(registry.current(), request, true);
    }

    @Override
    public List<RetentionRule> bewaartermijnen() {
        return registry.current().bewaartermijnen;
    }

    @Override
    public List<nl.meervoud.privacy.api.RuleSet> actieveRegelsets() {
        return registry.current().ruleSets;
    }

    @Override
    public List<ProcessRule> procesregels() {
        return registry.current().procesregels;
    }

    @Override
    public List<RuleSetStatus> ruleSets() {
        return registry.statuses();
    }

    /**
     * The municipalities' settings: which law modules each has switched off. Mandatory, so that the kernel never
     * answers a municipality with a module it switched off; null only where a test builds the kernel by hand.
     */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile nl.meervoud.platform.api.Gemeenten gemeenten;

    @Override
    public PrivacyKernel voorGemeente(String gemeentecode) {
        nl.meervoud.platform.api.Gemeenten g = gemeenten;
        if (g == null || gemeentecode == null) {
            return this;
        }
        String geweigerd = g.geweigerd(gemeentecode);
        if (geweigerd != null) {
            return new Gemeentekernel(gemeentecode, java.util.Set.of(), geweigerd);
        }
        java.util.Set<String> uit = g.van(gemeentecode).modulesUit();
        return uit.isEmpty() ? this : new Gemeentekernel(gemeentecode, uit, null);
    }

    /**
     * The kernel for a municipality that switched law modules off: the same log and rules, on the index without
     * those modules ({@link RuleRegistry#current(java.util.Set)}), taken afresh for every question. For a
     * municipality whose own settings were refused, every decision is a recorded DENY naming why: which laws apply
     * to it is then unknown, and the kernel denies what it does not know.
     */
    private final class Gemeentekernel implements PrivacyKernel {
        private final String gemeente;
        private final java.util.Set<String> uit;
        private final String geweigerd;

        Gemeentekernel(String gemeente, java.util.Set<String> uit, String geweigerd) {
            this.gemeente = gemeente;
            this.uit = uit;
            this.geweigerd = geweigerd;
        }

        @Override
        public Decision decide(DecisionRequest request) {
            return geweigerd == null ? KernelImpl.this.decide(registry.current(uit), request)
                    : record(request, geweigerd(registry.current().version));
        }

        private Decision geweigerd(long index) {
            return new Decision(Decision.Effect.DENY, "", List.of(),
                    List.of("de eigen instellingen van gemeente " + gemeente + " zijn geweigerd; tot ze hersteld zijn, "
                            + "verwerkt het platform niets voor deze gemeente"),
                    List.of(), List.of(), List.of(), List.of("gemeente-instellingen: " + geweigerd), index);
        }

        @Override
        public void nietUitgevoerd(DecisionRequest request, Decision permit, String reden) {
            KernelImpl.this.nietUitgevoerd(request, permit, reden);
        }

        @Override
        public Decision explain(DecisionRequest request) {
            return geweigerd == null ? Evaluator.evaluate(registry.current(uit), request, true) : geweigerd(registry.current().version);
        }

        @Override
        public List<RetentionRule> bewaartermijnen() {
            return registry.current(uit).bewaartermijnen;
        }

        @Override
        public List<ProcessRule> procesregels() {
            return registry.current(uit).procesregels;
        }

        @Override
        public List<nl.meervoud.privacy.api.RuleSet> actieveRegelsets() {
            return registry.current(uit).ruleSets;
        }

        @Override
        public List<RuleSetStatus> ruleSets() {
            return registry.statuses();
        }

        @Override
        public PrivacyKernel voorGemeente(String gemeentecode) {
            if (!gemeente.equals(gemeentecode)) {
                throw new IllegalStateException("a municipality's kernel does not answer for another municipality");
            }
            return this;
        }
    }

    /** What every record of this decision shares; the subject, action id and span id are set per subject. */
    private static LogEntry entry(DecisionRequest r, Decision d, String traceId) {
        return new LogEntry("", r.tijdstip(), r.activiteit(),
                r.doel().code() + (r.kwalificatie().isEmpty() ? "" : ":" + r.kwalificatie()),
                d.citaties().stream().map(Object::toString).toList(), d.regel(), d.effect().name(),
                d.redenen().isEmpty() ? "" : d.redenen().get(0), "",
                r.gegevens().stream().map(Enum::name).sorted().toList(),
                r.van().rol().name() + ":" + r.van().id(), r.naar().rol().name() + ":" + r.naar().id(), r.zaak(), traceId, "");
    }

    /** The trace id of a W3C traceparent ({@code 00-<trace>-<span>-<flags>}), or a new one. */
    static String traceId(String traceparent) {
        String[] parts = traceparent.split("-");
        if (parts.length == 4 && parts[1].length() == 32 && parts[1].matches("[0-9a-f]{32}")) {
            return parts[1];
        }
        return Ids.hex(16);
    }

    private void complain(long id, ServiceReference<?> reference, String ruleSet, List<String> problems) {
        try {
            BundleContext moduleContext = reference.getBundle().getBundleContext();
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(HealthIndicator.NAME_PROPERTY, "rules:" + ruleSet);
            HealthIndicator indicator = () -> HealthStatus.down("rules:" + ruleSet,
                    "regelset geweigerd: " + String.join("; ", problems));
            // Registered in the module's name, so that the platform attributes the problem to the module.
            complaints.put(id, moduleContext.registerService(HealthIndicator.class, indicator, properties));
        } catch (RuntimeException e) {
            LOG.warn("Cannot report the refused rule set {} as a health problem", ruleSet, e);
        }
    }

    private void withdraw(long id) {
        complained.remove(id);
        ServiceRegistration<HealthIndicator> registration = complaints.remove(id);
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the module stopped and took its services with it
            }
        }
    }
}
