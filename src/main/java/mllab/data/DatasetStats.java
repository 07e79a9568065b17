package mllab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import mllab.text.Text;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The numbers that describe a multi-label dataset before any model sees it.
 *
 * <p>Two standard measures say how "multi" the labels are. <b>Label cardinality</b> is the mean
 * number of labels per row: 1.0 would be plain multi-class data, 1.5 means a typical row has one or
 * two labels. <b>Label density</b> divides the cardinality by the number of labels {@code L}, so
 * datasets with different label counts can be compared: a density of 0.1 means a row carries a
 * tenth of all possible labels.
 *
 * <p>Labels are rarely independent. The <b>co-occurrence matrix</b> counts, for every pair of
 * labels, the rows that carry both; its diagonal holds each label's own count. Dividing an entry by
 * a diagonal entry gives a conditional frequency such as P(sunset | beach), and comparing it with
 * the plain frequency P(sunset) shows whether two labels attract or avoid each other. The <b>label
 * sets</b> (the distinct combinations that actually occur, with their counts) show the same
 * structure row by row, and are what label-powerset methods would learn as classes.
 *
 * <p>Per-feature minimum, maximum, mean and standard deviation show the raw scales, and so why
 * features have to be scaled before training. The standard deviation is the sample one (divisor
 * {@code n − 1}); it is 0 for a dataset with one row.
 *
 * <p>Instances are immutable; the matrix accessor returns a copy.
 *
 * @param name the dataset's name
 * @param rows number of rows
 * @param features number of feature columns
 * @param labels number of label columns {@code L}
 * @param labelCardinality mean number of labels per row
 * @param labelDensity cardinality divided by {@code L}
 * @param labelFrequencies one entry per label, in column order
 * @param distinctLabelSets number of different label combinations that occur
 * @param labelSets every combination that occurs, most common first (ties: fewer labels first, then
 *     by label index)
 * @param rowsWithoutLabels rows that carry no label at all
 * @param rowsWithThreeOrMoreLabels rows that carry at least 3 labels
 * @param labelsPerRowHistogram entry {@code m} = rows with exactly {@code m} labels, {@code m = 0 …
 *     L}
 * @param cooccurrence {@code L × L} counts of rows carrying both labels; diagonal = label counts
 * @param featureSummaries one entry per feature, in column order
 */
