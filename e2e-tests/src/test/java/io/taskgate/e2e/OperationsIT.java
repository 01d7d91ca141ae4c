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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health, metrics, OpenAPI and the plugin report, as an operator sees them. */
@ExtendWith(StackExtension.class)
class OperationsIT {

    TestStack stack() {
        return TestStack.current();
    }

    @Test
    void readinessChecksDatabaseKeycloakKeysKeycloakAdminAndUpstreamOnBothDatabases() {
        assertReady(stack().h2Gateway().baseUrl(), "H2");
        assertReady(stack().postgresGateway().baseUrl(), "PostgreSQL");
    }

    private static void assertReady(String gateway, String product) {
        HttpResponse<String> response = RawHttp.get(gateway + "/health/ready", null, null);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode health = RawHttp.json(response.body());
        assertEquals("UP", health.path("status").asText());
        java.util.Map<String, JsonNode> checks = new java.util.HashMap<>();
        health.path("checks").forEach(c -> checks.put(c.path("name").asText(), c));
        assertEquals("UP", checks.get("database").path("status").asText());
        assertEquals(product, checks.get("database").path("data").path("product").asText());
        assertEquals("UP", checks.get("keycloak-keys").path("status").asText());
        assertEquals("UP", checks.get("upstream").path("status").asText());
        // the Keycloak admin client (RESTEasy) works inside Payara next to Jersey, as the gateway's service account
        JsonNode admin = checks.get("keycloak-admin");
        assertEquals("UP", admin.path("status").asText(), admin.toString());
        assertEquals("taskgate", admin.path("data").path("realm").asText());
        assertEquals("taskgate-gateway", admin.path("data").path("clientId").asText());
    }

    @Test
    void metricsCountRequestsRefusalsAndTokens() {
        String gateway = stack().h2Gateway().baseUrl();
        RawHttp.post(gateway + "/v1/chat/completions", stack().token("bob"), null, "{}");
        RawHttp.post(gateway + "/v1/chat/completions", stack().token("bob"), "acme-checkout",
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"count me\"}]}");
        String metrics = RawHttp.get(gateway + "/metrics", null, null).body();

        assertTrue(metrics.contains("taskgate_requests_total"), metrics);
        assertTrue(metrics.contains("code=\"missing_task_id\""), "refusals by code");
        assertTrue(metrics.contains("taskgate_tokens_total"));
        assertTrue(metrics.contains("taskgate_upstream_latency"));
    }

    @Test
    void pluginReportListsBuiltinAndDroppedInPluginsForOwnersOnly() {
        String gateway = stack().h2Gateway().baseUrl();
        HttpResponse<String> response = RawHttp.get(gateway + "/api/plugins", stack().token("alice"), null);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode plugins = RawHttp.json(response.body());
        boolean droppedIn = false;
        for (JsonNode p : plugins) {
            if ("prompt-size".equals(p.path("id").asText())) {
                droppedIn = true;
                assertEquals("active", p.path("state").asText());
                assertTrue(p.path("source").asText().endsWith(".jar"));
                assertEquals("max-chars", p.path("settings").get(0).path("name").asText());
            }
        }
        assertTrue(droppedIn, response.body());
        Map<String, JsonNode> detectors = new HashMap<>();
        for (JsonNode p : plugins) {
            assertNotEquals("broken", p.path("state").asText(), "no plugin fails to start: " + p);
            if ("misuse-pre".equals(p.path("family").asText())) {
                detectors.put(p.path("id").asText(), p);
            }
        }
        for (String id : List.of("keywords", "moderation", "embedding")) {
            JsonNode detector = detectors.get(id);
            assertNotNull(detector, id + " missing: " + response.body());
            assertEquals(id.equals("moderation") ? "disabled" : "active", detector.path("state").asText(), detector.toString());
            assertEquals(0, detector.path("failures").asLong(-1), detector.toString());
            assertTrue(detector.path("settings").toString().contains("\"enabled\""), detector.toString());
        }
        assertEquals("embedding-classifier/", detectors.get("embedding").path("source").asText(),
                "the classifier is a plugin directory");
        assertTrue(detectors.get("keywords").path("source").asText().startsWith("keyword-detector"));
        assertEquals("per-tenant", detectors.get("keywords").path("runs").asText(),
                "in front of the call only for tenants whose rules refuse; beside it for the others");
        assertEquals("beside-call", detectors.get("embedding").path("runs").asText());
        HttpResponse<String> contractor = RawHttp.get(gateway + "/api/plugins", stack().token("bob"), null);
        assertEquals(403, contractor.statusCode());
        assertEquals("forbidden", RawHttp.errorCode(contractor));
    }

