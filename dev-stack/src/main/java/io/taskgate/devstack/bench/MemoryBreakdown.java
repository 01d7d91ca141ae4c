package io.taskgate.devstack.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a gateway's memory goes, from the JVM's Native Memory Tracking ({@code jcmd <pid> VM.native_memory summary}):
 * the committed megabytes of each category (Java heap, classes, threads, code cache, GC, ...), largest first. The
 * gateway must run with {@code -XX:NativeMemoryTracking=summary} (pass it in {@code bench.gatewayJvmArgs}); memory that
 * the JVM does not allocate itself (a native library's own allocations, such as the embedding model's runtime) shows
 * only as the difference between the resident set and the JVM's total.
 */
final class MemoryBreakdown {

    /** A category line: {@code -  Java Heap (reserved=786432KB, committed=262144KB)}. */
    private static final Pattern CATEGORY = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");
    private static final Pattern TOTAL = Pattern.compile("^Total: reserved=(\\d+)KB, committed=(\\d+)KB");

    record Category(String name, long committedKb) {
    }

    private MemoryBreakdown() {
    }

    /** The breakdown as printable lines, or one line saying why there is none. */
    static List<String> of(long pid, long rssBytes) {
        String summary;
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "VM.native_memory", "summary")
                    .redirectErrorStream(true).start();
            summary = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            return List.of("  (no memory breakdown: jcmd could not run: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("  (no memory breakdown: interrupted)");
        }
        return parse(summary, rssBytes);
    }

    static List<String> parse(String summary, long rssBytes) {
        List<Category> categories = new ArrayList<>();
        long totalKb = -1;
        for (String line : summary.split("\\R")) {
            Matcher total = TOTAL.matcher(line.strip());
            if (total.find()) {
                totalKb = Long.parseLong(total.group(2));
            }
            Matcher category = CATEGORY.matcher(line.strip());
            if (category.find()) {
                categories.add(new Category(category.group(1).strip(), Long.parseLong(category.group(3))));
            }
        }
        if (categories.isEmpty() || totalKb < 0) {
            return List.of("  (no memory breakdown: start the gateway with -XX:NativeMemoryTracking=summary in"
                    + " bench.gatewayJvmArgs)");
        }
        categories.sort((a, b) -> Long.compare(b.committedKb(), a.committedKb()));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("  resident %d MB; the JVM's own committed memory %d MB; outside the JVM's accounting"
                + " (native libraries such as the embedding runtime, allocator overhead) %d MB", rssBytes >> 20,
                totalKb >> 10, Math.max(0, (rssBytes >> 10) - totalKb) >> 10));
        for (Category c : categories) {
            if (c.committedKb() >= 1024) {
                lines.add(String.format("    %-24s %6d MB", c.name(), c.committedKb() >> 10));
            }
        }
        return lines;
    }
}
