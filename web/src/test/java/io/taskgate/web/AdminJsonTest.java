package io.taskgate.web;

import io.taskgate.api.admin.AuditEntryView;
import io.taskgate.api.admin.CreatedTenant;
import io.taskgate.api.admin.MemberEvidence;
import io.taskgate.api.admin.PluginStatus;
import io.taskgate.api.admin.RequestLogPage;
import io.taskgate.api.admin.ReviewCaseView;
import io.taskgate.api.admin.TenantOversight;
import io.taskgate.api.admin.RecentRequest;
import io.taskgate.api.admin.TenantListing;
import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.spi.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    /** As the core writes a review case: absent parts left out, properties in alphabetical order. */
    @Test
    void aReviewCaseBindsWithItsSignalsAndLeftOutPartsAreNull() {
        List<ReviewCaseView> queue = AdminJson.readList("""
                [{"action":"BLOCK","decisions":[{"actor":"grace","at":"2026-12-05T10:30:00Z","decision":"review.suspend",
                  "status":"SUSPENDED","words":"grace suspended the member"}],
                  "evidence":[{"at":"2026-12-05T10:30:00.123456Z","confidence":0.93,"evidence":"far from the task","id":"e1",
                  "intent":"doc","label":"off_topic","prompt":"hello","requestId":"r1","scoreAfter":2.5,"severity":"MAJOR",
                  "source":"embedding","task":"acme-docs","weight":1.0,"why":"embedding: MAJOR off_topic"},
                  {"at":"2026-12-05T10:30:00Z","evidence":"","id":"e2","scoreAfter":0.333,"severity":"SLIGHT",
                  "source":"patterns","weight":0.25,"why":"patterns: SLIGHT"}],
                  "flaggedAt":"2026-12-05T10:30:00Z","score":2.5,"status":"BLOCKED","threshold":3.0,"username":"heidi"},
                 {"decisions":[],"evidence":[],"score":0.0,"status":"ACTIVE","threshold":3.0,"username":"ivan"}]""",
                ReviewCaseView.class);
        assertEquals(0.93, queue.get(0).evidence().get(0).confidence());
        assertNull(queue.get(0).evidence().get(1).confidence());
        assertNull(queue.get(0).evidence().get(1).prompt());
        assertNull(queue.get(0).decisions().get(0).reason());
        assertNull(queue.get(1).flaggedAt());
        assertEquals(3.0, queue.get(1).threshold());
    }

    @Test
    void aMembersEvidenceBindsItsOutlookScoreLineIntentMixAndActivity() {
        MemberEvidence evidence = AdminJson.read("""
                {"activity":{"baselineRequestsPerHour":0.012,"baselineTokensPerHour":1.5E-4,"hours":[{"requests":3,
                  "start":"2026-12-05T10:30:00Z","tokens":120}]},"decisions":[],"from":"2026-12-05T10:30:00Z",
                 "intentMix":[{"labels":{"off_topic":7,"doc":2,"zeta":1,"alpha":1},"requests":11,"task":"acme-docs"}],
                 "outlook":{"majorSignalsToFlag":3,"policyAction":"BLOCK","score":0.0,"slightSignalsToFlag":0,
                  "status":"ACTIVE","threshold":3.0,"words":"Score 0.0 of 3.0."},
                 "scoreHistory":[{"at":"2026-12-05T10:30:00Z","score":1.0,"signal":true}],"signals":[],
                 "tenantId":"globex","until":"2026-12-05T10:30:00.123456Z","username":"heidi"}""", MemberEvidence.class);
        assertEquals(3, evidence.outlook().majorSignalsToFlag());
        assertNull(evidence.outlook().flaggedAt());
        assertEquals(List.of("off_topic", "doc", "zeta", "alpha"), List.copyOf(evidence.intentMix().get(0).labels().keySet()),
                "most frequent first, as the core wrote them");
        assertEquals(120, evidence.activity().hours().get(0).tokens());
        assertEquals(1.5E-4, evidence.activity().baselineTokensPerHour());
        assertEquals(true, evidence.scoreHistory().get(0).signal());
    }

    @Test
    void tenantOversightBindsDailyCountsAndRefusalsInTheirOrder() {
        // the order of maps is part of the answer: JSON-B would bind a plain Map as an unordered HashMap
        TenantOversight oversight = AdminJson.read("""
                {"attention":[{"flagAction":"BLOCK","flaggedAt":"2026-12-05T10:30:00Z","score":2.5,"status":"BLOCKED",
                  "username":"heidi"},{"score":0.0,"status":"SUSPENDED","statusReason":"a break",
                  "suspendedUntil":"2026-12-05T10:30:00.123456Z","username":"ivan"}],
                 "intents":{"days":["2026-12-04","2026-12-05"],"tasks":[{"labels":{"doc":[0,2],"unknown":[1,0]},
                  "task":"acme-docs"}]},"refusals":{"access_suspended":1,"quota_exceeded":4},"tenantId":"globex",
                 "timeZone":"Europe/Berlin"}""", TenantOversight.class);
        assertArrayEquals(new long[]{0, 2}, oversight.intents().tasks().get(0).labels().get("doc"));
        assertEquals(List.of("access_suspended", "quota_exceeded"), List.copyOf(oversight.refusals().keySet()));
        assertEquals(4L, oversight.refusals().get("quota_exceeded"));
        assertNull(oversight.attention().get(1).flaggedAt());
        assertEquals("a break", oversight.attention().get(1).statusReason());
    }

    @Test
    void aRequestLogPageBindsCostsAsDecimalsAndAPluginsSettings() {
        RequestLogPage page = AdminJson.read("""
                {"items":[{"completionTokens":1,"costUsd":1E-7,"endpoint":"e","id":"r3","latencyMs":1,"model":"m",
                  "promptTokens":1,"signals":[],"status":200,"streamed":false,"task":"t","time":"2026-12-05T10:30:00Z",
                  "username":"u"}],"limit":50,"offset":0,"total":3}""", RequestLogPage.class);
        assertEquals(3, page.total());
        assertEquals(0, new BigDecimal("0.0000001").compareTo(page.items().get(0).costUsd()));
        assertNull(page.items().get(0).prompt());
        PluginStatus plugin = AdminJson.readList("""
                [{"description":"desc","failures":2,"family":"detector","id":"embedding","order":300,
                  "runs":"beside-call","settings":[{"defaultValue":"0.5","description":"the bar","name":"threshold",
                  "type":"DECIMAL"},{"description":"","name":"m","type":"STRING"}],"shed":0,
                  "source":"plugins/x.jar","state":"ACTIVE"}]""", PluginStatus.class).get(0);
        assertEquals(ConfigProperty.Type.DECIMAL, plugin.settings().get(0).type());
        assertNull(plugin.settings().get(1).defaultValue());
        assertNull(plugin.problem());
        assertEquals(2, plugin.failures());
    }
}
