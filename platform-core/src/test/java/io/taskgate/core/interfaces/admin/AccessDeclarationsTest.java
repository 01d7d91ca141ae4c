package io.taskgate.core.interfaces.admin;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every admin endpoint says who may call it, exactly once, so a new one cannot forget authorization. */
class AccessDeclarationsTest {

    static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        var folder = Paths.get(AdminAuthorization.class.getResource("AdminAuthorization.class").toURI()).getParent();
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            for (var file : files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class")).sorted().toList()) {
                Class<?> type = Class.forName(AdminAuthorization.class.getPackageName() + "." + file.replace(".class", ""));
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    static boolean endpoint(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class) || a instanceof Path);
    }

    @Test
    void everyAdminEndpointDeclaresExactlyOneAccessRuleOnItselfOrItsClass() throws Exception {
        List<Class<?>> resources = resources();
        List<String> undeclared = new ArrayList<>();
        for (Class<?> resource : resources) {
            int onClass = AccessRules.declared(resource).size();
            for (Method method : resource.getDeclaredMethods()) {
                if (!endpoint(method)) {
                    continue;
                }
                int onMethod = AccessRules.declared(method).size();
                if (onClass > 1 || onMethod > 1 || onClass + onMethod == 0 || AccessRules.of(resource, method) == null) {
                    undeclared.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void theApplicationServesEveryAdminResourceBehindTheAuthorizationFilter() throws Exception {
        var served = new io.taskgate.core.interfaces.TaskgateApplication().getClasses();
        assertTrue(served.contains(AdminAuthorization.class));
        List<Class<?>> resources = resources();
        assertEquals(18, resources.size(), resources.toString());
        assertEquals(List.of(), resources.stream().filter(r -> !served.contains(r)).toList());
    }

    @Test
    void tenantManagerRulesSitOnlyOnRoutesThatNameATenant() throws Exception {
        List<String> misplaced = new ArrayList<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (endpoint(method) && AccessRules.of(resource, method) instanceof TenantManager
                        && !routeOf(resource, method).contains("{" + AdminAuthorization.TENANT_PARAMETER + "}")) {
                    misplaced.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), misplaced);
    }

    static String routeOf(Class<?> resource, Method method) {
        Path own = method.getAnnotation(Path.class);
        return resource.getAnnotation(Path.class).value() + (own == null ? "" : "/" + own.value());
    }
}
