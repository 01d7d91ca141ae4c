package io.taskgate.plugins.embedding;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

import java.util.ArrayList;
import java.util.List;

/**
 * The directions along which a set of vectors keeps most of its dot products: the eigenvectors of their second-moment
 * matrix (not centred: a bank's similarities are dot products, not covariances) with the largest eigenvalues, by
 * commons-math's singular value decomposition of that matrix (its eigendecomposition fails to converge where the
 * vectors span fewer dimensions than they have). Fit-time only: the model file keeps the directions ({@link PromptBank.Basis}).
 */
final class PrincipalDirections {

    private PrincipalDirections() {
    }

    /** The first {@code count} directions of {@code vectors}; none when {@code count} is 0 or not below their length. */
    static PromptBank.Basis of(List<float[]> vectors, int count) {
        if (vectors.isEmpty() || count <= 0 || count >= vectors.get(0).length) {
            return PromptBank.Basis.NONE;
        }
        int d = vectors.get(0).length;
        double[][] moments = new double[d][d];
        for (float[] v : vectors) {
            for (int a = 0; a < d; a++) {
                double va = v[a];
                double[] row = moments[a];
                for (int b = a; b < d; b++) {
                    row[b] += va * v[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                moments[a][b] = moments[b][a];
            }
        }
        // symmetric and positive semi-definite: its singular vectors are its eigenvectors, largest first
        RealMatrix u = new SingularValueDecomposition(new Array2DRowRealMatrix(moments, false)).getU();
        List<float[]> directions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] direction = new float[d];
            for (int j = 0; j < d; j++) {
                direction[j] = (float) u.getEntry(j, i);
            }
            directions.add(direction);
        }
        return PromptBank.Basis.of(directions);
    }
}
