package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.application.proxy.RefusalException;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body that is not strict UTF-8 is refused, never forwarded with bytes the gateway read differently. */
class Utf8BodyTest {

    /** A chat body whose user content has {@code bad} spliced in between "a" and "b". */
    static byte[] chatWith(int... bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"a".getBytes(StandardCharsets.UTF_8));
        for (int b : bad) {
            out.write(b);
        }
        out.writeBytes("b\"}]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static void assertRefusedAsInvalidUtf8(byte[] body) {
        RefusalException e = assertThrows(RefusalException.class, () -> OpenAiRequest.parse(Endpoint.CHAT_COMPLETIONS, body));
        Refusal refusal = e.refusal();
        assertEquals(400, refusal.status());
        assertEquals("invalid_request", refusal.code());
        assertTrue(refusal.message().startsWith("The request body is not valid UTF-8"), refusal.message());
    }

    @Test
    void overlongUtf8IsRefusedWith400() {
        assertRefusedAsInvalidUtf8(chatWith(0xC0, 0xAF));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("overlong slash", new int[]{0xC0, 0xAF}),
                Arguments.of("overlong NUL", new int[]{0xC0, 0x80}),
                Arguments.of("overlong three-byte", new int[]{0xE0, 0x80, 0xAF}),
                Arguments.of("lone continuation byte", new int[]{0x80}),
                Arguments.of("lone continuation bytes", new int[]{0xBF, 0xBF}),
                Arguments.of("truncated two-byte sequence", new int[]{0xC3}),
                Arguments.of("truncated three-byte sequence", new int[]{0xE2, 0x82}),
                Arguments.of("truncated four-byte sequence", new int[]{0xF0, 0x9F, 0x98}),
                Arguments.of("high surrogate encoded in UTF-8", new int[]{0xED, 0xA0, 0x80}),
                Arguments.of("low surrogate encoded in UTF-8", new int[]{0xED, 0xBF, 0xBF}),
                Arguments.of("surrogate pair encoded in UTF-8 (CESU-8)", new int[]{0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80}),
                Arguments.of("above U+10FFFF", new int[]{0xF4, 0x90, 0x80, 0x80}),
                Arguments.of("invalid lead byte", new int[]{0xFF}),
                Arguments.of("invalid lead byte F8", new int[]{0xF8, 0x88, 0x80, 0x80, 0x80}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedUtf8IsRefusedWith400(String name, int[] bytes) {
        assertRefusedAsInvalidUtf8(chatWith(bytes));
    }

    @Test
    void aSequenceTruncatedAtTheEndOfTheBodyIsRefused() {
        byte[] body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]} ".getBytes(StandardCharsets.UTF_8);
        body[body.length - 1] = (byte) 0xE2;
        assertRefusedAsInvalidUtf8(body);
    }

    @Test
    void invalidUtf8OutsideStringsIsRefusedToo() {
        byte[] body = "{\"model\":\"gpt-4o-mini\", \"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}".getBytes(StandardCharsets.UTF_8);
        body[23] = (byte) 0x80;
        assertRefusedAsInvalidUtf8(body);
    }

    @Test
    void aUtf16BodyIsNotReadAsJson() {
        byte[] body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}".getBytes(StandardCharsets.UTF_16LE);
        RefusalException e = assertThrows(RefusalException.class, () -> OpenAiRequest.parse(Endpoint.CHAT_COMPLETIONS, body));
        assertEquals(400, e.refusal().status());
        assertEquals("invalid_request", e.refusal().code());
    }

    @Test
    void aUtf8ByteOrderMarkIsStillAccepted() throws Exception {
        byte[] json = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[json.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(json, 0, body, 3, json.length);

        assertEquals("hi", OpenAiRequest.parse(Endpoint.CHAT_COMPLETIONS, body).promptText());
    }

    @Test
    void validMultiByteTextIsAcceptedAndForwardedByteForByte() throws Exception {
        String json = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Grüße 😀 € \\ud83d\\ude00 中文\"}]}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);

        OpenAiRequest request = OpenAiRequest.parse(Endpoint.CHAT_COMPLETIONS, body);

        assertArrayEquals(body, request.upstreamBody());
        assertEquals(json, request.raw());
        assertEquals("Grüße 😀 € 😀 中文", request.promptText());
    }
}
