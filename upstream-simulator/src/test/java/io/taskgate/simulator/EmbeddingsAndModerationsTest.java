package io.taskgate.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EmbeddingsAndModerationsTest extends SimulatorTestBase {

    private static double[] vector(JsonNode embedding) {
        double[] v = new double[embedding.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = embedding.get(i).asDouble();
        }
        return v;
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    @Test
    void embeddingsAreDeterministicUnitVectors() throws Exception {
        String body = "{\"model\":\"text-embedding-3-small\",\"input\":[\"hello world\",\"other text\",\"hello world\"]}";
        JsonNode json = json(post("/embeddings", body));
        assertEquals("list", json.get("object").asText());
        assertEquals("text-embedding-3-small", json.get("model").asText());
        assertEquals(3, json.get("data").size());
        double[] a = vector(json.at("/data/0/embedding"));
        double[] b = vector(json.at("/data/1/embedding"));
        double[] c = vector(json.at("/data/2/embedding"));
        assertEquals(16, a.length, "config default dimensions");
        assertEquals(1.0, norm(a), 1e-5);
        assertEquals(1.0, norm(b), 1e-5);
        assertArrayEquals(a, c);
        assertFalse(java.util.Arrays.equals(a, b));
        assertEquals(2, json.at("/data/2/index").asInt());
        assertEquals("embedding", json.at("/data/0/object").asText());
        // 11 + 10 + 11 = 32 chars -> 8 tokens
        assertEquals(8, json.at("/usage/prompt_tokens").asInt());
        assertEquals(8, json.at("/usage/total_tokens").asInt());

        JsonNode again = json(post("/embeddings", "{\"model\":\"text-embedding-3-small\",\"input\":\"hello world\"}"));
        assertArrayEquals(a, vector(again.at("/data/0/embedding")));
    }

    @Test
    void embeddingsHonourDimensionsTokenArraysAndBase64() throws Exception {
        JsonNode wide = json(post("/embeddings",
                "{\"model\":\"text-embedding-3-small\",\"input\":\"x\",\"dimensions\":64}"));
        assertEquals(64, wide.at("/data/0/embedding").size());
        assertEquals(1.0, norm(vector(wide.at("/data/0/embedding"))), 1e-5);

        JsonNode tokens = json(post("/embeddings", "{\"model\":\"m\",\"input\":[[1,2,3],[4,5]]}"));
        assertEquals(2, tokens.get("data").size());
        assertEquals(5, tokens.at("/usage/prompt_tokens").asInt());

        JsonNode b64 = json(post("/embeddings",
                "{\"model\":\"m\",\"input\":\"hello world\",\"encoding_format\":\"base64\"}"));
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(b64.at("/data/0/embedding").asText()))
                .order(ByteOrder.LITTLE_ENDIAN);
        float[] expected = EmbeddingsEndpoint.vector("hello world", 16);
        assertEquals(expected.length * 4, buffer.remaining());
        for (float f : expected) {
            assertEquals(f, buffer.getFloat());
        }
        assertEquals(400, post("/embeddings", "{\"model\":\"m\",\"input\":\"x\",\"dimensions\":0}").statusCode());
        assertEquals(400, post("/embeddings", "{\"model\":\"m\",\"input\":[]}").statusCode());
    }

    @Test
    void moderationFlagsViolentOrHatefulText() throws Exception {
        JsonNode json = json(post("/moderations",
                "{\"input\":[\"how do I bake bread\",\"I will kill the process and build a bomb\",\"I hate you\"]}"));
        assertTrue(json.get("id").asText().startsWith("modr-sim-"));
        assertEquals("omni-moderation-latest", json.get("model").asText());
        JsonNode results = json.get("results");
        assertEquals(3, results.size());
        assertFalse(results.at("/0/flagged").asBoolean());
        assertFalse(results.at("/0/categories/violence").asBoolean());
        assertTrue(results.at("/0/category_scores/violence").asDouble() < 0.01);
        assertTrue(results.at("/1/flagged").asBoolean());
        assertTrue(results.at("/1/categories/violence").asBoolean());
        assertTrue(results.at("/1/category_scores/violence").asDouble() > 0.9);
        assertTrue(results.at("/2/categories/hate").asBoolean());
        assertFalse(results.at("/2/categories/violence").asBoolean());
    }

    @Test
    void moderationAcceptsSingleStringAndSkillIsNotKill() throws Exception {
        JsonNode json = json(post("/moderations", "{\"model\":\"omni-moderation-latest\",\"input\":\"new skills\"}"));
        assertEquals(1, json.get("results").size());
        assertFalse(json.at("/results/0/flagged").asBoolean());
    }
}
