package io.taskgate.core.application.intent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the intent marker from an answer that arrives in pieces (stream deltas, or one whole text). It holds
 * back only what could begin the marker: trailing whitespace and a tail that is a prefix of
 * {@code <<intent-NONCE:LABEL>>}. Markers with another nonce are ordinary text and reach the client untouched.
 */
public final class MarkerFilter {

    private static final int MAX_LABEL = 40;
    private static final Pattern LABEL_CLOSE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LABEL + "}>>");
    private static final Pattern LABEL_OPEN = Pattern.compile("[A-Za-z0-9_-]{0," + MAX_LABEL + "}>?");

    private final IntentMarker marker;
    private final String prefix;
    private final StringBuilder pending = new StringBuilder();
    private String label;

    public MarkerFilter(IntentMarker marker) {
        this.marker = marker;
        this.prefix = marker.prefix();
    }

    /** Takes the next piece of the answer and returns what can be shown to the client now. */
    public String accept(String piece) {
        pending.append(piece);
        String text = pending.toString();
        pending.setLength(0);
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int lt = text.indexOf('<', from);
            if (lt < 0) {
                releaseKeepingTrailingSpace(out, text.substring(from));
                return out.toString();
            }
            String rest = text.substring(lt);
            if (rest.startsWith(prefix)) {
                String after = rest.substring(prefix.length());
                Matcher complete = LABEL_CLOSE.matcher(after);
                if (complete.lookingAt()) {
                    out.append(stripTrailingSpace(text.substring(from, lt)));
                    label = marker.accept(after.substring(0, complete.end() - 2));
                    from = lt + prefix.length() + complete.end();
                    continue;
                }
                if (LABEL_OPEN.matcher(after).matches()) {
                    return hold(out, text.substring(from, lt), rest);
                }
            } else if (prefix.startsWith(rest)) {
                return hold(out, text.substring(from, lt), rest);
            }
            out.append(text, from, lt + 1);
            from = lt + 1;
        }
    }

    /** The end of the answer: releases held text that did not become a marker; an unfinished marker is dropped. */
    public String finish() {
        String held = pending.toString();
        pending.setLength(0);
        String trimmed = held.stripLeading();
        return trimmed.startsWith(prefix) ? "" : held;
    }

    /** Whether a well-formed marker of this request was seen (its label may still be unlisted: {@code unknown}). */
    public boolean found() {
        return label != null;
    }

    /** The text without the marker, for an answer that arrived whole: {@link #accept} then {@link #finish}. */
    public String whole(String text) {
        return accept(text) + finish();
    }

    /** The label of the last well-formed marker, or {@code unknown} when the answer carried none. */
    public String label() {
        return label == null ? IntentMarker.UNKNOWN : label;
    }

    private String hold(StringBuilder out, String before, String candidate) {
        String kept = stripTrailingSpace(before);
        out.append(kept);
        pending.append(before, kept.length(), before.length()).append(candidate);
        return out.toString();
    }

    private void releaseKeepingTrailingSpace(StringBuilder out, String text) {
        String kept = stripTrailingSpace(text);
        out.append(kept);
        pending.append(text, kept.length(), text.length());
    }

    private static String stripTrailingSpace(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
