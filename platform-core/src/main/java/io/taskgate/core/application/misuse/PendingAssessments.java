package io.taskgate.core.application.misuse;

import io.taskgate.core.application.ProxyExchange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers whose detectors and deviation score are still running, per member. A plain answer can be sent before the
 * detectors beside its upstream call are done; the member's next request waits here (at most
 * {@code gateway.misuse-pre.beside.await-ms}, default 500) until those have been scored, so that a block they cause
 * applies from that request on. It waits only where the tenant's misuse policy refuses a flagged member (block or
 * suspend): under {@code WARN} a crossing refuses nothing, so there is nothing to wait for. A member rarely waits at
 * all: the detectors run while the upstream answers, which takes longer than they do with any real model. When it
 * waits, it first tells the detectors of those answers to hurry ({@link io.taskgate.api.spi.StageFactory#hurry()}):
 * one that holds runs back to share a call (moderation's linger, 20 ms) then sends them at once.
 */
@ApplicationScoped
public class PendingAssessments {

    /** Per member, each answer's scoring still running, with what hurries its detectors. */
    private final Map<String, Map<CompletableFuture<Void>, Runnable>> pending = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "gateway.misuse-pre.beside.await-ms", defaultValue = "500")
    long awaitMillis;

    @Inject
    MisusePolicies policies;

    public PendingAssessments() {
        this(500);
    }

    /** Outside CDI (tests): waits at most {@code awaitMillis}, for tenants of every policy. */
    public PendingAssessments(long awaitMillis) {
        this.awaitMillis = awaitMillis;
    }

    /** Remembers an answered exchange until {@code settled} completes; nothing when it already has. */
    public void track(ProxyExchange exchange, CompletableFuture<Void> settled) {
        track(exchange, settled, () -> { });
    }

    /**
     * As {@link #track(ProxyExchange, CompletableFuture)}; {@code hurry} tells the detectors still working on it that a
     * request waits for them.
     */
    public void track(ProxyExchange exchange, CompletableFuture<Void> settled, Runnable hurry) {
        if (settled.isDone() || exchange.task() == null || exchange.caller() == null) {
            return;
        }
        String member = key(exchange.task().tenantId(), exchange.caller().username());
        pending.compute(member, (k, answers) -> {
            Map<CompletableFuture<Void>, Runnable> tracked = answers == null ? new HashMap<>() : answers;
            tracked.put(settled, hurry);
            return tracked;
        });
        settled.whenComplete((done, failure) -> pending.computeIfPresent(member, (k, answers) -> {
            answers.remove(settled);
            return answers.isEmpty() ? null : answers;
        }));
    }

    /**
     * Waits until the member's earlier answers have been scored, or the wait's bound has passed; at once where the
     * tenant's policy would not refuse the member anyway.
     */
    public void awaitScored(String tenantId, String username) {
        if (!pending.isEmpty()) {
            awaitScored(tenantId, username, refusesFlaggedMembers(tenantId));
        }
    }

    /** As {@link #awaitScored(String, String)}, with the tenant's policy already read ({@code refusesFlagged}). */
    public void awaitScored(String tenantId, String username, boolean refusesFlagged) {
        if (pending.isEmpty() || !refusesFlagged) {
            return;
        }
        List<CompletableFuture<Void>> earlier = new ArrayList<>();
        Set<Runnable> hurries = new HashSet<>();
        pending.computeIfPresent(key(tenantId, username), (k, answers) -> {
            earlier.addAll(answers.keySet());
            hurries.addAll(answers.values());
            return answers;
        });
        if (earlier.isEmpty()) {
            return;
        }
        hurries.forEach(Runnable::run);
        try {
            CompletableFuture.allOf(earlier.toArray(CompletableFuture[]::new)).get(awaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // scoring failed or is late: the request goes on under what is known now
        }
    }

    private boolean refusesFlaggedMembers(String tenantId) {
        if (policies == null) {
            return true;
        }
        return policies.stance(tenantId).refusesFlagged();
    }

    /** How many members have answers still being scored (for tests and metrics). */
    public int membersPending() {
        return pending.size();
    }

    private static String key(String tenantId, String username) {
        return tenantId + '\u0000' + username;
    }
}
