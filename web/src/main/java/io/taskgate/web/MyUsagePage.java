package io.taskgate.web;

import io.taskgate.api.admin.RecentRequest;
import io.taskgate.api.pipeline.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

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
    private List<RecentRequest> requests = List.of();
    private String problem;

    @PostConstruct
    void load() {
        try {
            Caller me = core.me();
            username = me.username();
            tasks = me.tasks().stream().sorted().toList();
            models = me.models().stream().sorted().toList();
            requests = core.myUsage(50);
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
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

    public List<RecentRequest> getRequests() {
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
