package io.taskgate.web;

import io.taskgate.api.admin.TaskView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The tenant's request log: every member's requests with prompt, intent, signals, tokens and cost; CSV export. */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoreApi core;

    @Inject
    Console console;

    private String tenant;
    private RequestLogModel log;
    private List<String> tasks = List.of();
    private String problem;

    @PostConstruct
    void init() {
        tenant = console.getTenant();
        log = new RequestLogModel(tenant, null);
        try {
            tasks = core.list("/api/tenants/" + CoreApi.enc(tenant) + "/tasks", TaskView.class).stream()
                    .map(TaskView::id).toList();
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    public String getTenant() { return tenant; }
    public RequestLogModel getLog() { return log; }
    public List<String> getTasks() { return tasks; }
    public String getProblem() { return problem; }
}
