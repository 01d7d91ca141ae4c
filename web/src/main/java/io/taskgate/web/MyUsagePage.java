package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;

/** The signed-in user's own page: identity and grants, recent requests, and a copy-ready quick start. */
@Named
@RequestScoped
public class MyUsagePage {

    @Inject
    CoreApi core;

    @Inject
    WebSecurity settings;

    private String username;
    private List<String> tasks = List.of();
    private List<String> models = List.of();
    private List<Map<String, Object>> requests = List.of();
    private String problem;

    @PostConstruct
    void load() {
        try {
            JsonObject me = core.me();
            username = me.getString("username", me.getString("subject", "?"));
            tasks = strings(me.getJsonArray("tasks"));
            models = strings(me.getJsonArray("models"));
            JsonArray usage = core.myUsage(50);
            requests = usage.stream().map(JsonValue::asJsonObject).map(MyUsagePage::row).toList();
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    private static Map<String, Object> row(JsonObject r) {
        return Map.of("time", r.getString("time", ""), "task", text(r, "task"), "endpoint", text(r, "endpoint"),
                "model", text(r, "model"), "status", r.getInt("status", 0), "refusal", text(r, "refusalCode"),
                "tokens", r.getJsonNumber("promptTokens").longValue() + r.getJsonNumber("completionTokens").longValue());
    }

    private static String text(JsonObject r, String key) {
        JsonValue value = r.get(key);
        return value instanceof JsonString s ? s.getString() : "";
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList();
    }

    public String getUsername() {
        return username;
    }

    public List<String> getTasks() {
        return tasks;
    }

    public List<String> getModels() {
        return models;
    }

    public List<Map<String, Object>> getRequests() {
        return requests;
    }

    public String getProblem() {
        return problem;
    }

    public String getBaseUrl() {
        return settings.getGatewayUrl() + "/v1";
    }

    /** The base URL that names the task itself, for tools that take only a base URL and a key. */
    public String getTaskBaseUrl() {
        return settings.getGatewayUrl() + "/t/" + getFirstTask() + "/v1";
    }

    public String getFirstTask() {
        return tasks.isEmpty() ? "your-task-id" : tasks.get(0);
    }
}
