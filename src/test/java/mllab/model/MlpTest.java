package mllab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MlpTest {

  private static final double[] ROW = {0.2, -0.5, 0.9, 0.1};

  @Test
  void sameSeedGivesIdenticalWeightsAndAnotherSeedDifferentOnes() {
    // Given three networks of the same shape
    Mlp a = Mlp.initialize(4, new int[] {8}, 3, Activation.RELU, OutputActivation.SIGMOID, 1L);
    Mlp b = Mlp.initialize(4, new int[] {8}, 3, Activation.RELU, OutputActivation.SIGMOID, 1L);
    Mlp c = Mlp.initialize(4, new int[] {8}, 3, Activation.RELU, OutputActivation.SIGMOID, 2L);

    // When / Then the seed alone decides the weights
    for (int l = 0; l < a.layerCount(); l++) {
      assertTrue(Arrays.deepEquals(a.weights(l), b.weights(l)));
    }
    assertFalse(Arrays.deepEquals(a.weights(0), c.weights(0)));
  }

  @Test
  void weightsAreIndexedByOutputUnitThenInput() {
    // Given 4 inputs, hidden layers of 8 and 5 units, 3 labels
    Mlp mlp = Mlp.initialize(4, new int[] {8, 5}, 3, Activation.TANH, OutputActivation.SIGMOID, 3L);

    // When / Then each layer's matrix is [out][in] and the output layer is linear
    assertEquals(3, mlp.layerCount());
    assertEquals(8, mlp.weights(0).length);
    assertEquals(4, mlp.weights(0)[0].length);
    assertEquals(3, mlp.weights(2).length);
    assertEquals(5, mlp.weights(2)[0].length);
    assertEquals(mlp.weights(1)[2][4], mlp.layer(1).weight(2, 4));
    assertEquals(Activation.TANH, mlp.layer(0).activation().orElseThrow());
    assertTrue(mlp.layer(2).activation().isEmpty());
    assertArrayEquals(new int[] {8, 5}, mlp.hiddenSizes());
  }

  @Test
  void reluInitialisationKeepsTheSpreadOfActivationsLayerToLayer() {
    // Given a wide ReLU network and random inputs of unit spread
    Mlp mlp =
        Mlp.initialize(200, new int[] {200}, 1, Activation.RELU, OutputActivation.SIGMOID, 5L);
    double[] w = Arrays.stream(mlp.weights(0)).flatMapToDouble(Arrays::stream).toArray();

    // When the weights' variance is measured
    double mean = Arrays.stream(w).average().orElseThrow();
    double variance = Arrays.stream(w).map(v -> (v - mean) * (v - mean)).average().orElseThrow();

    // Then it is He's 2 / inputs
    assertEquals(2.0 / 200, variance, 0.1 * 2.0 / 200);
  }

  @Test
  void traceShowsEveryStepOfOneForwardPass() {
    // Given a network and one row
    Mlp mlp = Mlp.initialize(4, new int[] {6}, 3, Activation.RELU, OutputActivation.SIGMOID, 9L);

    // When the row is traced at threshold 0.5
    ForwardTrace t = mlp.trace(ROW, 0.5);

    // Then the hidden activations, logits and probabilities agree with the layers and predictions
    assertArrayEquals(mlp.layer(0).forward(ROW), t.hiddenActivations()[0]);
    assertArrayEquals(mlp.logits(ROW), t.logits());
    assertArrayEquals(mlp.predictProbabilities(ROW), t.sigmoidProbabilities());
    assertEquals(1.0, Arrays.stream(t.softmaxProbabilities()).sum(), 1e-12);
    for (int k = 0; k < 3; k++) {
      assertEquals(t.sigmoidProbabilities()[k] >= 0.5 ? 1 : 0, t.labels()[k]);
    }
  }

  @Test
  void thresholdAboveAllProbabilitiesPredictsNoLabels() {
    // Given a traced row
    Mlp mlp = Mlp.initialize(4, new int[] {6}, 3, Activation.RELU, OutputActivation.SIGMOID, 9L);

    // When the threshold is 1 and then 0
    ForwardTrace none = mlp.trace(ROW, 1.0);
    ForwardTrace all = mlp.trace(ROW, 0.0);

    // Then no label, respectively every label, is predicted
    assertArrayEquals(new int[] {0, 0, 0}, none.labels());
    assertArrayEquals(new int[] {1, 1, 1}, all.labels());
  }

  @Test
  void softmaxOutputProbabilitiesSumToOne() {
    // Given a softmax network
    Mlp mlp = Mlp.initialize(4, new int[] {6}, 5, Activation.TANH, OutputActivation.SOFTMAX, 4L);

    // When probabilities are predicted for several rows
    double[][] p = mlp.predictProbabilities(GradientCheckTest.randomMatrix(10, 4, 3L));

    // Then each row is a distribution
    for (double[] row : p) {
      assertEquals(1.0, Arrays.stream(row).sum(), 1e-12);
    }
  }

  @Test
  void wrongInputLengthIsRejectedWithBothLengths() {
    // Given a network for 4 features
    Mlp mlp = Mlp.initialize(4, new int[] {6}, 3, Activation.RELU, OutputActivation.SIGMOID, 9L);

    // When / Then a 3-value row is refused with a message naming both sizes
    var e =
        assertThrows(IllegalArgumentException.class, () -> mlp.predictProbabilities(new double[3]));
    assertEquals("input has 3 values but this layer expects 4", e.getMessage());
  }

  @Test
  void zeroUnitHiddenLayerIsRejectedWithTheFix() {
    // Given / When / Then
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Mlp.initialize(
                    4, new int[] {8, 0}, 3, Activation.RELU, OutputActivation.SIGMOID, 1L));
    assertTrue(e.getMessage().startsWith("hidden layer 2 has 0 units"), e.getMessage());
  }
}
