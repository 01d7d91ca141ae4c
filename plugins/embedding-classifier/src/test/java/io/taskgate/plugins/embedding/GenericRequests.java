package io.taskgate.plugins.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Short, generic work requests that fit almost any software, data or writing task, added to every training task as
 * on-task prompts when a {@link MisuseModel} is fitted ({@code -Dbench.generic=false} leaves them out). The labelled
 * prompts of a task mostly name the task's own things; without these, the word model learns that a request naming
 * nothing of its task ("Write a unit test") is misuse. Written from general knowledge, not from any labelled set;
 * they are never scored and never count towards the fitted thresholds.
 */
final class GenericRequests {

    static final boolean ENABLED = Boolean.parseBoolean(System.getProperty("bench.generic", "true"));

    static final List<String> TRAINING = List.of(
            "add unit tests",
            "write tests for the service class",
            "debug this exception",
            "can you clean up this function",
            "document this method",
            "what's wrong with this code?",
            "improve the performance of this loop",
            "write a README section for this",
            "add input validation",
            "rename the variables so they are clearer",
            "write a bash script to run this",
            "review this pull request",
            "explain the error message",
            "why does the build fail",
            "add a health check",
            "write the Dockerfile",
            "split this into smaller functions",
            "add comments to this code",
            "write a migration script",
            "what is the best way to structure this",
            "make the tests pass",
            "write the config file");

    private GenericRequests() {
    }

    /** Training samples: each generic request as an on-task prompt of each of {@code tasks}. */
    static List<MisuseModelTrainer.Sample> samples(TaskClassifier features, List<HeldOutSet.Task> tasks,
                                                   java.util.function.ToIntFunction<HeldOutSet.Task> group) {
        List<MisuseModelTrainer.Sample> out = new ArrayList<>();
        if (!ENABLED) {
            return out;
        }
        for (HeldOutSet.Task task : tasks) {
            for (String request : TRAINING) {
                out.add(new MisuseModelTrainer.Sample(features.features(request, task.info()), false, true,
                        group.applyAsInt(task), task.id(), true));
            }
        }
        return out;
    }
}
