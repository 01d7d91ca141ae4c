package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A tenant's tasks: create, edit (name, description, expected intents), close and reopen. */
@Named
@ViewScoped
public class TasksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoreApi core;

    @Inject
    Console console;

    private String tenant;
    private List<Map<String, Object>> tasks = List.of();
    private String problem;
    private boolean editing;
    private String id;
    private String name;
    private String description;
    private String intents;

    @PostConstruct
    void init() {
        tenant = console.getTenant();
        load();
    }

    void load() {
        try {
            tasks = Plain.maps(core.get(base()));
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    private String base() {
        return "/api/tenants/" + CoreApi.enc(tenant) + "/tasks";
    }

    @SuppressWarnings("unchecked")
    public void edit(Map<String, Object> task) {
        editing = true;
        id = (String) task.get("id");
        name = (String) task.get("name");
        description = (String) task.get("description");
        intents = String.join(", ", (List<String>) (List<?>) task.get("expectedIntents"));
    }

    public void clear() {
        editing = false;
        id = name = description = intents = null;
    }

    public void save() {
        String body = "{\"name\":" + Plain.quote(name) + ",\"description\":" + Plain.quote(description)
                + ",\"expectedIntents\":" + Plain.array(Plain.split(intents))
                + (editing ? "" : ",\"id\":" + Plain.quote(id)) + "}";
        try {
            if (editing) {
                core.patch(base() + "/" + CoreApi.enc(id), body);
            } else {
                core.post(base(), body);
            }
            Notices.done("Task " + id + " saved");
            clear();
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("Task not saved", e);
        }
    }

    /** Closing refuses the task from the next request on; reopening allows it again. */
    public void setOpen(String taskId, boolean open) {
        try {
            core.patch(base() + "/" + CoreApi.enc(taskId), "{\"open\":" + open + "}");
            Notices.done("Task " + taskId + (open ? " reopened" : " closed"));
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("Task not changed", e);
        }
    }

    public String getTenant() { return tenant; }
    public List<Map<String, Object>> getTasks() { return tasks; }
    public String getProblem() { return problem; }
    public boolean isEditing() { return editing; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getIntents() { return intents; }
    public void setIntents(String intents) { this.intents = intents; }
}
