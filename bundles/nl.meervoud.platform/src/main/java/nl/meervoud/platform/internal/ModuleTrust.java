// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.apache.felix.fileinstall.ArtifactTransformer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.meervoud.platform.api.HealthStatus;
import nl.meervoud.platform.api.Installation;

/**
 * Only trusted modules (issue 11 §1). FileInstall hands every bundle jar in {@code deploy/} to this transformer
 * (it ranks above FileInstall's own), which copies it, verifies the copy with {@link ModuleVerifier} and gives
 * FileInstall that verified copy to install, so what is installed is byte for byte what was verified. A refused
 * jar is not installed at all; a refused update of a running module keeps the version verified before (FileInstall
 * re-installs its kept copy), and both are reported with the reason in {@code /health} and
 * {@code /api/v1/platform}.
 *
 * <p>Behind it, {@link ShadowGuard}'s resolver hook lets a deployed bundle resolve only if its revision is one
 * this class saw installed from a verified copy, so nothing installed another way at a deploy location (before
 * this transformer was registered, or by hand) ever runs. A bundle found so at activation is uninstalled and
 * handed back to FileInstall, which installs it again through here.
 */
@Component(service = { ArtifactTransformer.class, ModuleTrust.class }, property = Constants.SERVICE_RANKING + ":Integer=1000")
public final class ModuleTrust implements ArtifactTransformer, SynchronousBundleListener {
    /** The framework property with the policy: {@code force} (default) or {@code optional}. */
    static final String POLICY_PROPERTY = "meervoud.modules.signatures";
    private static final Logger LOG = LoggerFactory.getLogger(ModuleTrust.class);

    private final BundleContext context;
    private final DeployDirectory deploy;
    private final ModuleActivation activation;
    private final ModuleVerifier.Policy policy;
    private final Path etc;
    private final ModuleVersions versions;
    /** A verified copy handed to FileInstall, waiting for the install or update it causes, by deploy location. */
    private final Map<Path, Pending> pending = new ConcurrentHashMap<>();
    /** The revisions installed from a verified copy, with who signed them, by bundle id. */
    private final Map<Long, Verified> verified = new ConcurrentHashMap<>();
    /** The latest refusal of each deploy file, by file name; gone when the file verifies or goes. */
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private static final int REVOCATION_CHECK_SECONDS = 5;
    private final java.util.concurrent.ScheduledExecutorService revocations = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(r -> ModuleActivation.daemon(r, "meervoud-revocations"));
    private volatile Loaded trustStore;

