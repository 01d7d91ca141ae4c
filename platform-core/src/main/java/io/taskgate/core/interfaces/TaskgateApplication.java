package io.taskgate.core.interfaces;

import io.taskgate.core.interfaces.admin.AdminAuthorization;
import io.taskgate.core.interfaces.admin.AdminProblemMapper;
import io.taskgate.core.interfaces.admin.AdminRecordWriter;
import io.taskgate.core.interfaces.admin.ActivationResource;
import io.taskgate.core.interfaces.admin.AuditResource;
import io.taskgate.core.interfaces.admin.KeysResource;
import io.taskgate.core.interfaces.admin.MemberEvidenceResource;
import io.taskgate.core.interfaces.admin.MemberKeysResource;
import io.taskgate.core.interfaces.admin.MembersResource;
import io.taskgate.core.interfaces.admin.MisusePolicyResource;
import io.taskgate.core.interfaces.admin.ReviewResource;
import io.taskgate.core.interfaces.admin.OnboardingResource;
import io.taskgate.core.interfaces.admin.RequestLogResource;
import io.taskgate.core.interfaces.admin.TenantAuditResource;
import io.taskgate.core.interfaces.admin.TasksResource;
import io.taskgate.core.interfaces.admin.TenantsResource;
import io.taskgate.core.interfaces.admin.UsageResource;
import io.taskgate.core.interfaces.admin.MeResource;
import io.taskgate.core.interfaces.admin.MyMembershipsResource;
import io.taskgate.core.interfaces.admin.TenantDashboardResource;
import io.taskgate.core.interfaces.admin.PluginsResource;
import io.taskgate.core.interfaces.http.UnexpectedErrorMapper;
import io.taskgate.core.interfaces.http.WebApplicationErrorMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The gateway's REST application. Resources and providers are listed explicitly so that libraries on the
 * class path that carry their own JAX-RS providers (the Keycloak admin client's RESTEasy) are not picked up.
 */
@ApplicationPath("")
public class TaskgateApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(KeysResource.class, MeResource.class, PluginsResource.class, TenantsResource.class,
                TasksResource.class, MembersResource.class, MemberKeysResource.class, UsageResource.class,
                AuditResource.class, TenantAuditResource.class, OnboardingResource.class, RequestLogResource.class,
                AdminProblemMapper.class, AdminAuthorization.class, AdminRecordWriter.class, ReviewResource.class, MemberEvidenceResource.class, MisusePolicyResource.class,
                MyMembershipsResource.class, TenantDashboardResource.class, ActivationResource.class,
                WebApplicationErrorMapper.class, UnexpectedErrorMapper.class);
    }
}
