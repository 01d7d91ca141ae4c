package io.taskgate.web;

import io.taskgate.api.admin.AuditEntryView;
import io.taskgate.api.admin.CreatedTenant;
import io.taskgate.api.admin.RecentRequest;
import io.taskgate.api.admin.TenantListing;
import io.taskgate.api.pipeline.Caller;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The console reads the core's answers, as the core writes them, into the records the core writes them from. */
class AdminJsonTest {

    @Test
    void aListOfTenantsBindsWithItsNullLifetimeAndTheCallersStanding() {
        List<TenantListing> tenants = AdminJson.readList("""
                [{"id":"globex","name":"Globex","timeZone":"Europe/Berlin","promptRetentionDays":30,
                  "maxKeyLifetimeDays":null,"standing":"OWNER"},
                 {"id":"acme","name":"Acme","timeZone":"UTC","promptRetentionDays":0,"maxKeyLifetimeDays":90,
                  "standing":"PLATFORM_ADMIN"}]""", TenantListing.class);
        assertEquals(List.of("Globex", "Acme"), tenants.stream().map(TenantListing::name).toList());
        assertNull(tenants.get(0).maxKeyLifetimeDays());
        assertEquals(90, tenants.get(1).maxKeyLifetimeDays());
        assertEquals("PLATFORM_ADMIN", tenants.get(1).standing());
    }

    @Test
    void aNewTenantsOwnerCarriesTheActivationCodeShownOnceAndAnEmailedOwnerNone() {
        CreatedTenant created = AdminJson.read("""
                {"id":"initech","name":"Initech","timeZone":"UTC","promptRetentionDays":0,"maxKeyLifetimeDays":null,
                 "owners":[{"tenantId":"initech","username":"peter","subject":"s-1","email":"p@i.example","role":"OWNER",
                   "status":"ACTIVE","statusReason":null,"suspendedUntil":null,"tasks":[],"endpoints":[],"models":[],
                   "accessExpiresAt":null,"limits":{"dailyTokens":null,"monthlyTokens":null,"budgetUsd":12.50,
                   "budgetPeriod":"MONTH","requestsPerMinute":null,"tokensPerMinute":null,"maxTokensPerRequest":null,
                   "maxConcurrentStreams":null},"createdAt":"2026-12-05T10:30:00Z","updatedAt":"2026-12-05T10:30:00Z",
                   "invitation":{"delivery":"code","sent":true,"expiresAt":"2026-12-08T10:30:00Z","lifetimeHours":72,
                   "activationCode":"tga_abc","message":"Give this code to peter."}},
                  {"tenantId":"initech","username":"milton","role":"OWNER","status":"ACTIVE","tasks":["t1"]}]}""",
                CreatedTenant.class);
        assertEquals("tga_abc", created.owners().get(0).invitation().activationCode());
        assertNull(created.owners().get(0).invitation().activationUrl());
        assertEquals("12.50", created.owners().get(0).limits().budgetUsd().toPlainString());
        assertNull(created.owners().get(1).invitation());
        assertEquals(List.of("t1"), created.owners().get(1).tasks());
    }

    @Test
    void anAuditEntryKeepsItsBeforeAndAfterAsTheJsonTextTheCoreStored() {
        AuditEntryView entry = AdminJson.readList("""
                [{"id":"a1","at":"2026-12-05T10:30:00Z","tenantId":null,"actor":"root","action":"tenant.create",
                  "targetType":"tenant","targetId":"initech","before":null,"after":"{\\"id\\":\\"initech\\"}"}]""",
                AuditEntryView.class).get(0);
        assertNull(entry.tenantId());
        assertEquals("{\"id\":\"initech\"}", entry.after());
    }

    @Test
    void theSignedInPersonAndTheirRecentRequestsBindWithAbsentAndNullFields() {
        Caller me = AdminJson.read("""
                {"authKind":"TOKEN","endpoints":[],"models":["gpt-4o-mini"],"roles":[],"subject":"s-1",
                 "tasks":["globex-etl"],"tenants":["globex"],"username":"heidi"}""", Caller.class);
        assertEquals("heidi", me.username());
        assertNull(me.keyId());
        assertEquals(java.util.Set.of("globex-etl"), me.tasks());
        RecentRequest refused = AdminJson.readList("""
                [{"id":"r1","time":"2026-12-05T10:30:00Z","tenant":"globex","username":"heidi","task":null,
                  "endpoint":"chat.completions","model":null,"status":403,"refusalCode":"task_not_granted",
                  "promptTokens":0,"completionTokens":0,"costUsd":0,"latencyMs":3,"streamed":false,"intent":null,
                  "prompt":null}]""", RecentRequest.class).get(0);
        assertEquals(403, refused.status());
        assertEquals("task_not_granted", refused.refusalCode());
        assertNull(refused.task());
    }
}
