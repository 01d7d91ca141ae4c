package io.taskgate.devstack.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Sends requests at a fixed total rate from a fixed number of workers (open loop per worker: each request
 * starts at its scheduled time, or at once if the previous one ran late) and records each latency.
 */
final class FixedRateLoad {

    private static volatile String lastFailure = "";

    private FixedRateLoad() {
    }

    /** Returns latencies in microseconds; throws if any request does not answer 200. */
    static long[] run(HttpClient http, HttpRequest request, int ratePerSecond, int workers, int total)
            throws InterruptedException {
        return run(http, i -> request, ratePerSecond, workers, total);
    }

    /** The same, with the {@code i}-th request made by {@code requests} (made before its time is taken). */
    static long[] run(HttpClient http, IntFunction<HttpRequest> requests, int ratePerSecond, int workers, int total)
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
                    HttpRequest request = requests.apply(i);
                    long t = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    micros[i] = (System.nanoTime() - t) / 1_000;
                    if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                        lastFailure = response.statusCode() + " " + new String(response.body(),
                                java.nio.charset.StandardCharsets.UTF_8);
                    }
                    due += intervalNanos;
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests did not answer 200 (last: " + lastFailure + ")");
        }
        return micros;
    }
}
