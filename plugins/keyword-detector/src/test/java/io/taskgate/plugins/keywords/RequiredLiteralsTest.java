package io.taskgate.plugins.keywords;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The literal prefilter: it may skip a rule only for a text the rule cannot match. */
class RequiredLiteralsTest {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static List<String> defaultRegexes() throws IOException {
        try (InputStream in = RequiredLiteralsTest.class.getResourceAsStream("default-rules.txt")) {
            List<String> regexes = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    regexes.add(line.substring(line.indexOf('=') + 1).strip());
                }
            }
            return regexes;
        }
    }

    /** Every line of the labelled evaluation sets (prompts of every category, in several languages), as written,
     * upper-cased and title-cased. */
    static List<String> texts() throws IOException {
        Path eval = Path.of("../../eval");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(eval)) {
            all.filter(p -> p.toString().endsWith(".csv")).forEach(files::add);
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                if (line.isEmpty()) {
                    continue;
                }
                texts.add(line);
                texts.add(line.toUpperCase(Locale.ROOT));
                texts.add(Character.toUpperCase(line.charAt(0)) + line.substring(1));
            }
        }
        return texts;
    }

    @Test
    void aDefaultRuleIsNeverSkippedForATextItMatches() throws IOException {
        List<String> texts = texts();
        assertTrue(texts.size() > 3_000, "the evaluation sets are there: " + texts.size());
        int matches = 0;
        long skipped = 0;
        for (String regex : defaultRegexes()) {
            Pattern pattern = Pattern.compile(regex, FLAGS);
            RequiredLiterals literals = RequiredLiterals.of(regex, false);
            for (String text : texts) {
                boolean may = literals.mayMatch(RequiredLiterals.fold(text, false));
                if (pattern.matcher(text).find()) {
                    matches++;
                    assertTrue(may, () -> "skipped /" + regex + "/ for a text it matches: " + text);
                } else if (!may) {
                    skipped++;
                }
            }
        }
        assertTrue(matches > 100, "the rules match something in the sets: " + matches);
        long pairs = (long) texts.size() * defaultRegexes().size();
        assertTrue(skipped > pairs * 8 / 10, "most rule and text pairs are settled by the literals: " + skipped
                + " of " + pairs);
    }

    @Test
    void eachTopLevelAlternativeGivesItsLongestRequiredLiteral() {
        assertEquals(List.of("casino", "betting", "bet365"),
                RequiredLiterals.of("\\b(casinos?|sports ?betting|bet365)\\b", false).literals());
    }

    @Test
    void anAlternativeThatStartsWithAShortGroupUsesTheLongerGroupAfterIt() {
        assertEquals(List.of("girlfriend", "boyfriend"),
                RequiredLiterals.of("\\b(my|a) (girlfriend|boyfriend)\\b", false).literals());
    }

    @Test
    void aShortRunGivesWayToARequiredGroupWhoseLiteralsAreAllLonger() {
        assertEquals(List.of("another", "a different"),
                RequiredLiterals.of("\\bfor (another|a different) (client|sponsor)\\b", false).literals());
        assertEquals(List.of("cover letter "),
                RequiredLiterals.of("\\bcover letter (for|to) (my|a) (application|job)\\b", false).literals());
    }

    @Test
    void optionalCharactersAndGroupsAreNeverRequired() {
        assertEquals(List.of("bar"), RequiredLiterals.of("(foo)?bar", false).literals());
        assertEquals(List.of("colo"), RequiredLiterals.of("colou?r", false).literals());
        assertSame(RequiredLiterals.ANY, RequiredLiterals.of("(foo)?", false));
    }

    @Test
    void anAlternativeWithoutLiteralsKeepsTheRuleAlwaysRun() {
        assertSame(RequiredLiterals.ANY, RequiredLiterals.of("\\b(\\w+|crypto)\\b", false));
        assertEquals(List.of("coin", "crypto"), RequiredLiterals.of("\\b(\\w+coin|crypto)\\b", false).literals());
        assertSame(RequiredLiterals.ANY, RequiredLiterals.of("[a-z]+", false));
        assertTrue(RequiredLiterals.ANY.mayMatch("anything"));
    }

    @Test
    void escapedPunctuationIsALiteralAndClassesEndARun() {
        assertEquals(List.of("a.b"), RequiredLiterals.of("x[yz]a\\.b", false).literals());
    }

    @Test
    void foldingComparesCharactersAsTheCaseInsensitiveRegexDoes() {
        Pattern secret = Pattern.compile("\\bsecret\\b", FLAGS);
        RequiredLiterals literals = RequiredLiterals.of("\\bsecret\\b", false);
        for (String text : List.of("SECRET", "Secret", "\u017Fecret", "s\u0415cret".replace('\u0415', 'E'))) {
            assertEquals(secret.matcher(text).find(), literals.mayMatch(RequiredLiterals.fold(text, false)), text);
        }
    }

    @Test
    void caseSensitiveRulesCompareTheTextAsItIs() {
        RequiredLiterals literals = RequiredLiterals.of("\\bBitcoin\\b", true);
        assertTrue(literals.mayMatch(RequiredLiterals.fold("buy Bitcoin now", true)));
        assertEquals(false, literals.mayMatch(RequiredLiterals.fold("buy bitcoin now", true)));
    }
}
