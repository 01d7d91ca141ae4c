package io.taskgate.core.application.misuse;

import io.taskgate.core.application.admin.AuditTrail;
import io.taskgate.core.application.admin.Inputs;
import io.taskgate.core.application.admin.Views;
import io.taskgate.core.application.access.TaskDirectory;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskRepository;
import io.taskgate.core.domain.model.usage.RetainedPrompts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an owner's review teaches the gateway about a task. When an owner re-enables a member that misuse detection
 * flagged, the prompts behind the flag were judged part of the work: each becomes an example request of the task it
 * was sent on, so the detectors that compare a prompt with its task's examples accept such requests from then on.
 *
 * <ul>
 *   <li>Only prompts an owner reviewed are learnt, never a member's own unreviewed traffic (a contractor cannot
 *       teach the detector by sending a prompt many times).</li>
 *   <li>Only the prompts of the flag being decided count: MAJOR signals since the score was last started again.</li>
 *   <li>Only retained prompts can be learnt; a tenant that keeps no prompt text learns nothing.</li>
 *   <li>A task keeps at most {@link Inputs#MAX_EXAMPLES} examples: the owner's own come first and stay, learnt ones
 *       fill the room left. Each learnt example is at most {@link Inputs#MAX_EXAMPLE_CHARS} characters (the end of
 *       the prompt, where a chat's newest turn is).</li>
 *   <li>Each change is audited as {@code task.examples.learned}, by the owner who decided.</li>
 * </ul>
 */
@ApplicationScoped
public class ReviewLearning {

    public static final String AUDIT_ACTION = "task.examples.learned";

    @Inject
    MisuseRepository misuse;

    @Inject
    RetainedPrompts prompts;

    @Inject
    TaskRepository tasks;

    @Inject
    TaskDirectory taskDirectory;

    @Inject
    AuditTrail audit;

    /** The examples one task learnt. */
    public record Learned(String taskId, List<String> examples) {
    }

    /**
     * Learns from the re-enabling of {@code username}, whose flag is made of the MAJOR signals since
     * {@code since} (the last time their score was started again; empty: ever). Runs in the decision's transaction.
     */
    public List<Learned> reEnabled(String actor, String tenantId, String username, Optional<Instant> since) {
        Map<String, Set<String>> requestsByTask = new LinkedHashMap<>();
        for (MisuseEvent event : misuse.events(tenantId, username, 200)) {
            if ("MAJOR".equals(event.severity()) && event.requestId() != null && event.taskId() != null
                    && since.map(s -> !event.at().isBefore(s)).orElse(true)) {
                requestsByTask.computeIfAbsent(event.taskId(), t -> new LinkedHashSet<>()).add(event.requestId());
            }
        }
        if (requestsByTask.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        requestsByTask.values().forEach(ids::addAll);
        Map<String, String> texts = prompts.of(tenantId, ids);
        List<Learned> learned = new ArrayList<>();
        requestsByTask.forEach((taskId, requestIds) -> learn(actor, tenantId, taskId, requestIds, texts)
                .ifPresent(learned::add));
        return List.copyOf(learned);
    }

    private Optional<Learned> learn(String actor, String tenantId, String taskId, Set<String> requestIds,
                                    Map<String, String> texts) {
        Optional<Task> found = TaskId.isValid(taskId) ? tasks.find(new TaskId(taskId)) : Optional.empty();
        if (found.isEmpty() || !found.get().tenantId().equals(tenantId)) {
            return Optional.empty();
        }
        Task task = found.get();
        List<String> examples = new ArrayList<>(task.examples());
        List<String> added = new ArrayList<>();
        for (String requestId : requestIds) {
            String example = asExample(texts.get(requestId));
            if (!example.isEmpty() && examples.size() < Inputs.MAX_EXAMPLES && !examples.contains(example)) {
                examples.add(example);
                added.add(example);
            }
        }
        if (added.isEmpty()) {
            return Optional.empty();
        }
        var before = Views.of(task);
        task.exemplify(examples);
        Task saved = tasks.update(task);
        audit.record(actor, tenantId, AUDIT_ACTION, "task", taskId, before, Views.of(saved));
        taskDirectory.evict(taskId);
        return Optional.of(new Learned(taskId, List.copyOf(added)));
    }

    /**
     * A retained prompt as an example request: control characters other than line breaks and tabs removed (and the
     * examples' separator), the last {@link Inputs#MAX_EXAMPLE_CHARS} characters, stripped; empty for no text.
     */
    static String asExample(String prompt) {
        if (prompt == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(prompt.length());
        prompt.codePoints().filter(c -> !(Character.isISOControl(c) && c != '\n' && c != '\t')
                        && c != Task.EXAMPLE_SEPARATOR.codePointAt(0))
                .forEach(kept::appendCodePoint);
        String text = kept.toString().strip();
        if (text.length() > Inputs.MAX_EXAMPLE_CHARS) {
            int from = text.length() - Inputs.MAX_EXAMPLE_CHARS;
            if (Character.isLowSurrogate(text.charAt(from))) {
                from++;
            }
            text = text.substring(from).strip();
        }
        return text;
    }
}
