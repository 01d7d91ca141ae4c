package io.taskgate.core.application.internal;

import io.taskgate.core.domain.model.usage.UsageRecord;
import io.taskgate.core.infrastructure.persistence.UsageBatchWriter;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AsyncUsageLedgerTest {

    private final List<List<UsageRecord>> transactions = new CopyOnWriteArrayList<>();
    private final AsyncUsageLedger ledger = new AsyncUsageLedger();

    private void start() {
        ledger.writer = new UsageBatchWriter() {
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