    @Test
    void keywordDetectorRefusesWhereATenantAskedForItAndOnlyReportsElsewhere() throws Exception {
        String gateway = stack().h2Gateway().baseUrl();
        String probe = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"load the "
                + TestStack.KEYWORD_PROBE + " readings\"}]}";
        stack().simulator().clearRequests();
        HttpResponse<String> refused = RawHttp.post(gateway + "/v1/chat/completions", stack().token("heidi"), "globex-etl", probe);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("prompt_refused", RawHttp.errorCode(refused));
        assertTrue(refused.body().contains(TestStack.KEYWORD_RULE), refused.body());
        assertTrue(stack().simulator().requests().stream().noneMatch(r -> r.path().endsWith("/chat/completions")),
                "a refused prompt never reaches the upstream");

        HttpResponse<String> reported = RawHttp.post(gateway + "/v1/chat/completions", stack().token("bob"), "acme-checkout",
                probe.replace("load the", "test the"));
        assertEquals(200, reported.statusCode(), "acme only reports: " + reported.body());
        // for a tenant that only reports, the rules ran beside the upstream call; their finding is scored after it
        String requestId = reported.headers().firstValue("X-Request-Id").orElseThrow();
        JsonNode signal = Polling.signalOf(AdminApi.as("alice"), "acme", "bob", requestId, "keywords",
                Duration.ofSeconds(10));
        assertTrue(signal.toString().contains(TestStack.KEYWORD_RULE), signal.toString());
    }

    @Test
    void apiVersionIsAppendedToEveryUpstreamCallOnlyWhenConfigured() throws Exception {
        String chat = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"azure?\"}]}";
        String stream = chat.replace("{\"model\"", "{\"stream\":true,\"model\"");
        stack().simulator().clearRequests();
        String pg = stack().postgresGateway().baseUrl();
        assertEquals(200, RawHttp.post(pg + "/v1/chat/completions", stack().token("bob"), "acme-checkout", chat).statusCode());
        assertEquals(200, RawHttp.post(pg + "/v1/chat/completions", stack().token("bob"), "acme-checkout", stream).statusCode());
        var forwarded = stack().simulator().requests().stream().filter(r -> r.path().endsWith("/chat/completions")).toList();
        assertEquals(2, forwarded.size());
        for (var request : forwarded) {
            assertEquals(TestStack.POSTGRES_GATEWAY_API_VERSION, request.queryParam("api-version"), request.toString());
        }
        stack().simulator().clearRequests();
        RawHttp.post(stack().h2Gateway().baseUrl() + "/v1/chat/completions", stack().token("bob"), "acme-checkout", chat);
        assertEquals(null, stack().simulator().lastRequest().orElseThrow().queryParam("api-version"));
    }

    @Test
    void gatewayLogsNeverContainCredentials() throws Exception {
        String token = stack().token("bob");
        String gateway = stack().h2Gateway().baseUrl();
        HttpResponse<String> created = RawHttp.post(gateway + "/api/keys", token, null,
                "{\"name\":\"log-check\",\"expiresInDays\":1}");
        String key = RawHttp.json(created.body()).path("key").asText();
        RawHttp.post(gateway + "/v1/chat/completions", key, "acme-checkout", "{\"model\":\"gpt-4o-mini\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"log check [sim:status=500]\"}]}");
        RawHttp.post(gateway + "/v1/chat/completions", token + "x", "acme-checkout", "{}");
        for (var server : java.util.List.of(stack().h2Gateway(), stack().postgresGateway())) {
            String log = java.nio.file.Files.readString(server.logFile());
            assertTrue(!log.contains(token.substring(token.lastIndexOf('.') + 1)), "no token signature in " + server.logFile());
            assertTrue(!log.contains(key), "no API key in " + server.logFile());
            assertTrue(!log.contains(stack().simulator().config().apiKey()), "no upstream key in " + server.logFile());
        }
    }

    @Test
    void openApiDocumentDescribesTheProxyAndAdminApi() {
        HttpResponse<String> response = RawHttp.get(stack().h2Gateway().baseUrl() + "/openapi", null, null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/v1/chat/completions"));
        assertTrue(response.body().contains("/api/keys"));
    }
}
