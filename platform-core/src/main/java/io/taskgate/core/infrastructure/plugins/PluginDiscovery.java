package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.spi.PostCallMisuseStageFactory;
import io.taskgate.api.spi.PreCallMisuseStageFactory;
import io.taskgate.api.spi.QuotaStageFactory;
import io.taskgate.api.spi.SettlementStageFactory;
import io.taskgate.api.spi.StageFactory;
import io.taskgate.api.spi.TaskPolicyStageFactory;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Finds stage factories with {@link ServiceLoader}: the built-in ones on the application's class path, and
 * those in the JARs of the plugins directory, each JAR in its own class loader whose parent is the
 * application's (so plugins see {@code platform-api} and nothing of each other).
 */
public final class PluginDiscovery {

    static final List<Class<? extends StageFactory>> FAMILY_SPIS = List.of(TaskPolicyStageFactory.class,
            QuotaStageFactory.class, PreCallMisuseStageFactory.class, PostCallMisuseStageFactory.class,
            SettlementStageFactory.class);

    /** A factory and where it came from ({@code builtin} or the JAR's file name). */
    public record Found(StageFactory factory, String source) {
    }

    private PluginDiscovery() {
    }

    public static List<Found> discover(ClassLoader app, Path pluginsDir, BiConsumer<String, Throwable> broken) {
        List<Found> found = new ArrayList<>();
        loadAll(app, "builtin", found, broken);
        for (Path jar : jars(pluginsDir, broken)) {
            try {
                ClassLoader loader = new URLClassLoader("plugin:" + jar.getFileName(), new URL[]{jar.toUri().toURL()}, app);
                loadAll(loader, jar.getFileName().toString(), found, broken);
            } catch (MalformedURLException e) {
                broken.accept(jar.toString(), e);
            }
        }
        return found;
    }

    private static void loadAll(ClassLoader loader, String source, List<Found> found, BiConsumer<String, Throwable> broken) {
        for (Class<? extends StageFactory> spi : FAMILY_SPIS) {
            Iterator<? extends StageFactory> it = ServiceLoader.load(spi, loader).iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    StageFactory factory = it.next();
                    if (source.equals("builtin") || factory.getClass().getClassLoader() == loader) {
                        found.add(new Found(factory, source));
                    }
                } catch (ServiceConfigurationError | LinkageError e) {
                    broken.accept(source + " (" + spi.getSimpleName() + ")", e);
                }
            }
        }
    }

    private static List<Path> jars(Path dir, BiConsumer<String, Throwable> broken) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            broken.accept(dir.toString(), e);
            return List.of();
        }
    }
}
