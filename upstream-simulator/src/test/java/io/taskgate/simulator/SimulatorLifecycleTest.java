package io.taskgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SimulatorLifecycleTest {

    @Test
    void startsOnEphemeralPortWithDefaultKeyAndStops() throws Exception {
        OpenAiSimulator sim = OpenAiSimulator.start();
        String baseUrl = sim.baseUrl();
        assertTrue(sim.port() > 0);
        assertEquals("http://127.0.0.1:" + sim.port() + "/v1", baseUrl);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/models"))
                .header("Authorization", "Bearer sk-simulator").build();
        assertEquals(200, client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
        sim.stop();
        HttpRequest fresh = HttpRequest.newBuilder(URI.create(baseUrl + "/models"))
                .header("Authorization", "Bearer sk-simulator").build();
        assertThrows(IOException.class,
                () -> HttpClient.newHttpClient().send(fresh, HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void mainParsesArgumentsOverEnvironment() {
        SimulatorConfig fromEnv = OpenAiSimulatorMain.parse(new String[0], null, "9001", "sk-env");
        assertEquals(9001, fromEnv.port());
        assertEquals("sk-env", fromEnv.apiKey());
        assertEquals("127.0.0.1", fromEnv.host());
        SimulatorConfig args = OpenAiSimulatorMain.parse(
                new String[] {"--port", "9002", "--api-key=sk-arg", "--host", "0.0.0.0"}, null, "9001", "sk-env");
        assertEquals(9002, args.port());
        assertEquals("sk-arg", args.apiKey());
        assertEquals("0.0.0.0", args.host());
        assertEquals(OpenAiSimulatorMain.DEFAULT_PORT, OpenAiSimulatorMain.parse(new String[0], null, null, null).port());
        assertThrows(IllegalArgumentException.class,
                () -> OpenAiSimulatorMain.parse(new String[] {"--bogus", "1"}, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> SimulatorConfig.defaults().withPort(70000));
    }
}
