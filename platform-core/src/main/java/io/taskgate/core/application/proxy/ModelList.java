package io.taskgate.core.application.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Set;

/** Filters the upstream's model list down to the models the caller was granted. */
final class ModelList {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelList() {
    }

    static byte[] onlyGranted(byte[] upstreamList, Set<String> granted) {
        try {
            JsonNode root = JSON.readTree(upstreamList);
            ArrayNode kept = JSON.createArrayNode();
            for (JsonNode model : root.path("data")) {
                if (granted.contains(model.path("id").asText())) {
                    kept.add(model);
                }
            }
            ObjectNode list = JSON.createObjectNode();
            list.put("object", "list");
            list.set("data", kept);
            return JSON.writeValueAsBytes(list);
        } catch (IOException e) {
            return "{\"object\":\"list\",\"data\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
