package io.taskgate.core.architecture;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The walk of one proxied request, measured from the class files: every core class the {@code /v1} servlet reaches
 * through calls and constructions (an interface leads to its core implementations; the CDI-intercepted upstream call
 * leads to the pipeline interceptor), not counting the plugin stages, the persistence adapters behind the domain's
 * repository ports, or exceptions and records that carry no behaviour. It prints how many files the walk crosses, how
 * many of its call arrows change layer, and which of them run back up (a lower layer calling a higher one:
 * application into infrastructure or interfaces, infrastructure into interfaces or into application classes that
 * are not ports,
 * the domain into anything), and asserts there are none of the last. A call through a port counts as an arrow to the
 * port; the adapter behind it is reached, as a class that depends on the port.
 */
class RequestWalkTest {

    static final String CORE = "io.taskgate.core.";
    static final String START = CORE + "interfaces.proxy.ProxyServlet";
    /** The CDI binding the class files do not show: the intercepted upstream call runs the pipeline. */
    static final Map<String, String> INTERCEPTED = Map.of(
            CORE + "application.proxy.UpstreamCall", CORE + "application.pipeline.PipelineInterceptor");

    record Arrow(String from, String to) {
    }

    @Test
    void theWalkOfOneProxiedRequestHasNoArrowThatRunsBackUp() {
        JavaClasses classes = LayersTest.CORE;
        Set<String> ports = classes.stream().filter(JavaClass::isInterface).map(JavaClass::getName)
                .collect(java.util.stream.Collectors.toSet());
        Set<String> reached = new LinkedHashSet<>();
        Set<Arrow> arrows = new LinkedHashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>(List.of(classes.get(START)));
        while (!todo.isEmpty()) {
            JavaClass next = todo.pop();
            if (!reached.add(next.getName())) {
                continue;
            }
            for (Map.Entry<JavaClass, Set<JavaClass>> step : targets(classes, next).entrySet()) {
                // the arrow points at what the code names (a port, where it is one); its implementations are reached
                // through it, as adapters that depend on the port, not as calls of the caller
                arrows.add(new Arrow(next.getName(), step.getKey().getName()));
                step.getValue().forEach(todo::push);
            }
        }
        Map<String, Integer> perLayer = new LinkedHashMap<>();
        reached.forEach(c -> perLayer.merge(layer(c), 1, Integer::sum));
        long changes = arrows.stream().filter(a -> !layer(a.from()).equals(layer(a.to()))).count();
        Set<String> backUp = new TreeSet<>();
        arrows.stream().filter(a -> runsBackUp(a, ports))
                .forEach(a -> backUp.add(shortName(a.from()) + " -> " + shortName(a.to())));
        System.out.println("[request walk] files: " + reached.size() + " " + perLayer + "; arrows: " + arrows.size()
                + ", changing layer: " + changes + ", running back up: " + backUp.size());
        reached.stream().sorted(Comparator.comparing(RequestWalkTest::layer))
                .forEach(c -> System.out.println("[request walk]   " + layer(c) + "  " + shortName(c)));
        backUp.forEach(a -> System.out.println("[request walk] back up: " + a));
        assertEquals(Set.of(), backUp);
    }

    /** What {@code from} calls or constructs (as named in its code), each with the classes the walk reaches there. */
    private static Map<JavaClass, Set<JavaClass>> targets(JavaClasses classes, JavaClass from) {
        Map<JavaClass, Set<JavaClass>> out = new LinkedHashMap<>();
        for (JavaAccess<?> access : from.getAccessesFromSelf()) {
            JavaClass owner = access.getTargetOwner();
            if (!access.getName().equals("<init>") && !(access instanceof com.tngtech.archunit.core.domain.JavaMethodCall)) {
                continue; // field reads of constants and the like are no step of the walk
            }
            if (!walked(owner) || topLevel(owner).equals(topLevel(from))) {
                continue;
            }
            Set<JavaClass> reached = out.computeIfAbsent(topLevel(owner), k -> new LinkedHashSet<>());
            for (JavaClass target : concrete(classes, owner)) {
                if (walked(target)) {
                    reached.add(topLevel(target));
                }
            }
        }
        String bound = INTERCEPTED.get(from.getName());
        if (bound != null) {
            out.put(classes.get(bound), Set.of(classes.get(bound)));
        }
        return out;
    }

    /** The class itself, or, for an interface or abstract class, its core implementations. */
    private static Set<JavaClass> concrete(JavaClasses classes, JavaClass owner) {
        Set<JavaClass> result = new LinkedHashSet<>();
        if (!owner.getName().startsWith(CORE)) {
            return result;
        }
        result.add(owner);
        if (owner.isInterface() || owner.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
            owner.getAllSubclasses().stream().filter(c -> c.getName().startsWith(CORE)).forEach(result::add);
        }
        return result;
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /** Whether a class is a step of the walk rather than plumbing it passes through. */
    private static boolean walked(JavaClass c) {
        String name = topLevel(c).getName();
        return name.startsWith(CORE)
                && !name.startsWith(CORE + "stages.") // the stages are the pipeline's plugins
                && !name.startsWith(CORE + "infrastructure.persistence.") // adapters behind repository ports
                && !name.startsWith(CORE + "infrastructure.plugins.") // plugin discovery behind StageSource
                && !c.isAssignableTo(Throwable.class)
                && !c.isRecord() && !c.isEnum();
    }

    static String layer(String className) {
        String rest = className.substring(CORE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "root" : rest.substring(0, dot);
    }

    private static int rank(String layer) {
        return switch (layer) {
            case "interfaces" -> 4;
            case "infrastructure" -> 3;
            case "application" -> 2;
            case "domain" -> 1;
            default -> 0;
        };
    }

    /**
     * Interfaces call application; application calls the domain and its own ports; infrastructure implements ports
     * of application and domain (a call into application is allowed only to its ports, not to its use cases). An arrow from application or the domain into infrastructure or interfaces, or from infrastructure
     * into interfaces, runs back up.
     */
    static boolean runsBackUp(Arrow arrow, Set<String> ports) {
        String from = layer(arrow.from());
        String to = layer(arrow.to());
        if (from.equals(to)) {
            return false;
        }
        return (from.equals("application") || from.equals("domain")) && rank(to) >= 3
                || from.equals("infrastructure") && to.equals("interfaces")
                || from.equals("infrastructure") && to.equals("application") && !ports.contains(arrow.to())
                || from.equals("domain");
    }

    private static String shortName(String className) {
        return className.substring(CORE.length());
    }
}
