package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.spi.PreCallMisuseStageFactory;
import io.taskgate.core.stages.GrantsTaskPolicyStageFactory;
import io.taskgate.core.stages.PricingSettlementStageFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginDiscoveryTest {

    static final String SERVICES = "META-INF/services/" + PreCallMisuseStageFactory.class.getName();
    static final String FACTORY_SOURCE = """
            package com.example.plugin;

            import io.taskgate.api.pipeline.Stage;
            import io.taskgate.api.pipeline.StageResult;
            import io.taskgate.api.spi.PreCallMisuseStageFactory;

            public class KeywordFactory implements PreCallMisuseStageFactory {
                @Override
                public String id() {
                    return "keywords";
                }

                @Override
                public Stage create() {
                    return exchange -> StageResult.proceed();
                }
            }
            """;

    @TempDir
    Path work;

    private final Map<String, Throwable> broken = new LinkedHashMap<>();

    /** Compiles the tiny factory against the test class path and returns the directory of its classes. */
    private Path compileFactory() throws IOException {
        Path src = work.resolve("src/com/example/plugin/KeywordFactory.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, FACTORY_SOURCE);
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        String classpath = System.getProperty("java.class.path") + File.pathSeparator
                + location(PreCallMisuseStageFactory.class);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "-d", classes.toString(), "-cp", classpath,
                "--release", "17", src.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
        return classes;
    }

    private static String location(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void jar(Path jar, Path classes, String services) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            if (classes != null) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(classes)) {
                    files = walk.filter(Files::isRegularFile).toList();
                }
                for (Path f : files) {
                    out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                    out.write(Files.readAllBytes(f));
                    out.closeEntry();
                }
            }
            out.putNextEntry(new JarEntry(SERVICES));
            out.write(services.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    private List<PluginDiscovery.Found> discover(Path dir) {
        return PluginDiscovery.discover(getClass().getClassLoader(), dir, broken::put);
    }

    private static List<PluginDiscovery.Found> from(List<PluginDiscovery.Found> found, String source) {
        return found.stream().filter(f -> f.source().equals(source)).toList();
    }

    @Test
    void pluginJarFactoryIsFoundWithTheJarFileNameAsSource() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        jar(plugins.resolve("keywords-plugin.jar"), compileFactory(), "com.example.plugin.KeywordFactory\n");

        List<PluginDiscovery.Found> found = discover(plugins);

        List<PluginDiscovery.Found> fromJar = from(found, "keywords-plugin.jar");
        assertEquals(1, fromJar.size(), found.toString());
        assertEquals("keywords", fromJar.get(0).factory().id());
        assertEquals(StageFamily.MISUSE_PRE, fromJar.get(0).factory().family());
        assertEquals("com.example.plugin.KeywordFactory", fromJar.get(0).factory().getClass().getName());
        assertNotEquals(getClass().getClassLoader(), fromJar.get(0).factory().getClass().getClassLoader(),
                "a plugin lives in its own class loader");
        assertTrue(broken.isEmpty(), broken.toString());
    }

    static final String HELPER_SOURCE = """
            package com.example.lib;

            public class Helper {
                public static String version() {
                    return "%s";
                }
            }
            """;

    static final String DIR_FACTORY_SOURCE = """
            package com.example.dirplugin;

            import io.taskgate.api.pipeline.Stage;
            import io.taskgate.api.pipeline.StageResult;
            import io.taskgate.api.spi.PreCallMisuseStageFactory;

            public class DirFactory implements PreCallMisuseStageFactory {
                @Override
                public String id() {
                    return "dir-" + com.example.lib.Helper.version();
                }

                @Override
                public Stage create() {
                    return exchange -> StageResult.proceed();
                }
            }
            """;

    /** Compiles one source file (named by its public class) against the test class path plus {@code extra}. */
    private Path compile(String name, String className, String source, Path... extra) throws IOException {
        Path src = work.resolve("src-" + name + "/" + className.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(work.resolve("classes-" + name));
        StringBuilder classpath = new StringBuilder(System.getProperty("java.class.path") + File.pathSeparator
                + location(PreCallMisuseStageFactory.class));
        for (Path p : extra) {
            classpath.append(File.pathSeparator).append(p);
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, "-d", classes.toString(),
                "-cp", classpath.toString(), "--release", "17", src.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
        return classes;
    }

    private static void plainJar(Path jar, Path classes) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
    }

    /** plugins/dir-plugin/ holding the factory's JAR and its library's JAR (Helper.version() = "plugin"). */
    private Path directoryPlugin() throws IOException {
        Path helper = compile("helper-plugin", "com.example.lib.Helper", HELPER_SOURCE.formatted("plugin"));
        Path factory = compile("dir-factory", "com.example.dirplugin.DirFactory", DIR_FACTORY_SOURCE, helper);
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Path dir = Files.createDirectories(plugins.resolve("dir-plugin"));
        jar(dir.resolve("dir-factory.jar"), factory, "com.example.dirplugin.DirFactory\n");
        plainJar(dir.resolve("helper-lib.jar"), helper);
        return plugins;
    }

    @Test
    void subDirectoryIsOnePluginWhoseJarsShareOneOwnClassLoader() throws Exception {
        Path plugins = directoryPlugin();

        List<PluginDiscovery.Found> found = discover(plugins);

        List<PluginDiscovery.Found> fromDir = from(found, "dir-plugin/");
        assertEquals(1, fromDir.size(), found.toString());
        assertTrue(broken.isEmpty(), broken.toString());
        var factory = fromDir.get(0).factory();
        assertEquals("dir-plugin", factory.id(), "the factory used the library JAR next to it");
        assertEquals(StageFamily.MISUSE_PRE, factory.family());
        ClassLoader loader = factory.getClass().getClassLoader();
        assertNotEquals(getClass().getClassLoader(), loader);
        assertEquals(loader, loader.loadClass("com.example.lib.Helper").getClassLoader(), "one loader for all its JARs");
        assertEquals(PreCallMisuseStageFactory.class, loader.loadClass(PreCallMisuseStageFactory.class.getName()),
                "platform-api comes from the application");
    }

    @Test
    void directoryPluginPrefersItsOwnLibraryOverTheApplicationsCopy() throws Exception {
        Path plugins = directoryPlugin();
        Path appHelper = compile("helper-app", "com.example.lib.Helper", HELPER_SOURCE.formatted("app"));
        try (java.net.URLClassLoader app = new java.net.URLClassLoader(new java.net.URL[]{appHelper.toUri().toURL()},
                getClass().getClassLoader())) {
            assertEquals("app", app.loadClass("com.example.lib.Helper").getMethod("version").invoke(null));

            List<PluginDiscovery.Found> found = PluginDiscovery.discover(app, plugins, broken::put);

            assertEquals("dir-plugin", from(found, "dir-plugin/").get(0).factory().id());
        }
    }

    @Test
    void singleJarsAndDirectoriesLoadSideBySideAndEmptyOrHiddenDirectoriesAreIgnored() throws Exception {
        Path plugins = directoryPlugin();
        jar(plugins.resolve("keywords-plugin.jar"), compileFactory(), "com.example.plugin.KeywordFactory\n");
        Files.createDirectories(plugins.resolve("empty"));
        Path hidden = Files.createDirectories(plugins.resolve(".cache"));
        jar(hidden.resolve("x.jar"), null, "com.example.plugin.DoesNotExist\n");

        List<PluginDiscovery.Found> found = discover(plugins);

        assertEquals(1, from(found, "dir-plugin/").size());
        assertEquals(1, from(found, "keywords-plugin.jar").size());
        assertEquals(from(discover(null), "builtin").size() + 2, found.size());
        assertTrue(broken.isEmpty(), broken.toString());
    }

    @Test
    void builtinFactoriesAreFoundOnceAsBuiltin() {
        List<PluginDiscovery.Found> found = discover(null);

        List<Class<?>> builtin = from(found, "builtin").stream().<Class<?>>map(f -> f.factory().getClass()).toList();
        assertTrue(builtin.contains(GrantsTaskPolicyStageFactory.class), builtin.toString());
        assertTrue(builtin.contains(PricingSettlementStageFactory.class), builtin.toString());
        assertEquals(found.size(), builtin.size());
        assertEquals(builtin.size(), builtin.stream().distinct().count());
    }

    @Test
    void builtinFactoriesAreNotRepeatedUnderAPluginJarsName() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        jar(plugins.resolve("keywords-plugin.jar"), compileFactory(), "com.example.plugin.KeywordFactory\n");

        List<PluginDiscovery.Found> found = discover(plugins);

        assertEquals(from(discover(null), "builtin").size() + 1, found.size());
    }

    @Test
    void jarNamingAMissingClassIsReportedAndDoesNotStopTheGoodPlugin() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        jar(plugins.resolve("a-broken.jar"), null, "com.example.plugin.DoesNotExist\n");
        jar(plugins.resolve("b-good.jar"), compileFactory(), "com.example.plugin.KeywordFactory\n");

        List<PluginDiscovery.Found> found = discover(plugins);

        assertEquals(1, from(found, "b-good.jar").size(), found.toString());
        assertTrue(from(found, "a-broken.jar").isEmpty());
        List<String> brokenSources = new ArrayList<>(broken.keySet());
        assertEquals(1, brokenSources.size(), brokenSources.toString());
        assertTrue(brokenSources.get(0).startsWith("a-broken.jar"), brokenSources.toString());
        assertTrue(broken.values().iterator().next().getMessage().contains("DoesNotExist"));
    }

    @Test
    void missingClassNextToAGoodOneInTheSameJarDoesNotHideTheGoodOne() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        jar(plugins.resolve("mixed.jar"), compileFactory(),
                "com.example.plugin.DoesNotExist\ncom.example.plugin.KeywordFactory\n");

        List<PluginDiscovery.Found> found = discover(plugins);

        assertEquals(1, from(found, "mixed.jar").size(), found.toString());
        assertEquals(1, broken.size(), broken.toString());
    }

    @Test
    void nonJarFilesAndMissingDirectoryAreIgnored() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.writeString(plugins.resolve("README.txt"), "not a plugin");

        int builtins = discover(null).size();
        assertEquals(builtins, discover(plugins).size());
        assertEquals(builtins, discover(work.resolve("does-not-exist")).size());
        assertTrue(broken.isEmpty());
    }
}
