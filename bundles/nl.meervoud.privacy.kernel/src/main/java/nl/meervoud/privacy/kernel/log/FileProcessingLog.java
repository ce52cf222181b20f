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


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.meervoud.privacy.api.ProcessingLog;
import nl.meervoud.privacy.api.ProcessingRecord;

/**
 * The processing log as one append-only file of JSON lines, hash-chained: every record's hash is an HMAC under a
 * key kept apart from the log ({@link LogKeys}) over its content and its predecessor's hash, so that an altered,
 * removed, inserted or reordered record breaks the chain, and nobody without the key can chain a rewritten log
 * again. Signed anchors of the chain's head (sequence number and hash), written at open, at most a second after
 * the head moves, and at close, beside the key and outside the log file, make a shortened or emptied log
 * detectable too (issue 12 §4; the threat model is in docs/privacy-kernel.md).
 *
 * <p>Durability: one writer thread takes every pending record, writes the batch and forces it to disk
 * ({@code fsync}) before any caller in the batch is released (group commit). A record is acknowledged only
 * after that, so a crash, even {@code kill -9}, loses no acknowledged record; a torn last line, never
 * acknowledged, is cut off when the log is opened again, loudly: a warning in the technical log and a
 * {@value #HERSTEL} record in this log.
 *
 * <p>Faults heal: when a write fails (disk full, file not writable) the batch is refused with
 * {@link ProcessingLog.Unavailable}, {@link #failure()} names the cause for {@code /health}, and every later
 * append tries again, so the log works again as soon as it can write, without a restart.
 *
 * <p>Data subjects are stored pseudonymised (HMAC-SHA-256 with a key kept beside the log), as the Logboek
 * Dataverwerkingen recommends; inzage computes the same pseudonym from the subject's own id. A missing or empty
 * pseudonym key while the log holds records is never regenerated (that would orphan every subject's history): the
 * log refuses to open, naming the file.
 */
