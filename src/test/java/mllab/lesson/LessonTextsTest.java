package mllab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mllab.data.Dataset;
import mllab.eval.MetricReport;
import mllab.eval.Thresholds;
import mllab.model.EpochReport;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.prep.FitScope;
import mllab.split.SplitMethod;
import org.junit.jupiter.api.Test;

/**
 * The lesson texts ({@code assets/lessons}) define the words they use, end with a takeaway, and
 * every claim they make about the lesson's numbers is recomputed here.
 */
class LessonTextsTest {

  private static String lesson(String name) throws IOException {
    try (InputStream in = LessonTextsTest.class.getResourceAsStream("/assets/lessons/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyStepEndsWithOneKeyInsight() throws IOException {
    for (Step step : Step.values()) {
      String text =
          lesson(step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".md");
      assertEquals(1, text.split("> \\*\\*Key insight\\.\\*\\*", -1).length - 1, step.name());
      String last = text.strip().substring(text.strip().lastIndexOf("\n\n") + 2);
      assertTrue(last.startsWith("> **Key insight.**"), step + " ends with: " + last);
    }
  }

  @Test
  void theWordsTheLessonsUseAreDefinedInThem() throws IOException {
    String training = lesson("training.md");
    for (String term : List.of("**ReLU**", "**batch**", "**epoch**", "**learning rate**")) {
      assertTrue(training.contains(term), term);
    }
    String evaluation = lesson("evaluation.md");
    for (String term :
        List.of(
            "**Precision** = TP / (TP + FP)",
            "**Recall** = TP / (TP + FN)",
            "**F1** = 2·TP / (2·TP + FP + FN)",
            "**Weighted**",
            "**Samples**",
            "**Jaccard**",
            "**ROC AUC**",
            "(LRAP)",
            "**Ranking loss**",
            "**Coverage error**",
            "## Rows with no predicted label")) {
      assertTrue(evaluation.contains(term), term);
    }
    assertFalse(evaluation.contains("pools all decisions"));
    assertTrue(lesson("preprocessing.md").contains("**How big is the effect?**"));
  }

  @Test
  void theLeakIsAFewThousandthsAndSmallerThanAnotherSplitsDifference() throws IOException {
    // "one such extreme lies in the test rows ... the test value that was above 1"
    PipelineSession honest = Lesson.session();
    assertEquals(1, honest.scaler().report(honest.split().test()).outsideCount());
    // "the test scores move by a few thousandths"
    double right = last(honest).labelAccuracy();
    PipelineSession leaky = Lesson.session();
    leaky.setFitScope(FitScope.ALL_ROWS);
    double leak = Math.abs(right - last(leaky).labelAccuracy());
    assertTrue(leak > 0 && leak < 0.01, "leak " + leak);
    // "far less than they move when you draw another split"
    double lowest = right;
    double highest = right;
    for (long seed = 1; seed <= 6; seed++) {
      PipelineSession other = Lesson.session();
      other.setSplit(SplitMethod.RANDOM, 0.2, seed);
      double a = last(other).labelAccuracy();
      lowest = Math.min(lowest, a);
      highest = Math.max(highest, a);
    }
    assertTrue(highest - lowest > 5 * leak, "seeds spread " + (highest - lowest));
  }

  @Test
  void theTrainingLessonsBaseRateLossesAreComputed() throws IOException {
    // "(the same probability for every row) already gets to about 0.63 on the training rows and
    // 0.66 on the test rows"
    PipelineSession s = Lesson.session();
    Dataset train = s.split().train();
    String text = LessonText.forStep(s, Step.TRAINING).replace("\n", " ");
    assertTrue(
        text.contains(
            String.format(
                java.util.Locale.ROOT,
                "about %.2f on the training rows and %.2f on the test rows",
                baseRateLoss(train, train),
                baseRateLoss(train, s.split().test()))),
        text);
  }

  /** The loss of predicting each label's training rate for every row of {@code rows}. */
  static double baseRateLoss(Dataset train, Dataset rows) {
    double loss = 0;
    for (int k = 0; k < rows.labelCount(); k++) {
      double p = 0;
      for (int i = 0; i < train.rows(); i++) {
        p += train.label(i, k);
      }
      p /= train.rows();
      for (int i = 0; i < rows.rows(); i++) {
        loss -= rows.label(i, k) == 1 ? Math.log(p) : Math.log(1 - p);
      }
    }
    return loss / (rows.rows() * rows.labelCount());
  }

  @Test
  void onTheLessonRowsWithoutAPredictedLabelPullSamplesF1BelowMicroF1() {
    // "On the lesson at 0.5 this happens to a good share of the test rows"
    PipelineSession s = Lesson.session();
    var run = s.newTrainingRun();
    run.runAll(r -> {});
    s.trainingFinished(run);
    var p = s.predictions().orElseThrow();
    MetricReport r = MetricReport.of(p, Thresholds.global(0.5, p.labelCount()));
    assertTrue(r.rowsWithNoPrediction() >= p.rows() / 10, "empty rows " + r.rowsWithNoPrediction());
    assertTrue(r.samplesF1() < r.microF1());
  }

  private static EpochReport last(PipelineSession s) {
    List<EpochReport> h = s.newTrainingRun().runAll(r -> {});
    return h.get(h.size() - 1);
  }
}
