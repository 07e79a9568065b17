package mllab.methods;

import java.util.Arrays;
import mllab.data.Dataset;
import mllab.text.Text;

/**
 * Binary relevance: one independent yes/no classifier per label, here an L2-regularised logistic
 * regression ({@link LogisticRegressions}).
 *
 * <p>The simplest problem transformation (Tsoumakas and Katakis 2007): a problem with L labels
 * becomes L binary problems, each trained on all rows with that label's column as the target. It
 * scales linearly with L and any binary learner fits in, but it assumes the labels are independent
 * given the features: knowing that a photo shows a sunset does not help it decide "beach".
 * scikit-learn: {@code MultiOutputClassifier(LogisticRegression(C=1))}.
 *
 * <p>The app's network is binary relevance too, one sigmoid per label, except that the labels share
 * a hidden layer and so can share what they learn about the features.
 */
public final class BinaryRelevance implements MultiLabelMethod {

  private final double c;

  /**
   * @param c the inverse regularisation strength of every label's logistic regression (&gt; 0)
   */
  public BinaryRelevance(double c) {
    this.c = requirePositiveC(c);
  }

  static double requirePositiveC(double c) {
    if (!(c > 0) || !Double.isFinite(c)) {
      throw new IllegalArgumentException(Text.get("engine.method.badC", String.valueOf(c)));
    }
    return c;
  }

  @Override
  public MethodKind kind() {
    return MethodKind.BR;
  }

  @Override
  public String settings() {
    return "C = " + number(c);
  }

  static String number(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  @Override
  public FittedMethod fit(Dataset train, Dataset validation, Progress progress) {
    double[][] x = train.featureMatrix();
    int[][] y = train.labelMatrix();
    int l = train.labelCount();
    int[] inputs = new int[l];
    Arrays.fill(inputs, train.featureCount());
    LogisticRegressions models = LogisticRegressions.fit(x, y, inputs, c, progress::cancelled);
    progress.done(1);
    return rows -> {
      double[][] p = new double[rows.length][l];
      for (int i = 0; i < rows.length; i++) {
        for (int k = 0; k < l; k++) {
          p[i][k] = models.probability(k, rows[i]);
        }
      }
      return p;
    };
  }
}
