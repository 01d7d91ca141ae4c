package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.usage.UsageRecord;
import io.taskgate.core.domain.model.usage.UsageRecordBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsageSpillTest {

    @TempDir
    Path dir;

    private static UsageRecord row(String id) {
        return new UsageRecordBuilder(id, Instant.parse("2026-06-10T12:00:00Z"), "chat.completions")
                .caller("sub", "bob", "token", null).task("acme", "acme-checkout").model("gpt-4o-mini")
                .outcome(200, null).prompt("a prompt of some length " + id).usage(10, 5, false).build();
    }

    @Test
    void theSizeFollowsAppendsAndRemovalsAndFullnessFollowsTheSize() {
        UsageSpill spill = new UsageSpill(dir, 600);
        assertTrue(spill.isEmpty());
        assertEquals(0, spill.bytes());
        assertFalse(spill.full());
        int kept = 0;
        while (spill.append(List.of(row("r" + kept)))) {
            kept++;
        }
        assertTrue(kept > 0, "rows fit before the spill is full");
        assertTrue(spill.full(), "a refused append means the spill is full");
        assertFalse(spill.isEmpty());
        assertTrue(spill.bytes() >= 600, "bytes " + spill.bytes());
        io.taskgate.core.application.UsageSpillStore.Chunk chunk = spill.oldest().orElseThrow();
        assertEquals(kept, chunk.rows().size());
        spill.written(chunk);
        assertTrue(spill.isEmpty());
        assertEquals(0, spill.bytes());
        assertFalse(spill.full(), "room again once the database took the rows");
    }

    @Test
    void aSpillLeftByAnEarlierRunIsMeasuredAtStart() {
        UsageSpill first = new UsageSpill(dir, 1 << 20);
        first.append(List.of(row("a"), row("b")));
        UsageSpill again = new UsageSpill(dir, 1 << 20);
        assertFalse(again.isEmpty());
        assertEquals(first.bytes(), again.bytes());
        assertEquals(2, again.oldest().orElseThrow().rows().size());
    }

    /**
     * Every proxied request asks whether the spill is full: the answer must not wait for the ledger's writer, which
     * holds the spill's lock while it writes or reads a file. (The timeout only ends the test if it would hang.)
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fullAndBytesAnswerWhileAnotherThreadHoldsTheSpill() throws Exception {
        UsageSpill spill = new UsageSpill(dir, 1 << 20);
        spill.append(List.of(row("a")));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            synchronized (spill) {
                held.countDown();
                try {
                    answered.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        writer.start();
        held.await();
        assertFalse(spill.full());
        assertTrue(spill.bytes() > 0);
        assertFalse(spill.isEmpty());
        answered.countDown();
        writer.join();
        assertTrue(Files.list(dir).findAny().isPresent());
    }
}
