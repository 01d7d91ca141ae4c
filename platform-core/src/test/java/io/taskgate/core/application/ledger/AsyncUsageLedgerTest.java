package io.taskgate.core.application.ledger;


import io.taskgate.core.domain.model.usage.UsageRecord;
import io.taskgate.core.application.UsageRowWriter;
import io.taskgate.core.application.UsageRowsRefused;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.taskgate.core.infrastructure.persistence.UsageSpill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsyncUsageLedgerTest {

    private final List<List<UsageRecord>> transactions = new CopyOnWriteArrayList<>();
    private final AsyncUsageLedger ledger = new AsyncUsageLedger();
    @TempDir
    Path spillDir;

    private void start() {
        ledger.spill = new UsageSpill(spillDir, 1 << 20);
        ledger.writer = new UsageRowWriter() {
            @Override
            public void write(List<UsageRecord> batch) {
                transactions.add(new ArrayList<>(batch));
            }
        };
        ledger.threads = new PlainThreads();
        ledger.start();
    }

    @AfterEach
    void stop() {
        ledger.stop();
    }

    @Test
    void rowsArrivingApartAreWrittenAsTheyComeEachInATransactionOfItsOwn() throws InterruptedException {
        start();
        for (int i = 0; i < 3; i++) {
            ledger.record(row());
            Thread.sleep(300);
        }
        ledger.stop();
        assertEquals(3, transactions.size());
    }

    @Test
    void rowsArrivingWhileTheWriterLingersShareOneTransaction() throws InterruptedException {
        ledger.lingerMillis = 400;
        start();
        ledger.record(row());
        Thread.sleep(50);
        ledger.record(row());
        ledger.record(row());
        for (int waited = 0; transactions.isEmpty() && waited < 5_000; waited += 20) {
            Thread.sleep(20);
        }
        assertEquals(List.of(3), transactions.stream().map(List::size).toList(),
                "the two rows that came within the linger went with the first");
    }

    @Test
    void stoppingWritesEveryAcceptedRowInTransactionsOfAtMost500() {
        start();
        for (int i = 0; i < 1_200; i++) {
            ledger.record(row());
        }
        ledger.stop();
        assertEquals(1_200, transactions.stream().mapToInt(List::size).sum());
        assertEquals(0, ledger.pending());
        org.junit.jupiter.api.Assertions.assertTrue(transactions.stream().allMatch(t -> t.size() <= 500),
                "a transaction holds at most 500 rows");
    }

    @Test
    void rowsTheDatabaseCannotTakeAreKeptOnDiskAndWrittenInOrderWhenItIsBack() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        ledger.spill = new UsageSpill(spillDir, 1 << 20);
        ledger.writer = new UsageRowWriter() {
            @Override
            public void write(List<UsageRecord> batch) {
                if (down.get()) {
                    throw new UsageRowsRefused("refused", new java.sql.SQLException("Connection refused", "08001"), false, false);
                }
                transactions.add(new ArrayList<>(batch));
            }
        };
        ledger.threads = new PlainThreads();
        ledger.start();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UsageRecord r = row("r" + i, "p" + i);
            sent.add(r.id());
            ledger.record(r);
            Thread.sleep(5);
        }
        waitUntil(() -> ledger.pending() == 0 && ledger.spilled() == 40);
        assertTrue(ledger.databaseDown());
        assertTrue(transactions.isEmpty());
        assertTrue(ledger.spillBytes() > 0);

        down.set(false);
        waitUntil(() -> ledger.spillBytes() == 0);
        List<String> written = transactions.stream().flatMap(List::stream).map(UsageRecord::id).toList();
        assertEquals(sent, written, "every row, once, in the order it was served");
        assertEquals("p7", transactions.stream().flatMap(List::stream).filter(r -> r.id().equals("r7")).findFirst()
                .orElseThrow().promptText(), "a row comes back from the spill as it was");
        assertEquals(0, ledger.lost());
    }

    @Test
    void oneRowTheDatabaseRefusesIsSetAsideAndTheRowsAroundItAreWritten() throws Exception {
        ledger.spill = new UsageSpill(spillDir, 1 << 20);
        ledger.writer = new UsageRowWriter() {
            @Override
            public void write(List<UsageRecord> batch) {
                if (batch.stream().anyMatch(r -> "poison".equals(r.promptText()))) {
                    throw new UsageRowsRefused("refused",
                            new java.sql.SQLException("invalid byte sequence for encoding", "22021"), true, false);
                }
                transactions.add(new ArrayList<>(batch));
            }
        };
        ledger.threads = new PlainThreads();
        ledger.start();
        for (int i = 0; i < 10; i++) {
            ledger.record(row("r" + i, i == 4 ? "poison" : "ok"));
        }
        waitUntil(() -> transactions.stream().mapToInt(List::size).sum() == 9);
        ledger.record(row("after", "ok"));
        waitUntil(() -> transactions.stream().mapToInt(List::size).sum() == 10);
        assertEquals(1, ledger.rejected());
        assertEquals(1, ledger.spill.rejectedRows(), "the refused row is kept for the operator");
    }

    @Test
    void aDuplicateFromAReplayIsNotWrittenTwice() throws Exception {
        java.util.Set<String> stored = java.util.concurrent.ConcurrentHashMap.newKeySet();
        stored.add("r1"); // written before its acknowledgement was lost
        ledger.spill = new UsageSpill(spillDir, 1 << 20);
        ledger.spill.append(List.of(row("r1", "a"), row("r2", "b")));
        ledger.writer = new UsageRowWriter() {
            @Override
            public void write(List<UsageRecord> batch) {
                if (batch.stream().anyMatch(r -> stored.contains(r.id()))) {
                    throw new UsageRowsRefused("refused", new java.sql.SQLException("duplicate key", "23505"), true, true);
                }
                batch.forEach(r -> stored.add(r.id()));
                transactions.add(new ArrayList<>(batch));
            }
        };
        ledger.threads = new PlainThreads();
        ledger.start();
        waitUntil(() -> ledger.spillBytes() == 0);
        assertEquals(List.of("r2"), transactions.stream().flatMap(List::stream).map(UsageRecord::id).toList());
        assertEquals(0, ledger.rejected());
    }

    @Test
    void aFullSpillStopsAcceptingSoTheProxyRefusesAndCountsWhatItCouldNotKeep() throws Exception {
        ledger.spill = new UsageSpill(spillDir, 600);
        ledger.writer = new UsageRowWriter() {
            @Override
            public void write(List<UsageRecord> batch) {
                throw new UsageRowsRefused("refused", new java.sql.SQLException("Connection refused", "08001"), false, false);
            }
        };
        ledger.threads = new PlainThreads();
        ledger.start();
        assertTrue(ledger.accepting());
        for (int i = 0; i < 5; i++) {
            ledger.record(row("r" + i, "a prompt long enough to fill a small spill quickly " + i));
            Thread.sleep(50);
        }
        waitUntil(() -> !ledger.accepting());
        ledger.record(row("late", "x"));
        waitUntil(() -> ledger.lost() > 0);
        assertTrue(ledger.spilled() > 0);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }

    private static UsageRecord row(String id, String prompt) {
        return new io.taskgate.core.domain.model.usage.UsageRecordBuilder(id, java.time.Instant.parse("2026-06-10T12:00:00Z"),
                "chat.completions").caller("sub", "bob", "token", null).task("acme", "acme-checkout").model("gpt-4o-mini")
                .outcome(200, null).prompt(prompt).usage(10, 5, false).build();
    }

    private static UsageRecord row() {
        return new UsageRecord() {
        };
    }

    private static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable r) {
            return new Thread(r);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }
}
