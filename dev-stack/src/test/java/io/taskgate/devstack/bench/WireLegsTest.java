package io.taskgate.devstack.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireLegsTest {

    private static final int GATEWAY = 45857;
    private static final int UPSTREAM = 42329;

    /** A stream through the gateway, as {@code tcpdump -tt -nn -A} prints it, after the end of an earlier direct call. */
    private static final List<String> STREAM = List.of(
            "1000.000400 IP 127.0.0.1.42329 > 127.0.0.1.57144: Flags [P.], seq 1:6, ack 1, win 64, length 5",
            "0\r",
            "1000.001000 IP 127.0.0.1.52296 > 127.0.0.1.45857: Flags [P.], seq 1:1837, ack 1, win 158, length 1836",
            "POST /v1/chat/completions HTTP/1.1",
            "1000.001050 IP 127.0.0.1.45857 > 127.0.0.1.52296: Flags [.], ack 1837, win 88, length 0",
            "1000.002000 IP 127.0.0.1.40606 > 127.0.0.1.42329: Flags [P.], seq 1:232, ack 1, win 132, length 231",
            "POST /v1/chat/completions HTTP/1.1",
            "1000.002100 IP 127.0.0.1.40606 > 127.0.0.1.42329: Flags [P.], seq 232:1192, ack 1, win 132, length 960",
            "{\"model\":\"gpt-4o-mini\",\"stream\":true}",
            "1000.002600 IP 127.0.0.1.42329 > 127.0.0.1.40606: Flags [P.], seq 1:158, ack 1192, win 68, length 157",
            "HTTP/1.1 200 OK",
            "1000.003100 IP 127.0.0.1.42329 > 127.0.0.1.40606: Flags [P.], seq 158:444, ack 1192, win 68, length 286",
            "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}",
            "1000.003500 IP 127.0.0.1.45857 > 127.0.0.1.52296: Flags [P.], seq 1:708, ack 1837, win 88, length 707",
            "HTTP/1.1 200 OK",
            "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}");

    @Test
    void aStreamsLegsAreTimedFromItsPacketsLeavingOutAnEarlierCallsTail() {
        WireLegs wire = WireLegs.parse(STREAM);
        assertEquals(8, wire.size());
        // the client started at 1000.000600 and read the first data line 3.4 ms later
        Optional<WireLegs.Legs> legs = wire.legs(new WireLegs.Call(1_000_000_600L, 3_400), GATEWAY, UPSTREAM, true);
        assertTrue(legs.isPresent());
        WireLegs.Legs l = legs.get();
        assertEquals(0.4, l.toGateway(), 1e-6);
        assertEquals(1.0, l.gatewayBefore(), 1e-6);
        assertEquals(1.0, l.upstream(), 1e-6, "from the request's last packet to the first data event, not the headers");
        assertEquals(0.4, l.gatewayAfter(), 1e-6);
        assertEquals(0.5, l.client(), 1e-6);
        assertEquals(1.4, l.inGateway(), 1e-6);
        assertFalse(l.newConnection());
    }

    @Test
    void aPlainCallsAnswerCountsFromItsFirstByte() {
        WireLegs.Legs l = WireLegs.parse(STREAM).legs(new WireLegs.Call(1_000_000_600L, 3_400), GATEWAY, UPSTREAM, false)
                .orElseThrow();
        assertEquals(0.5, l.upstream(), 1e-6);
        assertEquals(0.9, l.gatewayAfter(), 1e-6);
    }

    @Test
    void aCallWhosePacketsWereNotCapturedHasNoLegs() {
        WireLegs wire = WireLegs.parse(STREAM);
        assertTrue(wire.legs(new WireLegs.Call(2_000_000_000L, 3_400), GATEWAY, UPSTREAM, true).isEmpty());
        assertTrue(WireLegs.parse(List.of()).legs(new WireLegs.Call(1_000_000_600L, 3_400), GATEWAY, UPSTREAM, true)
                .isEmpty());
    }

    @Test
    void aConnectionOpenedForTheCallIsReported() {
        List<String> withSyn = new java.util.ArrayList<>(STREAM);
        withSyn.add(3, "1000.001900 IP 127.0.0.1.40606 > 127.0.0.1.42329: Flags [S], seq 1, win 65495, length 0");
        assertTrue(WireLegs.parse(withSyn).legs(new WireLegs.Call(1_000_000_600L, 3_400), GATEWAY, UPSTREAM, true)
                .orElseThrow().newConnection());
    }
}
