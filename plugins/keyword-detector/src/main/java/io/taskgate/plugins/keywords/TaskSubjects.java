package io.taskgate.plugins.keywords;

import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.TaskInfo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of the default rules' topics are a task's own subject: the rules of {@value #RESOURCE} (a default rule's
 * label and the words that make its topic a task's subject) matched against the task's name, description and example
 * requests. Kept per task in a bounded cache, computed again when the task's text changes. Thread-safe.
 */
final class TaskSubjects {

    static final String RESOURCE = "default-rule-subjects.txt";
    static final int MAX_TASKS_CACHED = 1024;
    static final TaskSubjects NONE = new TaskSubjects(KeywordRules.NONE);

    /** A task's text and the topics it names. */
    private record Subjects(String text, Set<String> labels) {
    }

    private final KeywordRules subjects;
    private final Map<String, Subjects> byTask = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Subjects> eldest) {
            return size() > MAX_TASKS_CACHED;
        }
    };

    TaskSubjects(KeywordRules subjects) {
        this.subjects = subjects;
    }

    /** The subjects shipped beside this class. */
    static TaskSubjects shipped() {
        return new TaskSubjects(KeywordRules.resource(RESOURCE, Severity.MAJOR, "subjects", false));
    }

    /** The labels listed, in file order. */
    Set<String> labels() {
        return subjects.rules().stream().map(KeywordRules.Rule::label)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The labels whose topic {@code task}'s name, description or example requests name. */
    Set<String> of(TaskInfo task, long deadlineNanos) {
        if (subjects.rules().isEmpty()) {
            return Set.of();
        }
        String text = task.name() + "\n" + task.description() + "\n" + String.join("\n", task.examples());
        String key = task.tenantId() + "/" + task.id();
        synchronized (byTask) {
            Subjects cached = byTask.get(key);
            if (cached != null && cached.text().equals(text)) {
                return cached.labels();
            }
        }
        Set<String> labels = subjects.match(text, deadlineNanos).rules().stream().map(KeywordRules.Rule::label)
                .collect(Collectors.toUnmodifiableSet());
        synchronized (byTask) {
            byTask.put(key, new Subjects(text, labels));
        }
        return labels;
    }
}
