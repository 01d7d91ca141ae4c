package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.task.Task;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskExamplesTest {

    static Task task() {
        return new Task("acme-checkout", "acme", "Checkout", "The shop's checkout API.", true, Set.of("code"));
    }

    @Test
    void exampleRequestsAreKeptInOrderWithTheirLineBreaksAndReachTheTaskInfo() {
        Task task = task();
        List<String> examples = Inputs.examples(List.of("  write a unit test for the cart  ", "",
                "why does this fail?\n```\nNullPointerException at Cart.total\n```"));
        task.exemplify(examples);
        assertEquals(List.of("write a unit test for the cart", "why does this fail?\n```\nNullPointerException at Cart.total\n```"),
                task.examples());
        assertEquals(task.examples(), task.toInfo().examples());
        task.exemplify(List.of());
        assertEquals(List.of(), task.toInfo().examples());
    }

    @Test
    void tooManyTooLongOrControlCharacterExamplesAreRefusedWith400() {
        List<String> many = new ArrayList<>(Arrays.asList(new String[Inputs.MAX_EXAMPLES + 1]));
        many.replaceAll(x -> "an example");
        assertRefused(many, "at most 20");
        assertRefused(List.of("x".repeat(Inputs.MAX_EXAMPLE_CHARS + 1)), "at most 1000 characters");
        assertRefused(List.of("bell \u0007 here"), "control characters");
        assertRefused(List.of("two" + Task.EXAMPLE_SEPARATOR + "in one"), "control characters");
    }

    static void assertRefused(List<String> examples, String message) {
        AdminProblem problem = assertThrows(AdminProblem.class, () -> Inputs.examples(examples));
        assertEquals(400, problem.status());
        assertTrue(problem.getMessage().contains(message), problem.getMessage());
    }
}
