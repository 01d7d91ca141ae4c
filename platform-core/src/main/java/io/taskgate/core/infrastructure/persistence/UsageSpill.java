package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.application.UsageSpillStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.domain.model.usage.UsageRecord;
import io.taskgate.core.domain.model.usage.UsageRecordBuilder;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Local files for ledger rows the database could not take: the <b>spill</b> (rows to write when the database is
 * back, oldest file first) and the <b>rejected</b> file (rows the database refused on their own, kept for the
 * operator instead of blocking the rows behind them). JSON Lines, one row per line, flushed and forced to disk
 * before {@link #append} returns. The spill is bounded by {@code maxBytes}; once full, {@link #append} refuses and
 * the gateway reports it (health, metrics) and stops admitting requests it could not record.
 * <p>Its size is measured from the directory when the spill starts and whenever it changes (an append, a file read
 * or removed), and read from memory otherwise: every proxied request asks {@link #full()}, and a directory listing
 * under this object's lock there cost requests 1-13 ms whenever the ledger's writer held the lock.
 */
public final class UsageSpill implements UsageSpillStore {

    private static final Logger LOG = Logger.getLogger(UsageSpill.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long FILE_BYTES = 1 << 20;
    private static final String PREFIX = "usage-spill-";
    private static final String REJECTED = "usage-rejected.jsonl";

    private final Path dir;
    private final long maxBytes;
    private Path current;
    private long seq;
    /** The spill files' count and bytes as last measured ({@link #measure()}). */
    private volatile Size size;

    private record Size(int files, long bytes) {
    }

    /** A row as it sits in a file. */
    record Line(String id, long createdAtMillis, String tenantId, String subject, String username, String taskId,
                String endpoint, String model, int status, String refusalCode, String promptText, long promptTokens,
                long completionTokens, boolean usageEstimated, String costUsd, long latencyMs, String intent,
                boolean streamed, String authKind, String keyId) {

        static Line of(UsageRecord r) {
            return new Line(r.id(), r.createdAt().toEpochMilli(), r.tenantId(), r.subject(), r.username(), r.taskId(),
                    r.endpoint(), r.model(), r.status(), r.refusalCode(), r.promptText(), r.promptTokens(),
                    r.completionTokens(), r.usageEstimated(), r.costUsd() == null ? "0" : r.costUsd().toPlainString(),
                    r.latencyMs(), r.intent(), r.streamed(), r.authKind(), r.keyId());
        }

        UsageRecord record() {
            UsageRecordBuilder b = new UsageRecordBuilder(id, Instant.ofEpochMilli(createdAtMillis), endpoint)
                    .caller(subject, username, authKind, keyId).task(tenantId, taskId).model(model)
                    .outcome(status, refusalCode).prompt(promptText).usage(promptTokens, completionTokens, usageEstimated)
                    .cost(new BigDecimal(costUsd)).latencyMs(latencyMs).intent(intent).streamed(streamed);
            return b.build();
        }
    }


    public UsageSpill(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("The usage spill directory " + dir + " cannot be created", e);
        }
        seq = files().stream().mapToLong(UsageSpill::seqOf).max().orElse(0);
        measure();
    }

    /** Appends rows to the spill; false when the spill is full or the disk refused them. */
    @Override
    public synchronized boolean append(List<UsageRecord> rows) {
        if (rows.isEmpty()) {
            return true;
        }
        try {
            if (full()) {
                return false;
            }
            if (current == null || !Files.exists(current) || Files.size(current) >= FILE_BYTES) {
                current = dir.resolve(PREFIX + String.format("%012d", ++seq) + ".jsonl");
            }
            write(current, rows);
            return true;
        } catch (IOException e) {
            LOG.severe("The usage spill could not be written: " + e);
            return false;
        } finally {
            measure();
        }
    }

    /** Keeps a row the database refused on its own. */
    @Override
    public synchronized void reject(UsageRecord row, String reason) {
        try {
            write(dir.resolve(REJECTED), List.of(row));
            LOG.severe("Usage row " + row.id() + " refused by the database (" + reason + "); kept in "
                    + dir.resolve(REJECTED));
        } catch (IOException e) {
            LOG.severe("Usage row " + row.id() + " refused by the database (" + reason + ") and not kept: " + e);
        }
    }

    /** The oldest spill file's rows, or nothing. The file that is being appended to is closed first. */
    @Override
    public synchronized Optional<Chunk> oldest() {
        List<Path> files = files();
        measure(files);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Path file = files.get(0);
        if (file.equals(current)) {
            current = null; // later rows go to a new file
        }
        List<UsageRecord> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    try {
                        rows.add(JSON.readValue(line, Line.class).record());
                    } catch (IOException e) {
                        LOG.warning("Skipping a torn line of " + file + ": " + e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            LOG.warning("The usage spill file " + file + " cannot be read: " + e);
            return Optional.empty();
        }
        return Optional.of(new Chunk(file, rows));
    }

    /** Removes a spill file whose rows are all in the database. */
    @Override
    public synchronized void written(Chunk chunk) {
        try {
            Files.deleteIfExists(chunk.file());
        } catch (IOException e) {
            LOG.warning("The written spill file " + chunk.file() + " could not be removed: " + e);
        }
        measure();
    }

    /** Bytes in spill files, as last measured; no file system call. */
    @Override
    public long bytes() {
        return size.bytes();
    }

    /** Whether no spill file is left, as last measured; no file system call. */
    @Override
    public boolean isEmpty() {
        return size.files() == 0;
    }

    /** Whether the spill has no room left, as last measured; no lock and no file system call. */
    @Override
    public boolean full() {
        return size.bytes() >= maxBytes;
    }

    /** Measures the spill files in the directory now and remembers it. */
    private synchronized Size measure() {
        return measure(files());
    }

    /** Measures the given spill files (the directory's, just listed) and remembers it. */
    private synchronized Size measure(List<Path> files) {
        long total = 0;
        for (Path p : files) {
            try {
                total += Files.size(p);
            } catch (IOException e) {
                // removed meanwhile
            }
        }
        Size now = new Size(files.size(), total);
        size = now;
        return now;
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public Path directory() {
        return dir;
    }

    /** Rows kept as rejected. */
    @Override
    public synchronized long rejectedRows() {
        Path file = dir.resolve(REJECTED);
        if (!Files.exists(file)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    private static void write(Path file, List<UsageRecord> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.DSYNC)) {
            StringBuilder text = new StringBuilder();
            for (UsageRecord row : rows) {
                text.append(JSON.writeValueAsString(Line.of(row))).append('\n');
            }
            out.write(text.toString());
        }
    }

    private List<Path> files() {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .sorted(Comparator.comparingLong(UsageSpill::seqOf)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long seqOf(Path p) {
        String name = p.getFileName().toString();
        try {
            return Long.parseLong(name.substring(PREFIX.length(), name.indexOf('.')));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
