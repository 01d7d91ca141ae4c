package io.taskgate.devstack.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends requests at a fixed total rate from a fixed number of workers (open loop per worker: each request
 * starts at its scheduled time, or at once if the previous one ran late) and records each latency.
 */
final class FixedRateLoad {

    private FixedRateLoad() {
    }

    /** Returns latencies in microseconds; throws if any request does not answer 200. */
    static long[] run(HttpClient http, HttpRequest request, int ratePerSecond, int workers, int total)
            throws InterruptedException {
        long[] micros = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long intervalNanos = 1_000_000_000L * workers / ratePerSecond;
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            long offset = intervalNanos * w / workers;
            pool.submit(() -> {
                long due = start + offset;
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    long t = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    micros[i] = (System.nanoTime() - t) / 1_000;
                    if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    due += intervalNanos;
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests did not answer 200");
        }
        return micros;
    }
}