public final class FileProcessingLog implements ProcessingLog, AutoCloseable {
    static final String FILE = "verwerkingen.jsonl";
    static final String KEY_FILE = "pseudoniem.key";
    /** The activity of the record that says a torn last line was cut off at open. */
    static final String HERSTEL = "logboek-herstel";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FileProcessingLog.class);
    private static final long ANCHOR_INTERVAL_NANOS = 1_000_000_000L;
    private static final int MAX_BATCH = 4096;
    private static final Pending STOP = new Pending(null, null);

    private final ObjectMapper json = mapper();
    private final Path file;
    private final Hmac pseudonyms;
    private final LogKeys keys;
    private final FileChannel channel;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Map<String, List<long[]>> bySubject = new ConcurrentHashMap<>();
    private final Map<String, List<long[]>> byCase = new ConcurrentHashMap<>();
    /** Per processing activity; shares each record's position array with the other indexes, so costs a reference. */
    private final Map<String, List<long[]>> byActivity = new ConcurrentHashMap<>();
    private final Thread writer;
    private volatile IOException failure;
    private volatile IOException anchorFailure;
    private long sequence;
    private String lastHash = "";
    /** Per municipality, the hash of its last record: the head of its own chain (guarded by this). */
    private final Map<String, String> gemeenteHeads = new java.util.HashMap<>();
    private long size;
    private boolean keyed;
    private long torn;
    /** The first sequence number chained with the key; earlier records are from before keyed chaining. */
    private final long gesleuteldVanaf;
    private long anchoredSequence = -1;
    private String anchoredHash = "";
    private long anchoredAt;

    /** Opens (or creates) the log in a directory, with its keys in the subdirectory {@code sleutels}. */
    public FileProcessingLog(Path directory) throws IOException {
        this(directory, directory.resolve("sleutels"));
    }

    /**
     * Opens (or creates) the log in a directory, with the chain key and the anchors in another, repairing a torn
     * last line.
     *
     * @throws IOException when the log cannot be opened, or a key it depends on is missing or empty
     */
    public FileProcessingLog(Path directory, Path keyDirectory) throws IOException {
        this(directory, keyDirectory, c -> c);
    }

    /** With a wrapper around the file channel, so that tests can make the disk fail. */
    FileProcessingLog(Path directory, Path keyDirectory, java.util.function.UnaryOperator<FileChannel> channels) throws IOException {
        Files.createDirectories(directory);
        this.file = directory.resolve(FILE);
        boolean holdsRecords = Files.exists(file) && Files.size(file) > 0;
        this.pseudonyms = new Hmac(loadKey(directory.resolve(KEY_FILE), holdsRecords));
        this.channel = channels.apply(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE));
        try {
            recover();
            this.keys = LogKeys.open(keyDirectory, keyed);
            Anchors.Ends anchors = Anchors.ends(keys.directory.resolve(LogKeys.ANCHORS), json, keys);
            this.gesleuteldVanaf = keys.created() ? sequence + 1 : anchors.first() == null ? 1 : anchors.first().gesleuteldVanaf();
            if (anchors.last() != null) {
                anchoredSequence = anchors.last().volgnummer();
                anchoredHash = anchors.last().hash();
            }
            anchor();
            if (anchorFailure != null) {
                throw anchorFailure;
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        this.writer = new Thread(this::writeLoop, "meervoud-verwerkingenlog");
        writer.setDaemon(true);
        writer.start();
        if (torn > 0) {
            LOG.warn("Processing log {}: a torn last line of {} bytes, never acknowledged, was cut off at open; recorded as {}",
                    file, torn, HERSTEL);
            append(new LogEntry(Ids.uuid().toString(), Instant.now(), HERSTEL, "herstel", List.of("AVG art. 5 lid 2"), "", "UITGEVOERD",
                    "een afgebroken laatste regel van " + torn + " bytes (nooit bevestigd) is bij het openen verwijderd", "", List.of(),
                    SYSTEEM + "verwerkingenlogboek", "", "", Ids.hex(16), Ids.hex(8))).join();
        }
    }

    /** Appends a record for one data subject; the future completes once the record is on disk. */
    public CompletableFuture<ProcessingRecord> append(LogEntry entry) {
        CompletableFuture<ProcessingRecord> done = new CompletableFuture<>();
        queue.add(new Pending(entry, done));
        return done;
    }

    /** Why the log cannot write now, or null when it can; clears itself after the next successful write. */
    public IOException failure() {
        return failure;
    }

    /** Why the last anchor could not be written, or null. */
    public IOException anchorFailure() {
        return anchorFailure;
    }

    /** The directory with the chain key, the anchor key pair and the anchors. */
    public Path keyDirectory() {
        return keys.directory;
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
        try {
            return writes.stream().map(CompletableFuture::join).toList();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof Unavailable u ? u : e;
        }
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
    public Pagina byBetrokkene(String betrokkene, Venster venster) {
        return page(bySubject.getOrDefault(pseudonym(betrokkene), List.of()), venster);
    }

    @Override
    public Pagina byZaak(String zaak, Venster venster) {
        return page(byCase.getOrDefault(zaak, List.of()), venster);
    }

    @Override
    public Pagina byActiviteit(String activiteit, Venster venster) {
        return page(byActivity.getOrDefault(activiteit, List.of()), venster);
    }

    /**
     * The log's JSON: a record's municipality fields are left out while empty, so that a record from before them
     * serialises, and so hashes, exactly as when it was written.
     */
    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addMixIn(ProcessingRecord.class, ZonderLegeGemeente.class);
    }

    /** See {@link #mapper()}. */
    private abstract static class ZonderLegeGemeente {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        abstract String gemeente();

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        abstract String vorigeGemeenteHash();
    }

    @Override
    public Verification verify(String gemeente) {
        long limit = head();
        return LogVerifier.verifyGemeente(file, limit, json, keys, gemeente);
    }

    @Override
    public Verification verify() {
        long limit = head();
        // The anchors first: every anchor read now covers a head that the log, which only grows, still holds.
        List<Anchor> anchors;
        try {
            anchors = Anchors.read(keys.directory.resolve(LogKeys.ANCHORS), json);
        } catch (IOException e) {
            return new Verification(false, 0, List.of("de ankers kunnen niet worden gelezen: " + e.getMessage()));
        }
        return LogVerifier.verify(file, limit, json, keys, keys, anchors, gesleuteldVanaf);
    }

    /**
     * Verifies the log against a copy of the anchors kept off the machine: a directory holding a copy of
     * {@value LogKeys#ANCHORS} and {@value LogKeys#ANCHOR_PUBLIC}. It exposes what the local anchors can no longer
     * show: a tail deleted together with the local anchors, or anchors re-signed with a replaced key.
     */
    public Verification verifyAgainst(Path copy) {
        long limit = head();
        try {
            LogKeys offsite = LogKeys.forVerifying(copy);
            List<Anchor> anchors = Anchors.read(copy.resolve(LogKeys.ANCHORS), json);
            if (anchors.isEmpty()) {
                return new Verification(false, 0, List.of("de kopie " + copy + " bevat geen ankers"));
            }
            long from = Anchors.firstValid(anchors, offsite).map(Anchor::gesleuteldVanaf).orElse(gesleuteldVanaf);
            return LogVerifier.verify(file, limit, json, keys, offsite, anchors, from);
        } catch (IOException e) {
            return new Verification(false, 0, List.of("de kopie van de ankers kan niet worden gelezen: " + e.getMessage()));
        }
    }

    /** The length of the log's acknowledged part: what a verification started now reads, no half-written line. */
    private synchronized long head() {
        return size;
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
        synchronized (this) {
            anchor();
        }
        channel.close();
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                Pending first = queue.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (first != null) {
                    batch.add(first);
                }
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            boolean stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                try {
                    writeBatch(batch);
                } catch (RuntimeException | Error e) {
                    // Whatever goes wrong, the writer lives on and no caller waits for ever: the batch is refused.
                    LOG.error("Processing log {}: a batch could not be written ({})", file, oneLine(e));
                    Unavailable refused = new Unavailable("het verwerkingenlogboek kon niet schrijven: " + oneLine(e), e);
                    batch.forEach(p -> p.done.completeExceptionally(refused));
                }
            }
            batch.clear();
            if (stop) {
                return;
            }
            synchronized (this) {
                if (System.nanoTime() - anchoredAt >= ANCHOR_INTERVAL_NANOS) {
                    anchor();
                }
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
            Map<String, String> heads = new java.util.HashMap<>(); // this batch's moves of the municipalities' heads
            long offset = size;
            List<byte[]> lines = new ArrayList<>(batch.size());
            int total = 0;
            for (Pending p : batch) {
                String gemeente = gemeenteVan(p.entry);
                String previousOfGemeente = gemeente.isEmpty() ? "" : heads.getOrDefault(gemeente, gemeenteHeads.getOrDefault(gemeente, ""));
                ProcessingRecord record = chain(p.entry, ++seq, previous, gemeente, previousOfGemeente);
                if (!gemeente.isEmpty()) {
                    heads.put(gemeente, record.hash());
                }
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
                if (failure != null && channel.size() > size) {
                    channel.truncate(size); // what a failed write left behind was never acknowledged
                }
                while (buffer.hasRemaining()) {
                    channel.write(buffer, size + buffer.position());
                }
                channel.force(false);
            } catch (IOException | RuntimeException e) {
                IOException cause = e instanceof IOException io ? io : new IOException(e.toString(), e);
                if (failure == null) {
                    LOG.error("Processing log {} cannot be written ({}); refusing every processing until it can", file, oneLine(cause));
                }
                failure = cause;
                Unavailable refused = new Unavailable("het verwerkingenlogboek kan niet schrijven: " + oneLine(cause), cause);
                batch.forEach(p -> p.done.completeExceptionally(refused));
                return;
            }
            if (failure != null) {
                LOG.info("Processing log {} writes again", file);
                failure = null;
            }
            sequence = seq;
            lastHash = previous;
            gemeenteHeads.putAll(heads);
            size = offset;
        }
        for (int i = 0; i < records.size(); i++) {
            index(records.get(i), positions.get(i));
            batch.get(i).done.complete(records.get(i));
        }
    }

    private ProcessingRecord chain(LogEntry e, long seq, String previous, String gemeente, String previousOfGemeente) {
        ProcessingRecord unsigned = new ProcessingRecord(seq, e.actieId(), e.tijdstip(), e.activiteit(), e.doel(), e.grondslag(),
                e.regel(), e.besluit(), e.reden(), e.betrokkene().isEmpty() ? "" : pseudonym(e.betrokkene()), e.gegevens(),
                actor(e.uitvoerder(), true), actor(e.afnemer(), false), e.zaak(), e.traceId(), e.spanId(), previous, "", gemeente,
                previousOfGemeente);
        return withHash(unsigned, keys.hash(previous, serialize(unsigned)));
    }

    /**
     * The municipality responsible for a processing: the first CBS code its performer names ({@code CONSULENT:0363/…},
     * {@code SYSTEEM:0363/bewaartermijnen}; under a regional arrangement the municipality acted for), else its
     * recipient's; empty when neither names one.
     */
    static String gemeenteVan(LogEntry e) {
        String g = gemeenteVan(e.uitvoerder());
        return g.isEmpty() ? gemeenteVan(e.afnemer()) : g;
    }

    private static String gemeenteVan(String actor) {
        int colon = actor.indexOf(':');
        String id = colon < 0 ? actor : actor.substring(colon + 1);
        return gemeente(id) ? id.substring(0, 4) : "";
    }

    /**
     * Signs the chain's head into the anchors file when it moved since the last anchor (or when there is none);
     * called with this object's lock held. A failure is kept for {@code /health} and tried again a second later.
     */
    private void anchor() {
        anchoredAt = System.nanoTime();
        if (sequence == anchoredSequence && lastHash.equals(anchoredHash)) {
            return;
        }
        try {
            Anchors.append(keys, json, new Anchor(sequence, lastHash, Instant.now().toString(), gesleuteldVanaf, ""));
            anchoredSequence = sequence;
            anchoredHash = lastHash;
            anchorFailure = null;
        } catch (IOException | RuntimeException e) {
            if (anchorFailure == null) {
                LOG.error("Processing log anchors in {} cannot be written ({})", keys.directory, oneLine(e));
            }
            anchorFailure = e instanceof IOException io ? io : new IOException(e.toString(), e);
        }
    }

    /** An exception as one line without personal data: its class and its first message line. */
    public static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    static ProcessingRecord withHash(ProcessingRecord r, String hash) {
        return new ProcessingRecord(r.volgnummer(), r.actieId(), r.tijdstip(), r.activiteit(), r.doel(), r.grondslag(),
                r.regel(), r.besluit(), r.reden(), r.betrokkene(), r.gegevens(), r.uitvoerder(), r.afnemer(), r.zaak(),
                r.traceId(), r.spanId(), r.vorigeHash(), hash, r.gemeente(), r.vorigeGemeenteHash());
    }

    /** The hash of a record from before keyed chaining: SHA-256 over the previous hash and the unsigned record. */
    static String legacyHash(String previous, String unsignedJson) {
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
        if (record.activiteit() != null && !record.activiteit().isEmpty()) {
            byActivity.computeIfAbsent(record.activiteit(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(position);
        }
    }

    /** Reads only the window's records: a page of a long history costs its own size, not the history's. */
    private Pagina page(List<long[]> positions, Venster venster) {
        List<long[]> window = new ArrayList<>(Math.min(venster.aantal(), 256));
        int total;
        synchronized (positions) {
            total = positions.size();
            for (int k = venster.vanaf(); k < total && window.size() < venster.aantal(); k++) {
                window.add(positions.get(venster.nieuwsteEerst() ? total - 1 - k : k));
            }
        }
        return new Pagina(read(window), total);
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
            torn = length - lineStart;
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
            if (!record.gemeente().isEmpty()) {
                gemeenteHeads.put(record.gemeente(), record.hash());
            }
            keyed |= lastHash.startsWith(LogKeys.KEYED);
            index(record, new long[] { offset, line.length });
        } catch (IOException e) {
            // A damaged line stays in the file for verify() to report; the chain continues after it.
            sequence++;
        }
    }

    /** The roles whose actors are organisations, named in clear as recipients; every other actor id is a person's. */
    private static final java.util.Set<String> ORGANISATIONS = java.util.Set.of("PARTIJ", "ANDERE_GEMEENTE", "CASUSOVERLEG");
    private static final java.util.Set<String> BUILT_IN_ROLES = nl.meervoud.privacy.api.Rol.ingebouwde().stream()
            .map(nl.meervoud.privacy.api.Rol::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Marks a pseudonymised actor id. */
    static final String PSEUDONIEM = "ps:";

    /**
     * An actor as the log names it, {@code ROL:id}, never by BSN or name (issue 10 §2): the id of whoever acts is
     * always pseudonymised (a staff member, a client, a citizen), as is a recipient that is a person (a built-in
     * person role, or a {@code FUNCTIE_} role: a staff member whose function gives no role in the process); a recipient
     * organisation (a party, another municipality, a casusoverleg) stays readable, so the FG sees where data went.
     * The pseudonym is the one the log gives a data subject, so one person has one pseudonym in this log. An id
     * that starts with a municipality's CBS code ({@code 0363/…}, as the case model names an authenticated staff
     * member) keeps that code readable: {@code COLLEGE:0363/ps:…} says which municipality acted, not who. Someone
     * acting for another municipality under a regional arrangement keeps both: {@code MELDPUNT:0384/0363/ps:…} is
     * a staff member of 0363 working for 0384, with the same pseudonym as in their own municipality's work.
     */
    String actor(String actor, boolean acting) {
        if (actor.isEmpty() || actor.startsWith(SYSTEEM)) {
            return actor;
        }
        int colon = actor.indexOf(':');
        String rol = colon < 0 ? "" : actor.substring(0, colon);
        String id = colon < 0 ? actor : actor.substring(colon + 1);
        boolean builtIn = BUILT_IN_ROLES.contains(rol);
        boolean staff = rol.startsWith(nl.meervoud.privacy.api.Rol.FUNCTIE); // a staff member's refused attempt
        String gemeente = gemeente(id) ? id.substring(0, 5) : "";
        String person = id.substring(gemeente.length());
        if (!gemeente.isEmpty() && gemeente(person)) {
            // Regional cooperation: the responsible municipality, then the one the person works for (0384/0363/…).
            gemeente += person.substring(0, 5);
            person = person.substring(5);
        }
        if (person.isEmpty() || person.startsWith(PSEUDONIEM)
                || (!acting && !staff && (ORGANISATIONS.contains(rol) || !builtIn && !rol.isEmpty()))) {
            return actor;
        }
        return (colon < 0 ? "" : rol + ":") + gemeente + PSEUDONIEM + pseudonym(person);
    }

    /** Whether an actor's id starts with a municipality's CBS code ({@code 0363/}); in the writer thread, so no regex. */
    private static boolean gemeente(String id) {
        if (id.length() < 5 || id.charAt(4) != '/') {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    String pseudonym(String subject) {
        return HexFormat.of().formatHex(pseudonyms.of(subject), 0, 16);
    }

    private static byte[] loadKey(Path keyFile, boolean holdsRecords) throws IOException {
        if (Files.exists(keyFile)) {
            byte[] key = Files.readAllBytes(keyFile);
            if (key.length == 0) {
                throw new IOException("de pseudoniemsleutel " + keyFile + " is leeg; zet hem terug uit de back-up "
                        + "(met een nieuwe sleutel vindt inzage de eerdere verwerkingen van niemand meer)");
            }
            return key;
        }
        if (holdsRecords) {
            throw new IOException("de pseudoniemsleutel " + keyFile + " ontbreekt, terwijl het verwerkingenlogboek records bevat; "
                    + "zet hem terug uit de back-up (met een nieuwe sleutel vindt inzage de eerdere verwerkingen van niemand meer)");
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        LogKeys.writeAtomically(keyFile, key);
        return key;
    }

    private record Pending(LogEntry entry, CompletableFuture<ProcessingRecord> done) {
    }
}
