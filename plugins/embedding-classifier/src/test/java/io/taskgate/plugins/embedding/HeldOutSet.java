package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.TaskInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The held-out evaluation set {@code eval/heldout/} (see its README): its tasks ({@code tasks/<task>.csv}), the
 * owners' example requests ({@code examples/<task>.csv}), the labelled prompts ({@code prompts/<task>.csv}) and who
 * wrote each task ({@code writers.csv}: one writer wrote a task's description and all its prompts).
 * The CSV files are RFC 4180 (quoted fields hold commas, doubled quotes and line breaks), read by {@link #parse}.
 */
public final class HeldOutSet {

    /**
     * One task as its owner typed it; {@code info} is what the gateway hands the detectors; {@code writer} wrote it
     * and its prompts (the task's own id where the set has no {@code writers.csv}).
     */
    public record Task(String id, String kind, TaskInfo info, List<String> examples, String writer) {
        public Task(String id, String kind, TaskInfo info, List<String> examples) {
            this(id, kind, info, examples, id);
        }
    }

    /** One labelled prompt: category on_task, slightly_off, personal, other_client or injection. */
    public record Prompt(String id, String task, String category, String expected, String intent, String prompt) {
        boolean misuse() {
            return expected.equals("misuse");
        }
    }

    public static final List<String> MISUSE_CATEGORIES = List.of("personal", "other_client", "injection");

    private final Path dir;
    private final Map<String, Task> tasks;
    private final List<Prompt> prompts;

    private HeldOutSet(Path dir, Map<String, Task> tasks, List<Prompt> prompts) {
        this.dir = dir;
        this.tasks = tasks;
        this.prompts = prompts;
    }

    public Path dir() {
        return dir;
    }

    /** The tasks by id, in file-name order. */
    public Map<String, Task> tasks() {
        return tasks;
    }

    public List<Prompt> prompts() {
        return prompts;
    }

    /**
     * The set at {@code path}, relative to the working directory or to one of its parents (the benchmark runs from
     * the repository root or the module); empty when there is none.
     */
    public static java.util.Optional<Path> locate(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return Files.isDirectory(p.resolve("tasks")) ? java.util.Optional.of(p) : java.util.Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(p);
            if (Files.isDirectory(candidate.resolve("tasks")) && Files.isDirectory(candidate.resolve("prompts"))) {
                return java.util.Optional.of(candidate.normalize());
            }
        }
        return java.util.Optional.empty();
    }

    public static HeldOutSet load(Path dir) throws IOException {
        Map<String, String> writers = new LinkedHashMap<>();
        Path writersFile = dir.resolve("writers.csv");
        if (Files.isRegularFile(writersFile)) {
            for (Map<String, String> r : records(writersFile, "task", "writer")) {
                writers.put(r.get("task"), r.get("writer"));
            }
        }
        Map<String, Task> tasks = new LinkedHashMap<>();
        List<Prompt> prompts = new ArrayList<>();
        for (Path file : csvFiles(dir.resolve("tasks"))) {
            List<Map<String, String>> rows = records(file, "task", "kind", "name", "description", "intents");
            if (rows.size() != 1) {
                throw new IllegalStateException(file + ": expected one task, found " + rows.size());
            }
            Map<String, String> r = rows.get(0);
            String id = r.get("task");
            Set<String> intents = new LinkedHashSet<>();
            for (String i : r.get("intents").split(";")) {
                if (!i.isBlank()) {
                    intents.add(i.strip());
                }
            }
            List<String> examples = new ArrayList<>();
            Path ex = dir.resolve("examples").resolve(id + ".csv");
            if (Files.isRegularFile(ex)) {
                for (Map<String, String> e : records(ex, "task", "example")) {
                    examples.add(e.get("example"));
                }
            }
            // one tenant per task: tenant-level state (keyword tenant rules, task-vector cache keys) stays apart
            tasks.put(id, new Task(id, r.get("kind"), new TaskInfo(id, "heldout-" + id, r.get("name"),
                    r.get("description"), true, intents), List.copyOf(examples), writerOf(id, writers, writersFile)));
        }
        for (Path file : csvFiles(dir.resolve("prompts"))) {
            for (Map<String, String> r : records(file, "id", "task", "category", "expected", "intent", "prompt")) {
                Prompt p = new Prompt(r.get("id"), r.get("task"), r.get("category"), r.get("expected"), r.get("intent"),
                        r.get("prompt"));
                if (!tasks.containsKey(p.task())) {
                    throw new IllegalStateException(file + ": prompt " + p.id() + " names unknown task " + p.task());
                }
                prompts.add(p);
            }
        }
        return new HeldOutSet(dir, java.util.Collections.unmodifiableMap(tasks), List.copyOf(prompts));
    }

    private static String writerOf(String task, Map<String, String> writers, Path file) {
        if (writers.isEmpty()) {
            return task;
        }
        String writer = writers.get(task);
        if (writer == null || writer.isBlank()) {
            throw new IllegalStateException(file + " names no writer for task " + task);
        }
        return writer;
    }

    private static List<Path> csvFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }

    /** The records of a CSV file with the given header, as maps from column to value. */
    static List<Map<String, String>> records(Path file, String... header) throws IOException {
        List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty() || !rows.get(0).equals(Arrays.asList(header))) {
            throw new IllegalStateException(file + ": expected header " + String.join(",", header) + ", found "
                    + (rows.isEmpty() ? "nothing" : rows.get(0)));
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (int n = 1; n < rows.size(); n++) {
            List<String> row = rows.get(n);
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue; // blank line
            }
            if (row.size() != header.length) {
                throw new IllegalStateException(file + ": record " + n + " has " + row.size() + " fields, expected "
                        + header.length + ": " + row);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i], row.get(i));
            }
            out.add(m);
        }
        return out;
    }

    /**
     * RFC 4180: records end with CRLF or LF (outside quotes); fields are separated by commas; a field that starts
     * with a double quote runs to the matching closing quote, {@code ""} inside it being one quote, and may hold
     * commas and line breaks (kept as they are). A UTF-8 byte-order mark is skipped; a missing final line break is
     * fine. Malformed input (text after a closing quote, an unterminated quote) is an error, not a guess.
     */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        boolean any = false; // anything read in the current record
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                int start = i;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalStateException("unterminated quoted field starting at offset " + start);
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        field.append(q);
                        i++;
                    }
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new IllegalStateException("text after a closing quote at offset " + i);
                }
                any = true;
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
            } else {
                field.append(c);
                any = true;
                i++;
            }
        }
        if (any || field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
