package io.taskgate.core.application.upstream;

import com.fasterxml.jackson.databind.JsonNode;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import io.taskgate.core.application.errors.OpenAiErrorBody;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides what a client sees for an upstream answer: successes and ordinary 4xx pass through, 429 passes
 * through with its {@code Retry-After}, 5xx become 502 {@code upstream_error}, and an upstream that rejects
 * the gateway's own key becomes 502 too (the client can do nothing about it), as does a success whose body is not
 * valid JSON ({@link #brokenAnswer()}).
 */
public final class UpstreamErrors {

    private UpstreamErrors() {
    }

    public static UpstreamOutcome.Answered answer(int status, String contentType, String retryAfter, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (status < 400) {
            headers.put("Content-Type", contentType == null ? "application/json" : contentType);
            return new UpstreamOutcome.Answered(status, headers, body, null);
        }
        if (status == 429) {
            if (retryAfter != null) {
                headers.put("Retry-After", retryAfter);
            }
            byte[] shown = errorOf(body).isObject() ? body : OpenAiErrorBody.of(Refusal.of(429, "rate_limit_exceeded",
                    "The upstream model service is rate limiting requests. Retry after the time in Retry-After."));
            headers.put("Content-Type", "application/json");
            return new UpstreamOutcome.Answered(429, headers, shown, "upstream_rate_limited");
        }
        if (status == 401 || status == 403) {
            return failure(Refusal.of(502, "upstream_error",
                    "The upstream model service rejected the gateway's credentials. Tell the gateway operator."));
        }
        if (status >= 500) {
            return failure(Refusal.of(502, "upstream_error",
                    "The upstream model service failed (HTTP " + status + "). Try again in a moment."));
        }
        headers.put("Content-Type", "application/json");
        JsonNode error = errorOf(body);
        if (!error.isObject()) {
            return new UpstreamOutcome.Answered(status, headers, OpenAiErrorBody.of(Refusal.of(status,
                    "upstream_rejected", "The upstream model service rejected the request (HTTP " + status + ").")),
                    "upstream_rejected");
        }
        String code = error.path("code").asText("");
        return new UpstreamOutcome.Answered(status, headers, body, code.isEmpty() ? "upstream_" + status : code);
    }

    /**
     * A success status whose body is not one JSON object (cut off, garbled): the client gets 502
     * {@code upstream_error}, never the broken bytes. Nothing can be read from such a body, so the call is settled
     * as an upstream error: the exchange records {@link #BROKEN_ANSWER_STATUS} and no usage, and the quota
     * reservation is released (what was read, here nothing; nothing invented).
     */
    public static UpstreamOutcome.Answered brokenAnswer() {
        return failure(Refusal.of(502, "upstream_error", "The upstream model service sent an answer that is not"
                + " valid JSON (cut off or garbled), so the gateway does not pass it on. Try again in a moment."));
    }

    /** The upstream status an exchange records for a {@link #brokenAnswer()}: that of a failed upstream. */
    public static final int BROKEN_ANSWER_STATUS = 502;

    public static UpstreamOutcome.Answered timeout() {
        return failure(Refusal.of(504, "upstream_timeout",
                "The upstream model service did not answer in time. Try again, or ask for a shorter answer."));
    }

    public static UpstreamOutcome.Answered unreachable() {
        return failure(Refusal.of(502, "upstream_error",
                "The upstream model service cannot be reached. Try again in a moment."));
    }

    public static UpstreamOutcome.Answered failure(Refusal refusal) {
        Map<String, String> headers = new LinkedHashMap<>(refusal.headers());
        headers.put("Content-Type", "application/json");
        return new UpstreamOutcome.Answered(refusal.status(), headers, OpenAiErrorBody.of(refusal), refusal.code());
    }

    /** The upstream's error body's {@code error} member, parsed once; a missing node when it is no OpenAI error. */
    private static JsonNode errorOf(byte[] body) {
        return UpstreamAnswerReader.parse(body).path("error");
    }
}
