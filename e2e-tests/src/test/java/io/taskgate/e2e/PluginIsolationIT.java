package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Polling;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A misbehaving detector from the plugins directory (the fault-injection test fixture) is isolated: a throw or
 * a hang past the time budget lets the request go on under the tenant's fail-open policy, is counted and shown
 * to admins, and refuses with 503 under a fail-closed policy.
 */
@ExtendWith(StackExtension.class)
class PluginIsolationIT {

    static HttpResponse<String> bobAsks(String prompt) {
        return RawHttp.post(TestStack.current().h2Gateway().baseUrl() + "/v1/chat/completions",
                TestStack.current().token("bob"), "acme-checkout",
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}");
    }

    static long failures() {
        JsonNode plugins = expect(200, AdminApi.as("alice").get("/api/plugins"));
        for (JsonNode p : plugins) {
            if (p.path("id").asText().equals("fault-injection")) {
                assertEquals("active", p.path("state").asText());
                return p.path("failures").asLong();
            }
        }
        throw new AssertionError("fault-injection plugin not listed: " + plugins);
    }

    @Test
    void aThrowingOrHangingDetectorIsIsolatedAndCounted() {
        long before = failures();
        assertEquals(200, bobAsks("Write the cart service [fault:throw]").statusCode());
        long start = System.nanoTime();
        HttpResponse<String> hung = bobAsks("Write the cart service [fault:hang]");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, hung.statusCode(), hung.body());
        assertTrue(millis < 10_000, "the request did not wait for the hanging plugin: " + millis + " ms");
        assertEquals(before + 2, failures());
    }

    @Test
    void aTenantWithAFailClosedPolicyRefusesWhenADetectorFails() {
        AdminApi alice = AdminApi.as("alice");
        expect(200, alice.json("PUT", "/api/tenants/acme/misuse-policy", "{\"failOpen\":false}"));
        try {
            // the tenant's policy is cached for 5 s
            HttpResponse<String> refused = Polling.until("a refusal under the fail-closed policy", Duration.ofSeconds(10),
                    () -> bobAsks("Write the cart service [fault:throw]"), answer -> answer.statusCode() != 200);
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("stage_failed", RawHttp.errorCode(refused));
            assertEquals(200, bobAsks("Write the cart service").statusCode(), "healthy requests still pass");
        } finally {
            expect(200, alice.json("PUT", "/api/tenants/acme/misuse-policy", "{\"failOpen\":true}"));
        }
    }
}
