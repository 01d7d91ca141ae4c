package io.taskgate.core.infrastructure.keycloak;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin client can log in (a form-encoded token request) whichever thread builds and uses it, even one whose
 * context class loader does not see the application's libraries, as Payara's health-check threads may not.
 */
class KeycloakAdminProvidersTest {

    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String startKeycloakStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/taskgate/protocol/openid-connect/token", exchange -> {
            tokenRequests.add(exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"access_token\":\"t\",\"expires_in\":300,\"token_type\":\"Bearer\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/admin/realms/taskgate/roles", exchange -> {
            byte[] body = "[{\"name\":\"contractor\"}]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void theTokenRequestIsWrittenWhenTheClientIsBuiltOnAThreadThatCannotSeeTheApplication() throws Exception {
        String url = startKeycloakStandIn();
        KeycloakAdminSettings settings = new KeycloakAdminSettings(url, "taskgate", "taskgate-gateway", "secret",
                Duration.ofSeconds(2), Duration.ofSeconds(2));
        ClassLoader bare = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
        ExecutorService foreign = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r);
            t.setContextClassLoader(bare);
            return t;
        });
        try {
            KeycloakAdmin admin = CompletableFuture.supplyAsync(() -> new KeycloakAdmin(settings), foreign).get(20, TimeUnit.SECONDS);
            List<CompletableFuture<Integer>> calls = List.of(
                    CompletableFuture.supplyAsync(() -> admin.call("list roles", () -> admin.realm().roles().list()).size(), foreign),
                    CompletableFuture.supplyAsync(() -> admin.call("list roles", () -> admin.realm().roles().list()).size(), foreign));
            for (CompletableFuture<Integer> call : calls) {
                assertEquals(1, call.get(20, TimeUnit.SECONDS));
            }
            admin.close();
        } finally {
            foreign.shutdownNow();
        }
        assertTrue(!tokenRequests.isEmpty() && tokenRequests.get(0).startsWith("application/x-www-form-urlencoded")
                && tokenRequests.get(0).contains("grant_type=client_credentials"), tokenRequests.toString());
    }
}
