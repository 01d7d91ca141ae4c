package io.taskgate.plugins.embedding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parts of a prompt that are judged alone as well as within the whole: a request the whole would dilute.
 * <ul>
 *   <li><b>Decoded text</b>: a base64 or hex run that decodes to words, and a line or quotation in ROT13 (its rotation reads as
 *   English words, the text itself does not). A request encoded so that no reader sees it is read as what it says.</li>
 *   <li><b>Numbered requests</b>: "1) fix the index 2) what do I cook on Saturday": each numbered item, when the prompt
 *   numbers two or three with {@code 1)}, {@code (1)} or {@code 1.} at the start of a line. The whole embeds as
 *   mostly work; the second item alone does not. A longer numbered list is pasted content (a style guide, the
 *   questions of a mailbag, the steps of a design), whose items read alone look like anything.</li>
 *   <li><b>A note addressed to the model</b> inside pasted code, a ticket or a document ("NOTE TO CODE ASSISTANT:",
 *   "// AI helper: after fixing this, ...", "TODO(ai-reviewer):", "whichever model reads this"): the rest of its
 *   paragraph or comment block. Honest work has no reason to talk to the model from inside what it pastes.</li>
 *   <li><b>A request after a turn</b>: "... for the drive time report. also how do I fight a speeding ticket", "Ensuite,
 *   perso : ...", "E já agora, faz-me ...": the rest of the paragraph after a word that turns to another request, where
 *   it opens a clause (after a full stop, a comma, a colon or "and", or at the start of a line) and follows some
 *   words. At most {@link #MAX_TURNS}; a prompt that opens with the word is one request, judged whole.</li>
 * </ul>
 * At most {@link #MAX_PARTS} parts, so that a long numbered list costs a bounded number of assessments. A prompt without
 * any has none: nothing more is assessed.
 */
public final class PromptParts {

    /** One part: what it is ("the decoded base64 text", "numbered request 2 of 3") and its text. */
    public record Part(String kind, String text) {
    }

    static final int MAX_PARTS = 4;
    /** The characters of a prompt that are searched for parts: its first and last halves of this many. */
    static final int MAX_SCANNED = 16_000;
    /** A numbered list of more items is a pasted list (a style guide, a mailbag, the steps of a design), not requests. */
    static final int MAX_REQUESTS = 3;
    private static final int MIN_WORDS = 3;
    private static final int MIN_BASE64 = 24;
    private static final int MIN_HEX = 32;
    /** {@code 1)} or {@code (1)} anywhere after a space, {@code 1.} or {@code 1:} only at the start of a line. */
    private static final Pattern NUMBER = Pattern.compile("(?:(?<=^|\\s)\\(([1-9])\\)|(?<=^|\\s)([1-9])\\)|(?m:^)[ \\t]*([1-9])[.:])(?=\\s)");
    private static final List<String> MODEL_WORDS = List.of("assistant", "model", "llm", "copilot", "chatbot", "gpt", "claude");
    private static final String MODEL = "(?:ai|a\\.i\\.|assistant|model|llm|copilot|chatbot|gpt|chatgpt|claude)";
    /** How a note in pasted text addresses the model (case-insensitive, except a bare upper-case "ASSISTANT:"). */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i:\\b(?:note|notes|instruction|instructions|message|memo|request)\\s+(?:to|for)\\s+"
                    + "(?:the\\s+|any\\s+|whichever\\s+|whatever\\s+)?(?:code\\s+|coding\\s+)?" + MODEL + "\\b[^:\\n]{0,40}?[:,.]"
                    + "|\\b(?:ai|llm)[ -]?(?:helper|reviewer|assistant|agent)\\s*[:,]"
                    + "|\\btodo\\s*\\(\\s*ai[^)\\n]{0,20}\\)\\s*:"
                    + "|\\b(?:whichever|any|whatever|the)\\s+" + MODEL + "\\s+(?:that\\s+)?(?:reads|reading|sees|processes|parses)\\s+this\\b[^:\\n]{0,20}?[:,.]"
                    + "|\\bhey\\s+" + MODEL + "\\b[,:]?"
                    + "|\\bassistant,\\s)"
                    + "|\\bASSISTANT\\s*:");
    /** A blank line, or a line that is no comment after comment lines, ends a note. */
    private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*(?://+|#+|--|\\*+|/\\*+|!+|;+|<!--)\\s?");
    private static final int MAX_NOTE_CHARS = 600;
    /** Words that turn to another request, in the languages of the held-out set (matched case-insensitively). */
    private static final List<String> TURNS = List.of("also", "btw", "by the way", "unrelated", "unrelatedly", "oh and",
            "one more thing", "while you're at it", "while you\u2019re at it", "while youre at it", "while i have you",
            "separately", "p.s.", "ps:", "e já agora", "já agora", "a przy okazji", "przy okazji", "et aussi", "au fait",
            "ensuite", "au passage", "außerdem", "ausserdem", "übrigens", "und noch", "trouwens", "daarna", "en verder",
            "por cierto", "además", "ademas", "y también", "y tambien", "inoltre", "tra l'altro", "a proposito", "e poi");
    /** {@link #TURNS} by their first letter, so that a word is compared with the few that may begin there. */
    private static final Map<Character, List<String>> TURNS_BY_LETTER = TURNS.stream()
            .collect(Collectors.groupingBy(t -> t.charAt(0)));
    /** What may stand before a turn word for it to open a clause: the start of a line or a mark that ends one. */
    private static final String CLAUSE_ENDS = ".!?;:,)]\u2014\u2013-";
    static final int MAX_TURNS = 2;
    /** Words a prompt has before a turn word for it to be a second request. */
    private static final int MIN_WORDS_BEFORE_TURN = 3;
    /** Words the request after a turn has, at least. */
    private static final int MIN_TURN_WORDS = 4;
    /** Frequent English words: a ROT13 text's rotation has many, another language's or code's has few. */
    private static final Set<String> COMMON = Set.of("the", "a", "an", "to", "of", "and", "for", "my", "me", "i", "in",
            "on", "is", "it", "with", "that", "this", "you", "your", "be", "was", "are", "at", "from", "have", "has",
            "write", "help", "please", "about", "what", "how", "can", "they", "we", "our", "not", "but", "or", "as", "by",
            "do", "he", "she", "his", "her", "him", "them", "their", "will", "would", "should", "could", "make", "give",
            "draft", "letter", "email", "some", "all", "if", "so", "up", "out", "get", "just", "who", "when", "where");

    private static final int LONGEST_COMMON = COMMON.stream().mapToInt(String::length).max().orElse(0);

    private PromptParts() {
    }

    /** The parts of {@code text} to judge alone; empty when it has none. */
    public static List<Part> of(String text) {
        return find(text, true);
    }

    /**
     * Only the encoded parts of {@code text} (base64, hex, ROT13): for the system and tool messages of a chat, which a
     * tool writes. A tool's system prompt addresses the model ("Assistant, stay Nova ...") and numbers its rules; an
     * encoded request has no place there.
     */
    public static List<Part> encoded(String text) {
        return find(text, false);
    }

    private static List<Part> find(String text, boolean all) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > MAX_SCANNED) {
            // a huge paste: its beginning and its end, as the model reads a long prompt
            text = text.substring(0, MAX_SCANNED / 2) + "\n\n" + text.substring(text.length() - MAX_SCANNED / 2);
        }
        List<Part> parts = new ArrayList<>();
        decoded(text, parts);
        rot13(text, parts);
        if (all) {
            addressedToTheModel(text, parts);
            numbered(text, parts);
            turned(text, parts);
        }
        return parts.size() > MAX_PARTS ? List.copyOf(parts.subList(0, MAX_PARTS)) : List.copyOf(parts);
    }

    /**
     * Base64 and hex runs that decode to words: one pass over the text for the maximal runs of base64's alphabet (a
     * regular expression would try every position inside every word).
     */
    private static void decoded(String text, List<Part> parts) {
        int n = text.length();
        int i = 0;
        while (i < n && parts.size() < MAX_PARTS) {
            while (i < n && !isBase64(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isBase64(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (i < n && text.charAt(i) == '=' && i - end < 2) {
                i++;
            }
            if (end - start < MIN_BASE64) {
                continue;
            }
            String run = text.substring(start, end);
            if (run.length() >= MIN_HEX && isHex(run)) {
                String decoded = run.length() % 2 == 0 ? utf8(hex(run)) : null;
                if (decoded != null && readsAsWords(decoded)) {
                    parts.add(new Part("the decoded hex text", decoded.strip()));
                }
            } else {
                String decoded = decode(run);
                if (decoded != null && readsAsWords(decoded)) {
                    parts.add(new Part("the decoded base64 text", decoded.strip()));
                }
            }
        }
    }

    private static boolean isBase64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_';
    }

    /** All hex digits, in one case. */
    private static boolean isHex(String run) {
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c >= 'a' && c <= 'f') {
                lower = true;
            } else if (c >= 'A' && c <= 'F') {
                upper = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return !(lower && upper);
    }

    private static byte[] hex(String run) {
        byte[] bytes = new byte[run.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(run.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    /** The run decoded as UTF-8, or null when it is not base64 or not UTF-8 text. */
    static String decode(String run) {
        String s = run.replaceAll("=+$", "");
        boolean urlSafe = s.indexOf('-') >= 0 || s.indexOf('_') >= 0;
        if (urlSafe && (s.indexOf('+') >= 0 || s.indexOf('/') >= 0)) {
            return null;
        }
        if (s.length() % 4 == 1) {
            return null;
        }
        try {
            return utf8((urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(s));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text a person wrote: printable, mostly letters and spaces, several words (not JSON, a key or an image). */
    static boolean readsAsWords(String s) {
        if (s.isBlank()) {
            return false;
        }
        int letters = 0;
        int spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
            spaces += c == ' ' ? 1 : 0;
        }
        return spaces >= MIN_WORDS && letters + spaces >= 0.8 * s.length();
    }

    private static void rot13(String text, List<Part> parts) {
        for (String segment : segments(text)) {
            if (parts.size() >= MAX_PARTS) {
                return;
            }
            // most text is English or code: its own share of common words rules it out before anything is rotated
            int[] before = commonWords(segment);
            if (before[0] < 5 || before[1] > 0.1 * before[0]) {
                continue;
            }
            String rotated = rotate(segment);
            int[] after = commonWords(rotated);
            if (after[1] >= 0.3 * after[0] && longerWords(rotated).stream().filter(COMMON::contains).distinct().count() >= 3) {
                parts.add(new Part("the ROT13 text decoded", rotated.strip()));
            }
        }
    }

    /** The text cut at line breaks, colons and quotation marks (an apostrophe inside a word is none). */
    private static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            boolean cut = i == n;
            if (!cut) {
                char c = text.charAt(i);
                cut = c == '\n' || c == '\r' || c == ':' || c == '"' || c == '“' || c == '”' || c == '«' || c == '»'
                        || c == '\'' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || i + 1 == n
                        || Character.isWhitespace(text.charAt(i + 1)));
            }
            if (cut) {
                if (i - start >= 10) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** {words of two letters or more, of which common}, in one pass. */
    private static int[] commonWords(String s) {
        int[] counts = new int[2];
        eachWord(s, (start, end) -> {
            int len = end - start;
            if (len >= 2) {
                counts[0]++;
                if (len <= LONGEST_COMMON && COMMON.contains(s.substring(start, end).toLowerCase(Locale.ROOT))) {
                    counts[1]++;
                }
            }
        });
        return counts;
    }

    /** Calls {@code word} with the bounds of each run of letters in {@code s}. */
    private static void eachWord(String s, WordBounds word) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                word.at(start, i);
            }
        }
    }

    private interface WordBounds {
        void at(int start, int end);
    }

    private static void addressedToTheModel(String text, List<Part> parts) {
        if (!mentionsTheModel(text.toLowerCase(Locale.ROOT))) {
            return;
        }
        Matcher m = ADDRESS.matcher(text);
        int from = 0;
        while (parts.size() < MAX_PARTS && m.find(from)) {
            String note = noteAfter(text, m.start(), m.end());
            if (words(note).size() >= MIN_WORDS) {
                parts.add(new Part("the note addressed to the model", note));
            }
            from = Math.max(m.end(), m.start() + 1);
        }
    }

    /** Whether a word for the model occurs at all: most prompts have none, and the address pattern is not tried. */
    static boolean mentionsTheModel(String lower) {
        for (String w : MODEL_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        for (int i = lower.indexOf("ai"); i >= 0; i = lower.indexOf("ai", i + 1)) {
            boolean startsWord = i == 0 || !Character.isLetter(lower.charAt(i - 1));
            boolean endsWord = i + 2 >= lower.length() || !Character.isLetter(lower.charAt(i + 2));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return lower.contains("a.i.");
    }

    /**
     * The note that begins at {@code start}: its line from the address on, and the lines after it up to a blank line or,
     * in a comment block, the first line that is no comment; comment markers removed, at most {@link #MAX_NOTE_CHARS}.
     */
    static String noteAfter(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(lineStart, start);
        String first = text.substring(start, lineEnd(text, start));
        String closer = before.contains("/*") && !first.contains("*/") ? "*/"
                : before.contains("<!--") && !first.contains("-->") ? "-->" : null;
        boolean inComment = closer == null && COMMENT_LINE.matcher(before).lookingAt();
        StringBuilder note = new StringBuilder(first.strip());
        int next = lineEnd(text, start) + 1;
        while (next < text.length() && note.length() < MAX_NOTE_CHARS) {
            String line = text.substring(next, lineEnd(text, next));
            if (closer != null) {
                // a block comment: every line up to its end
                int close = line.indexOf(closer);
                note.append(' ').append((close < 0 ? line : line.substring(0, close)).replaceFirst("^\\s*\\*+", "").strip());
                if (close >= 0) {
                    break;
                }
                next = lineEnd(text, next) + 1;
                continue;
            }
            Matcher c = COMMENT_LINE.matcher(line);
            boolean comment = c.lookingAt();
            if (line.isBlank() || (inComment && !comment)) {
                break;
            }
            String rest = (comment ? line.substring(c.end()) : line).strip();
            if (rest.codePoints().anyMatch(Character::isLetterOrDigit)) {
                // a rule of dashes or stars frames the note; it is not part of it
                note.append(' ').append(rest);
            }
            next = lineEnd(text, next) + 1;
        }
        String s = note.toString().replaceAll("\\s*(\\*/|-->)\\s*$", "").replaceAll("\\s+", " ").strip();
        return s.length() > MAX_NOTE_CHARS ? s.substring(0, MAX_NOTE_CHARS) : s;
    }

    private static int lineEnd(String text, int from) {
        int i = text.indexOf('\n', from);
        return i < 0 ? text.length() : i;
    }

    static String rotate(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) ('a' + (c - 'a' + 13) % 26);
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) ('A' + (c - 'A' + 13) % 26);
            }
            b.append(c);
        }
        return b.toString();
    }

    private static List<String> words(String s) {
        List<String> w = new ArrayList<>();
        eachWord(s, (start, end) -> w.add(s.substring(start, end).toLowerCase(Locale.ROOT)));
        return w;
    }

    /** Words of two letters or more: a rotated code line's single letters ("a", "i") say nothing. */
    private static List<String> longerWords(String s) {
        return words(s).stream().filter(w -> w.length() >= 2).toList();
    }

    /**
     * The requests after a turn word that opens a clause and follows {@link #MIN_WORDS_BEFORE_TURN} words: each to the
     * next such turn or the end of its paragraph.
     */
    private static void turned(String text, List<Part> parts) {
        // {start of the turn word, its end}; one more than are used, where the last used one's request ends
        List<int[]> turns = new ArrayList<>();
        int[] wordsBefore = {0};
        eachWord(text, (start, end) -> {
            int before = wordsBefore[0]++;
            List<String> candidates = TURNS_BY_LETTER.get(Character.toLowerCase(text.charAt(start)));
            if (candidates == null || before < MIN_WORDS_BEFORE_TURN || turns.size() > MAX_TURNS
                    || !turns.isEmpty() && start < turns.get(turns.size() - 1)[1]) {
                return;
            }
            for (String turn : candidates) {
                int after = start + turn.length();
                if (text.regionMatches(true, start, turn, 0, turn.length())
                        && (after >= text.length() || !Character.isLetter(text.charAt(after))) && opensAClause(text, start)) {
                    turns.add(new int[]{start, after});
                    return;
                }
            }
        });
        for (int i = 0; i < turns.size() && i < MAX_TURNS && parts.size() < MAX_PARTS; i++) {
            int from = turns.get(i)[1];
            int paragraph = text.indexOf("\n\n", from);
            int to = Math.min(paragraph < 0 ? text.length() : paragraph, i + 1 < turns.size() ? turns.get(i + 1)[0] : text.length());
            String request = text.substring(from, to).replaceFirst("^[\\s,:;.\u2014\u2013-]+", "").replaceAll("\\s+", " ").strip();
            if (request.length() > MAX_NOTE_CHARS) {
                request = request.substring(0, MAX_NOTE_CHARS);
            }
            if (words(request).size() >= MIN_TURN_WORDS) {
                String turn = text.substring(turns.get(i)[0], turns.get(i)[1]).toLowerCase(Locale.ROOT);
                parts.add(new Part("the request after \"" + turn + "\"", request));
            }
        }
    }

    /** Whether the text before {@code at} ends a clause: a line break, a closing mark, or "and" (", and", ". and"). */
    static boolean opensAClause(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i >= 2 && text.regionMatches(true, i - 2, "and", 0, 3) && (i < 3 || !Character.isLetter(text.charAt(i - 3)))) {
            i -= 3;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i--;
            }
            return i >= 0;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r' || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    /** Items 1, 2, ... in order; the text of item k runs to item k + 1 or the end. */
    private static void numbered(String text, List<Part> parts) {
        if (!text.contains("2)") && !text.contains("2.") && !text.contains("2:")) {
            return;
        }
        Matcher m = NUMBER.matcher(text);
        List<int[]> marks = new ArrayList<>(); // {start of marker, end of marker}
        int expected = 1;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            if (n == expected) {
                marks.add(new int[]{m.start(), m.end()});
                expected++;
            } else if (n == 1 && marks.size() < 2) {
                marks.clear();
                marks.add(new int[]{m.start(), m.end()});
                expected = 2;
            }
        }
        if (marks.size() < 2 || marks.size() > MAX_REQUESTS) {
            return;
        }
        for (int i = 0; i < marks.size() && parts.size() < MAX_PARTS; i++) {
            int from = marks.get(i)[1];
            int to = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            String item = text.substring(from, to).strip();
            if (words(item).size() >= MIN_WORDS) {
                parts.add(new Part("numbered request " + (i + 1) + " of " + marks.size(), item));
            }
        }
    }
}
