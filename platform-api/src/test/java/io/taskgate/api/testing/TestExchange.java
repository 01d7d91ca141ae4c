package io.taskgate.api.testing;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.pipeline.Usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A minimal in-memory {@link Exchange} for stage tests of plugins: a chat request by {@code bob} for one task.
 * Shipped in platform-api's test jar ({@code <type>test-jar</type>}, scope test).
 */
public final class TestExchange implements Exchange {

    private final TaskInfo task;
    private final String prompt;
    private final String userTurn;
    private final Map<String, Object> attributes = new HashMap<>();
    private final Map<String, String> annotations = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    public TestExchange(TaskInfo task, String prompt) {
        this(task, prompt, null);
    }

    private TestExchange(TaskInfo task, String prompt, String userTurn) {
        this.task = task;
        this.prompt = prompt;
        this.userTurn = userTurn;
    }

    /**
     * A chat as a tool sends it: the newest user turn {@code turn} and the tool's system message {@code system}
     * ({@link #assessedText()}: the turn, then the system message; {@link #userTurnText()}: the turn alone).
     */
    public static TestExchange chat(TaskInfo task, String turn, String system) {
        return new TestExchange(task, turn + "\n" + system, turn);
    }

    public static TestExchange of(String tenant, String prompt) {
        return new TestExchange(new TaskInfo(tenant + "-task", tenant, "Checkout REST API",
                "Build the checkout API", true, Set.of("code", "test")), prompt);
    }

    @Override public String requestId() { return "req-1"; }
    @Override public Instant receivedAt() { return Instant.EPOCH; }
    @Override public Caller caller() {
        return new Caller("sub", "bob", Caller.AuthKind.TOKEN, null, Set.of(task.tenantId()), Set.of(task.id()),
                Set.of("chat.completions"), Set.of("gpt-4o-mini"), Set.of());
    }
    @Override public TaskInfo task() { return task; }
    @Override public Endpoint endpoint() { return Endpoint.CHAT_COMPLETIONS; }
    @Override public Optional<String> model() { return Optional.of("gpt-4o-mini"); }
    @Override public boolean streaming() { return false; }
    @Override public String requestBody() { return ""; }
    @Override public String promptText() { return prompt; }
    @Override public String userTurnText() { return userTurn != null ? userTurn : assessedText(); }
    @Override public Optional<Long> maxTokens() { return Optional.empty(); }
    @Override public Optional<Integer> upstreamStatus() { return Optional.empty(); }
    @Override public Optional<String> completionText() { return Optional.empty(); }
    @Override public Optional<Usage> usage() { return Optional.empty(); }
    @Override public Optional<BigDecimal> cost() { return Optional.empty(); }
    @Override public void settleCost(BigDecimal usd) { }
    @Override public Map<String, Object> attributes() { return attributes; }
    @Override public void annotate(String key, String value) { annotations.put(key, value); }
    @Override public Map<String, String> annotations() { return annotations; }
    @Override public synchronized void report(Finding finding) { findings.add(finding); }
    @Override public synchronized List<Finding> findings() { return List.copyOf(findings); }

    @Override
    public void responseHeader(String name, String value) {
        throw new UnsupportedOperationException("detectors do not set response headers");
    }
}
