package io.taskgate.core;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.application.ProxyExchange;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Builds core exchanges for stage tests. */
public final class TestExchanges {

    private TestExchanges() {
    }

    public static Caller caller(Set<String> tenants, Set<String> tasks, Set<String> endpoints, Set<String> models) {
        return new Caller("user-123", "alice", Caller.AuthKind.TOKEN, null, tenants, tasks, endpoints, models, Set.of());
    }

    public static TaskInfo task(String id, String tenantId, boolean open) {
        return new TaskInfo(id, tenantId, id, "", open, Set.of());
    }

    public static ProxyExchange exchange(Caller caller, TaskInfo task, Endpoint endpoint, String model) {
        return new ProxyExchange(Instant.parse("2025-03-01T12:00:00Z"), System.nanoTime(), caller, task, endpoint,
                new ProxyExchange.ProxyRequestBody() {
                    @Override
                    public Optional<String> model() {
                        return Optional.ofNullable(model);
                    }
                });
    }

    /** A chat exchange of a caller granted everything it asks for. */
    public static ProxyExchange chatExchange(String model) {
        return exchange(caller(Set.of("acme"), Set.of("task-1"), Set.of("chat.completions"), Set.of(model)),
                task("task-1", "acme", true), Endpoint.CHAT_COMPLETIONS, model);
    }

    /** A streamed chat exchange of a caller granted everything it asks for. */
    public static ProxyExchange streamingChatExchange(String model) {
        return new ProxyExchange(Instant.parse("2025-03-01T12:00:00Z"), System.nanoTime(),
                caller(Set.of("acme"), Set.of("task-1"), Set.of("chat.completions"), Set.of(model)),
                task("task-1", "acme", true), Endpoint.CHAT_COMPLETIONS, new ProxyExchange.ProxyRequestBody() {
                    @Override
                    public Optional<String> model() {
                        return Optional.of(model);
                    }

                    @Override
                    public boolean streaming() {
                        return true;
                    }
                });
    }
}
