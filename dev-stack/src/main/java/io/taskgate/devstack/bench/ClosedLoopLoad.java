package io.taskgate.devstack.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/** Saturation: {@code clients} send back to back for a while; how many answers a second, and how many were not 200. */
final class ClosedLoopLoad {

    record Result(double perSecond, long answered, long failed, double seconds) {
    }

    private ClosedLoopLoad() {
    }

    static Result run(HttpClient http, IntFunction<HttpRequest> requests, int clients, long millis)
            throws InterruptedException {
        AtomicInteger sequence = new AtomicInteger();
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.MILLISECONDS.toNanos(millis);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<byte[]> r = http.send(requests.apply(sequence.getAndIncrement()),
                                HttpResponse.BodyHandlers.ofByteArray());
                        (r.statusCode() == 200 ? answered : failed).incrementAndGet();
                    } catch (java.io.IOException e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(millis + 60_000, TimeUnit.MILLISECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(answered.get() / seconds, answered.get(), failed.get(), seconds);
    }
}
