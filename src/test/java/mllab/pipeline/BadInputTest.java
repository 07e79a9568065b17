package mllab.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import mllab.data.Dataset;
import mllab.data.GeneratorSettings;
import mllab.data.io.DatasetFormatException;
import mllab.data.io.DatasetReader;
import mllab.data.io.ReadOptions;
import mllab.lesson.Lesson;
import mllab.model.TrainingConfig;
import mllab.model.TrainingDivergedException;
import mllab.model.TrainingRun;
import mllab.prep.FitScope;
import mllab.prep.FittedScaler;
import mllab.prep.Scaler;
import mllab.split.Split;
import org.junit.jupiter.api.Test;

/**
 * Inputs a student or an instructor can produce by accident: each is refused with a message that
 * names the value, or handled, and nothing they had is lost.
 */
class BadInputTest {

  /** A min-max scaler fitted on one feature with {@code values}. */
  private static FittedScaler scalerFittedOn(double... values) {
    double[][] x = new double[values.length][];
    int[][] y = new int[values.length][];
    for (int i = 0; i < values.length; i++) {
      x[i] = new double[] {values[i]};
      y[i] = new int[] {i % 2};
    }
    Dataset d = new Dataset("x", x, y, List.of("x"), List.of("y"));
    return Scaler.MIN_MAX.fit(Split.predefined(d, d), FitScope.TRAIN_ONLY);
  }

  @Test
  void aFileWithOneRowIsRefusedBeforeItReplacesTheDataset() throws Exception {
    // Given a CSV with a header and a single data row
    var loaded =
        DatasetReader.read(new StringReader("x,y\n5,1\n"), "one.csv", ReadOptions.defaults());
    // When the app checks it before making it current
    DatasetFormatException e =
        assertThrows(DatasetFormatException.class, () -> DatasetReader.requireSplittable(loaded));
    // Then the message names the file and says why
    assertTrue(e.getMessage().startsWith("one.csv has 1 data row(s)"), e.getMessage());
    assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
  }

  @Test
  void aFeatureSpanningAlmostTheWholeDoubleRangeStillScalesIntoZeroToOne() {
    // Given a feature from -1e308 to 1e308 (max - min overflows to infinity)
    FittedScaler s = scalerFittedOn(-1e308, 0, 1e308);
    // When it is scaled / Then the values are 0, 0.5 and 1, not NaN
    assertEquals(0.0, s.scale(0, -1e308));
    assertEquals(0.5, s.scale(0, 0));
    assertEquals(1.0, s.scale(0, 1e308));
    // And ordinary ranges scale exactly as (x - min) / (max - min)
    FittedScaler hs = scalerFittedOn(150, 170, 190.3);
    assertEquals((170.0 - 150) / (190.3 - 150), hs.scale(0, 170));
    // Even the tiniest (subnormal) range keeps its old result: the largest value scales to 1
    FittedScaler ts = scalerFittedOn(0, Double.MIN_VALUE);
    assertEquals(1.0, ts.scale(0, Double.MIN_VALUE));
  }

  @Test
  void aMistypedNetworkSizeOrEpochCountIsRefusedByName() {
    // 50000 units (one extra 0) would freeze the window while the network is built
    IllegalArgumentException units =
        assertThrows(
            IllegalArgumentException.class,
            () -> TrainingConfig.lesson().withHiddenLayers(16, 50_000));
    assertTrue(
        units.getMessage().startsWith("hidden layer 2 has 50000 units; at most 4096"),
        units.getMessage());
    IllegalArgumentException epochs =
        assertThrows(
            IllegalArgumentException.class, () -> TrainingConfig.lesson().withEpochs(1_000_000));
    assertTrue(epochs.getMessage().startsWith("epochs 1000000 is more than"), epochs.getMessage());
  }

  @Test
  void aRunWhoseLossExplodesInItsFirstEpochLeavesNoModelToEvaluate() {
    // Given the lesson with a learning rate of 50 and an L2 penalty
    PipelineSession session = Lesson.session();
    session.setTrainingConfig(TrainingConfig.lesson().withLearningRate(50).withL2(0.5));
    TrainingRun run = session.newTrainingRun();
    // When it trains and the loss explodes in epoch 1
    TrainingDivergedException e =
        assertThrows(TrainingDivergedException.class, () -> run.runAll(r -> {}));
    session.trainingFinished(run);
    // Then the exploded epoch is never "the best one", and Evaluation has no model
    assertEquals(1, e.epoch());
    assertEquals(0, run.bestEpoch());
    assertFalse(session.predictions().isPresent());
    // And the message names both settings that can cause it, with a readable number
    assertTrue(
        e.getMessage().contains("lower the learning rate (now 50.0) or the L2 penalty (now 0.5)"),
        e.getMessage());
    String loss = e.getMessage().substring("the loss exploded to ".length()).split(" ")[0];
    assertTrue(loss.length() <= 10, "loss written as " + loss);
  }

  @Test
  void generatorSettingsBeyondWhatTheMachineCanHoldAreRefusedByName() {
    IllegalArgumentException labels =
        assertThrows(
            IllegalArgumentException.class, () -> GeneratorSettings.requireLabels(999_999_999));
    assertEquals("labels is 999999999; at most 1000", labels.getMessage());
    IllegalArgumentException cells =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorSettings.uniform(1_000_000, 1000, 4, 0.3, 1));
    assertTrue(cells.getMessage().contains("more than 100000000 values"), cells.getMessage());
    IllegalArgumentException one =
        assertThrows(
            IllegalArgumentException.class, () -> GeneratorSettings.uniform(1, 20, 4, 0.3, 1));
    assertTrue(
        one.getMessage().startsWith("rows is 1; a train/test split needs at least 2"),
        one.getMessage());
  }
}
