package io.taskgate.core.infrastructure.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcSignaturesTest {

    @Test
    void jwsSignatureConvertedToDerVerifiesWithTheJdk() throws Exception {
        KeyPair ec = TestTokens.ecKeyPair();
        byte[] data = "header.payload".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 20; i++) {
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(ec.getPrivate());
            signer.update(data);
            byte[] raw = signer.sign();

            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(ec.getPublic());
            verifier.update(data);
            assertTrue(verifier.verify(EcSignatures.toDer(raw)));
        }
    }

    @Test
    void highBitIntegersGetALeadingZeroAndLeadingZerosAreStripped() {
        byte[] raw = new byte[64];
        raw[0] = (byte) 0x80;        // r = 0x80 00..00 (32 bytes, high bit set)
        raw[63] = 0x05;              // s = 5
        byte[] der = EcSignatures.toDer(raw);

        byte[] r = new byte[33];
        r[1] = (byte) 0x80;
        byte[] expected = new byte[2 + 2 + 33 + 2 + 1];
        expected[0] = 0x30;
        expected[1] = (byte) (2 + 33 + 2 + 1);
        expected[2] = 0x02;
        expected[3] = 33;
        System.arraycopy(r, 0, expected, 4, 33);
        expected[37] = 0x02;
        expected[38] = 1;
        expected[39] = 0x05;
        assertArrayEquals(expected, der);
    }

    @Test
    void longSignaturesUseTheLongDerLengthForm() {
        byte[] raw = new byte[132];
        Arrays.fill(raw, (byte) 0xFF);
        byte[] der = EcSignatures.toDer(raw);

        assertArrayEquals(new byte[]{0x30, (byte) 0x81, (byte) 138}, Arrays.copyOf(der, 3));
        assertTrue(der.length == 141);
    }

    @Test
    void emptyOddOrOversizedSignaturesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> EcSignatures.toDer(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> EcSignatures.toDer(new byte[63]));
        assertThrows(IllegalArgumentException.class, () -> EcSignatures.toDer(new byte[134]));
    }
}
