// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Verifies a module jar against the installation's trust store with the JDK's own JAR verification
 * ({@link JarFile} with verification on), before anything of it is installed (issue 11 §1). Every entry is read,
 * so a class or resource changed after signing fails its digest; every entry must be covered by a signature of a
 * trusted key; an entry the signed manifest lists but the jar lacks, or one added after signing, refuses the jar.
 *
 * <p>Trust is by key: a signer is trusted when its certificate's public key, or that of a certificate above it
 * in its chain (a vendor's own CA) that it verifiably chains to, is in the trust store. A key in the revocation
 * list is refused even when it is also trusted. Certificate expiry is not checked: a module keeps the signature
 * it was released with, and an operator ends trust by revoking the key.
 */
final class ModuleVerifier {

    /** The deployment policy: {@code force} (the default) or {@code optional} (development only). */
    enum Policy {
        FORCE, OPTIONAL;

        static Policy of(String value) {
            return value != null && value.trim().equalsIgnoreCase("optional") ? OPTIONAL : FORCE;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The verdict on one jar: accepted with who signed it, or refused with the reason. */
    record Verdict(boolean accepted, String signer, String reason, List<java.security.PublicKey> keys) {
        static Verdict accepted(String signer, List<java.security.PublicKey> keys) {
            return new Verdict(true, signer, "", keys);
        }

        static Verdict refused(String reason) {
            return new Verdict(false, "", reason, List.of());
        }
    }

    /**
     * The revoked key among these public keys (of every certificate in the signers' chains, so revoking a vendor's
     * CA revokes what it certified), or null: the one rule for a jar arriving and for a module running.
     */
    static Key revoked(List<java.security.PublicKey> keys, TrustStore trust) {
        for (java.security.PublicKey key : keys) {
            for (Key revoked : trust.revoked()) {
                if (Arrays.equals(key.getEncoded(), revoked.certificate().getPublicKey().getEncoded())) {
                    return revoked;
                }
            }
        }
        return null;
    }

    /** A trusted or revoked key, as the operator put it in {@code etc/}. */
    record Key(String file, String subject, String fingerprint, X509Certificate certificate) {
    }

    /**
     * The trust store: the certificates in {@code etc/vertrouwd/} (PEM or DER; {@code .pem}, {@code .crt},
     * {@code .cer}) and the revoked ones in {@code etc/vertrouwd/ingetrokken/}, read at each verification so that
     * a key an operator adds or revokes counts from the next deployment, without a restart.
     */
    record TrustStore(List<Key> trusted, List<Key> revoked, List<String> problems) {
        static final String DIRECTORY = "vertrouwd";
        static final String REVOKED = "ingetrokken";

        /**
         * What the store's files are now (names, sizes, modification times), so a caller can keep a loaded store
         * until an operator adds, changes or removes a key file, without reading the certificates again.
         */
        static List<String> stamp(Path etc) {
            List<String> stamp = new ArrayList<>();
            for (Path dir : List.of(etc.resolve(DIRECTORY), etc.resolve(DIRECTORY).resolve(REVOKED))) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{pem,crt,cer}")) {
                    for (Path file : files) {
                        stamp.add(file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis());
                    }
                } catch (IOException e) {
                    stamp.add(dir + "|unreadable");
                }
            }
            stamp.sort(null);
            return stamp;
        }

        static TrustStore load(Path etc) {
            List<String> problems = new ArrayList<>();
            Path dir = etc.resolve(DIRECTORY);
            return new TrustStore(keys(dir, problems), keys(dir.resolve(REVOKED), problems), List.copyOf(problems));
        }

        private static List<Key> keys(Path dir, List<String> problems) {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            List<Key> keys = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{pem,crt,cer}")) {
                for (Path file : files) {
                    try (InputStream in = Files.newInputStream(file)) {
                        for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                            X509Certificate x509 = (X509Certificate) certificate;
                            keys.add(new Key(file.getFileName().toString(), x509.getSubjectX500Principal().getName(),
                                    fingerprint(x509), x509));
                        }
                    } catch (IOException | CertificateException e) {
                        problems.add(file.getFileName() + ": not a certificate (" + ComponentHealth.oneLine(e.getMessage()) + ")");
                    }
                }
            } catch (IOException e) {
                problems.add(dir + ": unreadable (" + ComponentHealth.oneLine(e.getMessage()) + ")");
            }
            keys.sort(java.util.Comparator.comparing(Key::file));
            return List.copyOf(keys);
        }
    }

    private ModuleVerifier() {
    }

    /** Verifies the jar; under {@code optional} an unsigned jar or an unknown key is accepted, and says so. */
    static Verdict verify(Path jarFile, TrustStore trust, Policy policy) {
        Set<CodeSigner> signers = new LinkedHashSet<>();
        boolean signatureFiles = false;
        List<String> unsigned = new ArrayList<>();
        List<CodeSigner[]> perEntry = new ArrayList<>();
        try (JarFile jar = new JarFile(jarFile.toFile(), true)) {
            Manifest manifest = jar.getManifest();
            Set<String> present = new java.util.HashSet<>();
            byte[] buffer = new byte[16384];
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                present.add(entry.getName());
                try (InputStream in = jar.getInputStream(entry)) {
                    while (in.read(buffer) != -1) {
                        // reading to the end makes the JDK check the entry's digest against the signed manifest
                    }
                }
                if (isSignatureFile(entry.getName())) {
                    signatureFiles |= entry.getName().toUpperCase(Locale.ROOT).endsWith(".SF");
                    continue;
                }
                CodeSigner[] codeSigners = entry.getCodeSigners();
                if (codeSigners == null || codeSigners.length == 0) {
                    unsigned.add(entry.getName());
                } else {
                    signers.addAll(Arrays.asList(codeSigners));
                    perEntry.add(codeSigners);
                }
            }
            if (manifest != null) {
                for (Map.Entry<String, Attributes> section : manifest.getEntries().entrySet()) {
                    boolean digested = section.getValue().keySet().stream().anyMatch(k -> k.toString().endsWith("-Digest"));
                    if (digested && !present.contains(section.getKey())) {
                        return Verdict.refused("tampered: " + section.getKey() + " is in the signed manifest but not in the jar");
                    }
                }
            }
        } catch (SecurityException e) {
            return Verdict.refused("tampered: " + ComponentHealth.oneLine(e.getMessage())
                    + " (changed after signing, or the signature is broken)");
        } catch (IOException e) {
            return Verdict.refused("corrupt jar: " + ComponentHealth.oneLine(e.getMessage()));
        }

        if (signers.isEmpty() && signatureFiles && unsigned.isEmpty()) {
            // The JDK names signers per entry only; a jar of nothing but its manifest has none to name.
            return policy == Policy.OPTIONAL ? Verdict.accepted("no signed content, accepted under policy optional", List.of())
                    : Verdict.refused("nothing to verify: the jar holds no class or resource besides its manifest");
        }
        if (signers.isEmpty()) {
            return policy == Policy.OPTIONAL ? Verdict.accepted("unsigned, accepted under policy optional", List.of())
                    : Verdict.refused("unsigned: only modules signed with a key in etc/" + TrustStore.DIRECTORY
                            + "/ are installed (policy force)");
        }
        if (!unsigned.isEmpty()) {
            return Verdict.refused("tampered: " + unsigned.get(0) + (unsigned.size() > 1 ? " and " + (unsigned.size() - 1) + " more" : "")
                    + " not covered by the signature (added after signing)");
        }
        List<java.security.PublicKey> keys = new ArrayList<>();
        signers.forEach(s -> s.getSignerCertPath().getCertificates().forEach(c -> keys.add(c.getPublicKey())));
        Key revoked = revoked(keys, trust);
        if (revoked != null) {
            return Verdict.refused("signed by a revoked key: " + revoked.subject() + " (SHA-256 " + revoked.fingerprint() + ") (etc/"
                    + TrustStore.DIRECTORY + "/" + TrustStore.REVOKED + "/" + revoked.file() + ")");
        }
        String trustedBy = null;
        for (CodeSigner[] entrySigners : perEntry) {
            Key key = null;
            for (CodeSigner signer : entrySigners) {
                key = key != null ? key : match(signer, trust.trusted());
            }
            if (key == null) {
                if (policy == Policy.OPTIONAL) {
                    return Verdict.accepted("unknown key " + describe(entrySigners[0]) + ", accepted under policy optional", List.copyOf(keys));
                }
                return Verdict.refused("signed by an unknown key: " + describe(entrySigners[0])
                        + "; trust it by putting its certificate in etc/" + TrustStore.DIRECTORY + "/");
            }
            trustedBy = trustedBy != null ? trustedBy : key.subject() + " (etc/" + TrustStore.DIRECTORY + "/" + key.file() + ")";
        }
        return Verdict.accepted(trustedBy, List.copyOf(keys));
    }

    /** The trusted key the signer's chain leads to, or null. */
    private static Key match(CodeSigner signer, List<Key> keys) {
        List<? extends java.security.cert.Certificate> chain = signer.getSignerCertPath().getCertificates();
        for (int i = 0; i < chain.size(); i++) {
            byte[] key = chain.get(i).getPublicKey().getEncoded();
            for (Key candidate : keys) {
                if (Arrays.equals(key, candidate.certificate().getPublicKey().getEncoded()) && chainsUpTo(chain, i)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Whether every certificate below position {@code top} in the chain is signed by the one above it. */
    private static boolean chainsUpTo(List<? extends java.security.cert.Certificate> chain, int top) {
        try {
            for (int i = 0; i < top; i++) {
                chain.get(i).verify(chain.get(i + 1).getPublicKey());
            }
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String describe(CodeSigner signer) {
        X509Certificate certificate = (X509Certificate) signer.getSignerCertPath().getCertificates().get(0);
        return certificate.getSubjectX500Principal().getName() + " (SHA-256 " + fingerprint(certificate) + ")";
    }

    /** The certificate's SHA-256 fingerprint, as keytool prints it. */
    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manifest and the signature files themselves, which the signature does not cover (JAR File Specification). */
    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".DSA") || upper.endsWith(".RSA")
                || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-");
    }
}
