package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.SplittableRandom;

/** {@code POST /v1/embeddings}: deterministic unit vectors seeded from a hash of each input. */
final class EmbeddingsEndpoint {

    static final int MAX_DIMENSIONS = 8192;

    private final int defaultDimensions;

    EmbeddingsEndpoint(int defaultDimensions) {
        this.defaultDimensions = defaultDimensions;
    }

    void handle(HttpExchange exchange, JsonNode request) throws IOException {
        String model = Requests.requireModel(request);
        Inputs input = Inputs.parse(request.get("input"), "input");
        if (input.texts.isEmpty()) {
            throw SimulatorException.badRequest("'input' must not be empty.", "input");
        }
        int dimensions = Requests.intField(request, "dimensions", defaultDimensions, 1, MAX_DIMENSIONS);
        String format = request.path("encoding_format").asText("float");
        if (!format.equals("float") && !format.equals("base64")) {
            throw SimulatorException.badRequest("'encoding_format' must be 'float' or 'base64'.", "encoding_format");
        }
        ObjectNode body = Json.object();
        body.put("object", "list");
        ArrayNode data = body.putArray("data");
        for (int i = 0; i < input.texts.size(); i++) {
            float[] vector = vector(input.texts.get(i), dimensions);
            ObjectNode item = data.addObject();
            item.put("object", "embedding");
            item.put("index", i);
            if (format.equals("base64")) {
                item.put("embedding", base64(vector));
            } else {
                ArrayNode values = item.putArray("embedding");
                for (float v : vector) {
                    values.add(v);
                }
            }
        }
        body.put("model", model);
        ObjectNode usage = body.putObject("usage");
        usage.put("prompt_tokens", input.tokens);
        usage.put("total_tokens", input.tokens);
        Http.sendJson(exchange, 200, body);
    }

    /** Unit-length vector derived only from {@code text} and {@code dimensions}. */
    static float[] vector(String text, int dimensions) {
        SplittableRandom random = new SplittableRandom(Hashing.fnv1a64(text));
        double[] raw = new double[dimensions];
        double norm = 0;
        for (int i = 0; i < dimensions; i++) {
            raw[i] = random.nextDouble(-1.0, 1.0);
            norm += raw[i] * raw[i];
        }
        norm = Math.sqrt(norm);
        float[] vector = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) (norm == 0 ? (i == 0 ? 1 : 0) : raw[i] / norm);
        }
        return vector;
    }

    private static String base64(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
            buffer.putFloat(v);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }
}
