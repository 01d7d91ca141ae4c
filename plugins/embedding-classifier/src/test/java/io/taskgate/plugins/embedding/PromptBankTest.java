package io.taskgate.plugins.embedding;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The model's bank of labelled training prompts. */
class PromptBankTest {

    static float[] unit(float... v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] u = v.clone();
        for (int i = 0; i < u.length; i++) {
            u[i] /= (float) Math.sqrt(n);
        }
        return u;
    }

    static final PromptBank BANK = PromptBank.of(
            List.of(unit(1, 0, 0), unit(1, 1, 0), unit(0, 1, 0), unit(0, 0, 1)),
            List.of(true, true, true, false),
            List.of("travel-app", "shop", "shop", "shop"));

    @Test
    void aPromptIsComparedWithTheClosestMisuseAndWorkOfTheBank() {
        double[] f = BANK.features(unit(1, 0, 0), null);
        assertEquals(1, f[0], 0.01); // best misuse
        assertEquals((1 + Math.sqrt(0.5) + 0) / 3, f[1], 0.01); // mean of the best three misuse
        assertEquals(0, f[2], 0.01); // best on-task
    }

    @Test
    void whenFittingAPromptsOwnTaskIsLeftOut() {
        double[] f = BANK.features(unit(1, 0, 0), "travel-app");
        assertEquals(Math.sqrt(0.5), f[0], 0.01, "its own task's identical prompt is not in its bank");
        assertEquals(-1, BANK.features(unit(0, 0, 1), "shop")[2], "no on-task prompt of another task");
    }

    @Test
    void theBankIsWrittenAndReadBackAndIgnoresVectorsOfAnotherSize() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            BANK.write(out);
        }
        PromptBank read = PromptBank.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertArrayEquals(BANK.features(unit(1, 1, 1), null), read.features(unit(1, 1, 1), null), 1e-9);
        assertArrayEquals(new double[]{-1, -1, -1}, BANK.features(unit(1, 0, 0, 0), null));
    }
}
