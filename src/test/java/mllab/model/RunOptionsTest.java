package mllab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.lesson.Lesson;
import mllab.pipeline.PipelineSession;
import mllab.split.Split;
import mllab.split.SplitMethod;
import org.junit.jupiter.api.Test;

/** Early stopping on the validation loss, and positive weights for rare labels. */
class RunOptionsTest {

  @Test
  void positiveWeightIsNegativesOverPositivesCappedAndOneWithoutPositives() {
    int[][] y = new int[201][3];
    y[0][0] = 1; // 1 positive, 200 negatives: 200, capped at 100
    for (int i = 0; i < 67; i++) {
      y[i][1] = 1; // 67 positives, 134 negatives: 2
    }
    assertArrayEquals(new double[] {100, 2, 1}, RunOptions.positiveWeights(y), 1e-12);
  }

  @Test
  void weightedLossGradientMatchesFiniteDifferences() {
    // Given a weighted loss and some logits
    Loss loss = Loss.forOutput(OutputActivation.SIGMOID).withPositiveWeights(new double[] {4, 1});
    double[][] z = {{0.3, -1.2}, {2.0, 0.5}};
    int[][] y = {{1, 0}, {0, 1}};

    // When the gradient is compared with central differences of the minimised loss
    double[][] g = loss.gradient(z, y);
    double h = 1e-6;
    for (int i = 0; i < 2; i++) {
      for (int k = 0; k < 2; k++) {
        double keep = z[i][k];
        z[i][k] = keep + h;
        double up = loss.minimisedMean(z, y);
        z[i][k] = keep - h;
        double down = loss.minimisedMean(z, y);
        z[i][k] = keep;
        // Then they agree
        assertEquals((up - down) / (2 * h), g[i][k], 1e-8);
      }
    }
    // and the reported loss stays the plain one
    assertEquals(Loss.forOutput(OutputActivation.SIGMOID).mean(z, y), loss.mean(z, y), 0.0);
  }

  @Test
  void positiveWeightRaisesTheRecallOfTheRarestLabel() {
    // Given generated data whose last label is on about 4 % of the rows
    Dataset data =
        DatasetGenerator.generate(
            GeneratorSettings.lesson().withPrevalence(0.35, 0.30, 0.50, 0.04));
    PipelineSession session = new PipelineSession(data, "rare");
    session.setTrainingConfig(TrainingConfig.lesson().withEpochs(20));
    Split split = session.scaledSplit();
    int rarest = 3;

    // When the same network is trained without and with pos_weight
    double plain = recall(session, split, RunOptions.NONE, rarest);
    double weighted = recall(session, split, new RunOptions(0, true), rarest);

    // Then the rarest label is found more often with the weights
    assertTrue(weighted > plain, "recall " + plain + " -> " + weighted);
  }

  private static double recall(
      PipelineSession session, Split split, RunOptions options, int label) {
    TrainingRun run =
        new Trainer(session.trainingConfig(), options).start(split.train(), split.test());
    run.runAll(r -> {});
    Predictions p = run.testPredictions();
    return MetricReport.of(p, Thresholds.global(0.5, p.labelCount())).recall(label);
  }

  @Test
  void earlyStoppingWatchesTheValidationLossAndKeepsItsBestEpoch() {
    // Given the lesson with a validation part and a learning rate that overshoots late on
    PipelineSession session = Lesson.session();
    session.setValidation(SplitMethod.RANDOM, 0.15);
    session.setTrainingConfig(TrainingConfig.lesson().withEpochs(300).withLearningRate(0.1));
    session.setRunOptions(new RunOptions(3, false));

    // When the run trains until it stops
    TrainingRun run = session.newTrainingRun();
    List<EpochReport> history = run.runAll(r -> {});

    // Then it stopped early, 3 epochs after the epoch with the lowest validation loss
    assertTrue(run.stoppedEarly(), run.stopReason());
    assertTrue(history.size() < 300);
    assertEquals(history.size() - 3, run.bestEpoch());
    double best = history.get(run.bestEpoch() - 1).validationLoss();
    for (EpochReport r : history) {
      assertTrue(r.hasValidation());
      assertTrue(r.validationLoss() >= best);
    }
    // and the session evaluates the best epoch's weights, not the last
    session.trainingFinished(run);
    assertEquals(run.bestModel(), session.model().orElseThrow());
  }

  @Test
  void earlyStoppingWithoutValidationRowsIsRefused() {
    PipelineSession session = Lesson.session();
    session.setRunOptions(new RunOptions(3, false));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, session::newTrainingRun);
    assertTrue(e.getMessage().contains("validation"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RunOptions(-1, false));
  }

  @Test
  void withoutValidationTheReportsHaveNoValidationLoss() {
    TrainingRun run = Lesson.session().newTrainingRun();
    assertFalse(run.nextEpoch().hasValidation());
    assertFalse(run.stoppedEarly());
  }
}
