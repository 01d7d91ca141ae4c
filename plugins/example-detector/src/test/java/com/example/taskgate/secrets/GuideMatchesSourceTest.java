package com.example.taskgate.secrets;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/plugins.md shows this module's code: every code block introduced by {@code <!-- source: PATH -->} must be
 * identical to the file at PATH (relative to the repository root), so the guide's example compiles and is the one
 * the behaviour tests exercise.
 */
class GuideMatchesSourceTest {

    private static final Pattern BLOCK = Pattern.compile("<!-- source: (\\S+) -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/plugins.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("docs/plugins.md not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void everySourceBlockOfTheGuideIsIdenticalToTheModulesFile() throws IOException {
        Path root = repositoryRoot();
        String guide = Files.readString(root.resolve("docs/plugins.md"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        Matcher m = BLOCK.matcher(guide);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            Path file = root.resolve(m.group(1));
            assertTrue(Files.isRegularFile(file), "the guide names " + m.group(1) + ", which does not exist");
            assertEquals(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"), m.group(2),
                    "docs/plugins.md differs from " + m.group(1));
            checked.add(m.group(1));
        }
        assertTrue(checked.stream().anyMatch(p -> p.endsWith("SecretLeakDetectorFactory.java")), checked.toString());
        assertTrue(checked.stream().anyMatch(p -> p.contains("META-INF/services/")), checked.toString());
    }

    @Test
    void readmeLinksTheGuide() throws IOException {
        assertTrue(Files.readString(repositoryRoot().resolve("README.md")).contains("docs/plugins.md"));
    }
}
