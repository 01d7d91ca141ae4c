package io.taskgate.core.application.misuse;

import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.AuditTrail;
import io.taskgate.core.domain.model.misuse.FlagAction;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MisusePoliciesTest {

    final MisusePolicy stored = MisusePolicy.defaults("acme");
    final AtomicInteger reads = new AtomicInteger();
    final List<String> audited = new ArrayList<>();

    MisusePolicies policies() {
        MisusePolicies policies = new MisusePolicies();
        policies.misuse = new PolicyOnlyMisuseRepository(tenantId -> {
            reads.incrementAndGet();
            return stored;
        });
        policies.audit = new AuditTrail() {
            @Override
            public void record(String actor, String tenantId, String action, String targetType, String targetId,
                               Record before, Record after) {
                audited.add(actor + ":" + action + ":" + ((io.taskgate.api.admin.MisusePolicyView) after).action());
            }
        };
        return policies;
    }

    @Test
    void theRequestPathReadsATenantsPolicyOnceForManyRequests() {
        MisusePolicies policies = policies();
        for (int i = 0; i < 100; i++) {
            assertTrue(policies.stance("acme").refusesFlagged());
        }
        assertEquals(1, reads.get());
    }

    @Test
    void anOwnersChangeAppliesFromTheNextRequestAndIsAudited() {
        MisusePolicies policies = policies();
        assertTrue(policies.stance("acme").refusesFlagged());
        policies.change("alice", "acme", new MisusePolicy.Settings(null, null, null, null, FlagAction.WARN, null, false,
                null, null));
        assertFalse(policies.stance("acme").refusesFlagged(), "under WARN a flag refuses nothing");
        assertFalse(policies.stance("acme").failOpen());
        assertEquals(List.of("alice:misuse-policy.update:WARN"), audited);
    }

    @Test
    void invalidSettingsAreRefusedWith400AndChangeNothing() {
        MisusePolicies policies = policies();
        AdminProblem problem = assertThrows(AdminProblem.class, () -> policies.change("alice", "acme",
                new MisusePolicy.Settings(null, null, null, -1.0, null, null, null, null, null)));
        assertEquals(400, problem.status());
        assertThrows(AdminProblem.class, () -> policies.change("alice", "acme", null));
        assertTrue(audited.isEmpty());
        assertEquals(2.0, stored.threshold(), 1e-9);
    }
}
