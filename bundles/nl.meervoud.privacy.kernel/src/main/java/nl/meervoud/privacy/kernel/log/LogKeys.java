// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;


/**
 * The keys that make tampering with the processing log detectable, kept in a directory of their own, apart from
 * the log file (issue 12 §4):
 * <ul>
 * <li>{@value #CHAIN} — 32 random bytes: every record's hash is an HMAC-SHA-256 under this key over the record and
 * its predecessor's hash, so whoever can write the log file but not read this key cannot re-chain it;</li>
 * <li>{@value #ANCHOR_PRIVATE} / {@value #ANCHOR_PUBLIC} — an Ed25519 key pair that signs the anchors (sequence
 * number and hash of the chain's head) in {@value #ANCHORS}; the public key verifies them anywhere, so an operator
 * can copy the anchors and the public key off the machine and check a log later.</li>
 * </ul>
 * A key that is missing or empty while the log already depends on it is never regenerated: the log refuses to
 * open, naming the file (issue 12 §5).
 */
final class LogKeys {
    static final String CHAIN = "keten.key";
    static final String ANCHOR_PRIVATE = "anker.key";
    static final String ANCHOR_PUBLIC = "anker.pub";
    static final String ANCHORS = "ankers.jsonl";
    /** The prefix of a keyed record hash; a hash without it is a record from before keyed chaining. */
    static final String KEYED = "h1:";

    final Path directory;
    private final byte[] chain;
    private final PrivateKey signing;
    final PublicKey verifying;
    private final boolean created;
    private final Hmac hmac;

    private LogKeys(Path directory, byte[] chain, PrivateKey signing, PublicKey verifying, boolean created) {
        this.directory = directory;
        this.chain = chain;
        this.signing = signing;
        this.verifying = verifying;
        this.created = created;
        this.hmac = chain == null ? null : new Hmac(chain);
    }

    /** Whether these keys were made just now, for a new log or one from before keyed chaining. */
    boolean created() {
        return created;
    }

    /**
     * Opens the keys, creating them only for a log that does not depend on them yet ({@code required} false: a new
     * log, or one written before keyed chaining).
     */
    static LogKeys open(Path directory, boolean required) throws IOException {
        Files.createDirectories(directory);
        Path chainFile = directory.resolve(CHAIN);
        Path privateFile = directory.resolve(ANCHOR_PRIVATE);
        Path publicFile = directory.resolve(ANCHOR_PUBLIC);
        boolean present = Files.exists(chainFile) || Files.exists(privateFile) || Files.exists(publicFile);
        if (!present && required) {
            throw new IOException("de sleutel " + chainFile + " ontbreekt, terwijl het verwerkingenlogboek ermee geketend is; "
                    + "zet de sleutelmap terug uit de back-up (een nieuwe sleutel zou het logboek onverifieerbaar maken)");
        }
        try {
            if (!present) {
                byte[] chain = new byte[32];
                new SecureRandom().nextBytes(chain);
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                writeAtomically(chainFile, chain);
                writeAtomically(privateFile, pair.getPrivate().getEncoded());
                writeAtomically(publicFile, pair.getPublic().getEncoded());
                return new LogKeys(directory, chain, pair.getPrivate(), pair.getPublic(), true);
            }
            byte[] chain = read(chainFile);
            KeyFactory ed = KeyFactory.getInstance("Ed25519");
            PrivateKey signing = ed.generatePrivate(new PKCS8EncodedKeySpec(read(privateFile)));
            PublicKey verifying = ed.generatePublic(new X509EncodedKeySpec(read(publicFile)));
            return new LogKeys(directory, chain, signing, verifying, false);
        } catch (GeneralSecurityException e) {
            throw new IOException("een sleutel in " + directory + " is onleesbaar: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Only the public key and the anchors, for verifying a copy elsewhere. */
    static LogKeys forVerifying(Path directory) throws IOException {
        try {
            PublicKey verifying = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(read(directory.resolve(ANCHOR_PUBLIC))));
            return new LogKeys(directory, null, null, verifying, false);
        } catch (GeneralSecurityException e) {
            throw new IOException("de publieke sleutel in " + directory + " is onleesbaar", e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("de sleutel " + file + " ontbreekt; zet de sleutelmap terug uit de back-up");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            throw new IOException("de sleutel " + file + " is leeg; zet de sleutelmap terug uit de back-up");
        }
        return bytes;
    }

    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, content);
        try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether this holds the chain key (a verifying copy does not). */
    boolean canChain() {
        return chain != null;
    }

    /** The keyed hash of a record: {@value #KEYED} and the HMAC over the previous hash and the unsigned record. */
    String hash(String previous, String unsignedJson) {
        return KEYED + HexFormat.of().formatHex(hmac.of(previous, unsignedJson));
    }

    String sign(String text) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(signing);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ runtime", e);
        }
    }

    boolean verify(String text, String signature) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(verifying);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
