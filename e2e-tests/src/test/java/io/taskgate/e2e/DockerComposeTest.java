package io.taskgate.e2e;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Docker engine exists here, so docker-compose.yml is checked statically: it parses, names the services and
 * the gateway environment the README documents, and every file it mounts or builds from exists.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of(System.getProperty("taskgate.project.root", "..")).toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertTrue(services.containsKey(name), "service " + name);
        return (Map<String, Object>) services.get(name);
    }

    @Test
    void composeNamesKeycloakPostgresSimulatorAndGateway() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertEquals(Set.of("postgres", "keycloak", "simulator", "gateway"), services.keySet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void gatewayEnvironmentIsTheOneTheReadmeDocuments() throws IOException {
        Map<String, Object> env = (Map<String, Object>) service("gateway").get("environment");
        // the README is a map: every setting is documented in docs/configuration.md, which it links
        String readme = Files.readString(ROOT.resolve("docs/configuration.md"));
        assertTrue(Files.readString(ROOT.resolve("README.md")).contains("docs/configuration.md"), "README links the settings");
        for (String variable : List.of("UPSTREAM_BASE_URL", "UPSTREAM_API_KEY", "UPSTREAM_API_VERSION", "OIDC_ISSUER",
                "OIDC_JWKS_URL", "TASKGATE_DB_DATASOURCE_CLASS", "TASKGATE_DB_URL", "TASKGATE_DB_USER",
                "TASKGATE_DB_PASSWORD", "GATEWAY_PLUGINS_DIR")) {
            assertTrue(env.containsKey(variable), "gateway sets " + variable);
            assertTrue(readme.contains(variable), "docs/configuration.md documents " + variable);
        }
        assertTrue(env.get("TASKGATE_DB_URL").toString().startsWith("jdbc:postgresql://postgres:"));
        assertTrue(env.get("OIDC_ISSUER").toString().endsWith("/realms/taskgate"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakImportsTheRealmOfThisRepositoryAtTheTestedVersion() throws IOException {
        Map<String, Object> keycloak = service("keycloak");
        assertTrue(keycloak.get("image").toString().endsWith(":26.7.3"), "same version as the tested distribution");
        assertTrue(((List<String>) keycloak.get("command")).contains("--import-realm"));
        String mount = ((List<String>) keycloak.get("volumes")).get(0);
        assertTrue(Files.isRegularFile(ROOT.resolve(mount.substring(0, mount.indexOf(':')))), mount);
    }

    @Test
    void theGatewayImageBootsWithThePrebootCommandsEveryTestedServerBootsWith() throws IOException {
        Path context = ROOT.resolve(service("gateway").get("build").toString());
        String dockerfile = Files.readString(context.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("COPY src/main/payara/preboot.asadmin /opt/payara/preboot.asadmin"), dockerfile);
        assertTrue(dockerfile.contains("\"--prebootcommandfile\", \"/opt/payara/preboot.asadmin\""), dockerfile);
        // the file the fixtures bundle (PayaraServer.PREBOOT_COMMANDS) and every Payara of this suite boots with
        List<String> commands = Files.readAllLines(context.resolve("src/main/payara/preboot.asadmin"));
        assertTrue(commands.contains("set configs.config.server-config.admin-service.das-config.dynamic-reload-enabled=false"),
                commands.toString());
        assertTrue(commands.stream().allMatch(line -> line.startsWith("set configs.config.server-config.")), commands.toString());
        assertTrue(commands.contains("set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                + ".header-buffer-length-bytes=65536"), "headers up to 64 KiB reach the gateway's own checks: " + commands);
        assertTrue(dockerfile.contains(io.taskgate.devstack.PayaraServer.LENIENT_HEADERS), "the image lets broken"
                + " headers reach HeaderGuard, as every tested server does: " + dockerfile);
    }

    @Test
    void everyBuildContextHasADockerfile() throws IOException {
        for (String name : List.of("simulator", "gateway")) {
            Path context = ROOT.resolve(service(name).get("build").toString());
            assertTrue(Files.isRegularFile(context.resolve("Dockerfile")), name + " Dockerfile");
        }
    }
}
