package mllab.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.math3.random.Well19937c;

/**
 * The synthetic problems the training benchmarks run on, generated from a fixed seed so that our
 * side and scikit-learn's side of a comparison train on the very same numbers.
 *
 * <p>Features are uniform in [0, 1) (what min-max scaling produces); each label is a thresholded
 * random linear function of the features plus noise, so the labels are learnable and ReLU units
 * stay alive as they would on real data. Random labels would let half the hidden units die and make
 * the network cheaper than on any real dataset.
 *
 * <p>{@link #main} writes the two shapes as CSV (features first, then 0/1 label columns, one header
 * line) for {@code docs/bench/compare_sklearn.sh}.
 */
public final class BenchData {

  /** Yeast's shape: 2417 rows × 103 features × 14 labels. */
  public static final BenchData YEAST = generate("yeast", 2417, 103, 14, 2024L);

  /** The lesson's default shape: 1000 rows × 20 features × 4 labels (800 of them train). */
  public static final BenchData LESSON = generate("lesson", 1000, 20, 4, 2024L);

  private final String name;
  private final double[][] x;
  private final int[][] y;

  private BenchData(String name, double[][] x, int[][] y) {
    this.name = name;
    this.x = x;
    this.y = y;
  }

  /** The same problem for the same arguments, on every machine. */
  public static BenchData generate(String name, int rows, int features, int labels, long seed) {
    Well19937c rng = new Well19937c(seed);
    double[][] x = new double[rows][features];
    int[][] y = new int[rows][labels];
    double[][] directions = new double[labels][features];
    for (double[] d : directions) {
      for (int j = 0; j < features; j++) {
        d[j] = rng.nextGaussian();
      }
    }
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < features; j++) {
        x[i][j] = rng.nextDouble();
      }
      for (int k = 0; k < labels; k++) {
        double s = 0;
        for (int j = 0; j < features; j++) {
          s += directions[k][j] * (x[i][j] - 0.5);
        }
        y[i][k] = s + 0.5 * rng.nextGaussian() > 0.8 ? 1 : 0;
      }
    }
    return new BenchData(name, x, y);
  }

  public String name() {
    return name;
  }

  public int rows() {
    return x.length;
  }

  public int features() {
    return x[0].length;
  }

  public int labels() {
    return y[0].length;
  }

  /** Rows {@code [from, to)} of the features (shared arrays: callers copy or only read). */
  public double[][] x(int from, int to) {
    return java.util.Arrays.copyOfRange(x, from, to);
  }

  /** Rows {@code [from, to)} of the labels. */
  public int[][] y(int from, int to) {
    return java.util.Arrays.copyOfRange(y, from, to);
  }

  /**
   * Writes the problem as CSV. Doubles are printed with {@link Double#toString}, the shortest form
   * that parses back to the same double, so both sides read identical values.
   */
  public void writeCsv(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder();
      for (int j = 1; j <= features(); j++) {
        line.append('f').append(j).append(',');
      }
      for (int k = 1; k <= labels(); k++) {
        line.append('l').append(k).append(k < labels() ? "," : "\n");
      }
      out.write(line.toString());
      for (int i = 0; i < rows(); i++) {
        line.setLength(0);
        for (double v : x[i]) {
          line.append(Double.toString(v)).append(',');
        }
        for (int k = 0; k < labels(); k++) {
          line.append(y[i][k]).append(k < labels() - 1 ? "," : "\n");
        }
        out.write(line.toString());
      }
    }
  }

  /** Writes {@code yeast.csv} and {@code lesson.csv} into the folder given as the argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException(
          "usage: BenchData <output folder>; got " + args.length + " arguments");
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (BenchData d : new BenchData[] {YEAST, LESSON}) {
      Path file = dir.resolve(d.name() + ".csv");
      d.writeCsv(file);
      System.out.printf(
          Locale.ROOT,
          "wrote %s: %d × %d × %d%n",
          file.getFileName(),
          d.rows(),
          d.features(),
          d.labels());
    }
  }
}
