package io.taskgate.core.application.proxy;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.core.application.ProxyExchange;

/**
 * A client's request body as transport parsed it (see {@code interfaces.proxy.OpenAiRequest}): what the exchange
 * reads of it, and the changes the use case makes before it is forwarded.
 */
public interface ClientRequest extends ProxyExchange.ProxyRequestBody {

    /** Whether the gateway asked a stream for its usage chunk, which the client did not ask for. */
    boolean usageInjected();

    /** Adds the gateway's instruction as the first system message of a chat. */
    void prependSystemMessage(String content);

    /** Adds the gateway's instruction to a Responses request's {@code instructions}. */
    void appendInstructions(String content);

    /** Sets the completion limit the client did not set. */
    void limitCompletion(Endpoint endpoint, long maxTokens);

    /** The bytes forwarded upstream: the client's own when nothing changed. */
    byte[] upstreamBody();

    /** The body as the client sent it, in bytes. */
    int size();
}
