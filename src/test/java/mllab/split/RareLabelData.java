package mllab.split;

import java.util.List;
import java.util.Random;
import mllab.data.Dataset;

/**
 * A small synthetic multi-label dataset with the shape that makes random splits go wrong: one
 * common label, one medium one, and rare labels that tend to occur together.
 */
final class RareLabelData {

  static final List<String> LABELS =
      List.of("common", "medium", "rareA", "rareB", "rareC", "followsCommon");

  private RareLabelData() {}

  /** {@code rows} rows, three Gaussian features, labels drawn from a fixed seeded recipe. */
  static Dataset generate(int rows, long seed) {
    Random rng = new Random(seed);
    double[][] x = new double[rows][3];
    int[][] y = new int[rows][LABELS.size()];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = rng.nextGaussian() * (j + 1) + 10 * j;
      }
      int common = bit(rng, 0.40);
      int rareA = bit(rng, 0.04);
      y[i][0] = common;
      y[i][1] = bit(rng, 0.15);
      y[i][2] = rareA;
      // rareB mostly appears together with rareA: the correlation a per-label split cannot see.
      y[i][3] = bit(rng, rareA == 1 ? 0.7 : 0.01);
      y[i][4] = bit(rng, 0.02);
      y[i][5] = bit(rng, common == 1 ? 0.10 : 0.02);
    }
    return new Dataset("rare-labels-" + seed, x, y, List.of("x0", "x1", "x2"), LABELS);
  }

  private static int bit(Random rng, double p) {
    return rng.nextDouble() < p ? 1 : 0;
  }
}
