// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.meervoud.platform.api.Installation;

/**
 * The verified versions of each deployed module, kept under {@code data/modules/<file>/} so that an operator can
 * roll back (issue 11 §3), also after a restart. Each verified jar that differs from the one before it is kept as
 * the next numbered copy named with its SHA-256 ({@code 0001-<sha256>.jar}, …), so listing reads no jar twice
 * and hashes none; the highest is the current one. A rollback
 * drops the current copy and makes the one before it current again; at most {@value #KEEP} are kept per module.
 */
@Component(service = ModuleVersions.class)
public final class ModuleVersions {
    /** A deploy file name an operator may use: a plain name ending in .jar, no path. */
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.jar");
    private static final int KEEP = 10;

    private final Path root;

    @Activate
    public ModuleVersions(BundleContext context) throws IOException {
        this(Installation.dataDirectory(context).resolve("modules"));
    }

    ModuleVersions(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
    }

    /** One kept version of a module. */
    record Version(int number, String bundleVersion, String sha256, Instant kept, boolean current, Path file) {
    }

    /** Keeps a verified jar as the module's current version, unless it is the current one already. */
    synchronized Version keep(String file, Path verified) throws IOException {
        List<Version> versions = versions(file);
        String sha = sha256(verified);
        if (!versions.isEmpty() && versions.get(versions.size() - 1).sha256().equals(sha)) {
            return versions.get(versions.size() - 1);
        }
        int next = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number() + 1;
        Path dir = Files.createDirectories(root.resolve(file));
        Path temp = Files.createTempFile(dir, "kept-", ".tmp");
        Files.copy(verified, temp, StandardCopyOption.REPLACE_EXISTING);
        Path target = dir.resolve(String.format("%04d-%s.jar", next, sha));
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        for (int i = 0; i < versions.size() + 1 - KEEP; i++) {
            Files.deleteIfExists(versions.get(i).file());
        }
        return describe(target, true);
    }

    /** The module's kept versions, oldest first; the last is the current one. */
    synchronized List<Version> versions(String file) throws IOException {
        Path dir = root.resolve(file);
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "[0-9][0-9][0-9][0-9]-*.jar")) {
                stream.forEach(jars::add);
            }
        }
        jars.sort(null);
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < jars.size(); i++) {
            versions.add(describe(jars.get(i), i == jars.size() - 1));
        }
        return versions;
    }

    /** The deploy files with kept versions. */
    synchronized List<String> modules() throws IOException {
        List<String> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root, Files::isDirectory)) {
            stream.forEach(p -> files.add(p.getFileName().toString()));
        }
        files.sort(null);
        return files;
    }

    /** The current version's copy, if any is kept. */
    synchronized Optional<Path> current(String file) throws IOException {
        List<Version> versions = versions(file);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1).file());
    }

    /**
     * Rolls the module back: drops the current version and puts the one before it, now current, into the deploy
     * directory in one atomic move (so FileInstall updates the module to it). Empty, and nothing changed, when
     * there is no earlier version.
     */
    synchronized Optional<Version> rollback(String file, Path deployDir) throws IOException {
        List<Version> versions = versions(file);
        if (versions.size() < 2) {
            return Optional.empty();
        }
        Version previous = versions.get(versions.size() - 2);
        Path staging = Files.createTempFile(deployDir, ".rollback-", ".tmp");
        try {
            Files.copy(previous.file(), staging, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(versions.get(versions.size() - 1).file());
            Files.move(staging, deployDir.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(staging);
        }
        return Optional.of(describe(previous.file(), true));
    }

    private static Version describe(Path jar, boolean current) throws IOException {
        String version = "?";
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            if (file.getManifest() != null && file.getManifest().getMainAttributes().getValue(Constants.BUNDLE_VERSION) != null) {
                version = file.getManifest().getMainAttributes().getValue(Constants.BUNDLE_VERSION).trim();
            }
        }
        String name = jar.getFileName().toString();
        return new Version(Integer.parseInt(name.substring(0, 4)), version, name.substring(5, name.length() - ".jar".length()),
                Files.getLastModifiedTime(jar).toInstant(), current, jar);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
