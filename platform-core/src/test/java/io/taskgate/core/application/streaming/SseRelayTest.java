package io.taskgate.core.application.streaming;

import io.taskgate.api.pipeline.Usage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SseRelayTest {

    static final String ROLE = "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"}}]}\n\n";
    static final String HELLO = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n";
    static final String WORLD = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo world\"}}]}\n\n";
    static final String FINISH = "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
    static final String USAGE = "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,\"total_tokens\":15}}\n\n";
    static final String DONE = "data: [DONE]\n\n";

    /** A client connection that records bytes and counts flushes. */
    static class Client extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int flushes;

        @Override
        public void write(int b) throws IOException {
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            bytes.write(b, off, len);
        }

        @Override
        public void flush() {
            flushes++;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    static InputStream upstream(String... events) {
        return new ByteArrayInputStream(String.join("", events).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void relaysEveryEventAndFlushesOncePerEvent() throws Exception {
        Client client = new Client();
        AtomicInteger activity = new AtomicInteger();

        SseRelay.RelayResult result = new SseRelay(false)
                .relay(upstream(ROLE, HELLO, WORLD, FINISH, USAGE, DONE), client, activity::incrementAndGet);

        assertEquals(ROLE + HELLO + WORLD + FINISH + USAGE + DONE, client.text());
        assertEquals(6, client.flushes);
        assertTrue(activity.get() >= 6, "activity is signalled for every line read");
        assertTrue(result.completed());
    }

    @Test
    void capturesUsageAndConcatenatedTextFromChatDeltas() throws Exception {
        SseRelay.RelayResult result = new SseRelay(false)
                .relay(upstream(ROLE, HELLO, WORLD, FINISH, USAGE, DONE), new Client(), () -> { });

        assertEquals("Hello world", result.text());
        assertEquals(2, result.contentChunks());
        assertEquals(new Usage(12, 3, false), result.usage());
    }

    @Test
    void hidesTheUsageOnlyChunkWhenAskedButStillCountsItsUsage() throws Exception {
        Client client = new Client();

        SseRelay.RelayResult result = new SseRelay(true)
                .relay(upstream(ROLE, HELLO, WORLD, USAGE, DONE), client, () -> { });

        assertEquals(ROLE + HELLO + WORLD + DONE, client.text());
        assertFalse(client.text().contains("usage"));
        assertEquals(4, client.flushes);
        assertEquals(new Usage(12, 3, false), result.usage());
        assertTrue(result.completed());
    }

    @Test
    void keepsTheUsageChunkWhenTheClientAskedForUsageItself() throws Exception {
        Client client = new Client();

        new SseRelay(false).relay(upstream(HELLO, USAGE, DONE), client, () -> { });

        assertTrue(client.text().contains("\"prompt_tokens\":12"));
    }

    @Test
    void hidingNeverDropsAChunkThatCarriesChoicesAlongsideUsage() throws Exception {
        String contentWithUsage = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}],"
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1}}\n\n";
        Client client = new Client();

        SseRelay.RelayResult result = new SseRelay(true).relay(upstream(contentWithUsage, DONE), client, () -> { });

        assertEquals(contentWithUsage + DONE, client.text());
        assertEquals(new Usage(1, 1, false), result.usage());
    }

    @Test
    void capturesTextOfLegacyCompletionChunks() throws Exception {
        String one = "data: {\"choices\":[{\"index\":0,\"text\":\"Once \"}]}\n\n";
        String two = "data: {\"choices\":[{\"index\":0,\"text\":\"upon\"}]}\n\n";

        SseRelay.RelayResult result = new SseRelay(false).relay(upstream(one, two, DONE), new Client(), () -> { });

        assertEquals("Once upon", result.text());
        assertEquals(2, result.contentChunks());
        assertNull(result.usage());
    }

    @Test
    void doneMarkerCompletesTheStreamAndIsRelayed() throws Exception {
        Client client = new Client();

        SseRelay.RelayResult result = new SseRelay(true).relay(upstream(HELLO, DONE), client, () -> { });

        assertTrue(result.completed());
        assertTrue(client.text().endsWith("data: [DONE]\n\n"));
    }

    @Test
    void multiLineDataEventIsJoinedIntoOneChunk() throws Exception {
        String multiLine = "data: {\"choices\":[{\"index\":0,\n"
                + "data: \"delta\":{\"content\":\"split\"}}]}\n\n";
        Client client = new Client();

        SseRelay.RelayResult result = new SseRelay(false).relay(upstream(multiLine, DONE), client, () -> { });

        assertEquals("split", result.text());
        assertEquals(1, result.contentChunks());
        assertEquals(multiLine + DONE, client.text());
        assertEquals(2, client.flushes);
    }

    @Test
    void crlfLineEndingsAreUnderstoodAndRelayedAsEvents() throws Exception {
        String crlf = (HELLO + WORLD + USAGE + DONE).replace("\n", "\r\n");
        Client client = new Client();

        SseRelay.RelayResult result = new SseRelay(true).relay(upstream(crlf), client, () -> { });

        assertEquals("Hello world", result.text());
        assertEquals(new Usage(12, 3, false), result.usage());
        assertTrue(result.completed());
        assertEquals(HELLO + WORLD + DONE, client.text());
        assertEquals(3, client.flushes);
    }

    @Test
    void eventFieldsAndCommentsArePassedThroughUnchanged() throws Exception {
        String keepAlive = ": keep-alive\n\n";
        String named = "event: message\nid: 7\n" + HELLO;
        Client client = new Client();

        SseRelay.RelayResult result = new SseRelay(false).relay(upstream(keepAlive, named, DONE), client, () -> { });

        assertEquals(keepAlive + named + DONE, client.text());
        assertEquals("Hel", result.text());
    }

    @Test
    void streamCutWithoutDoneIsNotCompleted() throws Exception {
        Client client = new Client();

        SseRelay.RelayResult result = new SseRelay(false).relay(upstream(HELLO, WORLD), client, () -> { });

        assertFalse(result.completed());
        assertEquals("Hello world", result.text());
        assertEquals(HELLO + WORLD, client.text());
    }

    @Test
    void lastEventWithoutTrailingBlankLineIsStillRelayed() throws Exception {
        Client client = new Client();

        SseRelay.RelayResult result = new SseRelay(false)
                .relay(upstream(HELLO, "data: {\"choices\":[{\"delta\":{\"content\":\"!\"}}]}"), client, () -> { });

        assertFalse(result.completed());
        assertEquals("Hel!", result.text());
        assertEquals(2, client.flushes);
    }

    /** A client that takes {@code writesBeforeFailure} event writes, then fails like a closed socket. */
    static class LeavingClient extends Client {
        int eventsAccepted;
        final int eventsBeforeFailure;

        LeavingClient(int eventsBeforeFailure) {
            this.eventsBeforeFailure = eventsBeforeFailure;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (eventsAccepted >= eventsBeforeFailure) {
                throw new IOException("Broken pipe");
            }
            super.write(b, off, len);
        }

        @Override
        public void flush() {
            super.flush();
            eventsAccepted++;
        }
    }

    @Test
    void clientDisconnectThrowsClientGoneAndResultKeepsWhatWasRelayed() {
        LeavingClient client = new LeavingClient(3);
        SseRelay relay = new SseRelay(true);
        AtomicInteger upstreamLinesRead = new AtomicInteger();

        SseRelay.ClientGoneException gone = assertThrows(SseRelay.ClientGoneException.class,
                () -> relay.relay(upstream(ROLE, HELLO, WORLD, ": keep-alive\n\n", WORLD, DONE), client,
                        upstreamLinesRead::incrementAndGet));

        assertInstanceOf(IOException.class, gone.getCause());
        assertEquals(ROLE + HELLO + WORLD, client.text());
        assertEquals(8, upstreamLinesRead.get(), "relaying stops at the event whose write failed");
        SseRelay.RelayResult seen = relay.result();
        assertEquals(2, seen.contentChunks());
        assertEquals("Hello world", seen.text());
        assertFalse(seen.completed());
    }

    @Test
    void clientGoneIsAlsoReportedWhenFlushFails() {
        OutputStream client = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("Connection reset");
            }
        };

        assertThrows(SseRelay.ClientGoneException.class,
                () -> new SseRelay(false).relay(upstream(HELLO, DONE), client, () -> { }));
    }

    /** The upstream produced (and bills) a chunk even when the client left before it arrived. */
    @Test
    void contentChunkReceivedFromUpstreamCountsEvenWhenItsDeliveryFailed() {
        LeavingClient client = new LeavingClient(2);
        SseRelay relay = new SseRelay(false);

        assertThrows(SseRelay.ClientGoneException.class,
                () -> relay.relay(upstream(ROLE, HELLO, WORLD, DONE), client, () -> { }));

        assertEquals(ROLE + HELLO, client.text());
        assertEquals(2, relay.result().contentChunks());
    }
}
