package io.taskgate.core.interfaces.proxy;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.proxy.ClientRequest;
import io.taskgate.core.application.proxy.RefusalException;
import io.taskgate.core.application.proxy.RequestReader;

import java.io.IOException;
import java.io.InputStream;

/** Reads a request body up to a limit and parses it ({@link OpenAiRequest}), when the use case asks for it. */
final class BodyReader implements RequestReader {

    private final InputStream in;
    private final long max;

    BodyReader(InputStream in, long max) {
        this.in = in;
        this.max = max;
    }

    @Override
    public ClientRequest read(Endpoint endpoint) throws RefusalException {
        return OpenAiRequest.parse(endpoint, bytes());
    }

    byte[] bytes() throws RefusalException {
        try (in) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw new RefusalException(Refusal.of(413, "request_too_large",
                        "The request body is larger than this gateway accepts (" + max + " bytes).")
                        .withHeader("Connection", "close"));
            }
            return body;
        } catch (IOException e) {
            throw new RefusalException(Refusal.of(400, "invalid_request", "The request body could not be read."));
        }
    }
}
