package io.taskgate.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the caller's own ledger rows through the admin API, waiting for the asynchronous writer. */
public final class Ledger {

    private Ledger() {
    }

    /** The ledger row of one request (by its X-Request-Id), waiting up to 10 s for it to be written. */
    public static JsonNode row(String gateway, String token, String requestId) {
        return Polling.untilPresent("the ledger row of request " + requestId, Duration.ofSeconds(10),
                () -> rows(gateway, token).stream().filter(r -> requestId.equals(r.path("id").asText())).findFirst());
    }

    /** The newest row matching a status and refusal code, for requests whose id the client never saw. */
    public static JsonNode newestWith(String gateway, String token, int status, String code, long notBeforeMillis) {
        return Polling.untilPresent("a ledger row with status " + status + " and code " + code, Duration.ofSeconds(10),
                () -> rows(gateway, token).stream().filter(row -> row.path("status").asInt() == status
                        && (code == null ? row.path("refusalCode").isNull() : code.equals(row.path("refusalCode").asText()))
                        && Instant.parse(row.path("time").asText()).toEpochMilli() >= notBeforeMillis).findFirst());
    }

    private static List<JsonNode> rows(String gateway, String token) {
        HttpResponse<String> response = RawHttp.get(gateway + "/api/me/usage?limit=200", token, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("Usage API answered " + response.statusCode() + ": " + response.body());
        }
        List<JsonNode> rows = new ArrayList<>();
        RawHttp.json(response.body()).forEach(rows::add);
        return rows;
    }
}
