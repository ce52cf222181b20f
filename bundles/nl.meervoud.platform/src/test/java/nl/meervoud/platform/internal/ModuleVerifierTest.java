// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.security.jarsigner.JarSigner;

/**
 * The JDK's JAR verification as the deploy directory uses it, on jars signed with real keys (made by keytool) and
 * real signatures (the JDK's JarSigner): what a vendor signed is accepted, anything changed after signing or
 * signed by a key the installation does not trust is refused, each with a reason an integrator can act on.
 */
class ModuleVerifierTest {
    private static final char[] PASSWORD = "geheim-voor-test".toCharArray();

    @TempDir
    static Path dir;
    static Path etc;
    static KeyStore.PrivateKeyEntry vendor;
    static KeyStore.PrivateKeyEntry stranger;
    static KeyStore.PrivateKeyEntry revoked;

    @BeforeAll
    static void keys() throws Exception {
        etc = dir.resolve("etc");
        Files.createDirectories(etc.resolve("vertrouwd/ingetrokken"));
        vendor = key("leverancier", "CN=Leverancier Test, O=Voorbeeld BV, C=NL");
        stranger = key("vreemde", "CN=Vreemde, C=NL");
        revoked = key("ingetrokken", "CN=Oude sleutel, O=Voorbeeld BV, C=NL");
        pem(etc.resolve("vertrouwd/leverancier.pem"), vendor);
        pem(etc.resolve("vertrouwd/oud.pem"), revoked);
        pem(etc.resolve("vertrouwd/ingetrokken/oud.pem"), revoked);
    }

    @Test
    void aJarSignedWithATrustedKeyIsAccepted() throws Exception {
        ModuleVerifier.Verdict verdict = verify(sign(module(), vendor), ModuleVerifier.Policy.FORCE);
        assertTrue(verdict.accepted(), verdict.reason());
        assertTrue(verdict.signer().contains("CN=Leverancier Test"), verdict.signer());
        assertTrue(verdict.signer().contains("leverancier.pem"), verdict.signer());
    }

    @Test
    void anUnsignedJarIsRefusedUnderForceAndAcceptedUnderOptional() throws Exception {
        Path jar = write("unsigned.jar", module());
        assertRefused(jar, "unsigned");
        ModuleVerifier.Verdict optional = ModuleVerifier.verify(jar, trust(), ModuleVerifier.Policy.OPTIONAL);
        assertTrue(optional.accepted());
        assertTrue(optional.signer().contains("policy optional"), optional.signer());
    }

    @Test
    void aClassChangedAfterSigningIsRefused() throws Exception {
        byte[] signed = sign(module(), vendor);
        byte[] tampered = rewrite(signed, Map.of("nl/voorbeeld/Regel.class", "ander gedrag".getBytes(StandardCharsets.UTF_8)), null);
        ModuleVerifier.Verdict verdict = verify(tampered, ModuleVerifier.Policy.FORCE);
        assertFalse(verdict.accepted());
        assertTrue(verdict.reason().startsWith("tampered"), verdict.reason());
        assertTrue(verdict.reason().contains("nl/voorbeeld/Regel.class"), verdict.reason());
        assertFalse(ModuleVerifier.verify(write("t.jar", tampered), trust(), ModuleVerifier.Policy.OPTIONAL).accepted(),
                "tampered is refused under optional too");
    }

    @Test
    void anEntryAddedAfterSigningIsRefused() throws Exception {
        byte[] tampered = rewrite(sign(module(), vendor), Map.of("nl/voorbeeld/Extra.class", new byte[] { 1, 2, 3 }), null);
        assertRefused(write("added.jar", tampered), "nl/voorbeeld/Extra.class not covered by the signature");
    }

    @Test
    void anEntryRemovedAfterSigningIsRefused() throws Exception {
        byte[] tampered = rewrite(sign(module(), vendor), Map.of(), "OSGI-INF/regels.json");
        assertRefused(write("removed.jar", tampered), "OSGI-INF/regels.json is in the signed manifest but not in the jar");
    }

    @Test
    void aManifestHeaderChangedAfterSigningIsRefused() throws Exception {
        byte[] signed = sign(module(), vendor);
        byte[] manifest;
        try (ZipFile zip = new ZipFile(write("m.jar", signed).toFile())) {
            manifest = new String(zip.getInputStream(zip.getEntry("META-INF/MANIFEST.MF")).readAllBytes(), StandardCharsets.UTF_8)
                    .replace("Bundle-Version: 1.0.0", "Bundle-Version: 9.0.0").getBytes(StandardCharsets.UTF_8);
        }
        ModuleVerifier.Verdict verdict = verify(rewrite(signed, Map.of("META-INF/MANIFEST.MF", manifest), null), ModuleVerifier.Policy.FORCE);
        assertFalse(verdict.accepted(), "a changed Bundle-Version must not pass: " + verdict);
        assertTrue(verdict.reason().startsWith("tampered"), verdict.reason());
    }

    @Test
    void aJarSignedByAnUnknownKeyIsRefusedNamingTheKey() throws Exception {
        Path jar = write("stranger.jar", sign(module(), stranger));
        ModuleVerifier.Verdict verdict = ModuleVerifier.verify(jar, trust(), ModuleVerifier.Policy.FORCE);
        assertFalse(verdict.accepted());
        assertTrue(verdict.reason().contains("unknown key: CN=Vreemde"), verdict.reason());
        assertTrue(verdict.reason().contains(ModuleVerifier.fingerprint((X509Certificate) stranger.getCertificate())), verdict.reason());
    }

