package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.interfaces.http.OpenAiErrors;

import io.taskgate.api.pipeline.Refusal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the proxy answers: a status, headers and a body that is either complete or written as it streams. */
public record ProxyReply(int status, Map<String, String> headers, BodyWriter body) {

    /** Writes the body; a streaming writer flushes as it goes. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    public ProxyReply {
        headers = Map.copyOf(headers);
    }

    public static ProxyReply of(int status, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putIfAbsent("Content-Type", "application/json");
        all.put("Content-Length", Integer.toString(body.length));
        return new ProxyReply(status, all, out -> out.write(body));
    }

    public static ProxyReply error(Refusal refusal) {
        return of(refusal.status(), refusal.headers(), OpenAiErrors.body(refusal));
    }

    public ProxyReply withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new ProxyReply(status, all, body);
    }
}
