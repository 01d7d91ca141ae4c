package io.taskgate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the core's admin REST API with the signed-in user's access token: the web app has no other data source. */
@RequestScoped
public class CoreApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    OpenIdContext openId;

    @Inject
    WebSecurity settings;

    public JsonObject me() {
        return (JsonObject) get("/api/me");
    }

    public JsonArray myUsage(int limit) {
        return (JsonArray) get("/api/me/usage?limit=" + limit);
    }

    private JsonStructure get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getGatewayUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + openId.getAccessToken().getToken())
                .GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new CoreApiException(response.statusCode(), response.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        } catch (IOException e) {
            throw new CoreApiException(503, "The gateway cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreApiException(503, "Interrupted");
        }
    }

    /** The core answered with an error; the page shows its message. */
    public static final class CoreApiException extends RuntimeException {
        private final int status;

        public CoreApiException(int status, String body) {
            super("The gateway answered " + status + ": " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