    @Test
    void aRevokedKeyIsRefusedEvenWhenAlsoTrusted() throws Exception {
        assertRefused(write("revoked.jar", sign(module(), revoked)), "revoked key: CN=Oude sleutel");
        assertFalse(ModuleVerifier.verify(write("revoked2.jar", sign(module(), revoked)), trust(), ModuleVerifier.Policy.OPTIONAL)
                .accepted(), "revoked is refused under optional too");
    }

    @Test
    void aSignedJarOfOnlyAManifestIsRefusedForHavingNothingToVerify() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\r\nBundle-SymbolicName: leeg\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(write("empty.jar", sign(out.toByteArray(), vendor)), "nothing to verify");
    }

    @Test
    void aCorruptJarIsRefused() throws Exception {
        assertRefused(write("corrupt.jar", "geen zip".getBytes(StandardCharsets.UTF_8)), "corrupt jar");
    }

    @Test
    void theTrustStoreNamesItsKeysAndReportsAFileThatIsNoCertificate() throws Exception {
        Path other = dir.resolve("etc2");
        Files.createDirectories(other.resolve("vertrouwd"));
        pem(other.resolve("vertrouwd/leverancier.pem"), vendor);
        Files.writeString(other.resolve("vertrouwd/kapot.pem"), "-----BEGIN CERTIFICATE-----\nnee\n-----END CERTIFICATE-----\n");
        ModuleVerifier.TrustStore store = ModuleVerifier.TrustStore.load(other);
        assertEquals(1, store.trusted().size());
        assertEquals("leverancier.pem", store.trusted().get(0).file());
        assertTrue(store.trusted().get(0).subject().contains("CN=Leverancier Test"));
        assertEquals(1, store.problems().size());
        assertTrue(store.problems().get(0).startsWith("kapot.pem: not a certificate"), store.problems().toString());
        assertTrue(ModuleVerifier.TrustStore.load(dir.resolve("nergens")).trusted().isEmpty());
    }

    @Test
    void onlyTheManifestAndSignatureFilesAreExemptFromSigning() {
        assertTrue(ModuleVerifier.isSignatureFile("META-INF/MANIFEST.MF"));
        assertTrue(ModuleVerifier.isSignatureFile("META-INF/LEVERANC.SF"));
        assertTrue(ModuleVerifier.isSignatureFile("META-INF/LEVERANC.EC"));
        assertTrue(ModuleVerifier.isSignatureFile("META-INF/LEVERANC.RSA"));
        assertFalse(ModuleVerifier.isSignatureFile("META-INF/maven/pom.xml"));
        assertFalse(ModuleVerifier.isSignatureFile("META-INF/x/Y.SF"));
        assertFalse(ModuleVerifier.isSignatureFile("OSGI-INF/regels.json"));
    }

    private static void assertRefused(Path jar, String expected) {
        ModuleVerifier.Verdict verdict = ModuleVerifier.verify(jar, trust(), ModuleVerifier.Policy.FORCE);
        assertFalse(verdict.accepted(), "should be refused: " + jar);
        assertTrue(verdict.reason().contains(expected), verdict.reason());
    }

    private static ModuleVerifier.Verdict verify(byte[] jar, ModuleVerifier.Policy policy) throws IOException {
        return ModuleVerifier.verify(write("m-" + System.nanoTime() + ".jar", jar), trust(), policy);
    }

    private static ModuleVerifier.TrustStore trust() {
        return ModuleVerifier.TrustStore.load(etc);
    }

    private static Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** A small module jar: a manifest, a class file and a rule file. */
    static byte[] module() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write(("Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\nBundle-SymbolicName: nl.voorbeeld.module\r\n"
                    + "Bundle-Version: 1.0.0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("nl/voorbeeld/Regel.class"));
            zip.write(new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61 });
            zip.putNextEntry(new ZipEntry("OSGI-INF/regels.json"));
            zip.write("{\"regels\":[]}".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** Signs the jar as jarsigner does. */
    static byte[] sign(byte[] jar, KeyStore.PrivateKeyEntry key) throws Exception {
        Path in = write("unsigned-" + System.nanoTime() + ".jar", jar);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(in.toFile())) {
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(key.getCertificateChain()));
            new JarSigner.Builder(key.getPrivateKey(), path).signerName("LEVERANC").build().sign(zip, out);
        }
        return out.toByteArray();
    }

    /** The jar with entries replaced or added, and one left out; everything else byte for byte. */
    static byte[] rewrite(byte[] jar, Map<String, byte[]> replace, String leaveOut) throws IOException {
        Path in = write("rewrite-" + System.nanoTime() + ".jar", jar);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(in.toFile()); ZipOutputStream target = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().equals(leaveOut)) {
                    continue;
                }
                target.putNextEntry(new ZipEntry(entry.getName()));
                target.write(replace.containsKey(entry.getName()) ? replace.get(entry.getName()) : zip.getInputStream(entry).readAllBytes());
            }
            for (Map.Entry<String, byte[]> added : replace.entrySet()) {
                if (zip.getEntry(added.getKey()) == null) {
                    target.putNextEntry(new ZipEntry(added.getKey()));
                    target.write(added.getValue());
                }
            }
        }
        return out.toByteArray();
    }

    /** A new EC key pair with a self-signed certificate, made by the JDK's keytool. */
    static KeyStore.PrivateKeyEntry key(String alias, String dname) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-keyalg", "EC", "-groupname", "secp256r1", "-alias", alias, "-dname", dname, "-validity", "30",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(PASSWORD), "-keypass",
                new String(PASSWORD)).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD);
        }
        return new KeyStore.PrivateKeyEntry((PrivateKey) keyStore.getKey(alias, PASSWORD), keyStore.getCertificateChain(alias));
    }

    /** The key's certificate in PEM, as an operator puts it in etc/vertrouwd/. */
    static void pem(Path file, KeyStore.PrivateKeyEntry key) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getCertificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII));
        }
    }
}
