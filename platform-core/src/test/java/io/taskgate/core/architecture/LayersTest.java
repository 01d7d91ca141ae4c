package io.taskgate.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layers of platform-core (Cargo Tracker's), read from the class files: arrows point inwards only.
 * <ul>
 *   <li>{@code domain} depends on nothing but itself, the JDK, JPA's annotations and the plugin API;</li>
 *   <li>{@code application} does not reach {@code infrastructure} or {@code interfaces}: it talks to ports;</li>
 *   <li>{@code infrastructure} (adapters) does not reach {@code interfaces};</li>
 *   <li>{@code interfaces} (transport) does not reach persistence: it calls use cases and read ports;</li>
 *   <li>the plugin API knows nothing of the core, and plugins build against the plugin API only.</li>
 * </ul>
 */
class LayersTest {

    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.taskgate.core");

    @Test
    void theDomainDependsOnNothingButItselfTheJdkJpaAndThePluginApi() {
        classes().that().resideInAPackage("io.taskgate.core.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.taskgate.core.domain..", "java..",
                        "jakarta.persistence..", "io.taskgate.api..")
                .check(CORE);
    }

    @Test
    void theApplicationDoesNotDependOnInfrastructureOrInterfaces() {
        noClasses().that().resideInAPackage("io.taskgate.core.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.taskgate.core.infrastructure..",
                        "io.taskgate.core.interfaces..")
                .check(CORE);
    }

    @Test
    void infrastructureDoesNotDependOnInterfaces() {
        noClasses().that().resideInAPackage("io.taskgate.core.infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("io.taskgate.core.interfaces..")
                .check(CORE);
    }

    @Test
    void interfacesDoNotDependOnPersistence() {
        noClasses().that().resideInAPackage("io.taskgate.core.interfaces..")
                .should().dependOnClassesThat().resideInAPackage("io.taskgate.core.infrastructure.persistence..")
                .check(CORE);
    }

    @Test
    void thePluginApiKnowsNothingOfTheCore() {
        noClasses().that().resideInAPackage("io.taskgate.api..")
                .should().dependOnClassesThat().resideInAPackage("io.taskgate.core..")
                .check(new ClassFileImporter().importPackages("io.taskgate.api"));
    }

    @Test
    void pluginsBuildAgainstThePluginApiOnly() throws java.io.IOException {
        java.nio.file.Path plugins = java.nio.file.Path.of("..", "plugins");
        java.util.List<java.nio.file.Path> poms;
        try (var found = java.nio.file.Files.walk(plugins, 2)) {
            poms = found.filter(p -> p.getFileName().toString().equals("pom.xml") && !p.getParent().equals(plugins))
                    .toList();
        }
        org.junit.jupiter.api.Assertions.assertFalse(poms.isEmpty(), "no plugin modules under " + plugins.toAbsolutePath());
        for (java.nio.file.Path pom : poms) {
            java.util.regex.Matcher dependency = java.util.regex.Pattern.compile("<dependency>(.*?)</dependency>",
                    java.util.regex.Pattern.DOTALL).matcher(java.nio.file.Files.readString(pom));
            while (dependency.find()) {
                String block = dependency.group(1);
                // a plugin's own tests may load it the way the core does; its code may not use the core
                org.junit.jupiter.api.Assertions.assertFalse(block.contains("<artifactId>platform-core</artifactId>")
                                && !block.contains("<scope>test</scope>"),
                        pom + " depends on platform-core: a plugin builds against platform-api only");
            }
        }
    }
}
