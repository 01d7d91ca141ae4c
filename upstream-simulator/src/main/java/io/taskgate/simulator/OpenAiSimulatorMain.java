package io.taskgate.simulator;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the Taskgate upstream simulator standalone until killed.
 * Options: {@code --host H --port N --api-key K} (also {@code --opt=value}); environment
 * {@code SIMULATOR_HOST}, {@code SIMULATOR_PORT}, {@code SIMULATOR_API_KEY}. Default port 8089.
 */
public final class OpenAiSimulatorMain {

    static final int DEFAULT_PORT = 8089;

    private OpenAiSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = parse(args, System.getenv("SIMULATOR_HOST"), System.getenv("SIMULATOR_PORT"),
                    System.getenv("SIMULATOR_API_KEY"));
        } catch (IllegalArgumentException e) {
            System.err.println("Taskgate upstream simulator: " + e.getMessage());
            System.err.println("Usage: java -jar upstream-simulator-all.jar [--host H] [--port N] [--api-key K]");
            System.exit(2);
            return;
        }
        OpenAiSimulator simulator = OpenAiSimulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "taskgate-simulator-shutdown"));
        System.out.println("Taskgate upstream simulator (not a real model) listening on " + simulator.baseUrl());
        System.out.flush();
        stopped.await();
    }

    /** Arguments override environment values, which override defaults. */
    static SimulatorConfig parse(String[] args, String envHost, String envPort, String envApiKey) {
        SimulatorConfig config = SimulatorConfig.defaults().withPort(DEFAULT_PORT);
        if (notBlank(envHost)) {
            config = config.withHost(envHost.trim());
        }
        if (notBlank(envPort)) {
            config = config.withPort(port(envPort));
        }
        if (notBlank(envApiKey)) {
            config = config.withApiKey(envApiKey.trim());
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value for " + arg);
            }
            switch (name) {
                case "--host" -> config = config.withHost(value);
                case "--port" -> config = config.withPort(port(value));
                case "--api-key" -> config = config.withApiKey(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return config;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + value);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