    @Activate
    public ModuleTrust(BundleContext context, @Reference DeployDirectory deploy, @Reference ModuleActivation activation,
            @Reference ModuleVersions versions) {
        this.context = context;
        this.deploy = deploy;
        this.activation = activation;
        this.versions = versions;
        this.policy = ModuleVerifier.Policy.of(context.getProperty(POLICY_PROPERTY));
        this.etc = Installation.etcDirectory(context);
        if (policy == ModuleVerifier.Policy.OPTIONAL) {
            LOG.warn("Module signatures: policy optional. Unsigned modules and unknown keys are accepted; for development only.");
        }
        context.addBundleListener(this);
        handBack();
        revocations.scheduleWithFixedDelay(this::stopRevoked, REVOCATION_CHECK_SECONDS, REVOCATION_CHECK_SECONDS,
                java.util.concurrent.TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        revocations.shutdownNow();
        context.removeBundleListener(this);
    }

    /** The policy in force. */
    ModuleVerifier.Policy policy() {
        return policy;
    }

    /**
     * The trust store as it is now: read again only when its files changed (each /health probe and every revocation
     * check asks, and most of the time nothing changed).
     */
    ModuleVerifier.TrustStore trustStore() {
        List<String> stamp = ModuleVerifier.TrustStore.stamp(etc);
        Loaded loaded = trustStore;
        if (loaded == null || !loaded.stamp().equals(stamp)) {
            loaded = new Loaded(stamp, ModuleVerifier.TrustStore.load(etc));
            trustStore = loaded;
        }
        return loaded.store();
    }

    private record Loaded(List<String> stamp, ModuleVerifier.TrustStore store) {
    }

    /** What {@code /health} says about signatures: degraded under {@code optional}, or when a key file is unreadable. */
    HealthStatus health() {
        if (policy == ModuleVerifier.Policy.OPTIONAL) {
            return HealthStatus.down("signatures", "policy optional: unsigned modules and modules signed by unknown keys are "
                    + "installed; for development only, never in production (" + POLICY_PROPERTY + "=force)");
        }
        List<String> problems = trustStore().problems();
        return problems.isEmpty() ? HealthStatus.up("signatures") : HealthStatus.down("signatures", String.join("; ", problems));
    }

    /** Whether the revision was installed from a copy verified here. */
    boolean verified(BundleRevision revision) {
        Verified v = verified.get(revision.getBundle().getBundleId());
        return v != null && v.revision() == revision;
    }

    /** Who signed the running revision of a deployed bundle, or null. */
    String signer(Bundle bundle) {
        Verified v = verified.get(bundle.getBundleId());
        return v == null ? null : v.signer();
    }

    /** The latest refusal of the deploy file, or null. */
    String refusal(String fileName) {
        return refusals.get(fileName);
    }

    @Override
    public boolean canHandle(File artifact) {
        if (!artifact.isFile() || !artifact.getName().endsWith(".jar") || !deploy.contains(artifact.toPath())) {
            return false;
        }
        // Like FileInstall's own handler: a jar without a symbolic name is not a bundle, and is diagnosed as such.
        try (JarFile jar = new JarFile(artifact, false)) {
            Manifest manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public File transform(File artifact, File tmpDir) throws IOException {
        Path location = artifact.toPath().toAbsolutePath().normalize();
        String name = artifact.getName();
        refusals.keySet().removeIf(file -> !Files.exists(location.resolveSibling(file)));
        Path copy = Files.createTempFile(tmpDir.toPath(), "verified-", ".jar");
        Files.copy(location, copy, StandardCopyOption.REPLACE_EXISTING);
        String duplicate = duplicate(copy, location);
        if (duplicate != null) {
            // FileInstall would update the bundle already installed with that name and version in place, even a
            // core bundle of the distribution: refused, and the one installed keeps running.
            Files.deleteIfExists(copy);
            refusals.put(name, duplicate);
            LOG.warn("Module {} refused: {}", name, duplicate);
            return null;
        }
        ModuleVerifier.Verdict verdict = verify(copy);
        if (verdict.accepted()) {
            versions.keep(name, copy);
            refusals.remove(name);
            pending.put(location, new Pending(Thread.currentThread(), verdict.signer(), verdict.keys()));
            LOG.info("Module {} verified: signed by {}", name, verdict.signer());
            stopForUpdate(location);
            return copy.toFile();
        }
        Files.deleteIfExists(copy);
        Path good = versions.current(name).orElse(null);
        Bundle running = deploy.bundleAt(context.getBundles(), location);
        if (good != null && running != null && verified.containsKey(running.getBundleId())) {
            refusals.put(name, "update refused, " + verdict.reason() + "; the verified version " + running.getVersion()
                    + " keeps running");
            LOG.warn("Update of module {} refused ({}); the verified version {} keeps running", name, verdict.reason(), running.getVersion());
            Path again = Files.createTempFile(tmpDir.toPath(), "verified-", ".jar");
            Files.copy(good, again, StandardCopyOption.REPLACE_EXISTING);
            Verified before = verified.get(running.getBundleId());
            pending.put(location, new Pending(Thread.currentThread(), before.signer(), before.keys()));
            activation.stopForUpdate(running);
            return again.toFile();
        }
        refusals.put(name, "refused, " + verdict.reason() + "; nothing was installed");
        LOG.warn("Module {} refused, nothing installed: {}", name, verdict.reason());
        return null;
    }

    /** The verdict on a jar under the trust store and policy in force now. */
    ModuleVerifier.Verdict verify(Path jar) {
        return ModuleVerifier.verify(jar, trustStore(), policy);
    }

    /** A running module is stopped off FileInstall's thread before its update, so its new activator starts there too. */
    private void stopForUpdate(Path location) {
        Bundle running = deploy.bundleAt(context.getBundles(), location);
        if (running != null) {
            activation.stopForUpdate(running);
        }
    }

    /**
     * Why the jar duplicates a bundle installed from elsewhere (same symbolic name and version), or null; null for
     * a jar that cannot be read too, which the verifier then refuses as corrupt.
     */
    String duplicate(Path jar, Path location) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            String bsn = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (bsn == null) {
                return null;
            }
            String name = bsn.split(";")[0].trim();
            org.osgi.framework.Version version;
            try {
                version = org.osgi.framework.Version.parseVersion(manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION));
            } catch (IllegalArgumentException e) {
                return "refused, invalid Bundle-Version: " + ComponentHealth.oneLine(e.getMessage()) + "; nothing was installed";
            }
            for (Bundle b : context.getBundles()) {
                if (name.equals(b.getSymbolicName()) && version.equals(b.getVersion()) && !location.equals(deploy.locationOf(b))) {
                    return "duplicate: " + name + " " + version + " is already installed from " + b.getLocation()
                            + "; nothing was installed";
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        switch (event.getType()) {
            case BundleEvent.INSTALLED, BundleEvent.UPDATED -> {
                Path location = deploy.locationOf(bundle);
                if (location == null) {
                    return;
                }
                Pending p = pending.remove(location);
                if (p != null && p.thread() == Thread.currentThread()) {
                    verified.put(bundle.getBundleId(), new Verified(bundle.adapt(BundleRevision.class), p.signer(), p.keys()));
                } else {
                    verified.remove(bundle.getBundleId());
                }
            }
            case BundleEvent.UNINSTALLED -> {
                verified.remove(bundle.getBundleId());
                Path location = deploy.locationOf(bundle);
                if (location != null && !Files.exists(location)) {
                    refusals.remove(location.getFileName().toString());
                }
            }
            default -> {
                // no change of content
            }
        }
    }

    /**
     * Bundles at a deploy location that were not installed from a verified copy (installed before this
     * transformer was registered) are uninstalled, and their files touched so that FileInstall, whose own handler
     * had them, sees them anew and hands them here.
     */
    private void handBack() {
        for (Bundle bundle : context.getBundles()) {
            Path location = deploy.locationOf(bundle);
            if (location == null || verified.containsKey(bundle.getBundleId())) {
                continue;
            }
            try {
                bundle.uninstall();
                if (Files.exists(location)) {
                    Files.setLastModifiedTime(location, FileTime.fromMillis(System.currentTimeMillis()));
                }
                LOG.info("Module {} was installed before signatures could be checked; it is verified and installed again",
                        location.getFileName());
            } catch (BundleException | IOException | IllegalStateException e) {
                LOG.warn("Module {} was installed unverified and could not be handed back: {}", location.getFileName(), e.toString());
            }
        }
    }

    private record Pending(Thread thread, String signer, List<java.security.PublicKey> keys) {
    }

    private record Verified(BundleRevision revision, String signer, List<java.security.PublicKey> keys) {
    }

    /**
     * A key revoked after a module signed with it was installed: the module is stopped (its law withdrawn at once,
     * as by an operator's stop) and reported, checked every {@value #REVOCATION_CHECK_SECONDS} s.
     */
    private void stopRevoked() {
        if (verified.isEmpty()) {
            return; // nothing deployed runs: nothing to read
        }
        try {
            stopRevoked(trustStore());
        } catch (RuntimeException e) {
            LOG.warn("The check for revoked keys failed: {}", e.toString());
        }
    }

    private void stopRevoked(ModuleVerifier.TrustStore trust) {
        if (trust.revoked().isEmpty()) {
            return;
        }
        for (Map.Entry<Long, Verified> entry : verified.entrySet()) {
            ModuleVerifier.Key revoked = ModuleVerifier.revoked(entry.getValue().keys(), trust);
            Bundle bundle = context.getBundle(entry.getKey());
            if (revoked == null || bundle == null || (bundle.getState() != Bundle.ACTIVE && bundle.getState() != Bundle.STARTING)) {
                continue;
            }
            Path location = deploy.locationOf(bundle);
            String reason = "stopped, signed by a key revoked after it was installed: " + revoked.subject() + " (etc/"
                    + ModuleVerifier.TrustStore.DIRECTORY + "/" + ModuleVerifier.TrustStore.REVOKED + "/" + revoked.file() + ")";
            try {
                bundle.stop();
                if (location != null) {
                    refusals.put(location.getFileName().toString(), reason);
                }
                LOG.warn("Module {} {}", bundle.getSymbolicName(), reason);
            } catch (BundleException | IllegalStateException e) {
                LOG.warn("Module {} is signed by a revoked key and could not be stopped: {}", bundle.getSymbolicName(), e.toString());
            }
        }
    }
}
