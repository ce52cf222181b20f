// SPDX-License-Identifier: EUPL-1.2
package nl.meervoud.privacy.kernel.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.ProcessingRecord;

/**
 * The processing log as one append-only file of JSON lines, hash-chained: every record's hash covers its
 * content and its predecessor's hash, so that an altered, removed or reordered record breaks the chain.
 *
 * <p>Durability: one writer thread takes every pending record, writes the batch and forces it to disk
 * ({@code fsync}) before any caller in the batch is released (group commit). A record is acknowledged only
 * after that, so a crash, even {@code kill -9}, loses no acknowledged record; a torn last line, never
 * acknowledged, is cut off when the log is opened again.
 *
 * <p>Data subjects are stored pseudonymised (HMAC-SHA-256 with a key kept beside the log), as the Logboek
 * Dataverwerkingen recommends; inzage computes the same pseudonym from the subject's own id.
 */
public final class FileProcessingLog implements ProcessingLog, AutoCloseable {
    static final String FILE = "verwerkingen.jsonl";
    private static final String KEY_FILE = "pseudoniem.key";
    private static final int MAX_BATCH = 4096;
    private static final Pending STOP = new Pending(null, null);

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Path file;
    private final byte[] key;
    private final FileChannel channel;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Map<String, List<long[]>> bySubject = new ConcurrentHashMap<>();
    private final Map<String, List<long[]>> byCase = new ConcurrentHashMap<>();
    private final Thread writer;
    private volatile IOException failure;
    private long sequence;
    private String lastHash = "";
    private long size;

    /** Opens (or creates) the log in a directory, repairing a torn last line. */
    public FileProcessingLog(Path directory) throws IOException {
        Files.createDirectories(directory);
        this.file = directory.resolve(FILE);
        this.key = loadKey(directory.resolve(KEY_FILE));
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        recover();
        this.writer = new Thread(this::writeLoop, "meervoud-verwerkingenlog");
        writer.setDaemon(true);
        writer.start();
    }

    /** Appends a record for one data subject; the future completes once the record is on disk. */
    public CompletableFuture<ProcessingRecord> append(LogEntry entry) {
        CompletableFuture<ProcessingRecord> done = new CompletableFuture<>();
        IOException broken = failure;
        if (broken != null) {
            done.completeExceptionally(broken);
        } else {
            queue.add(new Pending(entry, done));
        }
        return done;
    }

    @Override
    public List<ProcessingRecord> vastleggen(Vastlegging v) {
        Instant now = Instant.now();
        String trace = Ids.hex(16);
        List<String> subjects = v.betrokkenen().isEmpty() ? List.of("") : v.betrokkenen();
        List<CompletableFuture<ProcessingRecord>> writes = new ArrayList<>();
        for (String subject : subjects) {
            writes.add(append(new LogEntry(Ids.uuid().toString(), now, v.activiteit(), v.handeling(), v.grondslag(), v.regel(),
                    "UITGEVOERD", "", subject, v.gegevens(), v.uitvoerder(), "", v.zaak(), trace, Ids.hex(8))));
        }
        return writes.stream().map(CompletableFuture::join).toList();
    }


    @Override
    public List<ProcessingRecord> byBetrokkene(String betrokkene) {
        return read(bySubject.getOrDefault(pseudonym(betrokkene), List.of()));
    }

    @Override
    public List<ProcessingRecord> byZaak(String zaak) {
        return read(byCase.getOrDefault(zaak, List.of()));
    }

    @Override
    public Verification verify() {
        return LogVerifier.verify(file, json);
    }

    /** How many records the log holds. */
    public synchronized long size() {
        return sequence;
    }