public record DatasetStats(
    String name,
    int rows,
    int features,
    int labels,
    double labelCardinality,
    double labelDensity,
    List<LabelFrequency> labelFrequencies,
    int distinctLabelSets,
    List<LabelSetCount> labelSets,
    int rowsWithoutLabels,
    int rowsWithThreeOrMoreLabels,
    List<Integer> labelsPerRowHistogram,
    int[][] cooccurrence,
    List<FeatureSummary> featureSummaries) {

  /** How often one label occurs: in {@code count} rows, a {@code fraction} of all rows. */
  public record LabelFrequency(String label, int count, double fraction) {}

  /**
   * One combination of labels and how many rows carry exactly that combination.
   *
   * @param labels the label indices in the set, ascending; empty for rows without labels
   * @param display the names joined by " + ", or "(none)"
   * @param count rows carrying exactly this set
   * @param fraction {@code count / rows}
   */
  public record LabelSetCount(List<Integer> labels, String display, int count, double fraction) {

    public LabelSetCount {
      labels = List.copyOf(labels);
    }
  }

  /**
   * The spread of one feature's raw values.
   *
   * @param wholeNumbers whether every value is a whole number (a count, a 0–255 intensity), so a
   *     table can show the column without decimals and every other column with the same decimals
   */
  public record FeatureSummary(
      String name, double min, double max, double mean, double std, boolean wholeNumbers) {}

  public DatasetStats {
    labelFrequencies = List.copyOf(labelFrequencies);
    labelSets = List.copyOf(labelSets);
    labelsPerRowHistogram = List.copyOf(labelsPerRowHistogram);
    featureSummaries = List.copyOf(featureSummaries);
    cooccurrence = deepCopy(cooccurrence);
  }

  /**
   * Computes every statistic of {@code dataset} in one pass over its rows.
   *
   * @throws IllegalArgumentException if the dataset has no rows, since means over no rows are
   *     undefined
   */
  public static DatasetStats of(Dataset dataset) {
    int n = dataset.rows();
    int d = dataset.featureCount();
    int l = dataset.labelCount();
    if (n == 0) {
      throw new IllegalArgumentException(Text.get("engine.data.stats.noRows", dataset.name()));
    }
    int[][] co = new int[l][l];
    int[] histogram = new int[l + 1];
    Map<List<Integer>, Integer> setCounts = new HashMap<>();
    FeatureSpread spread = new FeatureSpread(d);
    long labelTotal = 0;
    for (int i = 0; i < n; i++) {
      List<Integer> set = new ArrayList<>();
      for (int a = 0; a < l; a++) {
        if (dataset.label(i, a) == 1) {
          set.add(a);
        }
      }
      // Pairs within the row's set only: with 1,000 labels a row carries a few dozen, and a loop
      // over all label pairs would cost L times more for the same counts.
      for (int a : set) {
        for (int b : set) {
          co[a][b]++;
        }
      }
      histogram[set.size()]++;
      labelTotal += set.size();
      setCounts.merge(List.copyOf(set), 1, Integer::sum);
      spread.add(dataset, i);
    }

    List<LabelFrequency> frequencies = labelFrequencies(co, n, dataset.labelNames());
    List<LabelSetCount> sets =
        setCounts.entrySet().stream()
            .map(e -> labelSet(e.getKey(), e.getValue(), n, dataset.labelNames()))
            .sorted(MOST_COMMON_FIRST)
            .toList();
    List<FeatureSummary> features = spread.summaries(dataset.featureNames());
    double cardinality = labelTotal / (double) n;
    return new DatasetStats(
        dataset.name(),
        n,
        d,
        l,
        cardinality,
        cardinality / l,
        frequencies,
        setCounts.size(),
        sets,
        histogram[0],
        rowsWithAtLeast(3, histogram),
        Arrays.stream(histogram).boxed().toList(),
        co,
        features);
  }

  /** The rows carrying at least {@code m} labels, from the labels-per-row histogram. */
  private static int rowsWithAtLeast(int m, int[] histogram) {
    int rows = 0;
    for (int k = m; k < histogram.length; k++) {
      rows += histogram[k];
    }
    return rows;
  }

  /** Each label's count (the co-occurrence matrix's diagonal) and its share of the rows. */
  private static List<LabelFrequency> labelFrequencies(int[][] co, int n, List<String> names) {
    List<LabelFrequency> frequencies = new ArrayList<>(co.length);
    for (int k = 0; k < co.length; k++) {
      frequencies.add(new LabelFrequency(names.get(k), co[k][k], co[k][k] / (double) n));
    }
    return frequencies;
  }

  /**
   * Each feature's running minimum, maximum, mean and standard deviation, and whether all its
   * values so far are whole numbers, fed one row at a time.
   */
  private static final class FeatureSpread {
    private final SummaryStatistics[] summaries;
    private final boolean[] whole;

    FeatureSpread(int d) {
      summaries = new SummaryStatistics[d];
      whole = new boolean[d];
      for (int j = 0; j < d; j++) {
        summaries[j] = new SummaryStatistics();
        whole[j] = true;
      }
    }

    void add(Dataset dataset, int row) {
      for (int j = 0; j < summaries.length; j++) {
        double v = dataset.feature(row, j);
        summaries[j].addValue(v);
        whole[j] &= v == Math.rint(v);
      }
    }

    List<FeatureSummary> summaries(List<String> names) {
      List<FeatureSummary> features = new ArrayList<>(summaries.length);
      for (int j = 0; j < summaries.length; j++) {
        SummaryStatistics s = summaries[j];
        features.add(
            new FeatureSummary(
                names.get(j),
                s.getMin(),
                s.getMax(),
                s.getMean(),
                s.getStandardDeviation(),
                whole[j]));
      }
      return features;
    }
  }

  /**
   * Label cardinality alone (the mean number of labels per row), without the rest of the
   * statistics: PCut's target on the training rows. One pass over the label matrix; 0 with no rows.
   */
  public static double labelCardinality(Dataset dataset) {
    long sum = 0;
    for (int i = 0; i < dataset.rows(); i++) {
      for (int y : dataset.labelRow(i)) {
        sum += y;
      }
    }
    return dataset.rows() == 0 ? 0 : sum / (double) dataset.rows();
  }

  private static final Comparator<LabelSetCount> MOST_COMMON_FIRST =
      Comparator.comparingInt(LabelSetCount::count)
          .reversed()
          .thenComparingInt(s -> s.labels().size())
          .thenComparing(LabelSetCount::labels, DatasetStats::compareIndexLists);

  private static int compareIndexLists(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static LabelSetCount labelSet(
      List<Integer> set, int count, int rows, List<String> labelNames) {
    String display =
        set.isEmpty()
            ? Text.get("engine.data.noLabelSet")
            : set.stream().map(labelNames::get).collect(Collectors.joining(" + "));
    return new LabelSetCount(set, display, count, count / (double) rows);
  }

  /** The {@code limit} most common label sets (fewer if fewer occur). */
  public List<LabelSetCount> mostCommonLabelSets(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException(
          Text.get("engine.data.stats.negativeLimit", String.valueOf(limit)));
    }
    return labelSets.subList(0, Math.min(limit, labelSets.size()));
  }

  /** A copy of the {@code L × L} co-occurrence matrix. */
  @Override
  public int[][] cooccurrence() {
    return deepCopy(cooccurrence);
  }

  /** Rows carrying both labels {@code a} and {@code b}; {@code a == b} gives the label's count. */
  public int cooccurrence(int a, int b) {
    return cooccurrence[a][b];
  }

  /**
   * The fraction of rows carrying {@code given} that also carry {@code label}, i.e. P(label |
   * given); 0 when {@code given} never occurs.
   */
  public double conditionalFrequency(int label, int given) {
    int base = cooccurrence[given][given];
    return base == 0 ? 0 : cooccurrence[label][given] / (double) base;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DatasetStats s
        && name.equals(s.name)
        && rows == s.rows
        && features == s.features
        && labels == s.labels
        && Double.compare(labelCardinality, s.labelCardinality) == 0
        && Double.compare(labelDensity, s.labelDensity) == 0
        && labelFrequencies.equals(s.labelFrequencies)
        && distinctLabelSets == s.distinctLabelSets
        && labelSets.equals(s.labelSets)
        && rowsWithoutLabels == s.rowsWithoutLabels
        && rowsWithThreeOrMoreLabels == s.rowsWithThreeOrMoreLabels
        && labelsPerRowHistogram.equals(s.labelsPerRowHistogram)
        && Arrays.deepEquals(cooccurrence, s.cooccurrence)
        && featureSummaries.equals(s.featureSummaries);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(name, rows, labelFrequencies, labelSets, featureSummaries)
        + Arrays.deepHashCode(cooccurrence);
  }

  @Override
  public String toString() {
    return "DatasetStats["
        + name
        + ": "
        + rows
        + " rows, "
        + features
        + " features, "
        + labels
        + " labels, cardinality "
        + labelCardinality
        + ", "
        + distinctLabelSets
        + " distinct label sets]";
  }

  private static int[][] deepCopy(int[][] matrix) {
    int[][] copy = new int[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }
}
