package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code POST /v1/moderations}: flags text containing words such as "kill", "bomb" or "hate". */
final class ModerationsEndpoint {

    static final String DEFAULT_MODEL = "omni-moderation-latest";

    private static final List<String> CATEGORIES = List.of("harassment", "harassment/threatening", "hate",
            "hate/threatening", "illicit", "illicit/violent", "self-harm", "self-harm/intent",
            "self-harm/instructions", "sexual", "sexual/minors", "violence", "violence/graphic");

    /** Word prefix to the categories it triggers. */
    private static final Map<String, List<String>> TRIGGERS = Map.of(
            "kill", List.of("violence"),
            "murder", List.of("violence"),
            "bomb", List.of("violence", "illicit", "illicit/violent"),
            "hate", List.of("hate", "harassment"),
            "suicide", List.of("self-harm"));

    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");

    void handle(HttpExchange exchange, JsonNode request) throws IOException {
        Inputs input = Inputs.parse(request.get("input"), "input");
        ObjectNode body = Json.object();
        body.put("id", Json.newId("modr"));
        body.put("model", request.path("model").asText(DEFAULT_MODEL));
        ArrayNode results = body.putArray("results");
        for (String text : input.texts.isEmpty() ? List.of("") : input.texts) {
            results.add(result(text));
        }
        Http.sendJson(exchange, 200, body);
    }

    static ObjectNode result(String text) {
        Set<String> hit = new HashSet<>();
        for (String word : WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            TRIGGERS.forEach((prefix, categories) -> {
                if (word.startsWith(prefix)) {
                    hit.addAll(categories);
                }
            });
        }
        ObjectNode result = Json.object();
        result.put("flagged", !hit.isEmpty());
        ObjectNode categories = result.putObject("categories");
        ObjectNode scores = result.putObject("category_scores");
        ObjectNode applied = result.putObject("category_applied_input_types");
        for (String category : CATEGORIES) {
            boolean flagged = hit.contains(category);
            categories.put(category, flagged);
            scores.put(category, flagged ? 0.97 : 0.0001);
            applied.putArray(category).add("text");
        }
        return result;
    }
}
