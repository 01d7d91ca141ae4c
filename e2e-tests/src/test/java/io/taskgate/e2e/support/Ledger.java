package io.taskgate.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

/** Reads the caller's own ledger rows through the admin API, waiting for the asynchronous writer. */
public final class Ledger {

    private Ledger() {
    }

    /** The ledger row of one request (by its X-Request-Id), waiting up to 10 s for it to be written. */
    public static JsonNode row(String gateway, String token, String requestId) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> response = RawHttp.get(gateway + "/api/me/usage?limit=200", token, null);
            if (response.statusCode() != 200) {
                throw new AssertionError("Usage API answered " + response.statusCode() + ": " + response.body());
            }
            for (JsonNode row : RawHttp.json(response.body())) {
                if (requestId.equals(row.path("id").asText())) {
                    return row;
                }
            }
            sleep(200);
        }
        throw new AssertionError("No ledger row for request " + requestId);
    }

    /** The newest row matching a status and refusal code, for requests whose id the client never saw. */
    public static JsonNode newestWith(String gateway, String token, int status, String code, long notBeforeMillis) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> response = RawHttp.get(gateway + "/api/me/usage?limit=200", token, null);
            for (JsonNode row : RawHttp.json(response.body())) {
                boolean codeMatches = code == null ? row.path("refusalCode").isNull() : code.equals(row.path("refusalCode").asText());
                if (row.path("status").asInt() == status && codeMatches
                        && java.time.Instant.parse(row.path("time").asText()).toEpochMilli() >= notBeforeMillis) {
                    return row;
                }
            }
            sleep(200);
        }
        throw new AssertionError("No ledger row with status " + status + " and code " + code);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
