package mllab.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import mllab.text.Text;

/**
 * What a trained multi-label model says about a set of rows: for every row and every label an
 * independent probability that the label applies, next to the true 0/1 labels.
 *
 * <p>Probabilities are kept, not 0/1 decisions, because the decision depends on a threshold that
 * the student moves freely afterwards; re-thresholding never needs the model again.
 *
 * <p>Instances are immutable. The matrices are copied once into flat row-major arrays (truth as
 * bytes and, sparsely, as each row's list of true labels) together with the per-row and per-label
 * counts of true labels, which do not depend on the threshold. That is what lets {@link
 * MetricReport#of} re-threshold 100,000 × 100 cells in about 10 ms: one sequential pass over
 * contiguous memory, nothing allocated per cell.
 *
 * <p>{@link #probabilities()} and {@link #truth()} return fresh copies; read single cells with
 * {@link #probability(int, int)} and {@link #truth(int, int)} inside loops.
 */
public final class Predictions {

  private final List<String> labelNames;
  private final int rows;
  private final int labelCount;

  /** Row-major n × L probabilities: cell (i, k) is at {@code i * L + k}. */
  final double[] probability;

  /** Row-major n × L true labels, 0 or 1. */
  final byte[] truth;

  /** Number of true labels of each row. */
  final int[] rowTrueCount;

  /**
   * The true labels of row i are {@code positiveLabel[positiveStart[i] .. positiveStart[i + 1])}.
   * Label matrices are sparse, so visiting only the positive cells to count hits is much cheaper
   * than testing the truth of every cell.
   */
  final int[] positiveStart;

  /** Each row's true labels back to back; see {@link #positiveStart}. */
  final int[] positiveLabel;

  /** Number of rows that carry each label (the label's support). */
  final int[] labelTrueCount;

  /** {@code 1 / x} for x in 0..2L, with 1/0 taken as 0: divisions become multiplications. */
  final double[] inverse;

  /** The highest probability of any cell, NaN without cells. */
  private final double highest;

