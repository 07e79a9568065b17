package mllab.methods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import mllab.data.Dataset;
import mllab.text.Text;

/**
 * Classifier chain (Read, Pfahringer, Holmes and Frank 2009): binary relevance whose classifiers
 * are asked one after another, each seeing the answers of the ones before it.
 *
 * <p>The labels are put in an order. The first link is a logistic regression on the features alone;
 * the j-th link reads the features plus the first j − 1 labels of the order. At training time those
 * extra inputs are the <em>true</em> earlier labels (teacher forcing: every link learns from clean
 * inputs); at prediction time they are the chain's own <em>predicted</em> earlier labels
 * (probability ≥ 0.5, as scikit-learn's {@code ClassifierChain} does), so a mistake early in the
 * chain can travel down it. That is why the order matters, and why ensembles of chains with random
 * orders exist.
 *
 * <p>Unlike binary relevance, a chain can learn that labels go together ("sunset" makes "beach"
 * likelier). With a fixed order everything is deterministic; {@link #randomOrder} draws an order
 * from a seed.
 */
public final class ClassifierChain implements MultiLabelMethod {

  private final double c;
  private final int[] order;

  /**
   * @param c the inverse regularisation strength of every link (&gt; 0)
   * @param order the label indices in chain order: a permutation of 0 .. L − 1
   */
  public ClassifierChain(double c, int[] order) {
    this.c = BinaryRelevance.requirePositiveC(c);
    this.order = requirePermutation(order);
  }

  /** The labels' own order 0, 1, …, L − 1 (scikit-learn's default). */
  public static int[] naturalOrder(int labels) {
    int[] o = new int[labels];
    Arrays.setAll(o, i -> i);
    return o;
  }

  /** A random order of {@code labels} labels, the same for the same seed. */
  public static int[] randomOrder(int labels, long seed) {
    int[] o = naturalOrder(labels);
    Random rng = new Random(seed);
    for (int i = labels - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = o[i];
      o[i] = o[j];
      o[j] = t;
    }
    return o;
  }

  private static int[] requirePermutation(int[] order) {
    boolean[] seen = new boolean[order.length];
    for (int k : order) {
      if (k < 0 || k >= order.length || seen[k]) {
        throw new IllegalArgumentException(
            Text.get(
                "engine.method.badOrder", Arrays.toString(order), String.valueOf(order.length)));
      }
      seen[k] = true;
    }
    return order.clone();
  }

  /**
   * Reads an order typed by a user: label names or 1-based positions separated by commas.
   *
   * @throws IllegalArgumentException naming the value that is not a label, or a repeated one
   */
  public static int[] parseOrder(String text, List<String> labelNames) {
    String[] parts = text.split(",");
    List<Integer> order = new ArrayList<>();
    for (String part : parts) {
      String p = part.trim();
      int k = labelNames.indexOf(p);
      if (k < 0) {
        try {
          k = Integer.parseInt(p) - 1;
        } catch (NumberFormatException e) {
          k = -1;
        }
      }
      if (k < 0 || k >= labelNames.size()) {
        throw new IllegalArgumentException(
            Text.get("engine.method.orderUnknownLabel", p, String.join(", ", labelNames)));
      }
      order.add(k);
    }
    int[] o = order.stream().mapToInt(Integer::intValue).toArray();
    if (o.length != labelNames.size()) {
      throw new IllegalArgumentException(
          Text.get("engine.method.badOrder", text, String.valueOf(labelNames.size())));
    }
    return requirePermutation(o);
  }

  /** The chain order (a fresh copy). */
  public int[] order() {
    return order.clone();
  }

  @Override
  public MethodKind kind() {
    return MethodKind.CC;
  }

  @Override
  public String settings() {
    StringBuilder s =
        new StringBuilder("C = ")
            .append(BinaryRelevance.number(c))
            .append(", ")
            .append(Text.get("engine.method.CC.orderWord"))
            .append(' ');
    for (int j = 0; j < order.length; j++) {
      s.append(j == 0 ? "" : ", ").append(order[j] + 1);
    }
    return s.toString();
  }

  @Override
  public FittedMethod fit(Dataset train, Dataset validation, Progress progress) {
    int l = train.labelCount();
    if (order.length != l) {
      throw new IllegalArgumentException(
          Text.get("engine.method.badOrder", Arrays.toString(order), String.valueOf(l)));
    }
    int d = train.featureCount();
    int n = train.rows();
    // Features followed by the true labels in chain order: link j reads the first d + j columns.
    double[][] augmented = new double[n][d + l];
    for (int i = 0; i < n; i++) {
      System.arraycopy(train.featureRow(i), 0, augmented[i], 0, d);
      for (int j = 0; j < l; j++) {
        augmented[i][d + j] = train.label(i, order[j]);
      }
    }
    // Link j's target is the j-th label of the order; it reads the first d + j columns.
    int[][] targets = new int[n][l];
    int[] inputs = new int[l];
    for (int j = 0; j < l; j++) {
      inputs[j] = d + j;
      for (int i = 0; i < n; i++) {
        targets[i][j] = train.label(i, order[j]);
      }
    }
    LogisticRegressions links =
        LogisticRegressions.fit(augmented, targets, inputs, c, progress::cancelled);
    progress.done(1);
    int[] chain = order.clone();
    return rows -> {
      double[][] p = new double[rows.length][l];
      double[] input = new double[d + l];
      for (int i = 0; i < rows.length; i++) {
        System.arraycopy(rows[i], 0, input, 0, d);
        for (int j = 0; j < l; j++) {
          double pj = links.probability(j, input);
          p[i][chain[j]] = pj;
          // The next links see this link's decision, not the truth.
          input[d + j] = pj >= 0.5 ? 1 : 0;
        }
      }
      return p;
    };
  }
}
