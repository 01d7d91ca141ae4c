package io.taskgate.core.infrastructure.upstream;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Opens streaming upstream calls with the JDK HttpClient, whose body arrives as it is sent. */
public final class UpstreamStreams {

    private final UpstreamSettings settings;
    private final HttpClient http;

    public UpstreamStreams(UpstreamSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).build();
    }

    /** POSTs the body and returns once the upstream sent its response headers (or the response timeout hit). */
    public HttpResponse<InputStream> open(String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.resolve(path))
                .timeout(settings.responseTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!settings.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }
}