    @Override
    public void close() throws IOException {
        queue.add(STOP);
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        channel.close();
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            boolean stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                writeBatch(batch);
            }
            batch.clear();
            if (stop) {
                return;
            }
        }
    }

    private void writeBatch(List<Pending> batch) {
        List<ProcessingRecord> records = new ArrayList<>(batch.size());
        List<long[]> positions = new ArrayList<>(batch.size());
        ByteBuffer buffer;
        synchronized (this) {
            long seq = sequence;
            String previous = lastHash;
            long offset = size;
            List<byte[]> lines = new ArrayList<>(batch.size());
            int total = 0;
            for (Pending p : batch) {
                ProcessingRecord record = chain(p.entry, ++seq, previous);
                byte[] line = (serialize(record) + "\n").getBytes(StandardCharsets.UTF_8);
                records.add(record);
                positions.add(new long[] { offset, line.length - 1 });
                offset += line.length;
                total += line.length;
                lines.add(line);
                previous = record.hash();
            }
            buffer = ByteBuffer.allocate(total);
            lines.forEach(buffer::put);
            buffer.flip();
            try {
                while (buffer.hasRemaining()) {
                    channel.write(buffer, size + buffer.position());
                }
                channel.force(false);
            } catch (IOException e) {
                failure = e;
                batch.forEach(p -> p.done.completeExceptionally(e));
                return;
            }
            sequence = seq;
            lastHash = previous;
            size = offset;
        }
        for (int i = 0; i < records.size(); i++) {
            index(records.get(i), positions.get(i));
            batch.get(i).done.complete(records.get(i));
        }
    }

    private ProcessingRecord chain(LogEntry e, long seq, String previous) {
        ProcessingRecord unsigned = new ProcessingRecord(seq, e.actieId(), e.tijdstip(), e.activiteit(), e.doel(), e.grondslag(),
                e.regel(), e.besluit(), e.reden(), e.betrokkene().isEmpty() ? "" : pseudonym(e.betrokkene()), e.gegevens(),
                e.uitvoerder(), e.afnemer(), e.zaak(), e.traceId(), e.spanId(), previous, "");
        return withHash(unsigned, hash(previous, serialize(unsigned)));
    }

    static ProcessingRecord withHash(ProcessingRecord r, String hash) {
        return new ProcessingRecord(r.volgnummer(), r.actieId(), r.tijdstip(), r.activiteit(), r.doel(), r.grondslag(),
                r.regel(), r.besluit(), r.reden(), r.betrokkene(), r.gegevens(), r.uitvoerder(), r.afnemer(), r.zaak(),
                r.traceId(), r.spanId(), r.vorigeHash(), hash);
    }

    /** SHA-256 over the previous hash and the record serialised with an empty hash field. */
    static String hash(String previous, String unsignedJson) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            return HexFormat.of().formatHex(digest.digest(unsignedJson.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    String serialize(ProcessingRecord record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void index(ProcessingRecord record, long[] position) {
        if (!record.betrokkene().isEmpty()) {
            bySubject.computeIfAbsent(record.betrokkene(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(position);
        }
        if (!record.zaak().isEmpty()) {
            byCase.computeIfAbsent(record.zaak(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(position);
        }
    }

    private List<ProcessingRecord> read(List<long[]> positions) {
        List<long[]> copy;
        synchronized (positions) {
            copy = new ArrayList<>(positions);
        }
        List<ProcessingRecord> records = new ArrayList<>(copy.size());
        for (long[] position : copy) {
            ByteBuffer line = ByteBuffer.allocate((int) position[1]);
            try {
                while (line.hasRemaining()) {
                    if (channel.read(line, position[0] + line.position()) < 0) {
                        break;
                    }
                }
                records.add(json.readValue(line.array(), ProcessingRecord.class));
            } catch (IOException e) {
                throw new UncheckedIOException("the processing log cannot be read", e);
            }
        }
        return records;
    }

    /** Reads the existing file: cuts a torn last line, rebuilds the indexes, and continues the chain. */
    private void recover() throws IOException {
        long length = channel.size();
        long offset = 0;
        long lineStart = 0;
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
        java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();
        while (offset < length) {
            chunk.clear();
            int read = channel.read(chunk, offset);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                byte b = chunk.get(i);
                if (b == '\n') {
                    recoverLine(current.toByteArray(), lineStart);
                    current.reset();
                    lineStart = offset + i + 1;
                } else {
                    current.write(b);
                }
            }
            offset += read;
        }
        if (lineStart < length) {
            channel.truncate(lineStart); // a torn line was never acknowledged
            channel.force(true);
        }
        size = lineStart;
    }

    private void recoverLine(byte[] line, long offset) {
        try {
            ProcessingRecord record = json.readValue(line, ProcessingRecord.class);
            sequence = record.volgnummer();
            lastHash = record.hash();
            index(record, new long[] { offset, line.length });
        } catch (IOException e) {
            // A damaged line stays in the file for verify() to report; the chain continues after it.
            sequence++;
        }
    }

    String pseudonym(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] loadKey(Path keyFile) throws IOException {
        if (Files.exists(keyFile)) {
            return Files.readAllBytes(keyFile);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path temp = keyFile.resolveSibling(keyFile.getFileName() + ".tmp");
        Files.write(temp, key);
        try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Files.move(temp, keyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    private record Pending(LogEntry entry, CompletableFuture<ProcessingRecord> done) {
    }
}
