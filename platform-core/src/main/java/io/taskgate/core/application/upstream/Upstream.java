package io.taskgate.core.application.upstream;

import io.taskgate.api.pipeline.Endpoint;

import java.net.URI;

/**
 * The port to the OpenAI-compatible upstream. Its adapter only speaks HTTP: it sends the bytes it is given and
 * reports what came back, without reading answers, stripping markers or shaping errors (that is
 * {@link io.taskgate.core.application.proxy.UpstreamCall}'s work).
 */
public interface Upstream {

    /** Sends a request that is answered whole. */
    UpstreamReply send(Endpoint endpoint, byte[] body);

    /** Opens a stream: returns at the upstream's response headers; a 200 yields its events as they arrive. */
    UpstreamReply openStream(Endpoint endpoint, byte[] body);

    /** The model list's HTTP status, asked on the gateway's own behalf (readiness), outside any client's call. */
    int probeModels();

    /** Where the upstream is, as configured. */
    URI baseUri();
}
