package mllab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrainingConfigTest {

  @Test
  void lessonDefaultsAreOneSmallReluLayerWithMomentumSgd() {
    // Given / When
    TrainingConfig c = TrainingConfig.lesson();

    // Then
    assertArrayEquals(new int[] {16}, c.hiddenLayers());
    assertEquals(Activation.RELU, c.activation());
    assertEquals(OutputActivation.SIGMOID, c.output());
    assertEquals(Optimizer.SGD, c.optimizer());
    assertEquals(0.025, c.learningRate());
    assertEquals(0.9, c.momentum());
    assertEquals(32, c.batchSize());
    assertEquals(5, c.epochs());
    assertEquals(42L, c.seed());
  }

  @Test
  void zeroLearningRateIsRejectedWithTheFix() {
    // Given / When / Then
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> TrainingConfig.lesson().withLearningRate(0));
    assertEquals("learning rate 0 must be > 0 (try 0.01 to 0.1)", e.getMessage());
  }

  @Test
  void everyInvalidValueIsNamedInTheMessage() {
    TrainingConfig c = TrainingConfig.lesson();
    assertEquals(
        "batch size 0 must be at least 1 (try 32)",
        assertThrows(IllegalArgumentException.class, () -> c.withBatchSize(0)).getMessage());
    assertEquals(
        "epochs -1 must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> c.withEpochs(-1)).getMessage());
    assertEquals(
        "l2 -0.1 must be >= 0 (0 turns the penalty off, 1e-4 is a gentle one)",
        assertThrows(IllegalArgumentException.class, () -> c.withL2(-0.1)).getMessage());
    assertEquals(
        "momentum 1 must be in [0, 1) (0 is plain SGD, 0.9 is usual)",
        assertThrows(IllegalArgumentException.class, () -> c.withMomentum(1.0)).getMessage());
    assertEquals(
        "learning rate NaN must be > 0 (try 0.01 to 0.1)",
        assertThrows(IllegalArgumentException.class, () -> c.withLearningRate(Double.NaN))
            .getMessage());
  }

  @Test
  void changingOneValueKeepsTheOthersAndTheConfigCannotBeChangedThroughItsArray() {
    // Given the lesson config with two hidden layers
    int[] units = {8, 4};
    TrainingConfig c = TrainingConfig.lesson().withHiddenLayers(units);

    // When the caller's array and the returned copy are modified
    units[0] = 99;
    c.hiddenLayers()[1] = 99;

    // Then the config is unchanged and equal to one built the same way
    assertArrayEquals(new int[] {8, 4}, c.hiddenLayers());
    assertEquals(TrainingConfig.lesson().withHiddenLayers(8, 4), c);
    assertEquals(0.025, c.learningRate());
  }
}
