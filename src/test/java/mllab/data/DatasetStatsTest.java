package mllab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetStatsTest {

  /** Five rows, labels a, b, c: {a,b}, {a,b}, {}, {a,b,c}, {c}; feature f1 = 1…5, f2 constant. */
  private static Dataset tiny() {
    double[][] x = {{1, 10}, {2, 10}, {3, 10}, {4, 10}, {5, 10}};
    int[][] y = {{1, 1, 0}, {1, 1, 0}, {0, 0, 0}, {1, 1, 1}, {0, 0, 1}};
    return new Dataset("tiny", x, y, List.of("f1", "f2"), List.of("a", "b", "c"));
  }

  @Test
  void cardinalityIsMeanLabelsPerRowAndDensityDividesByLabelCount() {
    // Given / When
    DatasetStats stats = DatasetStats.of(tiny());

    // Then: 2 + 2 + 0 + 3 + 1 = 8 labels over 5 rows
    assertEquals(5, stats.rows());
    assertEquals(2, stats.features());
    assertEquals(3, stats.labels());
    assertEquals(1.6, stats.labelCardinality(), 1e-12);
    assertEquals(1.6 / 3, stats.labelDensity(), 1e-12);
  }

  @Test
  void labelFrequenciesCountRowsPerLabel() {
    // Given: the tiny hand-made dataset
    // When
    DatasetStats stats = DatasetStats.of(tiny());

    // Then
    assertEquals(
        List.of(
            new DatasetStats.LabelFrequency("a", 3, 0.6),
            new DatasetStats.LabelFrequency("b", 3, 0.6),
            new DatasetStats.LabelFrequency("c", 2, 0.4)),
        stats.labelFrequencies());
  }

  @Test
  void labelSetsAreListedMostCommonFirstWithReadableNames() {
    // Given / When
    DatasetStats stats = DatasetStats.of(tiny());

    // Then: ties are broken by set size, so "(none)" precedes "c"
    assertEquals(4, stats.distinctLabelSets());
    assertEquals(
        List.of("a + b", "(none)", "c", "a + b + c"),
        stats.labelSets().stream().map(DatasetStats.LabelSetCount::display).toList());
    assertEquals(
        new DatasetStats.LabelSetCount(List.of(0, 1), "a + b", 2, 0.4), stats.labelSets().get(0));
    assertEquals(2, stats.mostCommonLabelSets(2).size());
    assertEquals(4, stats.mostCommonLabelSets(10).size());
  }

  @Test
  void histogramCountsRowsByNumberOfLabels() {
    // Given: the tiny hand-made dataset
    // When
    DatasetStats stats = DatasetStats.of(tiny());

    // Then
    assertEquals(List.of(1, 1, 2, 1), stats.labelsPerRowHistogram());
    assertEquals(1, stats.rowsWithoutLabels());
    assertEquals(1, stats.rowsWithThreeOrMoreLabels());
  }

  @Test
  void cooccurrenceHasLabelCountsOnTheDiagonal() {
    // Given / When
    DatasetStats stats = DatasetStats.of(tiny());

    // Then
    int[][] expected = {{3, 3, 1}, {3, 3, 1}, {1, 1, 2}};
    assertArrayEquals(expected, stats.cooccurrence());
    assertEquals(1.0 / 3, stats.conditionalFrequency(2, 0), 1e-12);
    assertEquals(0.5, stats.conditionalFrequency(0, 2), 1e-12);
  }

  @Test
  void cooccurrenceCannotBeChangedThroughTheAccessor() {
    // Given: the tiny hand-made dataset
    // When
    DatasetStats stats = DatasetStats.of(tiny());

    stats.cooccurrence()[0][0] = 99;

    // Then
    assertEquals(3, stats.cooccurrence(0, 0));
  }

  @Test
  void featureSummariesGiveRangeMeanAndSampleStandardDeviation() {
    // Given: the tiny hand-made dataset
    // When
    DatasetStats stats = DatasetStats.of(tiny());

    DatasetStats.FeatureSummary f1 = stats.featureSummaries().get(0);

    // Then
    assertEquals("f1", f1.name());
    assertEquals(1, f1.min());
    assertEquals(5, f1.max());
    assertEquals(3, f1.mean(), 1e-12);
    assertEquals(Math.sqrt(2.5), f1.std(), 1e-12);
    assertEquals(0, stats.featureSummaries().get(1).std(), 1e-12);
  }

  @Test
  void statsOfEqualDatasetsAreEqual() {
    // Given: the tiny hand-made dataset
    // Then
    assertEquals(DatasetStats.of(tiny()), DatasetStats.of(tiny()));
  }

  @Test
  void datasetWithoutRowsIsRejectedNamingIt() {
    // Given: the tiny hand-made dataset
    // When
    Dataset empty =
        new Dataset("empty.csv", new double[0][], new int[0][], List.of("f"), List.of("a"));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DatasetStats.of(empty));

    // Then
    assertTrue(e.getMessage().contains("'empty.csv' has no rows"), e.getMessage());
  }
}
