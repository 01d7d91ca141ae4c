package io.taskgate.devstack.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a call's time went, read from the loopback packets ({@code tcpdump -tt -nn -A} text) rather than from either
 * process: from the client's start to its request reaching the gateway, the gateway until its upstream request is
 * out, the upstream until its answer (for a stream: its first data event) is back, the gateway until the first byte
 * of that answer is out to the client, and the client until it read it. The gateway's own part is the two legs in
 * between; what is left is the client's, the upstream's and the machine's.
 */
final class WireLegs {

    /** {@code 1796687434.548963 IP 127.0.0.1.52296 > 127.0.0.1.45857: Flags [P.], seq ..., length 1836}. */
    private static final Pattern HEADER = Pattern.compile(
            "^(\\d+\\.\\d+) IP \\S+?\\.(\\d+) > \\S+?\\.(\\d+): Flags \\[([^\\]]*)\\].*length (\\d+)");

    record Packet(double seconds, int sourcePort, int targetPort, String flags, int length, String payload) {
        boolean carriesData() {
            return length > 0;
        }
    }

    /** A measured call: when the client started it (wall clock, µs) and how long until it saw what it waited for. */
    record Call(long wallStartMicros, long micros) {
    }

    /** One call's legs in milliseconds; {@code newConnection}: the gateway opened a connection to the upstream. */
    record Legs(double toGateway, double gatewayBefore, double upstream, double gatewayAfter, double client,
                boolean newConnection) {
        double inGateway() {
            return gatewayBefore + gatewayAfter;
        }
    }

    private final List<Packet> packets;
    private final double[] times;

    private WireLegs(List<Packet> packets) {
        this.packets = packets;
        this.times = packets.stream().mapToDouble(Packet::seconds).toArray();
    }

    /** The packets of {@code tcpdump -r FILE -tt -nn -A} output, each with the text of its payload lines. */
    static WireLegs parse(List<String> lines) {
        List<Packet> packets = new ArrayList<>();
        Matcher m;
        StringBuilder payload = null;
        Object[] head = null;
        for (String line : lines) {
            if ((m = HEADER.matcher(line)).find()) {
                if (head != null) {
                    packets.add(packet(head, payload));
                }
                head = new Object[]{Double.parseDouble(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(4), Integer.parseInt(m.group(5))};
                payload = new StringBuilder();
            } else if (payload != null) {
                payload.append(line).append('\n');
            }
        }
        if (head != null) {
            packets.add(packet(head, payload));
        }
        return new WireLegs(packets);
    }

    private static Packet packet(Object[] head, StringBuilder payload) {
        return new Packet((double) head[0], (int) head[1], (int) head[2], (String) head[3], (int) head[4],
                payload.toString());
    }

    int size() {
        return packets.size();
    }

    /**
     * The legs of one call through the gateway on {@code gatewayPort} to the upstream on {@code upstreamPort}, or
     * empty when its packets are not all there. {@code stream}: the answer counts from its first {@code data:} line.
     */
    Optional<Legs> legs(Call call, int gatewayPort, int upstreamPort, boolean stream) {
        double start = call.wallStartMicros() / 1e6;
        double end = start + call.micros() / 1e6;
        int from = Math.abs(Arrays.binarySearch(times, start - 0.0005) + 1);
        int to = Math.abs(Arrays.binarySearch(times, end + 0.002) + 1);
        List<Packet> window = packets.subList(Math.min(from, packets.size()), Math.min(to, packets.size()));
        Optional<Packet> request = first(window, p -> p.targetPort() == gatewayPort && p.carriesData());
        Optional<Packet> upstreamRequest = first(window, p -> p.targetPort() == upstreamPort && p.carriesData());
        if (request.isEmpty() || upstreamRequest.isEmpty()) {
            return Optional.empty();
        }
        int connection = upstreamRequest.get().sourcePort();
        // the request's last packet: its headers and its body can leave in two
        double requestSent = upstreamRequest.get().seconds();
        for (Packet p : window) {
            if (p.sourcePort() == connection && p.targetPort() == upstreamPort && p.carriesData()
                    && p.seconds() - upstreamRequest.get().seconds() < 0.003) {
                requestSent = p.seconds();
            }
        }
        Optional<Packet> answer = first(window, p -> p.sourcePort() == upstreamPort && p.targetPort() == connection
                && p.carriesData() && (!stream || p.payload().contains("data:")));
        Optional<Packet> out = first(window, p -> p.sourcePort() == gatewayPort && p.carriesData()
                && (!stream || p.payload().contains("data:")));
        if (answer.isEmpty() || out.isEmpty()) {
            return Optional.empty();
        }
        boolean opened = window.stream().anyMatch(p -> p.targetPort() == upstreamPort && p.flags().equals("S")
                && p.sourcePort() == connection);
        return Optional.of(new Legs(ms(request.get().seconds() - start),
                ms(upstreamRequest.get().seconds() - request.get().seconds()), ms(answer.get().seconds() - requestSent),
                ms(out.get().seconds() - answer.get().seconds()), ms(end - out.get().seconds()), opened));
    }

    private static Optional<Packet> first(List<Packet> window, Predicate<Packet> which) {
        return window.stream().filter(which).findFirst();
    }

    private static double ms(double seconds) {
        return seconds * 1e3;
    }
}
