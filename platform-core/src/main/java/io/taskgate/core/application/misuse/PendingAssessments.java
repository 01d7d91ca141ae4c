package io.taskgate.core.application.misuse;

import io.taskgate.core.application.ProxyExchange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
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
 * {@code gateway.misuse-pre.beside.await-ms}) until those have been scored, so that a block they cause applies from
 * that request on. An honest member rarely waits: the detectors run while the upstream answers.
 */
@ApplicationScoped
public class PendingAssessments {

    private final Map<String, Set<CompletableFuture<Void>>> pending = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "gateway.misuse-pre.beside.await-ms", defaultValue = "2000")
    long awaitMillis;

    public PendingAssessments() {
        this(2_000);
    }

    /** Outside CDI (tests): waits at most {@code awaitMillis}. */
    public PendingAssessments(long awaitMillis) {
        this.awaitMillis = awaitMillis;
    }

    /** Remembers an answered exchange until {@code settled} completes; nothing when it already has. */
    public void track(ProxyExchange exchange, CompletableFuture<Void> settled) {
        if (settled.isDone() || exchange.task() == null || exchange.caller() == null) {
            return;
        }
        String member = key(exchange.task().tenantId(), exchange.caller().username());
        pending.compute(member, (k, set) -> {
            Set<CompletableFuture<Void>> futures = set == null ? new HashSet<>() : set;
            futures.add(settled);
            return futures;
        });
        settled.whenComplete((done, failure) -> pending.computeIfPresent(member, (k, set) -> {
            set.remove(settled);
            return set.isEmpty() ? null : set;
        }));
    }

    /** Waits until the member's earlier answers have been scored, or the wait's bound has passed. */
    public void awaitScored(String tenantId, String username) {
        List<CompletableFuture<Void>> earlier = new ArrayList<>();
        pending.computeIfPresent(key(tenantId, username), (k, set) -> {
            earlier.addAll(set);
            return set;
        });
        if (earlier.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(earlier.toArray(CompletableFuture[]::new)).get(awaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // scoring failed or is late: the request goes on under what is known now
        }
    }

    /** How many members have answers still being scored (for tests and metrics). */
    public int membersPending() {
        return pending.size();
    }

    private static String key(String tenantId, String username) {
        return tenantId + '\u0000' + username;
    }
}
