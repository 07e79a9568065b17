package mllab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * The trainer's batch-blocked kernels ({@link Kernels}, {@link VectorKernels}) against the plain
 * computations: the same probabilities as the immutable model's row-by-row forward pass, and the
 * same bits from both kernel implementations, whatever the shapes (blocks of four rows, rows left
 * over, pairs of vectors and a vector left over, widths padded to whole vectors).
 */
class NetworkTest {

  @Test
  void vectorAndPlainKernelsTrainToTheSameBits() {
    // The build runs the tests with the Vector API module, so the fast kernels are the ones in use
    assertTrue(Kernels.simd(), "the Vector API kernels are in use (surefire adds the module)");
    // Given shapes with every leftover path: 103 inputs (25 blocks of four and 3 left), a batch of
    // 30 (7 blocks of four rows and 2), hidden widths 24 and 16 (a pair of vectors and one left),
    // 5 labels (padded to 8), tanh hidden units and Adam with L2
    Well19937c rng = new Well19937c(11L);
    double[][] x = new double[97][103];
    int[][] y = new int[97][5];
    for (int r = 0; r < x.length; r++) {
      for (int i = 0; i < 103; i++) {
        x[r][i] = rng.nextDouble() < 0.3 ? 0.0 : rng.nextDouble();
      }
      for (int k = 0; k < 5; k++) {
        y[r][k] = x[r][k] + x[r][k + 5] > 0.8 ? 1 : 0;
      }
    }
    TrainingConfig config =
        TrainingConfig.lesson()
            .withHiddenLayers(24, 16)
            .withActivation(Activation.TANH)
            .withOptimizer(Optimizer.ADAM)
            .withLearningRate(0.01)
            .withBatchSize(30)
            .withL2(1e-3)
            .withEpochs(4);

    // When the same run is trained once with each implementation
    List<EpochReport> fast = List.of();
    List<EpochReport> plain = List.of();
    Mlp fastModel;
    Mlp plainModel;
    boolean before = Kernels.useSimd(true);
    try {
      TrainingRun run = new Trainer(config).start(x, y, x, y);
      fast = run.runAll(r -> {});
      fastModel = run.model();
      Kernels.useSimd(false);
      run = new Trainer(config).start(x, y, x, y);
      plain = run.runAll(r -> {});
      plainModel = run.model();
    } finally {
      Kernels.useSimd(before);
    }

    // Then every weight, bias and loss has the same bits
    assertEquals(4, fast.size());
    for (int l = 0; l < fastModel.layerCount(); l++) {
      double[][] wf = fastModel.weights(l);
      double[][] wp = plainModel.weights(l);
      for (int o = 0; o < wf.length; o++) {
        assertArrayEquals(wp[o], wf[o], 0.0, "layer " + l + " unit " + o);
      }
      assertArrayEquals(plainModel.biases(l), fastModel.biases(l), 0.0, "layer " + l + " biases");
    }
    for (int e = 0; e < fast.size(); e++) {
      assertEquals(plain.get(e).trainLoss(), fast.get(e).trainLoss(), 0.0, "epoch " + (e + 1));
      assertEquals(plain.get(e).testLoss(), fast.get(e).testLoss(), 0.0, "epoch " + (e + 1));
    }
  }

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
