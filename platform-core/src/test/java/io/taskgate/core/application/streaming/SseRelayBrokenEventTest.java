package io.taskgate.core.application.streaming;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.taskgate.core.application.streaming.SseRelayTest.DONE;
import static io.taskgate.core.application.streaming.SseRelayTest.FINISH;
import static io.taskgate.core.application.streaming.SseRelayTest.HELLO;
import static io.taskgate.core.application.streaming.SseRelayTest.ROLE;
import static io.taskgate.core.application.streaming.SseRelayTest.USAGE;
import static io.taskgate.core.application.streaming.SseRelayTest.WORLD;
import static io.taskgate.core.application.streaming.SseRelayTest.upstream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A data event whose payload is not JSON breaks the stream: nothing of it, or after it, is relayed. */
class SseRelayBrokenEventTest {

    static final String BROKEN = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tru\n\n";

    @Test
    void brokenDataEventEndsTheRelayBeforeAnyOfItIsWritten() {
        SseRelayTest.Client client = new SseRelayTest.Client();
        SseRelay relay = new SseRelay(false);

        assertThrows(SseRelay.BrokenEventException.class,
                () -> relay.relay(upstream(ROLE, HELLO, BROKEN, WORLD, FINISH, USAGE, DONE), client, () -> { }));

        assertEquals(ROLE + HELLO, client.text(), "neither the broken event nor anything after it");
        SseRelay.RelayResult seen = relay.result();
        assertEquals(1, seen.contentChunks(), "the broken event counts for nothing");
        assertEquals("Hel", seen.text());
        assertNull(seen.usage());
        assertFalse(seen.completed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"data: {\"choices\":[\n\n", "data: not json\n\n", "data: {\"a\":1} tail\n\n",
            "data: [1,2]\n\n", "data: \"text\"\n\n", "data:\n\n", "data: [DONE\n\n"})
    void anyDataPayloadThatIsNotAJsonObjectBreaksTheStream(String event) {
        SseRelayTest.Client client = new SseRelayTest.Client();

        assertThrows(SseRelay.BrokenEventException.class,
                () -> new SseRelay(true).relay(upstream(HELLO, event, DONE), client, () -> { }));

        assertEquals(HELLO, client.text());
    }

    @Test
    void aBrokenFirstEventIsFoundBeforeAnythingIsWritten() {
        SseRelay relay = new SseRelay(false);

        assertThrows(SseRelay.BrokenEventException.class,
                () -> relay.readFirstEvent(upstream(BROKEN, HELLO, DONE), () -> { }));

        assertEquals(0, relay.result().contentChunks());
    }

    @Test
    void aGoodFirstEventReadAheadIsRelayedOnceAndInOrder() throws Exception {
        SseRelayTest.Client client = new SseRelayTest.Client();
        SseRelay relay = new SseRelay(true);
        var upstream = upstream(ROLE, HELLO, WORLD, USAGE, DONE);

        assertTrue(relay.readFirstEvent(upstream, () -> { }));
        assertEquals("", client.text(), "reading ahead writes nothing");
        SseRelay.RelayResult result = relay.relay(upstream, client, () -> { });

        assertEquals(ROLE + HELLO + WORLD + DONE, client.text());
        assertTrue(result.completed());
        assertEquals(2, result.contentChunks());
    }

    @Test
    void theActionAfterTheFirstEventRunsOnceWhenThatEventIsOutAndBeforeTheNext() throws Exception {
        SseRelayTest.Client client = new SseRelayTest.Client();
        SseRelay relay = new SseRelay(true);
        var upstream = upstream(ROLE, HELLO, WORLD, USAGE, DONE);
        assertTrue(relay.readFirstEvent(upstream, () -> { }));
        List<String> seen = new java.util.ArrayList<>();
        relay.relay(upstream, client, () -> { }, () -> seen.add(client.text()));
        assertEquals(List.of(ROLE), seen, "run once, with the first event written and nothing after it");

        SseRelayTest.Client other = new SseRelayTest.Client();
        List<String> seenWithoutReadAhead = new java.util.ArrayList<>();
        new SseRelay(true).relay(upstream(ROLE, HELLO, DONE), other, () -> { },
                () -> seenWithoutReadAhead.add(other.text()));
        assertEquals(List.of(ROLE), seenWithoutReadAhead);
    }

    @Test
    void commentsAndDoneAreNotBrokenEvents() throws Exception {
        SseRelayTest.Client client = new SseRelayTest.Client();
        SseRelay relay = new SseRelay(false);
        var upstream = upstream(": keep-alive\n\n", HELLO, DONE);

        assertTrue(relay.readFirstEvent(upstream, () -> { }));
        assertTrue(relay.relay(upstream, client, () -> { }).completed());
        assertEquals(": keep-alive\n\n" + HELLO + DONE, client.text());
    }

    @Test
    void anUpstreamThatEndsBeforeAnyEventHasNoFirstEvent() throws Exception {
        assertFalse(new SseRelay(false).readFirstEvent(upstream(), () -> { }));
        assertFalse(new SseRelay(false).readFirstEvent(upstream("\n\n"), () -> { }));
    }
}
