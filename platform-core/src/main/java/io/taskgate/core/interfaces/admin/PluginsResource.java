package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.PluginStatus;
import io.taskgate.core.application.admin.TenantAccess;
import io.taskgate.core.infrastructure.plugins.PluginRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The pipeline's plugins with their state, settings metadata and failure counts. */
@Path("api/plugins")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plugins", description = "Pipeline stages in use")
@SignedIn(anyRole = {TenantAccess.PLATFORM_ADMIN_ROLE, "tenant-owner"})
public class PluginsResource {

    @Inject
    PluginRegistry registry;

    @GET
    @Operation(summary = "Every discovered plugin: active, disabled or broken, with its settings and failures")
    public List<PluginStatus> list() {
        return registry.statuses();
    }
}
