package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every admin endpoint that the gateway's OpenAPI document lists, with another tenant's ids and with a
 * contractor's token, and fails if any of them answers with data it must not give.
 */
@ExtendWith(StackExtension.class)
class TenantIsolationIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Strings that only globex's records contain; none may appear in an answer to an acme owner. */
    private static final List<String> GLOBEX_SECRETS = List.of("heidi@globex.example", "Sensor ETL pipeline",
            "grace@globex.example", "ivan@globex.example");

    record Operation(String method, String template) {
        String path(Map<String, String> ids) {
            String path = template;
            for (var id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            return path;
        }

        String contentType() {
            return template.endsWith("/onboarding") ? "text/csv" : "application/json";
        }

        String body() {
            return template.endsWith("/onboarding") ? "username,email,tasks\nmallory,mallory@evil.example,globex-etl\n"
                    : "{\"username\":\"mallory\",\"email\":\"mallory@evil.example\",\"id\":\"mallory-task\",\"name\":\"x\"}";
        }
    }

    List<Operation> tenantOperations() {
        HttpResponse<String> doc = RawHttp.send(RawHttp.request(TestStack.current().h2Gateway().baseUrl() + "/openapi",
                null, null).header("Accept", "application/json").GET().build());
        assertEquals(200, doc.statusCode(), doc.body());
        JsonNode paths = RawHttp.json(doc.body()).path("paths");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String template = it.next();
            if (!template.contains("{tenantId}")) {
                continue;
            }
            paths.path(template).fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(new Operation(method.toUpperCase(), template));
                }
            });
        }
        assertTrue(operations.size() >= 12, "The OpenAPI document lists too few tenant operations: " + operations);
        return operations;
    }

    HttpResponse<String> call(AdminApi api, Operation op, Map<String, String> ids) {
        return op.method().equals("GET") || op.method().equals("DELETE") ? api.send(op.method(), op.path(ids), op.contentType(), null)
                : api.send(op.method(), op.path(ids), op.contentType(), op.body());
    }

    void assertRefused(int status, String code, HttpResponse<String> response, Operation op) {
        String where = op.method() + " " + response.request().uri();
        assertEquals(status, response.statusCode(), where + " answered " + response.body());
        assertEquals(code, RawHttp.errorCode(response), where);
        GLOBEX_SECRETS.forEach(secret -> assertFalse(response.body().contains(secret), where + " leaked " + secret));
    }

    @Test
    void anOwnerGets404ForEveryEndpointOfAnotherTenant() {
        AdminApi alice = AdminApi.as("alice");
        Map<String, String> globexIds = Map.of("tenantId", "globex", "username", "heidi", "taskId", "globex-etl",
                "keyId", "tg_000000000000");
        for (Operation op : tenantOperations()) {
            assertRefused(404, "not_found", call(alice, op, globexIds), op);
        }
    }

    @Test
    void anOwnerGets404ForAnotherTenantsObjectsUnderTheirOwnTenant() {
        AdminApi alice = AdminApi.as("alice");
        Map<String, String> mixed = Map.of("tenantId", "acme", "username", "heidi", "taskId", "globex-etl",
                "keyId", "tg_000000000000");
        for (Operation op : tenantOperations()) {
            if (op.template().contains("{username}") || op.template().contains("{taskId}")) {
                assertRefused(404, "not_found", call(alice, op, mixed), op);
            }
        }
    }

    @Test
    void aContractorGets403ForEveryAdminEndpointOfTheirOwnTenantAnd404ForOthers() {
        AdminApi bob = AdminApi.as("bob");
        Map<String, String> acmeIds = Map.of("tenantId", "acme", "username", "carol", "taskId", "acme-docs",
                "keyId", "tg_000000000000");
        Map<String, String> globexIds = Map.of("tenantId", "globex", "username", "heidi", "taskId", "globex-etl",
                "keyId", "tg_000000000000");
        for (Operation op : tenantOperations()) {
            assertRefused(403, "forbidden", call(bob, op, acmeIds), op);
            assertRefused(404, "not_found", call(bob, op, globexIds), op);
        }
    }

    @Test
    void platformAdminFunctionsAre403ForOwnersAndContractors() {
        for (String user : List.of("alice", "bob")) {
            AdminApi api = AdminApi.as(user);
            HttpResponse<String> create = api.json("POST", "/api/tenants", "{\"id\":\"sneaky\",\"name\":\"Sneaky\"}");
            assertEquals(403, create.statusCode(), create.body());
            assertEquals("forbidden", RawHttp.errorCode(create));
            HttpResponse<String> audit = api.get("/api/audit");
            assertEquals(403, audit.statusCode(), audit.body());
        }
    }

    @Test
    void tenantListShowsOnlyTheCallersOwnTenants() {
        JsonNode aliceTenants = AdminApi.expect(200, AdminApi.as("alice").get("/api/tenants"));
        assertEquals(1, aliceTenants.size(), aliceTenants.toString());
        assertEquals("acme", aliceTenants.get(0).path("id").asText());
        assertEquals("OWNER", aliceTenants.get(0).path("standing").asText());
        JsonNode bobTenants = AdminApi.expect(200, AdminApi.as("bob").get("/api/tenants"));
        assertEquals("MEMBER", bobTenants.get(0).path("standing").asText());
        JsonNode all = AdminApi.expect(200, AdminApi.as("operator").get("/api/tenants"));
        assertTrue(all.size() >= 2, all.toString());
    }

    @Test
    void anApiKeyCannotUseTheAdminApi() {
        String key = AdminApi.expect(201, AdminApi.as("alice").json("POST", "/api/keys",
                "{\"name\":\"admin-probe\",\"expiresInDays\":1}")).path("key").asText();
        AdminApi withKey = new AdminApi(TestStack.current().h2Gateway().baseUrl(), key);
        HttpResponse<String> members = withKey.get("/api/tenants/acme/members");
        assertEquals(403, members.statusCode(), members.body());
        assertEquals("forbidden", RawHttp.errorCode(members));
    }
}
