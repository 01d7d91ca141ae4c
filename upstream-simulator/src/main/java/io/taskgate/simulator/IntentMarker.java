package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intent-marker contract: a system message with {@code <<intent-NONCE:LABEL>>} and {@code Labels: a, b, c}
 * makes the answer end with {@code \n<<intent-NONCE:label>>}, the label chosen from the last user message.
 * When the instruction names the task ({@code The user works on this task: ...}), work for another client or a side
 * project is judged {@code off_topic} too, as the contract defines it (a keyword stand-in for a model's judgement).
 */
final class IntentMarker {

    private static final Pattern TEMPLATE = Pattern.compile("<<intent-([A-Za-z0-9_-]+):LABEL>>");
    private static final Pattern LABELS = Pattern.compile("(?i)labels:[ \\t]*([^\\r\\n]+)");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");

    private static final Set<String> TEST = Set.of("test", "tests", "testing", "junit", "assert", "asserts",
            "assertion", "assertions");
    private static final Set<String> DOC = Set.of("document", "documents", "documentation", "readme", "docs",
            "doc", "javadoc");
    private static final Set<String> DESIGN = Set.of("design", "designs", "architecture", "architectural");
    private static final Set<String> DATA = Set.of("sql", "csv", "data", "dataset", "datasets");
    private static final Set<String> OPS = Set.of("deploy", "deploys", "deployment", "deploying", "docker",
            "dockerfile", "kubernetes", "k8s", "ci");
    private static final Set<String> OFF_TOPIC = Set.of("recipe", "recipes", "vacation", "vacations", "poem",
            "poems", "holiday", "holidays", "dating", "horoscope", "horoscopes", "football");

    private static final Pattern TASK_LINE = Pattern.compile("(?im)^The user works on this task: ");
    private static final Pattern OTHER_CLIENT = Pattern.compile(
            "(?i)\\b(another|other|my other|a different) client\\b|\\bside[- ]project\\b|\\bmy (own )?startup\\b");

    private IntentMarker() {
    }

    /** Marker pieces to append (split over two chunks), or an empty list when no contract is present. */
    static List<String> pieces(String systemText, String lastUserText) {
        Matcher template = TEMPLATE.matcher(systemText);
        if (!template.find()) {
            return List.of();
        }
        List<String> labels = labels(systemText);
        if (labels.isEmpty()) {
            return List.of();
        }
        String label = TASK_LINE.matcher(systemText).find() && OTHER_CLIENT.matcher(lastUserText).find()
                && labels.contains("off_topic") ? "off_topic" : choose(lastUserText, labels);
        return List.of("\n<<intent-", template.group(1) + ":" + label + ">>");
    }

    static List<String> labels(String systemText) {
        List<String> labels = new ArrayList<>();
        Matcher line = LABELS.matcher(systemText);
        if (line.find()) {
            for (String raw : line.group(1).split(",")) {
                Matcher label = LABEL.matcher(raw);
                if (label.find()) {
                    labels.add(label.group());
                }
            }
        }
        return labels;
    }

    /** Keyword classification; falls back to the first listed label when the pick is not listed. */
    static String choose(String lastUserText, List<String> labels) {
        String pick = classify(lastUserText);
        return labels.contains(pick) ? pick : labels.get(0);
    }

    static String classify(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))));
        if (containsAny(words, TEST)) {
            return "test";
        }
        if (containsAny(words, DOC)) {
            return "doc";
        }
        if (containsAny(words, DESIGN)) {
            return "design";
        }
        if (containsAny(words, DATA)) {
            return "data";
        }
        if (containsAny(words, OPS)) {
            return "ops";
        }
        if (containsAny(words, OFF_TOPIC)) {
            return "off_topic";
        }
        return "code";
    }

    private static boolean containsAny(Set<String> words, Set<String> keywords) {
        for (String keyword : keywords) {
            if (words.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Concatenated text of all {@code system} and {@code developer} messages. */
    static String systemText(JsonNode messages) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode message : messages) {
            String role = message.path("role").asText("");
            if (role.equals("system") || role.equals("developer")) {
                sb.append(Json.contentText(message.get("content"))).append('\n');
            }
        }
        return sb.toString();
    }
}
