package io.taskgate.simulator;

import java.nio.charset.StandardCharsets;

/** Stable, platform-independent hashing used to seed deterministic output. */
final class Hashing {

    private Hashing() {
    }

    /** 64-bit FNV-1a over the UTF-8 bytes of {@code text}. */
    static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
