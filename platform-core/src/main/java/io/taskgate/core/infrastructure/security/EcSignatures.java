package io.taskgate.core.infrastructure.security;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/** Converts a JWS ECDSA signature (R || S) into the DER form the JDK verifies. */
final class EcSignatures {

    private EcSignatures() {
    }

    static byte[] toDer(byte[] raw) {
        if (raw.length == 0 || raw.length % 2 != 0 || raw.length > 132) {
            throw new IllegalArgumentException("Not a JWS ECDSA signature");
        }
        int half = raw.length / 2;
        byte[] r = new BigInteger(1, Arrays.copyOfRange(raw, 0, half)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length)).toByteArray();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeInteger(body, r);
        writeInteger(body, s);
        ByteArrayOutputStream der = new ByteArrayOutputStream();
        der.write(0x30);
        writeLength(der, body.size());
        der.writeBytes(body.toByteArray());
        return der.toByteArray();
    }

    private static void writeInteger(ByteArrayOutputStream out, byte[] value) {
        out.write(0x02);
        writeLength(out, value.length);
        out.writeBytes(value);
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 128) {
            out.write(length);
        } else {
            out.write(0x81);
            out.write(length);
        }
    }
}
