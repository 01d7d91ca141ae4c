package io.taskgate.core.interfaces.admin;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.TenantAccessFixture;
import io.taskgate.core.domain.model.member.InMemoryMembershipRepository;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.application.access.InvalidCredentialsException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AdminAuthorizationTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:30:00Z");

    final InMemoryMembershipRepository members = new InMemoryMembershipRepository();
    final AdminAuthorization filter = new AdminAuthorization();

    /** Credentials the fake authentication knows: "token:NAME" signs NAME in, "key:NAME" is NAME's API key. */
    final Map<String, Caller> credentials = Map.of(
            "token:grace", caller("grace", Caller.AuthKind.TOKEN),
            "token:heidi", caller("heidi", Caller.AuthKind.TOKEN),
            "token:alice", caller("alice", Caller.AuthKind.TOKEN),
            "token:olga", caller("olga", Caller.AuthKind.TOKEN, "tenant-owner"),
            "token:root", caller("root", Caller.AuthKind.TOKEN, "platform-admin"),
            "key:grace", caller("grace", Caller.AuthKind.API_KEY));

    static Caller caller(String username, Caller.AuthKind kind, String... roles) {
        return new Caller("s-" + username, username, kind, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(roles));
    }

    @BeforeEach
    void setUp() {
        members.add(new Membership("globex", "grace", "g@x.example", MemberRole.OWNER, NOW));
        members.add(new Membership("globex", "heidi", "h@x.example", MemberRole.CONTRACTOR, NOW));
        members.add(new Membership("acme", "alice", "a@x.example", MemberRole.OWNER, NOW));
        members.add(new Membership("globex", "alice", "a@x.example", MemberRole.OWNER, NOW));
        members.find("globex", "alice").orElseThrow().changeStatus(MemberStatus.OFFBOARDED, "left", null, NOW);
        filter.callers = new CallerResolver();
        filter.callers.authentication = header -> {
            Caller caller = header == null ? null : credentials.get(header);
            if (caller == null) {
                throw new InvalidCredentialsException("invalid_api_key", "Unknown credential.");
            }
            return caller;
        };
        filter.access = TenantAccessFixture.of(members, new Tenant("globex", "Globex", ZoneId.of("UTC"), 30),
                new Tenant("acme", "Acme", ZoneId.of("UTC"), 30));
        filter.context = new AdminContext();
    }

    static Annotation rule(Class<?> resource, String method) {
        Method m = method(resource, method);
        return AccessRules.of(resource, m);
    }

    static Method method(Class<?> resource, String name) {
        for (Method m : resource.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no method " + name);
    }

    int refusal(Annotation rule, String authorization, String tenantId) {
        return assertThrows(AdminProblem.class, () -> filter.admit(rule, authorization, tenantId)).status();
    }

    @Test
    void anOwnerManagesTheirTenantAndTheResourceReadsTheTenantFromTheContext() {
        filter.resource = resourceInfo(MembersResource.class, "list");
        filter.filter(request("token:grace", "globex"));
        assertEquals("grace", filter.context.actor());
        assertEquals("Globex", filter.context.tenant().name());
    }

    @Test
    void aTenantRouteRefusesAContractorWith403AndAnOutsiderAnOffboardedOwnerOrAnUnknownTenantWith404() {
        Annotation manager = rule(MembersResource.class, "list");
        assertEquals(403, refusal(manager, "token:heidi", "globex"));
        assertEquals(404, refusal(manager, "token:heidi", "acme"));
        assertEquals(404, refusal(manager, "token:alice", "globex"));
        assertEquals(404, refusal(manager, "token:grace", "initech"));
    }

    @Test
    void thePlatformAdminManagesEveryTenantButAnApiKeyManagesNone() {
        Annotation manager = rule(TenantsResource.class, "get");
        assertEquals("acme", filter.admit(manager, "token:root", "acme").tenant().id());
        assertEquals(403, refusal(manager, "key:grace", "globex"));
    }

    @Test
    void creatingATenantNeedsThePlatformAdminRoleWhileListingTenantsNeedsOnlyASignIn() {
        assertEquals(403, refusal(rule(TenantsResource.class, "create"), "token:grace", null));
        assertEquals("root", filter.admit(rule(TenantsResource.class, "create"), "token:root", null).caller().username());
        assertEquals("grace", filter.admit(rule(TenantsResource.class, "list"), "token:grace", null).caller().username());
        assertEquals(403, refusal(rule(TenantsResource.class, "list"), "key:grace", null));
    }

    @Test
    void pluginsNeedTheOwnerOrPlatformAdminRole() {
        Annotation plugins = rule(PluginsResource.class, "list");
        assertEquals(403, refusal(plugins, "token:grace", null));
        assertEquals("olga", filter.admit(plugins, "token:olga", null).caller().username());
        assertEquals("root", filter.admit(plugins, "token:root", null).caller().username());
    }

    @Test
    void ownRecordsAcceptAnApiKeyAndActivationNeedsNoCredentialAtAll() {
        assertEquals(Caller.AuthKind.API_KEY,
                filter.admit(rule(MeResource.class, "me"), "key:grace", null).caller().authKind());
        assertNull(filter.admit(rule(ActivationResource.class, "activate"), null, null).caller());
    }

    @Test
    void aRouteThatDeclaresNoRuleIsRefusedWith403() {
        assertEquals(403, refusal(null, "token:root", "globex"));
    }

    ResourceInfo resourceInfo(Class<?> resource, String method) {
        return new ResourceInfo() {
            public Method getResourceMethod() {
                return method(resource, method);
            }

            public Class<?> getResourceClass() {
                return resource;
            }
        };
    }

    static ContainerRequestContext request(String authorization, String tenantId) {
        MultivaluedHashMap<String, String> path = new MultivaluedHashMap<>();
        path.putSingle("tenantId", tenantId);
        UriInfo uri = fake(UriInfo.class, Map.of("getPathParameters", path));
        return fake(ContainerRequestContext.class, Map.of("getUriInfo", uri, "getHeaderString",
                new HeaderLookup(Map.of(HttpHeaders.AUTHORIZATION, authorization))));
    }

    /** Answers a header name with its value. */
    record HeaderLookup(Map<String, String> headers) {
    }

    @SuppressWarnings("unchecked")
    static <T> T fake(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            Object answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answer instanceof HeaderLookup lookup ? lookup.headers().get((String) args[0]) : answer;
        });
    }
}
