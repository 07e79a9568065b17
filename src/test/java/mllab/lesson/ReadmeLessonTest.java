package mllab.lesson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import mllab.data.Dataset;
import mllab.model.EpochReport;
import mllab.pipeline.PipelineSession;
import mllab.prep.FitScope;
import mllab.prep.Scaler;
import mllab.prep.ScalerComparison;
import org.junit.jupiter.api.Test;

/**
 * Every number of the README's "The default lesson" section, recomputed from the app: the table,
 * the learning-rate comparison, the predict-nothing baseline and the size of the leak. A change of
 * the data or the defaults that moves one of them fails here until the README says the new value.
 */
class ReadmeLessonTest {

  private static String readme() throws IOException {
    return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static List<EpochReport> train(PipelineSession s) {
    return s.newTrainingRun().runAll(r -> {});
  }

  @Test
  void theEpochTableIsWhatTheLessonTrains() throws IOException {
    String readme = readme();
    List<EpochReport> h = train(Lesson.session());
    for (EpochReport e : h) {
      String row =
          "| "
              + e.epoch()
              + " | "
              + f3(e.testLoss())
              + " | "
              + f3(e.labelAccuracy())
              + " | "
              + f3(e.subsetAccuracy())
              + " |";
      assertTrue(readme.contains(row), "README lacks the row " + row);
    }
    assertTrue(readme.contains("(guessing) to " + f3(h.get(0).testLoss()) + " |"));
  }

  @Test
  void theLearningRateComparisonAndTheBaselineAreComputed() throws IOException {
    String readme = readme();
    PipelineSession fast = Lesson.session();
    fast.setTrainingConfig(fast.trainingConfig().withLearningRate(0.05));
    PipelineSession slow = Lesson.session();
    slow.setTrainingConfig(slow.trainingConfig().withLearningRate(0.01));
    List<EpochReport> s = train(slow);
    assertTrue(
        readme.contains(
            "at 0.05 the\nloss is already at "
                + f2(train(fast).get(0).testLoss())
                + " after one epoch, at 0.01 it is still at "
                + f2(s.get(4).testLoss())
                + " (accuracy "
                + f2(s.get(4).labelAccuracy())
                + ") after five"),
        "learning-rate sentence");
    PipelineSession lesson = Lesson.session();
    assertTrue(
        readme.contains(
            "predicting no label at all scores "
                + f3(zeroShare(lesson.split().test()))
                + " label accuracy on the 200 test rows\n("
                + f3(zeroShare(lesson.dataset()))
                + " on all 1000)"),
        "baseline sentence");
  }

  @Test
  void theLeakSentenceIsWhatTheToggleDoes() throws IOException {
    String readme = readme();
    PipelineSession honest = Lesson.session();
    ScalerComparison c = ScalerComparison.leakage(Scaler.MIN_MAX, honest.split());
    PipelineSession leaky = Lesson.session();
    leaky.setFitScope(FitScope.ALL_ROWS);
    EpochReport a = train(honest).get(4);
    EpochReport b = train(leaky).get(4);
    String expected =
        "changes "
            + c.differingCells()
            + " of the "
            + c.totalCells()
            + " test\nvalues and, after five epochs, the test label accuracy ("
            + f3(a.labelAccuracy())
            + " → "
            + f3(b.labelAccuracy())
            + ") and subset accuracy\n("
            + f3(a.subsetAccuracy())
            + " → "
            + f3(b.subsetAccuracy())
            + ")";
    assertTrue(readme.contains(expected), "README lacks: " + expected);
  }

  private static double zeroShare(Dataset d) {
    int zeros = 0;
    for (int i = 0; i < d.rows(); i++) {
      for (int k = 0; k < d.labelCount(); k++) {
        zeros += d.label(i, k) == 0 ? 1 : 0;
      }
    }
    return zeros / (double) (d.rows() * d.labelCount());
  }
}
