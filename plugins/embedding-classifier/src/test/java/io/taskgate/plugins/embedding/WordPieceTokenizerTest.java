package io.taskgate.plugins.embedding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Java tokenizer against the native Hugging Face one it replaces in the first pass. */
class WordPieceTokenizerTest {

    static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    static WordPieceTokenizer java;
    static HuggingFaceTokenizer nativeTokenizer;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = StaticEmbedder.class.getResourceAsStream(TOKENIZER)) {
            java = WordPieceTokenizer.read(in);
        }
        try (InputStream in = StaticEmbedder.class.getResourceAsStream(TOKENIZER)) {
            nativeTokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"));
        }
    }

    @AfterAll
    static void close() {
        nativeTokenizer.close();
    }

    static int[] nativeIds(String text) {
        return Arrays.stream(nativeTokenizer.encode(text, false, false).getIds()).mapToInt(x -> (int) x).toArray();
    }

    @Test
    void everyHeldOutPromptAndTaskTextGetsTheNativeTokenizersIds() throws Exception {
        HeldOutSet set = HeldOutSet.load(HeldOutSet.locate("eval/heldout").orElseThrow());
        List<String> texts = new ArrayList<>();
        set.prompts().forEach(p -> texts.add(p.prompt()));
        set.tasks().values().forEach(t -> {
            texts.add(t.info().name() + "\n" + t.info().description());
            texts.addAll(t.examples());
        });
        int tokens = 0;
        for (String text : texts) {
            int[] expected = nativeIds(text);
            assertArrayEquals(expected, java.ids(text), () -> "ids differ for: " + text);
            tokens += expected.length;
        }
        assertEquals(true, texts.size() > 7000 && tokens > 500_000, texts.size() + " texts, " + tokens + " tokens");
    }

    @Test
    void accentsCaseScriptsControlsAndSpecialTokensAsTheNativeTokenizer() {
        List<String> edges = List.of(
                "", " ", "\t\n\r", "Crème Brûlée à la CAFÉ, naïve Zoë", "ΣΊΣΥΦΟΣ ΟΔΟΣ", "İstanbul'da ışık",
                "ŁÓDŹ Gdańsk żółć", "Straße ÄÖÜ", "日本語のテキスト 中文文本 한국어", "emoji 😀👍🏽 and ©®™ €50 £3",
                "nul\u0000byte zero\u200Bwidth soft\u00ADhyphen bom\uFEFF vt\u000Bff\u000Cnel\u0085",
                "nbsp\u00A0thin\u2009ideographic\u3000space", "[CLS] [SEP] [MASK][PAD][UNK] [cls] [CL S] [[SEP]]",
                "snake_case kebab-case CamelCaseIdentifier x+=1; a->b && c||d", "«guillemets» „quotes“ ‘single’ — dash",
                "supercalifragilisticexpialidocious antidisestablishmentarianism " + "a".repeat(120),
                "ﬁnancial ﬂow ①②③ ½ Ⅻ ｆｕｌｌｗｉｄｔｈ", "\uD800 lone surrogate", "tab\tseparated\tvalues\n",
                "مرحبا بالعالم שלום עולם नमस्ते दुनिया สวัสดี", "ǅungla Ǆ ǲ", "\uFFFD replacement", "a\u0301e\u0300",
                "PaymentDeclinedExceptionHandlerFactoryBean getCustomerLoyaltyDiscountRateForCheckout",
                "aaaaaaaaaaaaaaaaa😀b telecommunications𝔘𝔫𝔦𝔠𝔬𝔡𝔢x interdisciplinaryyyyyyyyyyyyyyyyy");
        for (String text : edges) {
            assertArrayEquals(nativeIds(text), java.ids(text), () -> "ids differ for: " + text);
        }
    }

    @Test
    void aTokenizerOfAnotherKindIsRefused() {
        String json = "{\"normalizer\":{\"type\":\"NFC\"},\"pre_tokenizer\":{\"type\":\"Whitespace\"},"
                + "\"model\":{\"type\":\"BPE\",\"vocab\":{}}}";
        assertThrows(java.io.IOException.class,
                () -> WordPieceTokenizer.read(new java.io.ByteArrayInputStream(json.getBytes())));
    }
}
