package io.taskgate.web;

import io.taskgate.api.admin.ApiKeyView;
import io.taskgate.api.admin.IssuedKey;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The user's personal API keys: list, create (the secret is shown once) and revoke. */
@Named
@ViewScoped
public class MyKeys implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoreApi core;

    private List<ApiKeyView> keys = List.of();
    private String name;
    private List<String> tasks = new ArrayList<>();
    private Integer expiresInDays = 30;
    private String createdSecret;

    @PostConstruct
    void load() {
        try {
            keys = core.list("/api/keys", ApiKeyView.class).stream().filter(k -> k.revokedAt() == null).toList();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("Your keys could not be loaded", e);
        }
    }

    public void create() {
        try {
            String body = "{\"name\":" + Plain.quote(name) + ",\"tasks\":" + Plain.array(tasks)
                    + (expiresInDays == null ? "" : ",\"expiresInDays\":" + expiresInDays) + "}";
            createdSecret = core.post("/api/keys", body, IssuedKey.class).key();
            name = null;
            Notices.done("Key created: copy it now, it is not shown again");
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("The key was not created", e);
        }
    }

    public void revoke(String keyId) {
        try {
            core.delete("/api/keys/" + CoreApi.enc(keyId));
            Notices.done("Key " + keyId + " revoked");
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("The key was not revoked", e);
        }
    }

    public List<ApiKeyView> getKeys() {
        return keys;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getTasks() {
        return tasks;
    }

    public void setTasks(List<String> tasks) {
        this.tasks = tasks;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }

    public String getCreatedSecret() {
        return createdSecret;
    }
}
