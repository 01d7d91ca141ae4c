package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.TaskInfo;
import java.util.List;
import java.util.Map;

final class DefectProbe {
    static final Map<String, List<String>> EX = Map.of(
            "acme-checkout", List.of("write a unit test for the cart total with a coupon", "the payment provider webhook returns 401, how do I verify its signature in JAX-RS?", "design the REST resource for confirming an order", "refactor CheckoutService so the e-mail is sent after the transaction commits", "why does this JPA query load every cart item twice?", "add idempotency keys to POST /checkout"),
            "globex-infra", List.of("write the Kubernetes deployment for the ingestion service", "the CI pipeline fails at the helm upgrade step, here is the log", "add a Prometheus alert for pods restarting more than 3 times", "set resource limits for the analytics pods", "write a runbook for rotating the cluster certificates"));
    public static void main(String[] args) {
        MiniLmEmbedder e = new MiniLmEmbedder();
        MisuseModel m = MisuseModel.shipped();
        for (boolean withEx : new boolean[]{true, false}) {
            TaskClassifier c = new TaskClassifier(e, Anchors.DEFAULTS, Anchors.META, m, TaskClassifier.Settings.defaults(),
                    t -> withEx ? EX.getOrDefault(t.id(), List.of()) : List.of());
            for (String[] p : new String[][]{{"acme-checkout", "Write a unit test"}, {"globex-infra", "write a terraform module for the kafka cluster"},
                    {"acme-checkout", "write a unit test"}, {"acme-checkout", "Write a unit test for the cart"}, {"acme-checkout", "fix this bug"},
                    {"acme-checkout", "explain this code"}, {"globex-infra", "why is the pod crashing"}, {"acme-checkout", "plan my holiday trip to italy"}}) {
                TaskInfo t = EvalSet.TASKS.get(p[0]);
                TaskClassifier.Features f = c.features(p[1], t);
                TaskClassifier.Verdict v = TaskClassifier.decide(f, m, TaskClassifier.Settings.defaults(), t.expectedIntents());
                System.out.printf("%s ex=%s %-50s %s lex=%.2f | %s%n", p[0], withEx, p[1], v.severity(), m.lexicalLogit(f.lexical()), v.evidence());
            }
        }
    }
}
