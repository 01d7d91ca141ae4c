package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Polling;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;

import static io.taskgate.e2e.MisuseDetectionIT.heidiAsks;
import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A detector that only scores (the test fixture {@code slow-scorer}, which declares it never refuses) runs beside the
 * upstream call: its time is not added to the answer, its finding still reaches the member's score, and a block it
 * causes applies from the member's very next request.
 */
@ExtendWith(StackExtension.class)
class DetectorsBesideTheCallIT {

    static final String TASK_PROMPT = "Load the sensor CSV files into the warehouse";

    /** The tenant's threshold and action as the test found them, to put back afterwards. */
    static String policyNow(AdminApi grace) {
        JsonNode policy = expect(200, grace.get("/api/tenants/globex/misuse-policy"));
        return "{\"threshold\":" + policy.path("threshold").asDouble() + ",\"action\":\""
                + policy.path("action").asText() + "\"}";
    }

    @Test
    void aSlowDetectorThatOnlyScoresDoesNotDelayTheAnswerAndItsFindingIsStillScored() throws Exception {
        AdminApi grace = AdminApi.as("grace");
        String found = policyNow(grace);
        expect(200, grace.json("POST", "/api/tenants/globex/review/heidi", "{\"decision\":\"REENABLE\"}"));
        expect(200, grace.json("PUT", "/api/tenants/globex/misuse-policy", "{\"threshold\":1000,\"action\":\"BLOCK\"}"));
        try {
            long start = System.nanoTime();
            HttpResponse<String> answer = heidiAsks(TASK_PROMPT + " [slow-scorer:ms=4000]");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(millis < 4_000, "the answer did not wait for the 4 s detector: " + millis + " ms");
            String requestId = answer.headers().firstValue("X-Request-Id").orElseThrow();

            // the slow detector's finding is scored after the answer
            JsonNode signal = Polling.signalOf(grace, "globex", "heidi", requestId, "slow-scorer", Duration.ofSeconds(20));
            assertEquals("MAJOR", signal.path("severity").asText());
        } finally {
            grace.json("POST", "/api/tenants/globex/review/heidi", "{\"decision\":\"REENABLE\"}");
            grace.json("PUT", "/api/tenants/globex/misuse-policy", found);
        }
    }

    @Test
    void aBlockCausedBesideTheCallAppliesFromTheMembersNextRequest() {
        AdminApi grace = AdminApi.as("grace");
        String found = policyNow(grace);
        expect(200, grace.json("POST", "/api/tenants/globex/review/heidi", "{\"decision\":\"REENABLE\"}"));
        expect(200, grace.json("PUT", "/api/tenants/globex/misuse-policy", "{\"threshold\":1.0,\"action\":\"BLOCK\"}"));
        try {
            HttpResponse<String> crossing = heidiAsks(TASK_PROMPT + " [slow-scorer:ms=300]");
            assertEquals(200, crossing.statusCode(), "the request that crosses is answered: " + crossing.body());
            HttpResponse<String> next = heidiAsks(TASK_PROMPT);
            assertEquals(403, next.statusCode(), next.body());
            assertEquals("access_blocked", RawHttp.errorCode(next));
        } finally {
            grace.json("POST", "/api/tenants/globex/review/heidi", "{\"decision\":\"REENABLE\"}");
            grace.json("PUT", "/api/tenants/globex/misuse-policy", found);
        }
    }
}
