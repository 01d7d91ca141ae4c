package io.taskgate.web;

import io.taskgate.api.admin.PluginStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The pipeline's detectors and stages (GET /api/plugins): state, settings from their metadata, failure counts. */
@Named
@RequestScoped
public class PluginsPage {

    @Inject
    CoreApi core;

    private List<PluginStatus> plugins = List.of();
    private String problem;

    @PostConstruct
    void load() {
        try {
            plugins = core.list("/api/plugins", PluginStatus.class);
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    public List<PluginStatus> getPlugins() { return plugins; }
    public String getProblem() { return problem; }
}
