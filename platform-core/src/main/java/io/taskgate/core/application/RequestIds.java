package io.taskgate.core.application;

import java.util.UUID;

/** The one generator of request ids ({@code req_} and 32 hex digits), for exchanges and early refusals alike. */
public final class RequestIds {

    private RequestIds() {
    }

    public static String next() {
        return "req_" + UUID.randomUUID().toString().replace("-", "");
    }
}
