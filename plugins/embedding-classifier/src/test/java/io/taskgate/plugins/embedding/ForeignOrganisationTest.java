package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.TaskInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organisation check: a prompt that names an organisation its task never names. */
class ForeignOrganisationTest {

    static final Set<String> TASK = Set.of("aldervale", "fertility", "clinic", "patient", "portal", "booking", "api");
    static final Predicate<String> USES = TASK::contains;

    @Test
    void anOrganisationTheTaskNeverNamesIsForeign() {
        assertEquals("Kestrel Dermatology", ForeignOrganisation.named(
                "review this consent form component for the Kestrel Dermatology portal", USES));
        assertEquals("Cantilena Youth Choir", ForeignOrganisation.named(
                "proofread the rehearsal notes I wrote for Cantilena Youth Choir", USES));
        assertEquals("Harborline Apartments", ForeignOrganisation.named(
                "vitest tests again, but Harborline Apartments uses score bands 650/600", USES));
        assertEquals("Zonnehof Kliniek", ForeignOrganisation.named(
                "schrijf een prisma migration voor het Zonnehof Kliniek portaal", USES));
    }

    @Test
    void theTasksOwnOrganisationIsNotForeign() {
        assertEquals(ForeignOrganisation.NONE, ForeignOrganisation.named(
                "the Aldervale Fertility Clinic wants the booking page in Welsh too", USES));
        assertEquals(ForeignOrganisation.NONE, ForeignOrganisation.named(
                "Aldervale Clinic's portal times out on login", USES));
        assertEquals(ForeignOrganisation.NONE, ForeignOrganisation.named(
                "Check Aldervale Clinic's portal on a slow phone", USES), "a capitalised verb before the name");
    }

    @Test
    void theFirstDistinctiveWordDecidesNotTheTasksDomainWordsAfterIt() {
        assertEquals("Brightwater Fertility Clinic", ForeignOrganisation.named(
                "cycle calendar for the Brightwater Fertility Clinic portal", USES));
        assertEquals("Write Kestrel Dermatology", ForeignOrganisation.named(
                "Write Kestrel Dermatology tests", USES));
    }

    @Test
    void wordsThatSayNothingAboutWhichOrganisationDoNotMakeItForeign() {
        assertEquals(ForeignOrganisation.NONE, ForeignOrganisation.named("ask the National Clinic first", USES));
        assertEquals(ForeignOrganisation.NONE, ForeignOrganisation.named("our Clinic policy says 30 days", USES));
    }

    @Test
    void productsPlacesAndPartsOfSoftwareAreNotOrganisations() {
        for (String prompt : List.of("open it in Visual Studio", "the App Store rejected the build",
                "allow 443 in the Security Group", "link to the Help Center article", "415 Unsupported Media Type",
                "jest + React Testing Library", "Run AB tests on the banner", "Bench Press form cues",
                "Zero Trust network access", "Heathrow Airport transfers", "a Siemens PLC over OPC UA")) {
            assertEquals(ForeignOrganisation.NONE, ForeignOrganisation.named(prompt, USES), prompt);
        }
    }

    @Test
    void lowerCaseTextNamesNothing() {
        assertEquals(ForeignOrganisation.NONE, ForeignOrganisation.named(
                "my friend's clinic needs the same booking api", USES));
        assertEquals(ForeignOrganisation.NONE, ForeignOrganisation.named("", USES));
        assertEquals(ForeignOrganisation.NONE, ForeignOrganisation.named(null, USES));
    }

    /** The classifier: the check turns a prompt it finds suspect into a MAJOR, and leaves on-task work alone. */
    static final TaskInfo PORTAL = new TaskInfo("aldervale-portal", "aldervale", "Aldervale Fertility patient portal",
            "Build the patient portal of the Aldervale Fertility Clinic: appointment booking, cycle tracking, secure "
                    + "messages with the care team and results, in React and a Node API with Prisma on PostgreSQL.",
            true, Set.of("code", "test", "doc"));

    static TaskClassifier classifier;

    @BeforeAll
    static void model() {
        classifier = new TaskClassifier(new OnnxEmbedder(), StaticEmbedder.shipped(), Anchors.DEFAULTS, Anchors.META,
                MisuseModel.shipped(), new TaskClassifier.Settings(1000, 1000, 0, false, 0, false, true), t -> List.of());
    }

    /**
     * A prompt the model finds suspect: its misuse log-odds lie well above the SLIGHT threshold. The MAJOR threshold is
     * moved up by 5 ({@code major-offset}), so that without the check the verdict is SLIGHT whatever the prompt's
     * exact score.
     */
    @Test
    void aSuspectPromptThatNamesAnotherOrganisationIsAMajorWhoseEvidenceKeepsTheNameOut() {
        String prompt = "quick one for Meadowbank Surgery: their patient portal needs the same secure messages page";
        TaskClassifier.Settings highMajor = new TaskClassifier.Settings(1000, 1000, 0, false, 5, false, true);
        TaskClassifier.Features f = classifier.features(prompt, PORTAL);
        assertEquals("Meadowbank Surgery", f.foreignOrganisation());
        TaskClassifier.Verdict with = TaskClassifier.decide(f, MisuseModel.shipped(), highMajor,
                PORTAL.expectedIntents());
        TaskClassifier.Verdict without = TaskClassifier.decide(new TaskClassifier.Features(f.semantic(),
                        f.semanticWithoutExamples(), f.cheap(), f.cheapWithoutExamples(), f.examples(), f.label(),
                        f.labelScores(), f.lexical(), f.vector(), f.cheapVector(), f.centroids()),
                MisuseModel.shipped(), highMajor, PORTAL.expectedIntents());
        assertEquals(Severity.SLIGHT, without.severity(), "without the check: " + without.evidence());
        assertEquals(Severity.MAJOR, with.severity());
        assertEquals(Anchors.OFF_TOPIC, with.label());
        assertTrue(with.evidence().contains("names an organisation that its task's texts never name"), with.evidence());
        assertFalse(with.evidence().contains("Meadowbank"), "no prompt text in evidence: " + with.evidence());
        assertEquals(without.confidence(), with.confidence(), 1e-9, "the model's own confidence, nothing added");
    }

    @Test
    void aPromptTheModelFindsOnTaskStaysOnTaskWhateverItNames() {
        TaskClassifier.Features f = classifier.features(
                "review the consent form component for Ashby Dermatology, signature + pdf", PORTAL);
        assertEquals("Ashby Dermatology", f.foreignOrganisation());
        assertEquals(Severity.NONE, TaskClassifier.decide(f, MisuseModel.shipped(), TaskClassifier.Settings.defaults(),
                PORTAL.expectedIntents()).severity());
    }

    @Test
    void onTaskWorkThatNamesTheTasksOwnOrganisationIsNotTouched() {
        TaskClassifier.Features f = classifier.features(
                "the Aldervale Fertility Clinic wants a jest test for the booking reminder", PORTAL);
        assertEquals(ForeignOrganisation.NONE, f.foreignOrganisation());
    }
}
