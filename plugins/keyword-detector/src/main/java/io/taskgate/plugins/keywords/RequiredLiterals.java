package io.taskgate.plugins.keywords;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cheap test that a rule cannot match a text, read once from the rule's regex: the literal texts of which every
 * match must contain at least one (the literal start of each top-level alternative, e.g. {@code casino},
 * {@code sports} and {@code bet365} for {@code \b(casinos?|sports ?betting|bet365)\b}). A text that contains none of
 * them is not matched with the regex at all; one that contains any is matched in full, so the prefilter never changes
 * a verdict, it only saves the regex scan of the texts it rules out. Where the regex does not show such literals (an
 * alternative that starts with a class, a group or an escape), {@link #ANY} keeps the rule always run.
 * <p>
 * Case-insensitive rules compare folded texts: each character as {@code toLowerCase(toUpperCase(c))}, the comparison
 * {@link java.util.regex.Pattern} makes with {@code CASE_INSENSITIVE | UNICODE_CASE}.
 */
final class RequiredLiterals {

    /** Cannot tell: the rule is always matched in full. */
    static final RequiredLiterals ANY = new RequiredLiterals(List.of());

    private static final String SPECIAL = "\\^$.|?*+()[]{}";

    /** A literal run this long is kept; a shorter one gives way to a required group whose every literal is longer. */
    private static final int LONG_ENOUGH = 6;

    private final List<String> literals;

    private RequiredLiterals(List<String> literals) {
        this.literals = List.copyOf(literals);
    }

    List<String> literals() {
        return literals;
    }

    /** Whether the rule may match the text, given the text {@link #fold folded} as the rule's literals are. */
    boolean mayMatch(String foldedText) {
        if (literals.isEmpty()) {
            return true;
        }
        for (String literal : literals) {
            if (foldedText.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** The text as a case-insensitive rule's literals are kept: each character folded; as it is when case counts. */
    static String fold(CharSequence text, boolean caseSensitive) {
        if (caseSensitive) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(fold(text.charAt(i)));
        }
        return out.toString();
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The literals of {@code regex}, or {@link #ANY} where it cannot tell. */
    static RequiredLiterals of(String regex, boolean caseSensitive) {
        Set<String> found = new LinkedHashSet<>();
        if (!collect(regex, found) || found.isEmpty()) {
            return ANY;
        }
        List<String> folded = new ArrayList<>();
        for (String literal : found) {
            folded.add(fold(literal, caseSensitive));
        }
        return new RequiredLiterals(folded);
    }

    /** Adds the literals every match of {@code regex} starts one of; false when it cannot tell. */
    private static boolean collect(String regex, Set<String> out) {
        List<String> alternatives = splitTopLevel(regex);
        if (alternatives == null) {
            return false;
        }
        for (String alternative : alternatives) {
            if (!collectAlternative(alternative, out)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the longest literal run every match of {@code alternative} contains: a run of literal characters outside
     * any group, class or escape, none of them optional. With no run of {@link #LONG_ENOUGH} or more, the literals of
     * the group (not optional) whose shortest literal is longest, where that is longer than the run: a longer literal
     * occurs in fewer texts ({@code another} and {@code a different} rather than {@code "for "}), so the rule's regex
     * runs on fewer. False when it cannot tell.
     */
    private static boolean collectAlternative(String alternative, Set<String> out) {
        String longest = "";
        StringBuilder run = new StringBuilder();
        List<Integer> groups = new ArrayList<>();
        int i = 0;
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            if (c == '(') {
                int close = closing(alternative, i);
                if (close < 0) {
                    return false;
                }
                boolean optional = quantified(alternative, close + 1);
                boolean plain = !alternative.startsWith("(?", i) || alternative.startsWith("(?:", i);
                if (!optional && plain) {
                    groups.add(i);
                }
                longest = longer(longest, run);
                run.setLength(0);
                i = skipQuantifier(alternative, close + 1);
            } else if (c == '[') {
                int close = classEnd(alternative, i);
                if (close < 0) {
                    return false;
                }
                longest = longer(longest, run);
                run.setLength(0);
                i = skipQuantifier(alternative, close + 1);
            } else if (c == '\\' && (i + 1 >= alternative.length() || Character.isLetterOrDigit(alternative.charAt(i + 1)))) {
                longest = longer(longest, run);
                run.setLength(0);
                i = skipEscape(alternative, i);
            } else if (c != '\\' && SPECIAL.indexOf(c) >= 0) {
                // '.', '^', '$', '|' or a quantifier: the run ends (a quantified character was already left out)
                longest = longer(longest, run);
                run.setLength(0);
                i = c == '{' ? skipQuantifier(alternative, i) : i + 1;
            } else {
                boolean escaped = c == '\\';
                char value = escaped ? alternative.charAt(i + 1) : c;
                int next = i + (escaped ? 2 : 1);
                if (next < alternative.length() && "?*{".indexOf(alternative.charAt(next)) >= 0) {
                    longest = longer(longest, run); // this character may be absent
                    run.setLength(0);
                } else {
                    run.append(value);
                }
                i = next;
            }
        }
        longest = longer(longest, run);
        if (longest.length() < LONG_ENOUGH) {
            Set<String> best = null;
            for (int open : groups) {
                Set<String> inGroup = new LinkedHashSet<>();
                int from = alternative.startsWith("(?:", open) ? open + 3 : open + 1;
                if (collect(alternative.substring(from, closing(alternative, open)), inGroup)
                        && shortest(inGroup) > (best == null ? longest.length() : shortest(best))) {
                    best = inGroup;
                }
            }
            if (best != null) {
                out.addAll(best);
                return true;
            }
        }
        if (longest.isEmpty()) {
            return false;
        }
        out.add(longest);
        return true;
    }

    private static String longer(String longest, CharSequence run) {
        return run.length() > longest.length() ? run.toString() : longest;
    }

    private static int shortest(Set<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }

    /** The index after a quantifier at {@code at} ({@code ? * + {n,m}}, lazy or possessive), or {@code at}. */
    private static int skipQuantifier(String regex, int at) {
        int i = at;
        if (i < regex.length() && regex.charAt(i) == '{') {
            int end = regex.indexOf('}', i);
            i = end < 0 ? regex.length() : end + 1;
        } else if (i < regex.length() && "?*+".indexOf(regex.charAt(i)) >= 0) {
            i++;
        } else {
            return i;
        }
        if (i < regex.length() && "?+".indexOf(regex.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The index after an escape such as {@code \\b}, {@code \\s+} or {@code \\p{L}*}. */
    private static int skipEscape(String regex, int at) {
        int i = Math.min(at + 2, regex.length());
        char kind = at + 1 < regex.length() ? regex.charAt(at + 1) : ' ';
        if ((kind == 'p' || kind == 'P') && i < regex.length() && regex.charAt(i) == '{') {
            int end = regex.indexOf('}', i);
            i = end < 0 ? regex.length() : end + 1;
        }
        return skipQuantifier(regex, i);
    }

    /** The index of the ']' closing the class opened at {@code open}, or -1. */
    private static int classEnd(String regex, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']' && i > open + 1) {
                return i;
            }
        }
        return -1;
    }

    private static boolean quantified(String regex, int at) {
        return at < regex.length() && "?*{".indexOf(regex.charAt(at)) >= 0;
    }

    /**
     * Which characters of {@code regex} are its structure (groups, alternatives): not escaped and not inside a
     * character class; null when a class is not closed.
     */
    private static boolean[] structure(String regex) {
        boolean[] structural = new boolean[regex.length()];
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else {
                structural[i] = true;
            }
        }
        return inClass ? null : structural;
    }

    /** The index of the ')' closing the group opened at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        boolean[] structural = structure(regex);
        int depth = 0;
        for (int i = open; structural != null && i < regex.length(); i++) {
            if (!structural[i]) {
                continue;
            }
            if (regex.charAt(i) == '(') {
                depth++;
            } else if (regex.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The alternatives at the top level of {@code regex}, or null when its brackets do not balance. */
    private static List<String> splitTopLevel(String regex) {
        boolean[] structural = structure(regex);
        if (structural == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (!structural[i]) {
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            return null;
        }
        parts.add(regex.substring(start));
        return parts;
    }
}
