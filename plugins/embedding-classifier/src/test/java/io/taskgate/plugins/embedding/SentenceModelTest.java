package io.taskgate.plugins.embedding;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceModelTest {

    @Test
    void theShippedMisuseModelNamesASentenceModelWhoseFilesThePluginCarries() {
        SentenceModel model = SentenceModel.named(MisuseModel.shipped().embeddingModel());
        assertEquals(SentenceModel.E5_SMALL_V2_Q, model);
        assertNotNull(OnnxEmbedder.class.getResource(model.onnx()), model.onnx());
        assertNotNull(OnnxEmbedder.class.getResource(model.tokenizer()), model.tokenizer());
    }

    @Test
    void anUnknownModelNameIsAnErrorNamingTheKnownOnesNeverAnotherModel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SentenceModel.named("all-minilm-l12-v2"));
        assertTrue(e.getMessage().contains("e5-small-v2-q") && e.getMessage().contains("all-minilm-l6-v2-q"),
                e.getMessage());
        for (SentenceModel m : SentenceModel.values()) {
            assertEquals(m, SentenceModel.named(m.id()));
        }
    }
}
