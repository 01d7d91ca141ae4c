package io.taskgate.plugins.embedding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Spherical k-means of vectors: each vector goes to the cluster whose centroid (the normalized sum of its vectors) is
 * closest by cosine. Deterministic: the first centroids are vectors spread evenly over the list, and the same list
 * gives the same clusters on every JVM.
 */
final class Clusters {

    private Clusters() {
    }

    /**
     * The cluster of each vector, numbered from 0 without gaps, about {@code k} clusters (fewer when some end empty).
     *
     * @param vectors    unit vectors, all of one size
     * @param k          the clusters wanted, at least 1
     * @param iterations the most rounds of reassignment
     */
    static int[] of(List<float[]> vectors, int k, int iterations) {
        int n = vectors.size();
        int[] cluster = new int[n];
        if (n == 0 || k <= 1) {
            return cluster;
        }
        int d = vectors.get(0).length;
        List<float[]> centroids = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            centroids.add(vectors.get((int) ((long) c * n / k)).clone());
        }
        Arrays.fill(cluster, -1);
        for (int round = 0; round < iterations; round++) {
            VectorSet set = new VectorSet(centroids);
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                int best = argmax(set.cosines(vectors.get(i)));
                moved |= best != cluster[i];
                cluster[i] = best;
            }
            if (!moved) {
                break;
            }
            centroids = centroids(vectors, cluster, centroids, d);
        }
        return renumbered(cluster);
    }

    /** Each cluster's sum of vectors (its direction is its centroid); an empty cluster keeps its old centroid. */
    private static List<float[]> centroids(List<float[]> vectors, int[] cluster, List<float[]> old, int d) {
        float[][] sums = new float[old.size()][d];
        int[] sizes = new int[old.size()];
        for (int i = 0; i < cluster.length; i++) {
            float[] v = vectors.get(i);
            float[] sum = sums[cluster[i]];
            for (int j = 0; j < d; j++) {
                sum[j] += v[j];
            }
            sizes[cluster[i]]++;
        }
        List<float[]> centroids = new ArrayList<>(old.size());
        for (int c = 0; c < sums.length; c++) {
            centroids.add(sizes[c] == 0 ? old.get(c) : sums[c]);
        }
        return centroids;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The clusters numbered in order of first appearance, so that empty ones leave no gap. */
    private static int[] renumbered(int[] cluster) {
        int[] number = new int[Arrays.stream(cluster).max().orElse(0) + 1];
        Arrays.fill(number, -1);
        int next = 0;
        int[] out = new int[cluster.length];
        for (int i = 0; i < cluster.length; i++) {
            if (number[cluster[i]] < 0) {
                number[cluster[i]] = next++;
            }
            out[i] = number[cluster[i]];
        }
        return out;
    }
}
