package mllab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * The trainer's batch-blocked forward pass must give the same probabilities as the immutable
 * model's plain row-by-row one ({@link Mlp#predictProbabilities}), whatever the shapes: the blocked
 * loops have separate paths for groups of four inputs, the inputs left over, and groups of four
 * zeros that are skipped.
 */
class NetworkTest {

  @Test
  void batchedEvaluationOfSparseRowsMatchesTheModelRowByRow() {
    // Given sparse 0/1 inputs (9 features: two groups of four and one left over, many all-zero
    // groups), two hidden layers and a batch size that does not divide the row count
    Mlp mlp = Mlp.initialize(9, new int[] {6, 5}, 3, Activation.RELU, OutputActivation.SIGMOID, 3L);
    Well19937c rng = new Well19937c(5L);
    double[][] x = new double[23][9];
    int[][] y = new int[23][3];
    for (int r = 0; r < x.length; r++) {
      for (int i = 0; i < 9; i++) {
        x[r][i] = rng.nextDouble() < 0.2 ? 1.0 : 0.0;
      }
      for (int k = 0; k < 3; k++) {
        y[r][k] = rng.nextInt(2);
      }
    }
    x[4] = new double[9];
    Network net = new Network(mlp, 7);

    // When the network evaluates all rows in batches of 7
    double[][] batched = new double[x.length][3];
    net.evaluate(x, y, batched, new double[3]);

    // Then every probability equals the one computed one row at a time
    double[][] rowByRow = mlp.predictProbabilities(x);
    for (int r = 0; r < x.length; r++) {
      for (int k = 0; k < 3; k++) {
        assertEquals(rowByRow[r][k], batched[r][k], 1e-12, "row " + r + ", label " + k);
      }
    }
  }
}
