package mllab.data;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import mllab.text.Text;

/**
 * A multi-label dataset: every row has a vector of numeric features and a vector of 0/1 labels.
 *
 * <p>Unlike multi-class data, where each row belongs to exactly one class, a row here may carry
 * several labels at once (a photo tagged both {@code beach} and {@code sunset}) or none at all. The
 * labels are stored as a binary indicator matrix {@code Y} with one column per label, which is the
 * representation a network with one sigmoid output per label learns to predict.
 *
 * <p>Instances are immutable: the arrays passed in are copied, and accessors return copies (or
 * single values), so a dataset can be shared between the UI and background training safely.
 */
public final class Dataset {

  private final String name;
  private final double[][] features;
  private final int[][] labels;
  private final List<String> featureNames;
  private final List<String> labelNames;

  /** How many rows carry each label, counted while the rows are checked. */
  private final int[] positives;

  /**
   * @param name a short human name ("photos (default)", "emotions-train.arff")
   * @param features n × d feature matrix, all rows the same length
   * @param labels n × L matrix of 0/1 values
   * @param featureNames d distinct names
   * @param labelNames L distinct names
   * @throws IllegalArgumentException naming the first inconsistent value
   */
  public Dataset(
      String name,
      double[][] features,
      int[][] labels,
      List<String> featureNames,
      List<String> labelNames) {
    this.name = Objects.requireNonNull(name, "name");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(labels, "labels");
    this.featureNames = List.copyOf(featureNames);
    this.labelNames = List.copyOf(labelNames);
    if (features.length != labels.length) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.data.dataset.rowCounts",
              String.valueOf(features.length),
              String.valueOf(labels.length)));
    }
    requireDistinct(this.featureNames, "engine.data.dataset.duplicateFeature");
    requireDistinct(this.labelNames, "engine.data.dataset.duplicateLabel");
    if (this.labelNames.isEmpty()) {
      throw new IllegalArgumentException(Text.get("engine.data.dataset.noLabels"));
    }
    this.features = new double[features.length][];
    this.labels = new int[labels.length][];
    this.positives = new int[this.labelNames.size()];
    for (int i = 0; i < features.length; i++) {
      requireRow(i, features[i], labels[i]);
      this.features[i] = features[i].clone();
      this.labels[i] = labels[i].clone();
      for (int k = 0; k < positives.length; k++) {
        positives[k] += this.labels[i][k];
      }
    }
  }

  /** How many rows carry label {@code label}: counted once, when the rows were checked. */
  public int positives(int label) {
    return positives[label];
  }

  /**
   * Checks row {@code i}: as many features and labels as there are names, every feature finite and
   * every label 0 or 1.
   */
  private void requireRow(int i, double[] rowFeatures, int[] rowLabels) {
    int d = featureNames.size();
    int l = labelNames.size();
    if (rowFeatures.length != d) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.data.dataset.featureCount",
              String.valueOf(i),
              String.valueOf(rowFeatures.length),
              String.valueOf(d)));
    }
    if (rowLabels.length != l) {
      throw new IllegalArgumentException(
          Text.get(
              "engine.data.dataset.labelCount",
              String.valueOf(i),
              String.valueOf(rowLabels.length),
              String.valueOf(l)));
    }
    for (int j = 0; j < d; j++) {
      if (!Double.isFinite(rowFeatures[j])) {
        throw new IllegalArgumentException(
            Text.get(
                "engine.data.dataset.notFinite",
                String.valueOf(i),
                featureNames.get(j),
                String.valueOf(rowFeatures[j])));
      }
    }
    for (int k = 0; k < l; k++) {
      if (rowLabels[k] != 0 && rowLabels[k] != 1) {
        throw new IllegalArgumentException(
            Text.get(
                "engine.data.dataset.notBinary",
                String.valueOf(i),
                labelNames.get(k),
                String.valueOf(rowLabels[k])));
      }
    }
  }

  /**
   * @param duplicateKey the bundle key of the message that names a duplicate
   */
  private static void requireDistinct(List<String> names, String duplicateKey) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException(Text.get(duplicateKey, n));
      }
    }
  }

  public String name() {
    return name;
  }

  public int rows() {
    return features.length;
  }

  public int featureCount() {
    return featureNames.size();
  }

  public int labelCount() {
    return labelNames.size();
  }

  public List<String> featureNames() {
    return featureNames;
  }

  public List<String> labelNames() {
    return labelNames;
  }

  public double feature(int row, int column) {
    return features[row][column];
  }

  public int label(int row, int label) {
    return labels[row][label];
  }

  /** A copy of one row's features. */
  public double[] featureRow(int row) {
    return features[row].clone();
  }

  /** A copy of one row's labels. */
  public int[] labelRow(int row) {
    return labels[row].clone();
  }

  /** A deep copy of the feature matrix. */
  public double[][] featureMatrix() {
    double[][] copy = new double[features.length][];
    for (int i = 0; i < features.length; i++) {
      copy[i] = features[i].clone();
    }
    return copy;
  }

  /** A deep copy of the label matrix. */
  public int[][] labelMatrix() {
    int[][] copy = new int[labels.length][];
    for (int i = 0; i < labels.length; i++) {
      copy[i] = labels[i].clone();
    }
    return copy;
  }

  /** The rows at the given indices, in that order, as a new dataset with the same names. */
  public Dataset select(int[] rowIndices, String newName) {
    double[][] f = new double[rowIndices.length][];
    int[][] y = new int[rowIndices.length][];
    for (int i = 0; i < rowIndices.length; i++) {
      f[i] = features[rowIndices[i]];
      y[i] = labels[rowIndices[i]];
    }
    return new Dataset(newName, f, y, featureNames, labelNames);
  }

  /** The same labels and names with a new feature matrix (for example after scaling). */
  public Dataset withFeatures(double[][] newFeatures, String newName) {
    return new Dataset(newName, newFeatures, labels, featureNames, labelNames);
  }

  /** "1,000 rows × 20 features, 4 labels". */
  public String shape() {
    return Text.get(
        "engine.data.shape",
        mllab.text.Decimals.count(rows()),
        mllab.text.Decimals.count(featureCount()),
        mllab.text.Decimals.count(labelCount()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset other
        && featureNames.equals(other.featureNames)
        && labelNames.equals(other.labelNames)
        && Arrays.deepEquals(features, other.features)
        && Arrays.deepEquals(labels, other.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(featureNames, labelNames, Arrays.deepHashCode(labels));
  }

  @Override
  public String toString() {
    return Text.get("engine.data.nameAndShape", name, shape());
  }
}
