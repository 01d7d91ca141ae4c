package io.taskgate.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.List;

/** Bounded, thread-safe record of the last {@value #CAPACITY} requests. */
final class RequestLog {

    static final int CAPACITY = 1000;

    private final ArrayDeque<RecordedRequest> deque = new ArrayDeque<>(CAPACITY);

    synchronized void add(RecordedRequest request) {
        if (deque.size() == CAPACITY) {
            deque.pollFirst();
        }
        deque.addLast(request);
    }

    /** Snapshot, oldest first. */
    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(deque);
    }

    synchronized void clear() {
        deque.clear();
    }

    ArrayNode toJson() {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (RecordedRequest r : snapshot()) {
            ObjectNode node = array.addObject();
            node.put("method", r.method());
            node.put("path", r.path());
            node.put("query", r.query());
            ObjectNode headers = node.putObject("headers");
            r.headers().forEach(headers::put);
            node.put("body", r.body());
            node.put("received_at_millis", r.receivedAtMillis());
        }
        return array;
    }
}
