package io.taskgate.core.application.misuse;

import io.taskgate.core.TestExchanges;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.domain.model.misuse.FlagAction;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingAssessmentsTest {

    final MisusePolicy policy = MisusePolicy.defaults("acme");
    final ProxyExchange exchange = TestExchanges.chatExchange("gpt-4o-mini");

    PendingAssessments pending(long awaitMillis) {
        PendingAssessments pending = new PendingAssessments(awaitMillis);
        pending.policies = new MisusePolicies();
        pending.policies.misuse = new PolicyOnlyMisuseRepository(tenantId -> policy);
        return pending;
    }

    String tenant() {
        return exchange.task().tenantId();
    }

    String member() {
        return exchange.caller().username();
    }

    @Test
    void underABlockingPolicyTheNextRequestWaitsForTheEarlierAnswersScore() throws Exception {
        PendingAssessments pending = pending(5_000);
        CompletableFuture<Void> scored = new CompletableFuture<>();
        pending.track(exchange, scored);
        CompletableFuture<Void> next = CompletableFuture.runAsync(() -> pending.awaitScored(tenant(), member()));
        Thread.sleep(100);
        assertFalse(next.isDone(), "still waiting for the score");
        scored.complete(null);
        next.get(5, TimeUnit.SECONDS);
        assertEquals(0, pending.membersPending());
    }

    @Test
    void aWaitingRequestTellsTheDetectorsOfTheEarlierAnswerToHurry() throws Exception {
        PendingAssessments pending = pending(5_000);
        CompletableFuture<Void> scored = new CompletableFuture<>();
        AtomicInteger hurried = new AtomicInteger();
        pending.track(exchange, scored, () -> {
            hurried.incrementAndGet();
            scored.complete(null); // a detector that held its run back sends it, and the answer is scored
        });
        CompletableFuture.runAsync(() -> pending.awaitScored(tenant(), member())).get(5, TimeUnit.SECONDS);
        assertEquals(1, hurried.get());
    }

    @Test
    void nothingIsHurriedWhereNothingWaits() throws Exception {
        PendingAssessments pending = pending(60_000);
        AtomicInteger hurried = new AtomicInteger();
        pending.track(exchange, new CompletableFuture<>(), hurried::incrementAndGet);
        CompletableFuture.runAsync(() -> pending.awaitScored(tenant(), "someone-else")).get(5, TimeUnit.SECONDS);
        assertEquals(0, hurried.get(), "another member waits for nothing");
        boolean refusesFlagged = false; // a warn-only policy
        CompletableFuture.runAsync(() -> pending.awaitScored(tenant(), member(), refusesFlagged)).get(5, TimeUnit.SECONDS);
        assertEquals(0, hurried.get(), "under a warn-only policy the member waits for nothing");
    }

    @Test
    void underAWarnOnlyPolicyNothingWaitsSinceACrossingRefusesNothing() throws Exception {
        policy.apply(new MisusePolicy.Settings(null, null, null, null, FlagAction.WARN, null, null, null, null));
        PendingAssessments pending = pending(60_000);
        pending.track(exchange, new CompletableFuture<>());
        CompletableFuture.runAsync(() -> pending.awaitScored(tenant(), member())).get(5, TimeUnit.SECONDS);
        assertEquals(1, pending.membersPending());
    }

    @Test
    void theWaitIsBoundedWhenScoringIsLate() throws Exception {
        PendingAssessments pending = pending(50);
        pending.track(exchange, new CompletableFuture<>());
        CompletableFuture.runAsync(() -> pending.awaitScored(tenant(), member())).get(5, TimeUnit.SECONDS);
    }

    @Test
    void otherMembersAndAlreadyScoredAnswersAreNotWaitedFor() throws Exception {
        PendingAssessments pending = pending(60_000);
        pending.track(exchange, CompletableFuture.completedFuture(null));
        assertEquals(0, pending.membersPending());
        pending.track(exchange, new CompletableFuture<>());
        CompletableFuture.runAsync(() -> pending.awaitScored(tenant(), "someone-else")).get(5, TimeUnit.SECONDS);
        assertTrue(pending.membersPending() > 0);
    }
}
