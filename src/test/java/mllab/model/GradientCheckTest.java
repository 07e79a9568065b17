package mllab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation is checked against the definition of a derivative: nudge one parameter by ±h,
 * recompute the loss along an independent path (the immutable {@link Mlp} and {@link Loss#mean}),
 * and compare the slope with the analytic gradient.
 */
class GradientCheckTest {

  private static final double H = 1e-5;

  static Stream<Arguments> networks() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (Activation a : Activation.values()) {
      for (OutputActivation o : OutputActivation.values()) {
        for (double l2 : new double[] {0.0, 0.05}) {
          b.add(Arguments.of(a, o, l2));
        }
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} hidden, {1} output, l2 {2}")
  @MethodSource("networks")
  void backpropagationMatchesFiniteDifferencesInEveryLayer(
      Activation activation, OutputActivation output, double l2) {
    // Given a network with two hidden layers and a batch including a row without any label, and
    // an untouched copy of it to measure the objective's slope on
    Mlp mlp = Mlp.initialize(4, new int[] {5, 3}, 3, activation, output, 7L);
    double[][] x = randomMatrix(6, 4, 11L);
    int[][] y = {{1, 0, 1}, {0, 0, 0}, {0, 1, 0}, {1, 1, 1}, {0, 0, 1}, {1, 0, 0}};
    Network net = withNonzeroBiases(new Network(mlp, 6));
    Network probe = withNonzeroBiases(new Network(mlp, 6));
    TrainingConfig unitStep =
        TrainingConfig.lesson()
            .withActivation(activation)
            .withOutput(output)
            .withOptimizer(Optimizer.SGD)
            .withMomentum(0.0)
            .withLearningRate(1.0)
            .withL2(l2);

    // When the trainer takes one plain gradient-descent step of size 1, so that every parameter
    // moves by exactly minus the gradient the trainer uses, L2 term included
    net.trainBatch(x, y, null, 0, 6, unitStep);

    // Then every weight's and bias's move matches the central difference of the objective
    for (int l = 0; l < probe.w.length; l++) {
      for (int i = 0; i < probe.w[l].length; i++) {
        for (int o = 0; o < probe.w[l][i].length; o++) {
          double analytic = probe.w[l][i][o] - net.w[l][i][o];
          assertClose(
              analytic, numeric(probe, probe.w[l][i], o, x, y, l2), "layer " + l + " w" + i + o);
        }
      }
      for (int o = 0; o < probe.b[l].length; o++) {
        double analytic = probe.b[l][o] - net.b[l][o];
        assertClose(analytic, numeric(probe, probe.b[l], o, x, y, l2), "layer " + l + " b" + o);
      }
    }
  }

  /** Nonzero biases, so that every bias gradient is exercised away from the symmetric start. */
  private static Network withNonzeroBiases(Network net) {
    for (int l = 0; l < net.b.length; l++) {
      for (int o = 0; o < net.b[l].length; o++) {
        net.b[l][o] = 0.1 * (o + 1) - 0.15 * l;
      }
    }
    return net;
  }

  @ParameterizedTest
  @EnumSource(OutputActivation.class)
  void lossGradientMatchesFiniteDifferences(OutputActivation output) {
    // Given logits of both signs, including large ones, and labels with an all-zero row
    Loss loss = Loss.forOutput(output);
    double[][] z = {{0.3, -2.0, 4.0}, {-0.7, 0.1, 9.0}, {12.0, -15.0, 0.0}};
    int[][] y = {{1, 0, 1}, {0, 0, 0}, {0, 1, 1}};

    // When the analytic gradient is computed
    double[][] g = loss.gradient(z, y);

    // Then each entry equals the slope of the mean loss
    for (int i = 0; i < z.length; i++) {
      for (int k = 0; k < z[i].length; k++) {
        double keep = z[i][k];
        z[i][k] = keep + H;
        double up = loss.mean(z, y);
        z[i][k] = keep - H;
        double down = loss.mean(z, y);
        z[i][k] = keep;
        assertClose(g[i][k], (up - down) / (2 * H), "logit " + i + "," + k);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void activationDerivativeMatchesFiniteDifferences(Activation activation) {
    // Given points on both sides of 0 (away from ReLU's kink)
    for (double z : new double[] {-3.0, -0.4, 0.25, 1.7, 5.0}) {
      // When / Then the derivative equals the slope of the function
      double numeric = (activation.apply(z + H) - activation.apply(z - H)) / (2 * H);
      assertClose(activation.derivative(z), numeric, activation + " at " + z);
    }
  }

  @Test
  void reluHasNoSlopeForNegativeInputs() {
    // Given / When / Then a negative input blocks the gradient, a positive one passes it through
    assertEquals(0.0, Activation.RELU.derivative(-0.5));
    assertEquals(1.0, Activation.RELU.derivative(0.5));
  }

  private static double numeric(
      Network net, double[] params, int i, double[][] x, int[][] y, double l2) {
    double keep = params[i];
    params[i] = keep + H;
    double up = objective(net.snapshot(), x, y, l2);
    params[i] = keep - H;
    double down = objective(net.snapshot(), x, y, l2);
    params[i] = keep;
    return (up - down) / (2 * H);
  }

  /** Mean loss plus λ/2 Σ w², computed without the trainer's code path. */
  private static double objective(Mlp mlp, double[][] x, int[][] y, double l2) {
    double[][] logits = new double[x.length][];
    for (int r = 0; r < x.length; r++) {
      logits[r] = mlp.logits(x[r]);
    }
    double penalty = 0;
    for (int l = 0; l < mlp.layerCount(); l++) {
      for (double[] row : mlp.weights(l)) {
        for (double w : row) {
          penalty += w * w;
        }
      }
    }
    return Loss.forOutput(mlp.output()).mean(logits, y) + 0.5 * l2 * penalty;
  }

  private static void assertClose(double analytic, double numeric, String what) {
    double scale = Math.max(1e-3, Math.abs(analytic) + Math.abs(numeric));
    assertTrue(
        Math.abs(analytic - numeric) / scale < 1e-5,
        what + ": analytic " + analytic + " vs numeric " + numeric);
  }

  static double[][] randomMatrix(int rows, int cols, long seed) {
    Well19937c rng = new Well19937c(seed);
    double[][] m = new double[rows][cols];
    for (double[] row : m) {
      for (int j = 0; j < cols; j++) {
        row[j] = rng.nextDouble() * 2 - 1;
      }
    }
    return m;
  }
}
