package io.taskgate.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tail of a process log for error messages. */
public final class ProcessLogs {

    private static final int MAX_BYTES = 256 * 1024;

    private ProcessLogs() {
    }

    /** Returns the last {@code lines} lines of {@code file}, or a note when it cannot be read. */
    public static String tail(Path file, int lines) {
        if (file == null || !Files.isReadable(file)) {
            return "(no log at " + file + ")";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] buffer = new byte[size];
            raf.seek(length - size);
            raf.readFully(buffer);
            List<String> all = new ArrayList<>(Arrays.asList(new String(buffer, StandardCharsets.UTF_8).split("\r?\n")));
            if (size < length && !all.isEmpty()) {
                all.remove(0); // probably a partial line
            }
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return String.join(System.lineSeparator(), last);
        } catch (IOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    /** Formats a failure message followed by the tail of the log. */
    public static String failure(String message, Path log, int lines) {
        return message + System.lineSeparator() + "--- last " + lines + " lines of " + log + " ---"
                + System.lineSeparator() + tail(log, lines);
    }
}
