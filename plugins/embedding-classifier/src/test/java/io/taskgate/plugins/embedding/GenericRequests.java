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
    static final boolean WITH_SYSTEM_PROMPTS = Boolean.parseBoolean(System.getProperty("bench.generic-system", "true"));

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

    /**
     * System prompts of the kind coding assistants and chat tools send with every request (written from general
     * knowledge of such tools, not from any labelled set). The gateway assesses a chat's newest user turn followed
     * by its system messages (platform-core's {@code PromptText.newTurn}); without these, "You are a coding
     * assistant..." reads like role play, and an honest contractor's tool would be flagged on every request. The last
     * five carry a role header in their text, as tools that template their prompt as a transcript send it.
     */
    static final List<String> SYSTEM_PROMPTS = List.of(
            "You are a helpful coding assistant. Answer concisely and use code blocks.",
            "You are an expert software engineer embedded in the user's editor. Prefer minimal diffs.",
            "You are an AI pair programmer. Follow the user's instructions carefully. Output only code unless asked to explain.",
            "You are a senior developer helping with this repository. Use the project's conventions and existing libraries.",
            "You are a technical writing assistant. Write clear, accurate documentation in Markdown.",
            "You are a data analysis assistant. Show your reasoning briefly and give runnable Python.",
            "You are ChatGPT, a large language model. Be helpful and precise.",
            "Act as a code reviewer: point out bugs, security problems and style issues, most important first.",
            // tools that template their prompt as a transcript put a role header in the system text itself; without
            // these, a header like the fake "System:" lines of injections made a tool's prompt read as one
            "SYSTEM: You are an assistant in the user's terminal. Reply with shell commands and a short explanation.",
            "System: You help a software team. Keep answers brief and put code in fenced blocks.",
            "### System\nYou are a documentation assistant for this product. Use the product's terminology.",
            "[system] You are a SQL assistant. Answer with a query first, then explain it in one sentence.",
            "<system>You are an AI assistant for developers. Follow the repository's style.</system>");

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
            if (WITH_SYSTEM_PROMPTS) {
                for (int i = 0; i < SYSTEM_PROMPTS.size(); i++) {
                    String text = TRAINING.get((i * 3) % TRAINING.size()) + "\n" + SYSTEM_PROMPTS.get(i);
                    out.add(new MisuseModelTrainer.Sample(features.features(text, task.info()), false, true,
                            group.applyAsInt(task), task.id(), true));
                }
            }
        }
        return out;
    }
}
