package io.taskgate.plugins.embedding;

import io.taskgate.api.testing.TestExchange;
import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.StageFactory;
import io.taskgate.core.infrastructure.plugins.PluginDiscovery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Installs the plugin as the gateway expects it, a directory {@code plugins/embedding-classifier/} with the
 * plugin's JAR and its libraries ({@code target/plugin/embedding-classifier/}, filled by the build), and loads it
 * with the gateway's own {@link PluginDiscovery}: its own class loader, the model loaded inside it.
 */
class PluginDirectoryLoadingTest {

    @TempDir
    Path work;

    @Test
    void loadsFromAPluginsSubDirectoryInItsOwnClassLoaderAndClassifies() throws Exception {
        Path libraries = Path.of("target/plugin/embedding-classifier");
        assertTrue(Files.isDirectory(libraries), "the build copies the plugin's libraries to " + libraries.toAbsolutePath());
        Path dir = Files.createDirectories(work.resolve("plugins/embedding-classifier"));
        try (Stream<Path> jars = Files.list(libraries)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar") && !p.getFileName().toString().startsWith("embedding-classifier")).toList()) {
                Files.createSymbolicLink(dir.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        jar(dir.resolve("embedding-classifier.jar"), Path.of("target/classes"));

        Map<String, Throwable> broken = new LinkedHashMap<>();
        List<PluginDiscovery.Found> found = PluginDiscovery.discover(getClass().getClassLoader(),
                work.resolve("plugins"), broken::put);

        List<PluginDiscovery.Found> plugin = found.stream().filter(f -> f.source().equals("embedding-classifier/")).toList();
        assertTrue(broken.isEmpty(), broken.toString());
        assertEquals(1, plugin.size(), found.toString());
        StageFactory factory = plugin.get(0).factory();
        assertEquals("embedding", factory.id());
        assertNotEquals(EmbeddingClassifierFactory.class, factory.getClass(), "a copy of its own, not the test's");
        assertNotEquals(getClass().getClassLoader(), factory.getClass().getClassLoader());

        long start = System.nanoTime();
        factory.init(PluginConfig.EMPTY);
        Stage stage = factory.create();
        long initMs = (System.nanoTime() - start) / 1_000_000;
        String modelLoader = factory.getClass().getClassLoader()
                .loadClass("dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel")
                .getClassLoader().getName();
        assertEquals("plugin:embedding-classifier/", modelLoader);

        TestExchange exchange = new TestExchange(EvalSet.TASKS.get("acme-docs"),
                "Suggest a three-day itinerary for a family holiday in Rome with restaurants.");
        stage.apply(exchange);
        Finding finding = exchange.findings().get(0);
        assertEquals(Severity.MAJOR, finding.severity(), finding.evidence());
        System.out.println("embedding-classifier loaded from the plugins directory; init (model + anchors) " + initMs + " ms");
    }

    private static void jar(Path jar, Path classes) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
    }
}
