package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.TaskInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The labelled evaluation set {@code eval/misuse-eval.csv} and the demo tasks it refers to. */
public final class EvalSet {

    /** One labelled prompt. {@code \n} in the CSV stands for a line break. */
    public record Row(int id, String task, String member, String memberKind, String category, String expected,
                      String intent, String prompt) {
    }

    /** The demo tasks as in platform-core's 002-demo-data.xml. */
    public static final Map<String, TaskInfo> TASKS = Map.of(
            "acme-checkout", new TaskInfo("acme-checkout", "acme", "Checkout REST API",
                    "Build and test the Java REST API for the Acme web shop checkout: cart, payment provider integration, "
                            + "order confirmation e-mails.", true, Set.of("code", "test", "design")),
            "acme-docs", new TaskInfo("acme-docs", "acme", "Shop documentation",
                    "Write the user and operator documentation of the Acme web shop: setup guide, admin manual, API "
                            + "reference.", true, Set.of("doc", "design")),
            "globex-etl", new TaskInfo("globex-etl", "globex", "Sensor ETL pipeline",
                    "Build the data pipeline that loads factory sensor readings from CSV and MQTT into the PostgreSQL "
                            + "warehouse, with data quality checks.", true, Set.of("code", "data", "test")),
            "globex-infra", new TaskInfo("globex-infra", "globex", "Cluster operations",
                    "Operate the Kubernetes cluster of the analytics platform: deployments, CI pipelines, monitoring and "
                            + "alerting.", true, Set.of("ops", "code", "doc")));

    /** The demo tasks' example requests, as in platform-core's 015-task-examples.xml. */
    public static final Map<String, List<String>> DEMO_EXAMPLES = Map.of(
            "acme-checkout", List.of("write a unit test for the cart total with a coupon",
                    "the payment provider webhook returns 401, how do I verify its signature in JAX-RS?",
                    "design the REST resource for confirming an order",
                    "refactor CheckoutService so the e-mail is sent after the transaction commits",
                    "why does this JPA query load every cart item twice?", "add idempotency keys to POST /checkout"),
            "acme-docs", List.of("write the setup guide section for installing the shop on Linux",
                    "explain the admin screen for refunds in plain words", "draft the API reference entry for GET /orders/{id}",
                    "turn these release notes into a changelog for operators",
                    "review this paragraph of the admin manual for clarity"),
            "globex-etl", List.of("parse the sensor CSV with a header row and skip malformed lines",
                    "write the SQL to upsert readings into the warehouse table", "add a data quality check for missing timestamps",
                    "subscribe to the MQTT topic and batch the readings",
                    "why is the COPY into PostgreSQL so slow for 2 million rows?"),
            "globex-infra", List.of("write the Kubernetes deployment for the ingestion service",
                    "the CI pipeline fails at the helm upgrade step, here is the log",
                    "add a Prometheus alert for pods restarting more than 3 times", "set resource limits for the analytics pods",
                    "write a runbook for rotating the cluster certificates"));

    /**
     * Short, generic requests that are ordinary work on a demo task although they name nothing of it (task id,
     * prompt). Written for the defect where the classifier flagged "Write a unit test" on the checkout task MAJOR;
     * not drawn from any labelled set.
     */
    public static final List<Map.Entry<String, String>> GENERIC_ON_TASK = List.of(
            Map.entry("acme-checkout", "Write a unit test"),
            Map.entry("acme-checkout", "write a unit test for this"),
            Map.entry("acme-checkout", "fix this bug"),
            Map.entry("acme-checkout", "explain this code"),
            Map.entry("acme-checkout", "refactor this method"),
            Map.entry("acme-checkout", "why does this test fail?"),
            Map.entry("acme-checkout", "add error handling here"),
            Map.entry("acme-checkout", "write an integration test for the endpoint"),
            Map.entry("globex-infra", "write a terraform module for the kafka cluster"),
            Map.entry("globex-infra", "write a helm chart for this service"),
            Map.entry("globex-infra", "why is the pod crashing"),
            Map.entry("globex-infra", "fix the CI pipeline"),
            Map.entry("acme-docs", "proofread this paragraph"),
            Map.entry("acme-docs", "write an FAQ section"),
            Map.entry("globex-etl", "write the SQL query for this"),
            Map.entry("globex-etl", "why is this query slow?"));

    private EvalSet() {
    }

    /** Finds {@code eval/misuse-eval.csv} from the module or the repository root. */
    public static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("eval/misuse-eval.csv");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("eval/misuse-eval.csv not found above " + Path.of("").toAbsolutePath());
    }

    public static List<Row> load(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() != 8) {
                throw new IllegalStateException("expected 8 fields: " + line);
            }
            rows.add(new Row(Integer.parseInt(f.get(0)), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6),
                    f.get(7).replace("\\n", "\n")));
        }
        return rows;
    }

    /** RFC 4180 fields of one line (no line breaks inside fields). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
