package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** The pipeline's detectors and stages (GET /api/plugins): state, settings from their metadata, failure counts. */
@Named
@RequestScoped
public class PluginsPage {

    @Inject
    CoreApi core;

    private List<Map<String, Object>> plugins = List.of();
    private String problem;

    @PostConstruct
    void load() {
        try {
            plugins = Plain.maps(core.get("/api/plugins"));
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    public List<Map<String, Object>> getPlugins() { return plugins; }
    public String getProblem() { return problem; }
}
