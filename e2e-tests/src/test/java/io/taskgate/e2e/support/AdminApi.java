package io.taskgate.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls to the gateway's admin REST API with a user's token. */
public final class AdminApi {

    private final String baseUrl;
    private final String token;

    public AdminApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public static AdminApi as(String user) {
        TestStack stack = TestStack.current();
        return new AdminApi(stack.h2Gateway().baseUrl(), stack.token(user));
    }

    public HttpResponse<String> get(String path) {
        return RawHttp.send(RawHttp.request(baseUrl + path, token, null).GET().build());
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = RawHttp.request(baseUrl + path, token, null).setHeader("Content-Type", contentType);
        return RawHttp.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> json(String method, String path, String body) {
        return send(method, path, "application/json", body);
    }

    /** The JSON body of a call that must answer with this status. */
    public static JsonNode expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("Expected " + status + " from " + response.request().method() + " "
                    + response.request().uri() + " but got " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? null : RawHttp.json(response.body());
    }
}
