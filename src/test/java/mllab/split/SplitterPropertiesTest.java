package mllab.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import mllab.data.Dataset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class SplitterPropertiesTest {

  private static Dataset randomDataset(int rows, int labels, double density, long seed) {
    Random rng = new Random(seed);
    double[][] x = new double[rows][1];
    int[][] y = new int[rows][labels];
    List<String> names = new ArrayList<>();
    for (int k = 0; k < labels; k++) {
      names.add("l" + k);
    }
    for (int i = 0; i < rows; i++) {
      x[i][0] = rng.nextGaussian();
      for (int k = 0; k < labels; k++) {
        y[i][k] = rng.nextDouble() < density ? 1 : 0;
      }
    }
    return new Dataset("random-" + seed, x, y, List.of("x"), names);
  }

  @Property(tries = 200, seed = "20261125")
  void everySplitIsAPartitionWithBothPartsNonEmpty(
      @ForAll @IntRange(min = 2, max = 80) int rows,
      @ForAll @IntRange(min = 1, max = 8) int labels,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double density,
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double testFraction,
      @ForAll long seed) {
    // Given any small dataset, from empty label rows to rows carrying every label
    Dataset data = randomDataset(rows, labels, density, seed);

    for (SplitMethod method : List.of(SplitMethod.RANDOM, SplitMethod.ITERATIVE_STRATIFICATION)) {
      // When it is split
      Split split = Splitter.of(method, testFraction, seed).split(data);

      // Then no row is lost or duplicated and neither part is empty
      int[] all =
          IntStream.concat(Arrays.stream(split.trainIndices()), Arrays.stream(split.testIndices()))
              .sorted()
              .toArray();
      assertArrayEquals(IntStream.range(0, rows).toArray(), all);
      assertTrue(split.train().rows() >= 1 && split.test().rows() >= 1, split.toString());
    }
    // And the random split meets the documented size exactly
    assertEquals(
        Splitter.testSize(rows, testFraction),
        Splitter.random(testFraction, seed).split(data).test().rows());
  }
}
