package io.taskgate.web;

import io.taskgate.api.admin.RecentRequest;
import io.taskgate.api.pipeline.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Calls the core's admin REST API with the signed-in user's access token: the web app has no other data source. */
@RequestScoped
public class CoreApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    OpenIdContext openId;

    @Inject
    WebSecurity settings;

    /** The signed-in person as the gateway sees them. */
    public Caller me() {
        return get("/api/me", Caller.class);
    }

    /** The signed-in person's most recent requests, newest first. */
    public List<RecentRequest> myUsage(int limit) {
        return list("/api/me/usage?limit=" + limit, RecentRequest.class);
    }

    /** A GET whose answer is one of the admin API's records ({@code io.taskgate.api.admin}). */
    public <T> T get(String path, Class<T> type) {
        return AdminJson.read(send("GET", path, null, null), type);
    }

    /** A GET whose answer is a list of the admin API's records. */
    public <T> List<T> list(String path, Class<T> element) {
        return AdminJson.readList(send("GET", path, null, null), element);
    }

    /** A POST of JSON whose answer is one of the admin API's records. */
    public <T> T post(String path, String json, Class<T> type) {
        return post(path, "application/json", json, type);
    }

    /** A POST of any content whose answer is one of the admin API's records. */
    public <T> T post(String path, String contentType, String body, Class<T> type) {
        return AdminJson.read(send("POST", path, contentType, body), type);
    }

    public JsonValue get(String path) {
        return call("GET", path, null, null);
    }

    public JsonValue post(String path, String json) {
        return call("POST", path, "application/json", json);
    }

    public JsonValue patch(String path, String json) {
        return call("PATCH", path, "application/json", json);
    }

    public JsonValue put(String path, String json) {
        return call("PUT", path, "application/json", json);
    }

    public JsonValue delete(String path) {
        return call("DELETE", path, null, null);
    }

    /** Any call; a 2xx answer's JSON (or NULL when empty), otherwise a {@link CoreApiException} with the core's message. */
    public JsonValue call(String method, String path, String contentType, String body) {
        String answer = send(method, path, contentType, body);
        if (answer.isBlank()) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer))) {
            return reader.readValue();
        }
    }

    /** A GET whose 2xx answer is text (e.g. CSV); otherwise a {@link CoreApiException} with the core's message. */
    public String text(String path) {
        return send("GET", path, null, null);
    }

    private String send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.getGatewayUrl() + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + openId.getAccessToken().getToken())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                throw new CoreApiException(401, "Your sign-in has expired: sign out and sign in again ("
                        + messageOf(response.body()) + ")");
            }
            if (response.statusCode() / 100 != 2) {
                throw new CoreApiException(response.statusCode(), messageOf(response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new CoreApiException(503, "The gateway cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreApiException(503, "Interrupted");
        }
    }

    /** Encodes one path segment or query value. */
    public static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The {@code error.message} of an OpenAI-format error body, or the body itself. */
    static String messageOf(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject error = reader.readObject().getJsonObject("error");
            return error == null ? body : error.getString("message", body);
        } catch (RuntimeException e) {
            return body;
        }
    }

    /** The core answered with an error; the page shows its message. */
    public static final class CoreApiException extends RuntimeException {
        private final int status;

        public CoreApiException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
