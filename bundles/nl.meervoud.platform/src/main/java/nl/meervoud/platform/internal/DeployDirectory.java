// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The watched deploy directory, seen from the platform: which bundles came from it, and what went wrong with
 * the files in it that did not become bundles.
 *
 * <p>Apache Felix FileInstall does the installing; this class only diagnoses, so that a corrupt jar, a jar
 * without OSGi headers or a duplicate never goes unnoticed.
 */
@Component(service = DeployDirectory.class)
public final class DeployDirectory {

    /** The framework property with the deploy directory, set by the launcher. */
    static final String DIR_PROPERTY = nl.meervoud.platform.api.Installation.DEPLOY_DIR_PROPERTY;
    /** How long a new file may wait for FileInstall before it counts as refused. */
    private static final long GRACE_MILLIS = 3_000;

    private final Path dir;
    private final Map<String, String> installErrors = new ConcurrentHashMap<>();

    @Activate
    public DeployDirectory(BundleContext context) {
        String configured = context.getProperty(DIR_PROPERTY);
        this.dir = configured == null ? null : Path.of(configured).toAbsolutePath().normalize();
    }

    /** The directory, if one is configured. */
    Optional<Path> path() {
        return Optional.ofNullable(dir);
    }

    /** Whether the bundle was installed from the deploy directory (and so is not part of the core). */
    boolean isDeployed(Bundle bundle) {
        return locationOf(bundle) != null;
    }

    /** Whether the path is a file directly in the deploy directory. */
    boolean contains(Path file) {
        return dir != null && dir.equals(file.toAbsolutePath().normalize().getParent());
    }

    /** The deploy file a bundle was installed from, or null for a bundle not from the deploy directory. */
    Path locationOf(Bundle bundle) {
        return dir == null ? null : pathOf(bundle.getLocation()).filter(p -> p.startsWith(dir)).orElse(null);
    }

    /** The bundle installed from the deploy file, or null. */
    Bundle bundleAt(Bundle[] installed, Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return Arrays.stream(installed).filter(b -> wanted.equals(locationOf(b))).findFirst().orElse(null);
    }

    /** Remembers the error FileInstall reported for a file, so that it can be shown with the file. */
    void recordInstallError(String message) {
        if (dir == null || message == null) {
            return;
        }
        for (File file : files()) {
            if (message.contains(file.getName())) {
                installErrors.put(file.getName(), message);
            }
        }
    }

    /**
     * Files in the deploy directory that are not installed as a bundle, each with the reason, and files whose
     * latest content was refused although an earlier version of them runs ({@code refusals} gives the signature
     * check's verdict on a file by name, or null).
     */
    List<ModuleFailure> failures(Bundle[] installed, java.util.function.Function<String, String> refusals) {
        List<ModuleFailure> failures = new ArrayList<>();
        for (File file : files()) {
            String refusal = refusals.apply(file.getName());
            if (refusal != null) {
                failures.add(new ModuleFailure(file.getName(), refusal));
            } else if (bundleAt(installed, file.toPath()) == null && System.currentTimeMillis() - file.lastModified() > GRACE_MILLIS) {
                failures.add(new ModuleFailure(file.getName(), diagnose(file, installed)));
            }
        }
        installErrors.keySet().retainAll(Arrays.stream(files()).map(File::getName).toList());
        return failures;
    }

    private File[] files() {
        if (dir == null) {
            return new File[0];
        }
        File[] files = dir.toFile().listFiles(f -> f.isFile() && f.getName().endsWith(".jar"));
        return files == null ? new File[0] : files;
    }

    private String diagnose(File file, Bundle[] installed) {
        try (JarFile jar = new JarFile(file)) {
            Manifest manifest = jar.getManifest();
            Attributes main = manifest == null ? null : manifest.getMainAttributes();
            String bsn = main == null ? null : main.getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (bsn == null) {
                return "not an OSGi bundle: the jar has no Bundle-SymbolicName header";
            }
            String name = bsn.split(";")[0].trim();
            Version version = Version.parseVersion(main.getValue(Constants.BUNDLE_VERSION));
            for (Bundle b : installed) {
                if (name.equals(b.getSymbolicName()) && version.equals(b.getVersion())) {
                    return "duplicate: " + name + " " + version + " is already installed from " + b.getLocation();
                }
            }
            String error = installErrors.get(file.getName());
            return "the framework refused to install it" + (error == null ? " (see the log)" : ": " + error);
        } catch (IllegalArgumentException e) {
            return "invalid bundle manifest: " + e.getMessage();
        } catch (IOException e) {
            return "corrupt jar: " + e.getMessage();
        }
    }

    private static Optional<Path> pathOf(String location) {
        try {
            if (location.startsWith("file:")) {
                return Optional.of(Path.of(URI.create(location.replace(" ", "%20"))).toAbsolutePath().normalize());
            }
            if (location.startsWith("/")) {
                return Optional.of(Path.of(location).normalize());
            }
        } catch (IllegalArgumentException e) {
            // not a file location: a distribution or test bundle
        }
        return Optional.empty();
    }

    /** A deploy-directory file that did not become a bundle. */
    record ModuleFailure(String file, String reason) {
    }
}
