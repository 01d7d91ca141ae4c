package io.taskgate.devstack;

import io.taskgate.simulator.OpenAiSimulator;
import io.taskgate.simulator.SimulatorConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs Taskgate on one machine for a newcomer: Keycloak with the demo realm, the OpenAI-compatible upstream
 * simulator (only when no {@code UPSTREAM_BASE_URL} is set), an in-process SMTP server whose mailbox is a web page
 * (Keycloak's invitation e-mails go there), and the gateway on Payara Micro with an H2 file database under
 * {@code .taskgate/}. Prints the URLs and demo accounts, runs until interrupted.
 */
public final class TaskgateDemo {

    private TaskgateDemo() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run();
        } catch (Exception | Error e) {
            System.err.println("Taskgate could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        Path home = Path.of(System.getProperty("taskgate.home", ".taskgate")).toAbsolutePath();
        Files.createDirectories(home.resolve("plugins"));
        int gatewayPort = Integer.getInteger("taskgate.port", 8080);
        int keycloakPort = Integer.getInteger("taskgate.keycloak.port", 8180);
        int simulatorPort = Integer.getInteger("taskgate.simulator.port", 8280);
        List<AutoCloseable> running = Collections.synchronizedList(new ArrayList<>());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(running), "taskgate-demo-stop"));

        System.out.println("Starting Keycloak on port " + keycloakPort + " (the first start unpacks it, about a minute)...");
        KeycloakServer keycloak = KeycloakServer.start(KeycloakServer.options().httpPort(keycloakPort)
                .freshRealm(false).logFile(home.resolve("keycloak.log")));
        running.add(keycloak);

        // Invitations go out as Keycloak's own e-mails to an in-process SMTP server; its mailbox is a web page.
        DemoMail mail = DemoMail.start(Integer.getInteger("taskgate.smtp.port", 3025),
                Integer.getInteger("taskgate.mailbox.port", 8025));
        running.add(mail);
        keycloak.configureSmtp(mail.smtpHost(), mail.smtpPort(), "taskgate@taskgate.example");

        String upstream = System.getenv("UPSTREAM_BASE_URL");
        String upstreamKey = System.getenv().getOrDefault("UPSTREAM_API_KEY", "");
        if (upstream == null || upstream.isBlank()) {
            OpenAiSimulator simulator = OpenAiSimulator.start(SimulatorConfig.defaults().withPort(simulatorPort));
            running.add(simulator::stop);
            upstream = simulator.baseUrl();
            upstreamKey = simulator.config().apiKey();
            System.out.println("No UPSTREAM_BASE_URL set: using the Taskgate upstream SIMULATOR (not a real model) at " + upstream);
        }

        int webPort = Integer.getInteger("taskgate.web.port", 8081);
        System.out.println("Starting the gateway on Payara Micro, port " + gatewayPort + "...");
        PayaraServer gateway = PayaraServer.options()
                .payaraJar(Path.of(required("taskgate.payara.jar")))
                .war(Path.of(required("taskgate.gateway.war")))
                .port(gatewayPort)
                .workDir(home.resolve("payara"))
                .env("UPSTREAM_BASE_URL", upstream)
                .env("UPSTREAM_API_KEY", upstreamKey)
                .env("OIDC_ISSUER", keycloak.issuer())
                .env("TASKGATE_DB_URL", "jdbc:h2:file:" + home.resolve("data/taskgate") + ";DB_CLOSE_ON_EXIT=FALSE")
                .env("GATEWAY_PLUGINS_DIR", home.resolve("plugins").toString())
                .env("TASKGATE_INVITATIONS_DELIVERY", "email")
                .env("TASKGATE_INVITATIONS_CONSOLE_URL", "http://localhost:" + webPort)
                .start();
        running.add(gateway);

        System.out.println("Starting the web console on Payara Micro, port " + webPort + "...");
        PayaraServer web = PayaraServer.options()
                .payaraJar(Path.of(required("taskgate.payara.jar")))
                .war(Path.of(required("taskgate.web.war")))
                .port(webPort)
                .workDir(home.resolve("payara-web"))
                .jvmArg("-Xmx384m")
                .env("OIDC_ISSUER", keycloak.issuer())
                .env("WEB_GATEWAY_URL", gateway.baseUrl())
                .readyWhen("/index.html", 200)
                .start();
        running.add(web);
        System.out.println(DemoBanner.text(gateway.baseUrl(), web.baseUrl() + "/app/index.xhtml", keycloak, upstream, home,
                mail.viewUrl()));
        Thread.currentThread().join();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; start the demo with ./taskgate run");
        }
        return value;
    }

    private static void stopAll(List<AutoCloseable> running) {
        List<AutoCloseable> reversed = new ArrayList<>(running);
        Collections.reverse(reversed);
        for (AutoCloseable c : reversed) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e);
            }
        }
    }
}
