package io.taskgate.devstack.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Time to first event and the gaps between events of streamed answers, in microseconds. */
final class StreamTimings {

    final List<Long> firstChunk = new ArrayList<>();
    final List<Long> gaps = new ArrayList<>();

    void measure(HttpClient http, HttpRequest request, int streams) throws Exception {
        for (int s = 0; s < streams; s++) {
            long start = System.nanoTime();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("stream answered " + response.statusCode());
            }
            long[] previous = {-1};
            read(response, (now, done) -> {
                if (previous[0] < 0) {
                    firstChunk.add((now - start) / 1_000);
                } else if (!done) {
                    gaps.add((now - previous[0]) / 1_000);
                }
                previous[0] = now;
            });
        }
    }

    /** What a stream's reader is told of each data line: when it was read, and whether it is {@code [DONE]}. */
    interface Event {
        void read(long nanoTime, boolean done);
    }

    /** Reads a streamed answer to its end, telling {@code event} of each data line as it is read. */
    static void read(HttpResponse<InputStream> response, Event event) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("data:")) {
                    event.read(System.nanoTime(), line.equals("data: [DONE]"));
                }
            }
        }
    }

    /**
     * Streams {@code streams} answers of {@code request}, {@code parallel} at a time, timing nothing: a gateway that
     * has run for a while has compiled its stream relay, and the few streams measured one at a time would otherwise
     * time a relay the JIT is still compiling.
     */
    static void warm(HttpClient http, HttpRequest request, int streams, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                int share = streams / parallel + (i < streams % parallel ? 1 : 0);
                done.add(pool.submit(() -> {
                    new StreamTimings().measure(http, request, share);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static long[] array(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
