package mllab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricTest {

  private static final MetricReport REPORT =
      MetricReport.of(
          new Predictions(
              new double[][] {{0.9, 0.8, 0.7}, {0.6, 0.2, 0.1}},
              new int[][] {{0, 1, 1}, {1, 1, 0}},
              List.of("a", "b", "c")),
          Thresholds.global(0.5, 3));

  @Test
  void everyMetricHasADistinctNameAndAOneSentenceDefinition() {
    // Given / When
    Set<String> names = new HashSet<>();
    for (Metric m : Metric.values()) {
      // Then
      assertTrue(names.add(m.displayName()), "duplicate name " + m.displayName());
      assertFalse(m.definition().isBlank(), m.name());
      assertTrue(m.definition().endsWith("."), m.name());
      assertFalse(m.definition().contains("\n"), m.name());
    }
  }

  @Test
  void valueInReadsTheMatchingReportAccessor() {
    // Given the report of the scikit-learn jaccard example; When / Then
    assertEquals(REPORT.hammingLoss(), Metric.HAMMING_LOSS.valueIn(REPORT));
    assertEquals(REPORT.labelAccuracy(), Metric.LABEL_ACCURACY.valueIn(REPORT));
    assertEquals(REPORT.subsetAccuracy(), Metric.SUBSET_ACCURACY.valueIn(REPORT));
    assertEquals(REPORT.jaccard(), Metric.JACCARD.valueIn(REPORT));
    assertEquals(REPORT.microPrecision(), Metric.MICRO_PRECISION.valueIn(REPORT));
    assertEquals(REPORT.microRecall(), Metric.MICRO_RECALL.valueIn(REPORT));
    assertEquals(REPORT.microF1(), Metric.MICRO_F1.valueIn(REPORT));
    assertEquals(REPORT.macroPrecision(), Metric.MACRO_PRECISION.valueIn(REPORT));
    assertEquals(REPORT.macroRecall(), Metric.MACRO_RECALL.valueIn(REPORT));
    assertEquals(REPORT.macroF1(), Metric.MACRO_F1.valueIn(REPORT));
    assertEquals(REPORT.weightedPrecision(), Metric.WEIGHTED_PRECISION.valueIn(REPORT));
    assertEquals(REPORT.weightedRecall(), Metric.WEIGHTED_RECALL.valueIn(REPORT));
    assertEquals(REPORT.weightedF1(), Metric.WEIGHTED_F1.valueIn(REPORT));
    assertEquals(REPORT.samplesPrecision(), Metric.SAMPLES_PRECISION.valueIn(REPORT));
    assertEquals(REPORT.samplesRecall(), Metric.SAMPLES_RECALL.valueIn(REPORT));
    assertEquals(REPORT.samplesF1(), Metric.SAMPLES_F1.valueIn(REPORT));
  }

  @Test
  void onlyHammingLossIsALoss() {
    // Given / When / Then
    for (Metric m : Metric.values()) {
      assertEquals(m != Metric.HAMMING_LOSS, m.higherIsBetter(), m.name());
    }
    assertTrue(Metric.HAMMING_LOSS.isBetter(0.1, 0.2));
    assertTrue(Metric.MICRO_F1.isBetter(0.8, 0.7));
  }
}
