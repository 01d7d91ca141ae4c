package io.taskgate.api.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One proxied request as stages see it: who calls, for which task, what they send, and, after the
 * upstream call, what came back. Stages may share data through {@link #attributes()} and leave
 * annotations that the usage ledger stores.
 */
public interface Exchange {

    String requestId();

    Instant receivedAt();

    Caller caller();

    TaskInfo task();

    Endpoint endpoint();

    /** The model requested; empty for {@code GET /v1/models}. */
    Optional<String> model();

    boolean streaming();

    /** The request body as the client sent it (JSON), or an empty string for bodiless calls. */
    String requestBody();

    /** The text a model would read: message contents, prompt or embedding input, joined by newlines. */
    String promptText();

    /**
     * The text a misuse detector should assess: in a chat, the newest user turn, followed by the text of the system,
     * developer and tool messages (earlier turns were assessed when they were new, so a conversation sent again is
     * not assessed again); for other endpoints the whole {@link #promptText()}.
     */
    default String assessedText() {
        return promptText();
    }

    /**
     * The newest user turn alone (in a chat; for other endpoints the same as {@link #assessedText()}). A coding or
     * chat tool sends its long system prompt with every request: a detector that reads the turn only within
     * {@link #assessedText()} reads mostly the tool's words, and a personal request sent through such a tool reads
     * like work. Reading the turn alone as well keeps it visible.
     */
    default String userTurnText() {
        return assessedText();
    }

    /** The largest number of completion tokens the client asked for, if it set a limit. */
    Optional<Long> maxTokens();

    /** After the upstream call: the HTTP status the upstream answered with. */
    Optional<Integer> upstreamStatus();

    /** After the upstream call: the completion text the client received (empty for embeddings). */
    Optional<String> completionText();

    /** After the upstream call: usage as reported by the upstream. */
    Optional<Usage> usage();

    /** Cost settled for this exchange in USD, if a settlement stage set one. */
    Optional<BigDecimal> cost();

    void settleCost(BigDecimal usd);

    /** Free-form data shared between stages of one exchange. */
    Map<String, Object> attributes();

    /** Stores a note on the ledger row, e.g. {@code intent=code}. Later values replace earlier ones. */
    void annotate(String key, String value);

    Map<String, String> annotations();

    /** A misuse detector's conclusion about this request; the core scores all findings after the call. */
    void report(Finding finding);

    /** The findings reported so far, in order. */
    List<Finding> findings();

    /**
     * Adds a header to the client's response (plain answers, refusals and streams, where it is sent before the
     * first byte), e.g. remaining quota or a warning. Later values of the same name replace earlier ones; a header
     * set after a stream's first byte is too late and is ignored.
     */
    void responseHeader(String name, String value);
}
