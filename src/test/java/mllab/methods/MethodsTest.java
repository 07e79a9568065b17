package mllab.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mllab.data.Dataset;
import mllab.eval.MetricReport;
import mllab.eval.Thresholds;
import mllab.lesson.Lesson;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.pipeline.PipelineSession;
import mllab.split.Split;
import org.junit.jupiter.api.Test;

/** The compared methods on the lesson's data and on tiny hand-made rows. */
class MethodsTest {

  private static Split lessonSplit() {
    return Lesson.session().scaledSplit();
  }

  /** Rows whose single feature decides both labels: label b is on exactly when label a is. */
  private static Dataset copies() {
    double[][] x = {{0.0}, {0.1}, {0.2}, {0.3}, {0.7}, {0.8}, {0.9}, {1.0}};
    int[][] y = {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 1}, {1, 1}, {1, 1}, {1, 1}};
    return new Dataset("copies", x, y, List.of("x"), List.of("a", "b"));
  }

  @Test
  void everyMethodGivesAProbabilityPerLabelForEveryTestRowAndBeatsPredictingNothing() {
    // Given the lesson's split and scaled features
    Split split = lessonSplit();
    TrainingConfig config = TrainingConfig.lesson();

    // When all five methods are compared on it
    List<MethodResult> results =
        MethodComparison.run(
            MethodComparison.defaults(config, RunOptions.NONE, 4, null), split, (i, n, k, f) -> {});

    // Then each gives 200 × 4 probabilities, and each beats the all-zero Hamming loss
    assertEquals(
        List.of(MethodKind.MLP, MethodKind.BR, MethodKind.CC, MethodKind.LP, MethodKind.KNN),
        results.stream().map(MethodResult::kind).toList());
    // (predicting nothing: a threshold above every probability)
    MetricReport nothing = MetricReport.of(results.get(0).test(), Thresholds.global(1.0, 4));
    for (MethodResult r : results) {
      assertEquals(split.test().rows(), r.test().rows());
      MetricReport report = MetricReport.of(r.test(), Thresholds.global(0.5, 4));
      assertTrue(report.hammingLoss() < 0.3, r.kind() + ": " + report.hammingLoss());
      assertTrue(r.fitNanos() > 0);
    }
    assertTrue(nothing.hammingLoss() > 0.3);
    assertTrue(results.get(3).unseenTestSets().isPresent(), "only the powerset counts unseen sets");
    assertTrue(results.get(1).unseenTestSets().isEmpty());
  }

  @Test
  void classifierChainWithAFixedOrderIsDeterministic() {
    // Given the lesson's split and a chain in a seeded random order
    Split split = lessonSplit();
    int[] order = ClassifierChain.randomOrder(4, 7);
    assertArrayEquals(order, ClassifierChain.randomOrder(4, 7), "same seed, same order");

    // When it is fitted twice
    ClassifierChain chain = new ClassifierChain(1.0, order);
    double[][] first =
        chain.fit(split.train(), null, Progress.NONE).probabilities(split.test().featureMatrix());
    double[][] second =
        new ClassifierChain(1.0, order)
            .fit(split.train(), null, Progress.NONE)
            .probabilities(split.test().featureMatrix());

    // Then every probability is the same, bit for bit
    for (int i = 0; i < first.length; i++) {
      assertArrayEquals(first[i], second[i], 0.0);
    }
  }

  @Test
  void chainOrderIsReadFromNamesOrPositionsAndShownInTheSettings() {
    List<String> labels = List.of("beach", "sunset", "people", "city");
    assertArrayEquals(
        new int[] {3, 0, 1, 2}, ClassifierChain.parseOrder("city, beach, 2, 3", labels));
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClassifierChain.parseOrder("city, beach, snow, 3", labels));
    assertTrue(unknown.getMessage().contains("'snow'"), unknown.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ClassifierChain.parseOrder("city, city, 2, 3", labels));
    assertTrue(new ClassifierChain(1, new int[] {3, 0, 1, 2}).settings().endsWith("4, 1, 2, 3"));
  }

  @Test
  void chainLinksSeeTheirPredecessorsPredictionsNotTheTruthAtPredictionTime() {
    // Given rows where label b copies label a, and a chain a → b
    Dataset data = copies();
    FittedMethod chain = new ClassifierChain(100, new int[] {0, 1}).fit(data, null, Progress.NONE);

    // When a row is predicted: b's link reads a's decision (the truth is not there to read)
    double[][] p = chain.probabilities(new double[][] {{0.95}, {0.05}});

    // Then b follows a's predicted decision
    assertTrue(p[0][0] > 0.5 && p[0][1] > 0.5, java.util.Arrays.toString(p[0]));
    assertTrue(p[1][0] < 0.5 && p[1][1] < 0.5, java.util.Arrays.toString(p[1]));
  }

  @Test
  void labelPowersetCountsTestRowsWithALabelSetNeverSeenInTraining() {
    // Given training rows that only ever show {}, {a, b}
    LabelPowerset.Fitted lp = new LabelPowerset(1.0).fit(copies(), null, Progress.NONE);

    // Then two classes are seen, and a row carrying only {a} is a combination it cannot predict
    assertEquals(2, lp.seenSets());
    assertEquals(1, lp.unseenRows(new int[][] {{1, 0}, {1, 1}, {0, 0}}));
    // and a label's probability is the sum over the seen sets containing it: here a and b agree
    double[] p = lp.probabilities(new double[][] {{0.9}})[0];
    assertEquals(p[0], p[1], 1e-12);
  }

  @Test
  void nearestNeighboursGiveTheVoteShareOfTheKClosestRows() {
    // Given 8 rows on a line and k = 4
    FittedMethod knn = new KNearestNeighbours(4).fit(copies(), null, Progress.NONE);

    // When a row at 0.5 is predicted: its 4 closest rows are 0.3, 0.7, 0.2 and 0.8 — 2 of 4 on
    double[][] p = knn.probabilities(new double[][] {{0.5}, {0.05}});

    // Then the probability is the share 0.5, and near 0 all four neighbours say no
    assertEquals(0.5, p[0][0], 1e-12);
    assertEquals(0.0, p[1][1], 1e-12);
    assertThrows(IllegalArgumentException.class, () -> new KNearestNeighbours(0));
  }

  @Test
  void binaryRelevanceRejectsANonPositiveC() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new BinaryRelevance(0));
    assertTrue(e.getMessage().contains("C 0"), e.getMessage());
  }

  @Test
  void cancellingAComparisonStopsIt() {
    Split split = lessonSplit();
    MethodComparison.Listener cancel =
        new MethodComparison.Listener() {
          @Override
          public void progress(int index, int count, MethodKind kind, double fraction) {}

          @Override
          public boolean cancelled() {
            return true;
          }
        };
    assertThrows(
        java.util.concurrent.CancellationException.class,
        () -> MethodComparison.run(List.of(new BinaryRelevance(1)), split, cancel));
  }

  @Test
  void methodsAreFittedOnTheTrainingRowsOnlyWhenThereIsAValidationPart() {
    // Given a split with a validation part
    PipelineSession session = Lesson.session();
    session.setValidation(mllab.split.SplitMethod.RANDOM, 0.15);
    Split split = session.scaledSplit();

    // When binary relevance is compared
    MethodResult r =
        MethodComparison.run(List.of(new BinaryRelevance(1)), split, (i, n, k, f) -> {}).get(0);

    // Then it predicts the validation rows too (for tuning), and the test rows
    assertEquals(split.validationRows(), r.validation().orElseThrow().rows());
    assertEquals(120, split.validationRows());
    assertEquals(200, r.test().rows());
  }
}