  /**
   * @param probabilities n × L values in [0, 1]
   * @param truth n × L true labels (0 or 1)
   * @param labelNames L names
   * @throws IllegalArgumentException naming the first row or value that does not fit
   */
  public Predictions(double[][] probabilities, int[][] truth, List<String> labelNames) {
    Objects.requireNonNull(probabilities, "probabilities");
    Objects.requireNonNull(truth, "truth");
    this.labelNames = List.copyOf(labelNames);
    if (probabilities.length != truth.length) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.eval.predictions.rowCounts",
              String.valueOf(probabilities.length),
              String.valueOf(truth.length)));
    }
    this.rows = probabilities.length;
    this.labelCount = this.labelNames.size();
    int l = labelCount;
    int cells = cells(rows, l);
    this.probability = new double[cells];
    this.truth = new byte[cells];
    this.rowTrueCount = new int[rows];
    this.labelTrueCount = new int[l];
    for (int i = 0; i < rows; i++) {
      if (probabilities[i].length != l || truth[i].length != l) {
        throw new IllegalArgumentException(
            Text.get(
                "engine.eval.predictions.rowWidth",
                String.valueOf(i),
                String.valueOf(probabilities[i].length),
                String.valueOf(truth[i].length),
                String.valueOf(l)));
      }
      for (int k = 0; k < l; k++) {
        double p = probabilities[i][k];
        if (!(p >= 0 && p <= 1)) {
          throw new IllegalArgumentException(
              Text.get(
                  "engine.eval.predictions.probability",
                  String.valueOf(i),
                  this.labelNames.get(k),
                  String.valueOf(p)));
        }
        int y = truth[i][k];
        if (y != 0 && y != 1) {
          throw new IllegalArgumentException(
              Text.get(
                  "engine.eval.predictions.truth",
                  String.valueOf(i),
                  this.labelNames.get(k),
                  String.valueOf(y)));
        }
        this.probability[i * l + k] = p;
        this.truth[i * l + k] = (byte) y;
        rowTrueCount[i] += y;
        labelTrueCount[k] += y;
      }
    }
    this.positiveStart = positiveStarts(rowTrueCount);
    this.positiveLabel = positiveLabels(this.truth, positiveStart, l);
    this.inverse = inverses(2 * l);
    this.highest = highest(probability);
  }

  private static double highest(double[] cells) {
    double max = Double.NaN;
    for (double p : cells) {
      max = Double.isNaN(max) || p > max ? p : max;
    }
    return max;
  }

  /**
   * The highest probability of any label in any row (NaN without rows): with every threshold above
   * it, no label is predicted at all.
   */
  public double highestProbability() {
    return highest;
  }

  /** {@code rows × labels}, the number of cells, when it fits in an array. */
  private static int cells(int rows, int labels) {
    try {
      return Math.multiplyExact(rows, labels);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.eval.predictions.tooManyCells", String.valueOf(rows), String.valueOf(labels)),
          e);
    }
  }

  /** Where each row's true labels start in {@link #positiveLabel}, plus the end of the last. */
  private static int[] positiveStarts(int[] rowTrueCount) {
    int rows = rowTrueCount.length;
    int[] start = new int[rows + 1];
    for (int i = 0; i < rows; i++) {
      start[i + 1] = start[i] + rowTrueCount[i];
    }
    return start;
  }

  /** Each row's true labels back to back, from the row-major 0/1 truth of {@code l} labels. */
  private static int[] positiveLabels(byte[] truth, int[] positiveStart, int l) {
    int rows = positiveStart.length - 1;
    int[] labels = new int[positiveStart[rows]];
    for (int i = 0, m = 0; i < rows; i++) {
      for (int k = 0; k < l; k++) {
        if (truth[i * l + k] == 1) {
          labels[m++] = k;
        }
      }
    }
    return labels;
  }

  /** {@code 1 / x} for x in 0..max, with 1/0 taken as 0. */
  private static double[] inverses(int max) {
    double[] inverse = new double[max + 1];
    for (int x = 1; x < inverse.length; x++) {
      inverse[x] = 1.0 / x;
    }
    return inverse;
  }

  public int rows() {
    return rows;
  }

  public int labelCount() {
    return labelCount;
  }

  public List<String> labelNames() {
    return labelNames;
  }

  public double probability(int row, int label) {
    return probability[cell(row, label)];
  }

  public int truth(int row, int label) {
    return truth[cell(row, label)];
  }

  /** A fresh n × L copy of the probabilities. */
  public double[][] probabilities() {
    double[][] copy = new double[rows][];
    for (int i = 0; i < rows; i++) {
      copy[i] = Arrays.copyOfRange(probability, i * labelCount, (i + 1) * labelCount);
    }
    return copy;
  }

  /** A fresh n × L copy of the true labels. */
  public int[][] truth() {
    int[][] copy = new int[rows][labelCount];
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < labelCount; k++) {
        copy[i][k] = truth[i * labelCount + k];
      }
    }
    return copy;
  }

  /** How many rows truly carry {@code label}. */
  public int support(int label) {
    return labelTrueCount[label];
  }

  /** Mean number of true labels per row (the label cardinality of these rows); 0 with no rows. */
  public double trueCardinality() {
    long sum = 0;
    for (int c : labelTrueCount) {
      sum += c;
    }
    return rows == 0 ? 0 : sum / (double) rows;
  }

  private int cell(int row, int label) {
    Objects.checkIndex(row, rows);
    Objects.checkIndex(label, labelCount);
    return row * labelCount + label;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Predictions other
        && labelNames.equals(other.labelNames)
        && rows == other.rows
        && Arrays.equals(probability, other.probability)
        && Arrays.equals(truth, other.truth);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labelNames, rows, Arrays.hashCode(probability), Arrays.hashCode(truth));
  }

  @Override
  public String toString() {
    return "Predictions[" + rows + " rows × " + labelCount + " labels " + labelNames + "]";
  }
}
