package io.taskgate.core.application;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.pipeline.Usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The core's mutable exchange; stages see it through the read-mostly {@link Exchange} interface. */
public final class ProxyExchange implements Exchange {

    private final String requestId;
    private final io.taskgate.core.application.access.RequestContext context;
    private final Instant receivedAt;
    private final long startNanos;
    private final Caller caller;
    private final TaskInfo task;
    private final Endpoint endpoint;
    private final ProxyRequestBody body;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final Map<String, String> annotations = Collections.synchronizedMap(new LinkedHashMap<>());
    private final java.util.List<io.taskgate.api.pipeline.Finding> findings = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Integer upstreamStatus;
    private volatile String completionText;
    private volatile Usage usage;
    private volatile BigDecimal cost;
    private final Map<String, String> responseHeaders = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile java.util.concurrent.CompletableFuture<Void> settled = java.util.concurrent.CompletableFuture.completedFuture(null);
    private volatile long answeredNanos;

    public ProxyExchange(Instant receivedAt, long startNanos, Caller caller, TaskInfo task, Endpoint endpoint,
                         ProxyRequestBody body) {
        this(RequestIds.next(), receivedAt, startNanos, caller, task, null, endpoint, body);
    }

    /** The exchange of a call resolved to {@code context} (see {@link #context()}). */
    public ProxyExchange(String requestId, Instant receivedAt, long startNanos,
                         io.taskgate.core.application.access.RequestContext context, Endpoint endpoint,
                         ProxyRequestBody body) {
        this(requestId, receivedAt, startNanos, context.caller(), context.task(), context, endpoint, body);
    }

    private ProxyExchange(String requestId, Instant receivedAt, long startNanos, Caller caller, TaskInfo task,
                          io.taskgate.core.application.access.RequestContext context, Endpoint endpoint,
                          ProxyRequestBody body) {
        this.requestId = requestId;
        this.context = context;
        this.receivedAt = receivedAt;
        this.startNanos = startNanos;
        this.caller = caller;
        this.task = task;
        this.endpoint = endpoint;
        this.body = body;
    }

    /** What the exchange knows of the client's request body; {@link #EMPTY} for bodiless calls. */
    public interface ProxyRequestBody {
        ProxyRequestBody EMPTY = new ProxyRequestBody() { };

        default Optional<String> model() {
            return Optional.empty();
        }

        default boolean streaming() {
            return false;
        }

        default String raw() {
            return "";
        }

        /** The body's size in bytes as the client sent it. */
        default int size() {
            return raw().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }

        default String promptText() {
            return "";
        }

        /** The part of the prompt text misuse detectors assess (see {@link Exchange#assessedText()}). */
        default String assessedText() {
            return promptText();
        }

        /** The newest user turn alone (see {@link Exchange#userTurnText()}). */
        default String userTurnText() {
            return assessedText();
        }

        /** The completion tokens asked for per choice, if the request sets a limit. */
        default Optional<Long> maxTokens() {
            return Optional.empty();
        }

        /** How many completions the upstream produces for the request ({@code n}), each up to {@link #maxTokens()}. */
        default int choices() {
            return 1;
        }
    }

    /**
     * What the call was resolved to before the pipeline (membership, task quota, tenant), so nothing on the way looks
     * it up again; empty for an exchange built without one (unit tests of single stages).
     */
    public Optional<io.taskgate.core.application.access.RequestContext> context() {
        return Optional.ofNullable(context);
    }

    @Override
    public String requestId() {
        return requestId;
    }

    @Override
    public Instant receivedAt() {
        return receivedAt;
    }

    public long startNanos() {
        return startNanos;
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public TaskInfo task() {
        return task;
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public Optional<String> model() {
        return body.model();
    }

    @Override
    public boolean streaming() {
        return body.streaming();
    }

    @Override
    public String requestBody() {
        return body.raw();
    }

    /** The request body's size in bytes as the client sent it, kept from reading it (never encoded again). */
    public int requestBodyBytes() {
        return body.size();
    }

    @Override
    public String promptText() {
        return body.promptText();
    }

    @Override
    public String assessedText() {
        return body.assessedText();
    }

    @Override
    public String userTurnText() {
        return body.userTurnText();
    }

    @Override
    public Optional<Long> maxTokens() {
        return body.maxTokens();
    }

    /** How many completions the request asks for; the quota reserves {@link #maxTokens()} for each. */
    public int choices() {
        return Math.max(1, body.choices());
    }

    @Override
    public Optional<Integer> upstreamStatus() {
        return Optional.ofNullable(upstreamStatus);
    }

    @Override
    public Optional<String> completionText() {
        return Optional.ofNullable(completionText);
    }

    @Override
    public Optional<Usage> usage() {
        return Optional.ofNullable(usage);
    }

    @Override
    public Optional<BigDecimal> cost() {
        return Optional.ofNullable(cost);
    }

    @Override
    public void settleCost(BigDecimal usd) {
        this.cost = usd;
    }

    /** Records what the upstream call produced; called by the core only. */
    public void upstreamCompleted(int status, String completion, Usage reported) {
        this.upstreamStatus = status;
        this.completionText = completion;
        this.usage = reported;
    }

    @Override
    public Map<String, Object> attributes() {
        return attributes;
    }

    @Override
    public void annotate(String key, String value) {
        annotations.put(key, value);
    }

    @Override
    public Map<String, String> annotations() {
        synchronized (annotations) {
            return Map.copyOf(annotations);
        }
    }

    @Override
    public void report(io.taskgate.api.pipeline.Finding finding) {
        findings.add(java.util.Objects.requireNonNull(finding, "finding"));
    }

    @Override
    public java.util.List<io.taskgate.api.pipeline.Finding> findings() {
        return java.util.List.copyOf(findings);
    }

    @Override
    public void responseHeader(String name, String value) {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(value, "value");
        responseHeaders.put(name, value);
    }

    /** The headers stages asked for, in the order they were first set. */
    public Map<String, String> responseHeaders() {
        synchronized (responseHeaders) {
            return new LinkedHashMap<>(responseHeaders);
        }
    }

    /**
     * The after-call stages of a plain answer may finish after the answer was sent (they wait for the detectors that
     * run beside the upstream call); the pipeline hands over the future that completes when they have.
     */
    public void settledBy(java.util.concurrent.CompletableFuture<Void> afterCall) {
        this.settled = java.util.Objects.requireNonNull(afterCall, "afterCall");
    }

    /**
     * Runs {@code action} once the after-call stages have run (at once, on this thread, when they already have),
     * whether they completed normally or not: what must follow settlement, such as the ledger row.
     */
    public void afterSettlement(Runnable action) {
        settled.whenComplete((done, failure) -> {
            try {
                action.run();
            } catch (RuntimeException | Error e) {
                // a dependent action's exception would vanish in the future: say so, whatever thread this is
                java.util.logging.Logger.getLogger(ProxyExchange.class.getName()).log(java.util.logging.Level.SEVERE,
                        "What follows the settlement of " + requestId() + " failed", e);
                throw e;
            }
        });
    }

    /** Whether the after-call stages have run. */
    public boolean settled() {
        return settled.isDone();
    }

    /** Marks the moment the answer was ready for the client; the ledger's latency ends here. */
    public void markAnswered() {
        if (answeredNanos == 0) {
            answeredNanos = System.nanoTime();
        }
    }

    /** Milliseconds from arrival to the answer (or to now, if the answer was not marked). */
    public long latencyMillis() {
        long end = answeredNanos == 0 ? System.nanoTime() : answeredNanos;
        return (end - startNanos) / 1_000_000;
    }
}
