package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.spi.StageFactory;

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
 * those of the plugins directory, each plugin in its own class loader whose parent is the application's (so
 * plugins see {@code platform-api} and nothing of each other). A plugin is either
 * <ul>
 *   <li>one {@code *.jar} file directly in the plugins directory (parent-first class loader), or</li>
 *   <li>a sub-directory whose {@code *.jar} files (not recursive) form one plugin with its libraries, sharing one
 *   class loader that looks in those JARs first, except for {@code java.*} and the {@code platform-api} packages
 *   ({@code io.taskgate.api.*}), which always come from the application. Its source is {@code <dir>/}. For plugins
 *   with large libraries (an embedding model and ONNX Runtime) that should not be shaded into one JAR.</li>
 * </ul>
 */
public final class PluginDiscovery {

    static final List<Class<? extends StageFactory>> FAMILY_SPIS = java.util.Arrays.stream(
            io.taskgate.api.pipeline.StageFamily.values()).<Class<? extends StageFactory>>map(
                    io.taskgate.api.pipeline.StageFamily::spi).toList();

    /** A factory and where it came from ({@code builtin} or the JAR's file name). */
    public record Found(StageFactory factory, String source) {
    }

    private PluginDiscovery() {
    }

    public static List<Found> discover(ClassLoader app, Path pluginsDir, BiConsumer<String, Throwable> broken) {
        List<Found> found = new ArrayList<>();
        loadAll(app, "builtin", found, broken);
        for (Path entry : entries(pluginsDir, broken)) {
            try {
                if (Files.isDirectory(entry)) {
                    List<Path> jars = jars(entry, broken);
                    if (jars.isEmpty()) {
                        continue;
                    }
                    URL[] urls = new URL[jars.size()];
                    for (int i = 0; i < urls.length; i++) {
                        urls[i] = jars.get(i).toUri().toURL();
                    }
                    String source = entry.getFileName() + "/";
                    loadAll(new DirectoryPluginClassLoader("plugin:" + source, urls, app), source, found, broken);
                } else {
                    ClassLoader loader = new URLClassLoader("plugin:" + entry.getFileName(), new URL[]{entry.toUri().toURL()}, app);
                    loadAll(loader, entry.getFileName().toString(), found, broken);
                }
            } catch (MalformedURLException e) {
                broken.accept(entry.toString(), e);
            }
        }
        return found;
    }

    /** The plugin JARs and plugin directories of the plugins directory, sorted by name; hidden entries skipped. */
    private static List<Path> entries(Path dir, BiConsumer<String, Throwable> broken) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            broken.accept(dir.toString(), e);
            return List.of();
        }
    }

    /**
     * The class loader of a directory plugin: its own JARs first (so its libraries do not collide with the
     * application's copies), but {@code java.*} and {@code io.taskgate.api.*} always from the parent, so the
     * plugin implements the very SPI types the core uses.
     */
    static final class DirectoryPluginClassLoader extends URLClassLoader {

        static {
            ClassLoader.registerAsParallelCapable();
        }

        DirectoryPluginClassLoader(String name, URL[] urls, ClassLoader parent) {
            super(name, urls, parent);
        }

        private static boolean parentOnly(String name) {
            return name.startsWith("java.") || name.startsWith("io.taskgate.api.");
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && !parentOnly(name)) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notHere) {
                        c = null;
                    }
                }
                if (c == null) {
                    c = super.loadClass(name, false);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
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
            return files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            broken.accept(dir.toString(), e);
            return List.of();
        }
    }
}
