package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.TaskInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "foreign-domain" feature: how much closer a prompt comes than its task to the business domain it is about. */
class ForeignDomainFeatureTest {

    static final int FOREIGN_DOMAIN = List.of(MisuseModel.FEATURES).indexOf("foreign-domain");
    static final TaskInfo PAYROLL = new TaskInfo("payroll-api", "acme", "Payroll REST API",
            "Build the payroll service: salaries, tax deductions, payslips and employee records for the HR team.",
            true, Set.of("code", "test"));

    static TaskClassifier classifier;

    @BeforeAll
    static void model() {
        classifier = new TaskClassifier(new OnnxEmbedder(), StaticEmbedder.shipped(), Anchors.DEFAULTS, Anchors.META,
                MisuseModel.shipped(), TaskClassifier.Settings.defaults(), t -> List.of());
    }

    static double foreignDomain(String prompt) {
        return classifier.features(prompt, PAYROLL).semantic()[FOREIGN_DOMAIN];
    }

    @Test
    void theFeatureSitsAmongTheSimilaritiesBeforeThePromptBank() {
        assertEquals(MisuseModel.SIMILARITIES - 2, FOREIGN_DOMAIN);
        assertEquals("off-topic-beside-task", MisuseModel.FEATURES[MisuseModel.SIMILARITIES - 1]);
        assertEquals("misuse-bank-best", MisuseModel.FEATURES[MisuseModel.SIMILARITIES]);
    }

    @Test
    void workForABusinessOfAnotherDomainIsFartherFromTheTaskThanTheTasksOwnWork() {
        double library = foreignDomain("openapi spec for a library catalog api: books, copies, loans, holds, fines");
        double restaurant = foreignDomain("table reservation flow for a restaurant, walk-ins and online bookings");
        double own = foreignDomain("the tax deduction on the payslip is off by a cent for part-time employees");
        assertTrue(library > own + 0.1, "library " + library + " against the task's own work " + own);
        assertTrue(restaurant > own + 0.1, "restaurant " + restaurant + " against the task's own work " + own);
    }

    @Test
    void aGenericRequestIsAboutNoOtherDomain() {
        double generic = foreignDomain("write a unit test for this method");
        double library = foreignDomain("openapi spec for a library catalog api: books, copies, loans, holds, fines");
        assertTrue(generic < library, "generic " + generic + " against another domain " + library);
    }
}
