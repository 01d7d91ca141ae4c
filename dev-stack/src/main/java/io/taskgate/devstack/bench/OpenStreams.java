package io.taskgate.devstack.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Many streams open at once against one server: each a slow answer (chunks a second apart), all opened within two
 * seconds. How many completed whole, how long until each of those got its first chunk (the gateway answers with
 * headers and the first chunk together), and the server's peak resident memory and threads while they were open.
 */
final class OpenStreams {

    record Result(int opened, int completed, Percentiles firstChunk, long peakRssBytes, long peakThreads,
                  long rssBeforeBytes, String firstFailure) {
    }

    private OpenStreams() {
    }

    /** A stream of {@code words} chunks {@code delayMs} apart. */
    static String body(int words, int delayMs) {
        return "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":"
                + "\"stream the cart rounding fix slowly [sim:words=" + words + "] [sim:chunk-delay-ms=" + delayMs + "]\"}]}";
    }

    static Result run(Function<String, HttpRequest> target, ProcessStats server, int streams, int words, int delayMs)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long rssBefore = server.rssBytes();
        AtomicLong peakRss = new AtomicLong(rssBefore);
        AtomicLong peakThreads = new AtomicLong(threads(server.pid()));
        AtomicInteger completed = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> failure = new java.util.concurrent.atomic.AtomicReference<>("none");
        java.util.Queue<Long> firstChunk = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> all = new ArrayList<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakRss.accumulateAndGet(server.rssBytes(), Math::max);
                peakThreads.accumulateAndGet(threads(server.pid()), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        String body = body(words, delayMs);
        for (int i = 0; i < streams; i++) {
            long start = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(target.apply(body), (name, value) -> true)
                    .timeout(java.time.Duration.ofMillis((long) words * delayMs + 60_000)).build();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                long headers = (System.nanoTime() - start) / 1_000;
                boolean done = response.body().anyMatch(line -> line.equals("data: [DONE]"));
                if (response.statusCode() == 200 && done) {
                    completed.incrementAndGet();
                    firstChunk.add(headers);
                } else {
                    failure.compareAndSet("none", "HTTP " + response.statusCode() + (done ? "" : ", no [DONE]"));
                }
            }).exceptionally(e -> {
                failure.compareAndSet("none", e.toString());
                return null;
            }));
            TimeUnit.MICROSECONDS.sleep(2_000_000L / streams);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get((long) words * delayMs + 120_000, TimeUnit.MILLISECONDS);
        sampler.interrupt();
        sampler.join();
        return new Result(streams, completed.get(), Percentiles.of(firstChunk.stream().mapToLong(Long::longValue).toArray()), peakRss.get(), peakThreads.get(), rssBefore,
                failure.get());
    }

    private static long threads(long pid) {
        try (var lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("Threads:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (Exception e) {
            return 0;
        }
    }
}
