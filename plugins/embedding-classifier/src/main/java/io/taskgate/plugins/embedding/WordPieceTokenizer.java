package io.taskgate.plugins.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The token ids of a BERT uncased tokenizer (a Hugging Face {@code tokenizer.json} with a {@code BertNormalizer},
 * the {@code BertPreTokenizer} and a {@code WordPiece} model), in Java, as the Hugging Face tokenizers library gives
 * them without special tokens, padding or truncation: its special tokens matched in the raw text; control characters
 * dropped and white space made a space; a space around each CJK ideograph; accents stripped (NFD, then nonspacing
 * marks dropped) and each character lower-cased alone; words split at white space and punctuation; then each word's
 * longest known pieces, or {@code [UNK]} for a word that has none or is longer than the model's limit.
 * {@code WordPieceTokenizerTest} checks it against the native library on every held-out prompt.
 *
 * <p>The first pass tokenizes every prompt, and the native library's call cost more than the rest of the first
 * pass's static embedding: it builds a whole encoding (tokens as strings, offsets, masks) through several native
 * calls where the first pass needs only the ids. Thread-safe and immutable.
 */
final class WordPieceTokenizer {

    private final Map<String, Integer> vocab;
    private final Map<String, Integer> special;
    private final int unknown;
    private final String prefix;
    private final int maxWordChars;
    /** The longest entry of the vocabulary, in chars: no longer piece can match, so none is looked up. */
    private final int maxPieceChars;

    private WordPieceTokenizer(Map<String, Integer> vocab, Map<String, Integer> special, int unknown, String prefix,
                               int maxWordChars) {
        this.vocab = vocab;
        this.special = special;
        this.unknown = unknown;
        this.prefix = prefix;
        this.maxWordChars = maxWordChars;
        this.maxPieceChars = vocab.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** From a {@code tokenizer.json}; refuses any other normalizer, pre-tokenizer or model than BERT uncased's. */
    static WordPieceTokenizer read(InputStream tokenizerJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(tokenizerJson);
        JsonNode normalizer = root.path("normalizer");
        JsonNode model = root.path("model");
        if (!"BertNormalizer".equals(normalizer.path("type").asText())
                || !normalizer.path("clean_text").asBoolean() || !normalizer.path("handle_chinese_chars").asBoolean()
                || !normalizer.path("lowercase").asBoolean() || !normalizer.path("strip_accents").isNull()
                || !"BertPreTokenizer".equals(root.path("pre_tokenizer").path("type").asText())
                || !"WordPiece".equals(model.path("type").asText())) {
            throw new IOException("not a BERT uncased WordPiece tokenizer");
        }
        Map<String, Integer> vocab = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        Map<String, Integer> special = new HashMap<>();
        for (JsonNode token : root.path("added_tokens")) {
            if (token.path("normalized").asBoolean() || token.path("lstrip").asBoolean()
                    || token.path("rstrip").asBoolean() || token.path("single_word").asBoolean()
                    || !token.path("content").asText().startsWith("[")) {
                throw new IOException("an added token this tokenizer does not match: " + token);
            }
            special.put(token.path("content").asText(), token.path("id").asInt());
        }
        Integer unknown = vocab.get(model.path("unk_token").asText());
        if (unknown == null) {
            throw new IOException("no unknown token in the vocabulary");
        }
        return new WordPieceTokenizer(vocab, special, unknown, model.path("continuing_subword_prefix").asText("##"),
                model.path("max_input_chars_per_word").asInt(100));
    }

    /** The ids of {@code text}'s tokens, without special tokens added. */
    int[] ids(String text) {
        IntList out = new IntList(text.length() / 3 + 4);
        int start = 0;
        while (true) {
            int at = text.indexOf('[', start);
            String found = null;
            while (at >= 0 && (found = specialAt(text, at)) == null) {
                at = text.indexOf('[', at + 1);
            }
            words(normalized(text, start, found == null ? text.length() : at), out);
            if (found == null) {
                return out.toArray();
            }
            out.add(special.get(found));
            start = at + found.length();
        }
    }

    /** The longest special token that starts at {@code at}, or null. */
    private String specialAt(String text, int at) {
        String found = null;
        for (String token : special.keySet()) {
            if (text.startsWith(token, at) && (found == null || token.length() > found.length())) {
                found = token;
            }
        }
        return found;
    }

    /** BertNormalizer: clean the text, space out CJK ideographs, strip accents, lower-case each character. */
    private static String normalized(String text, int from, int to) {
        StringBuilder clean = new StringBuilder(to - from + 8);
        boolean ascii = true;
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                continue;
            }
            if (isWhitespace(c)) {
                clean.append(' ');
            } else if (isChinese(c)) {
                clean.append(' ').appendCodePoint(c).append(' ');
                ascii = false;
            } else {
                clean.appendCodePoint(c);
                ascii &= c < 0x80;
            }
        }
        if (ascii) {
            for (int i = 0; i < clean.length(); i++) {
                char c = clean.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    clean.setCharAt(i, (char) (c + ('a' - 'A')));
                }
            }
            return clean.toString();
        }
        String nfd = Normalizer.normalize(clean, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); ) {
            int c = nfd.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c < 0x80) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : (char) c);
            } else {
                // each character alone, as Rust's char::to_lowercase: no context (a final sigma stays σ)
                out.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** BertPreTokenizer then WordPiece: words split at white space and punctuation, each into its pieces. */
    private void words(String text, IntList out) {
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isWhitespace(c)) {
                if (start >= 0) {
                    pieces(text.substring(start, i), out);
                    start = -1;
                }
            } else if (isPunctuation(c)) {
                if (start >= 0) {
                    pieces(text.substring(start, i), out);
                    start = -1;
                }
                pieces(text.substring(i, next), out);
            } else if (start < 0) {
                start = i;
            }
            i = next;
        }
        if (start >= 0) {
            pieces(text.substring(start), out);
        }
    }

    /**
     * WordPiece: the longest known piece from the left, then the longest continuation, and so on; a piece is looked
     * up only if the vocabulary has entries that long (a 40-letter identifier would otherwise cost hundreds of
     * lookups).
     */
    private void pieces(String word, IntList out) {
        Integer whole = vocab.get(word);
        if (whole != null && word.codePointCount(0, word.length()) <= maxWordChars) {
            out.add(whole);
            return;
        }
        if (word.codePointCount(0, word.length()) > maxWordChars) {
            out.add(unknown);
            return;
        }
        int mark = out.size();
        int start = 0;
        while (start < word.length()) {
            int end = Math.min(word.length(), start + maxPieceChars - (start > 0 ? prefix.length() : 0));
            if (end > start && end < word.length() && Character.isHighSurrogate(word.charAt(end - 1))) {
                end--; // not between the two chars of one character
            }
            Integer id = null;
            while (end > start) {
                String piece = start > 0 ? prefix + word.substring(start, end) : word.substring(start, end);
                id = vocab.get(piece);
                if (id != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (id == null) {
                out.truncate(mark);
                out.add(unknown);
                return;
            }
            out.add(id);
            start = end;
        }
    }

    /** Rust's char::is_whitespace (the White_Space property); tab, line feed and return included. */
    static boolean isWhitespace(int c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /** Unicode's "other" categories (Cc, Cf, Cs, Co, Cn), except tab, line feed and return. */
    static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }

    /** ASCII punctuation and symbols, and Unicode's punctuation categories (P*). */
    static boolean isPunctuation(int c) {
        if (c < 0x80) {
            return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /** The CJK ideograph blocks BERT spaces out. */
    static boolean isChinese(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(4, capacity)];
        }

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        void truncate(int to) {
            size = to;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
