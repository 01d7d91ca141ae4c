package io.taskgate.devstack.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoryBreakdownTest {

    static final String SUMMARY = """
            12345:

            Native Memory Tracking:

            (Omitting categories weighting less than 1KB)

            Total: reserved=2516232KB, committed=645120KB
                   malloc: 80000KB #123456
                   mmap:   reserved=2436232KB, committed=565120KB

            -                 Java Heap (reserved=786432KB, committed=310272KB)
                                        (mmap: reserved=786432KB, committed=310272KB)

            -                     Class (reserved=1050000KB, committed=90112KB)
                                        (classes #18000)

            -                    Thread (reserved=150000KB, committed=150000KB)
                                        (thread #1181)

            -                      Code (reserved=250000KB, committed=40960KB)

            -                    Symbol (reserved=512KB, committed=512KB)
            """;

    @Test
    void categoriesAreListedLargestFirstWithWhatLiesOutsideTheJvm() {
        List<String> lines = MemoryBreakdown.parse(SUMMARY, 928L << 20);
        assertTrue(lines.get(0).contains("resident 928 MB; the JVM's own committed memory 630 MB"), lines.get(0));
        assertTrue(lines.get(0).contains("298 MB"), lines.get(0));
        assertTrue(lines.get(1).contains("Java Heap") && lines.get(1).contains("303 MB"), lines.get(1));
        assertTrue(lines.get(2).contains("Thread") && lines.get(2).contains("146 MB"), lines.get(2));
        assertEquals(5, lines.size(), "categories under 1 MB are left out: " + lines);
    }

    @Test
    void withoutTrackingItSaysHowToTurnItOn() {
        List<String> lines = MemoryBreakdown.parse("12345:\nNative memory tracking is not enabled\n", 1L << 30);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("-XX:NativeMemoryTracking=summary"), lines.get(0));
    }
}
