package io.taskgate.plugins.embedding;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ClustersTest {

    @Test
    void vectorsOfOneTopicShareAClusterAndTopicsDoNot() {
        List<float[]> vectors = PromptBankTest.topics(new Random(3), 6, 40);
        int[] cluster = Clusters.of(vectors, 6, 10);
        Set<Integer> seen = new HashSet<>();
        for (int g = 0; g < 6; g++) {
            Set<Integer> topic = new HashSet<>();
            for (int i = g * 40; i < (g + 1) * 40; i++) {
                topic.add(cluster[i]);
            }
            assertEquals(1, topic.size(), "topic " + g + " is one cluster");
            seen.addAll(topic);
        }
        assertEquals(6, seen.size(), "each topic has its own cluster");
    }

    @Test
    void theSameVectorsGiveTheSameClustersNumberedWithoutGaps() {
        List<float[]> vectors = new ArrayList<>(PromptBankTest.topics(new Random(9), 10, 30));
        int[] first = Clusters.of(vectors, 25, 10);
        assertArrayEquals(first, Clusters.of(List.copyOf(vectors), 25, 10));
        int max = java.util.Arrays.stream(first).max().orElseThrow();
        for (int c = 0; c <= max; c++) {
            int id = c;
            assertEquals(true, java.util.Arrays.stream(first).anyMatch(x -> x == id), "cluster " + c + " is not empty");
        }
    }

    @Test
    void oneClusterOrNoVectorsNeedNoRounds() {
        assertArrayEquals(new int[]{0, 0}, Clusters.of(List.of(new float[]{1, 0}, new float[]{0, 1}), 1, 10));
        assertArrayEquals(new int[0], Clusters.of(List.of(), 4, 10));
    }
}
