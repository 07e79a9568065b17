package mllab.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * The linear fits' objective read through the non-zeros of sparse data (as bibtex's binary features
 * are) gives the value and gradient of the dense reading, for every score's own columns.
 */
class LinearFitTest {

  private static double[][] sparse(int rows, int columns, double density, long seed) {
    MersenneTwister r = new MersenneTwister(seed);
    double[][] x = new double[rows][columns];
    for (double[] row : x) {
      for (int j = 0; j < columns; j++) {
        row[j] = r.nextDouble() < density ? r.nextDouble() : 0;
      }
    }
    return x;
  }

  @Test
  void theSparseReadingGivesTheDenseValueAndGradient() {
    double[][] x = sparse(80, 40, 0.1, 7);
    int scores = 3;
    // A chain's scores read their first columns only: 40, 30 and 20 of them
    int[] inputs = {40, 30, 20};
    MersenneTwister r = new MersenneTwister(11);
    int[][] y = new int[x.length][scores];
    for (int[] row : y) {
      for (int k = 0; k < scores; k++) {
        row[k] = r.nextBoolean() ? 1 : 0;
      }
    }
    // Independent logistic losses, as binary relevance fits them
    LinearFit.RowLoss logistic =
        (i, z, count) -> {
          double loss = 0;
          for (int k = 0; k < count; k++) {
            double p = 1 / (1 + Math.exp(-z[k]));
            loss -= y[i][k] == 1 ? Math.log(p) : Math.log(1 - p);
            z[k] = p - y[i][k];
          }
          return loss;
        };
    LinearFit.Csr csr = LinearFit.Csr.ofSparse(x);
    assertNotNull(csr);
    double[] params = new double[(40 + 1) * scores];
    for (int p = 0; p < params.length; p++) {
      params[p] = r.nextGaussian();
    }
    double[] denseGrad = new double[params.length];
    double[] sparseGrad = new double[params.length];
    double dense =
        new LinearFit(new double[scores][40], new double[scores])
            .objective(x, inputs, 1.0, logistic, null)
            .valueAndGradient(params.clone(), denseGrad);
    double sparse =
        new LinearFit(new double[scores][40], new double[scores])
            .objective(x, inputs, 1.0, logistic, csr)
            .valueAndGradient(params.clone(), sparseGrad);
    assertEquals(dense, sparse, 1e-12 * Math.abs(dense));
    for (int p = 0; p < params.length; p++) {
      assertEquals(denseGrad[p], sparseGrad[p], 1e-12, "gradient " + p);
    }
  }

  @Test
  void denseDataIsReadDensely() {
    assertNull(LinearFit.Csr.ofSparse(sparse(50, 20, 0.6, 3)));
  }
}
