package mllab.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import mllab.data.Dataset;
import org.junit.jupiter.api.Test;

class SplitTest {

  private static Dataset rows(String name, int n, List<String> labels) {
    double[][] x = new double[n][1];
    int[][] y = new int[n][labels.size()];
    for (int i = 0; i < n; i++) {
      x[i][0] = i;
      y[i][0] = i % 2;
    }
    return new Dataset(name, x, y, List.of("x"), labels);
  }

  @Test
  void predefinedSplitKeepsBothFilesAndIndexesThemAsTrainThenTest() {
    // Given a dataset that came as a 4-row training file and a 3-row test file
    Dataset train = rows("demo-train.arff", 4, List.of("a", "b"));
    Dataset test = rows("demo-test.arff", 3, List.of("a", "b"));

    // When the split is kept as given
    Split split = Split.predefined(train, test);

    // Then the files are the two parts, the indices follow the files, and there is no seed
    assertEquals(train, split.train());
    assertEquals(test, split.test());
    assertArrayEquals(new int[] {0, 1, 2, 3}, split.trainIndices());
    assertArrayEquals(new int[] {4, 5, 6}, split.testIndices());
    assertEquals(SplitMethod.PREDEFINED, split.method());
    assertEquals(OptionalLong.empty(), split.seed());
    assertEquals(List.of("b"), split.labelsWithoutTestPositives());
    assertArrayEquals(new double[] {0.5, 0}, split.trainPositiveRates());
    assertArrayEquals(new double[] {1 / 3.0, 0}, split.testPositiveRates(), 1e-12);
  }

  @Test
  void predefinedSplitWithDifferentLabelColumnsIsRejectedNamingBoth() {
    // Given two files whose label columns differ
    Dataset train = rows("demo-train.arff", 4, List.of("a", "b"));
    Dataset test = rows("demo-test.arff", 3, List.of("a", "c"));

    // When / Then
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Split.predefined(train, test));
    assertTrue(
        e.getMessage().contains("[a, c]") && e.getMessage().contains("[a, b]"), e.getMessage());
  }

  @Test
  void indicesThatLoseOrDuplicateARowAreRejected() {
    // Given a 2-row train part and a 1-row test part
    Dataset train = rows("t", 2, List.of("a"));
    Dataset test = rows("s", 1, List.of("a"));

    // When the test index repeats a training row / Then the split refuses it
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Split(
                    train,
                    test,
                    new int[] {0, 1},
                    new int[] {1},
                    SplitMethod.RANDOM,
                    OptionalLong.of(1)));
    assertTrue(e.getMessage().contains("row 1 appears twice"), e.getMessage());
  }

  @Test
  void indexArraysCannotBeChangedFromOutside() {
    // Given a split
    Split split = Split.predefined(rows("t", 2, List.of("a")), rows("s", 2, List.of("a")));

    // When a caller overwrites the array it got
    split.testIndices()[0] = 99;

    // Then the split still has its own indices
    assertArrayEquals(new int[] {2, 3}, split.testIndices());
  }
}
