package io.taskgate.plugins.keywords;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-pass table of all rules' literals answers as each rule's own literal test does. */
class LiteralIndexTest {

    static boolean[] oneByOne(List<RequiredLiterals> prefilters, String folded) {
        boolean[] may = new boolean[prefilters.size()];
        for (int i = 0; i < may.length; i++) {
            may[i] = prefilters.get(i).mayMatch(folded);
        }
        return may;
    }

    @Test
    void theTableNamesTheSameCandidateRulesAsEachRulesLiteralsOnEveryEvaluationLine() throws IOException {
        List<RequiredLiterals> prefilters = new ArrayList<>();
        for (String regex : RequiredLiteralsTest.defaultRegexes()) {
            prefilters.add(RequiredLiterals.of(regex, false));
        }
        LiteralIndex index = new LiteralIndex(prefilters);
        List<String> texts = RequiredLiteralsTest.texts();
        long candidates = 0;
        for (String text : texts) {
            String folded = RequiredLiterals.fold(text, false);
            boolean[] expected = oneByOne(prefilters, folded);
            assertArrayEquals(expected, index.candidates(folded), text);
            for (boolean b : expected) {
                candidates += b ? 1 : 0;
            }
        }
        assertTrue(candidates > texts.size(), "some rules are candidates: " + candidates);
        assertTrue(candidates < (long) texts.size() * prefilters.size() / 5, "most are not: " + candidates);
    }

    @Test
    void aLiteralAtTheVeryStartOrEndOfTheTextIsFound() {
        LiteralIndex index = new LiteralIndex(List.of(RequiredLiterals.of("casino", false),
                RequiredLiterals.of("\\bbet365\\b", false)));
        assertArrayEquals(new boolean[]{true, false}, index.candidates("casino"));
        assertArrayEquals(new boolean[]{false, true}, index.candidates("my bet365"));
        assertArrayEquals(new boolean[]{false, false}, index.candidates("casin"));
        assertArrayEquals(new boolean[]{false, false}, index.candidates(""));
    }

    @Test
    void literalsThatShareTheirFirstTwoCharactersAreEachCompared() {
        LiteralIndex index = new LiteralIndex(List.of(RequiredLiterals.of("\\b(thesis|dissertation)\\b", false),
                RequiredLiterals.of("\\bthe end\\b", false), RequiredLiterals.of("\\btherapist\\b", false)));
        assertArrayEquals(new boolean[]{false, true, true}, index.candidates("see the therapist at the end"));
        assertArrayEquals(new boolean[]{true, false, false}, index.candidates("my phd thesis"));
    }

    @Test
    void aLiteralThatStartsWithTheFreeSlotsKeyKeepsItsRuleAlwaysRun() {
        RequiredLiterals odd = RequiredLiterals.of("\uFFFF\uFFFFabc", false);
        assertEquals(List.of("\uFFFF\uFFFFabc"), odd.literals());
        LiteralIndex index = new LiteralIndex(List.of(odd, RequiredLiterals.of("casino", false)));
        assertArrayEquals(new boolean[]{true, false}, index.candidates("x\uFFFF\uFFFFabc"));
        assertArrayEquals(new boolean[]{true, false}, index.candidates("nothing"));
    }

    @Test
    void aRuleWithoutLiteralsOrWithAOneCharacterLiteralIsAlwaysACandidate() {
        RequiredLiterals none = RequiredLiterals.of("[a-z]+", false);
        RequiredLiterals oneChar = RequiredLiterals.of("x\\d+", false);
        assertEquals(List.of("x"), oneChar.literals());
        LiteralIndex index = new LiteralIndex(List.of(none, oneChar, RequiredLiterals.of("casino", false)));
        assertArrayEquals(new boolean[]{true, true, false}, index.candidates("nothing here"));
    }
}
