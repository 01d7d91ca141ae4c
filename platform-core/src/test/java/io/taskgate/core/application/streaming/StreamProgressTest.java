package io.taskgate.core.application.streaming;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StreamProgressTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicLong chunks = new AtomicLong();
    private final List<Long> reported = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();

    @Test
    void aRunningStreamReportsWhatItDeliveredAtMostOncePerInterval() {
        StreamProgress progress = new StreamProgress(Runnable::run, 2_000, now::get, chunks::get, reported::add);
        for (int i = 1; i <= 10; i++) {
            now.addAndGet(500);
            chunks.incrementAndGet();
            progress.tick();
        }
        assertEquals(List.of(4L, 8L), reported);
    }

    @Test
    void aSlowReportIsNeverDoubledAndNothingIsReportedTwice() {
        Executor later = queued::add;
        StreamProgress progress = new StreamProgress(later, 1_000, now::get, chunks::get, reported::add);
        now.addAndGet(1_000);
        chunks.set(3);
        progress.tick();
        now.addAndGet(5_000);
        chunks.set(9);
        progress.tick(); // the first report has not run yet
        assertEquals(1, queued.size());
        queued.remove(0).run();
        now.addAndGet(1_000);
        progress.tick();
        queued.remove(0).run();
        now.addAndGet(1_000);
        progress.tick(); // no new chunk since
        assertEquals(0, queued.size());
        assertEquals(List.of(3L, 9L), reported);
    }
}
