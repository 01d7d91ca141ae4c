package io.taskgate.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls for what an SDK would hide: raw bodies, headers, broken input. */
public final class RawHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    public static HttpResponse<String> post(String url, String bearer, String task, String body) {
        return send(request(url, bearer, task).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static HttpResponse<String> get(String url, String bearer, String task) {
        return send(request(url, bearer, task).GET().build());
    }

    public static HttpResponse<InputStream> postStreaming(String url, String bearer, String task, String body) {
        try {
            return HTTP.send(request(url, bearer, task).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpRequest.Builder request(String url, String bearer, String task) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (task != null) {
            builder.header("X-Task-Id", task);
        }
        return builder;
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    /** The {@code error.code} of an OpenAI-format error body; fails if the body is not in that format. */
    public static String errorCode(HttpResponse<String> response) {
        JsonNode error = json(response.body()).path("error");
        if (!error.isObject() || !error.path("message").isTextual() || !error.path("type").isTextual()) {
            throw new AssertionError("Not an OpenAI error body: " + response.body());
        }
        return error.path("code").asText();
    }
}
