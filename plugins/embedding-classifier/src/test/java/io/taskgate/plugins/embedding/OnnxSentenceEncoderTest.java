package io.taskgate.plugins.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin's own ONNX session gives langchain4j's vectors (the model the classifier was fitted with). */
class OnnxSentenceEncoderTest {

    @Test
    void theEncoderGivesTheVectorsOfLangchain4jsModelForTextsWithinItsWindow() {
        List<String> texts = List.of("Write a unit test for the coupon calculation in the cart.",
                "plan my honeymoon in Bali",
                "org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'payslipService'",
                "Wie plane ich meinen Urlaub in Italien am besten?");
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        OnnxEmbedder own = new OnnxEmbedder(SentenceModel.ALL_MINILM_L6_V2_Q);
        List<float[]> all = own.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] expected = reference.embed(TextSegment.from(texts.get(i))).content().vector();
            assertTrue(Embedder.cosine(expected, own.embed(texts.get(i))) > 0.9999, texts.get(i));
            assertTrue(Embedder.cosine(expected, all.get(i)) > 0.9999, "with others: " + texts.get(i));
        }
    }

    @Test
    void aTextLongerThanTheWindowKeepsItsBeginningAndItsEnd() {
        OnnxSentenceEncoder encoder = new OnnxEmbedder(SentenceModel.ALL_MINILM_L6_V2_Q).encoder();
        long[] ids = encoder.ids("alpha " + "word ".repeat(2000) + "omega");
        assertEquals(SentenceModel.ALL_MINILM_L6_V2_Q.window(), ids.length);
        assertEquals(101, ids[0]); // [CLS]
        assertEquals(encoder.ids("alpha")[1], ids[1]);
        assertEquals(encoder.ids("omega")[1], ids[ids.length - 2]);
        assertEquals(102, ids[ids.length - 1]); // [SEP]
        // the question after a long paste changes the vector (langchain4j's encoder cut it off)
        OnnxEmbedder model = new OnnxEmbedder(SentenceModel.ALL_MINILM_L6_V2_Q);
        String paste = "at com.acme.Checkout.total(Checkout.java:42)\n".repeat(60);
        assertTrue(Embedder.cosine(model.embed(paste + "why does the total fail?"),
                model.embed(paste + "plan my holiday in Rome")) < 0.99);
    }
}
