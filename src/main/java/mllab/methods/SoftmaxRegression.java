package mllab.methods;

import java.util.function.BooleanSupplier;

/**
 * L2-regularised multinomial logistic (softmax) regression: one class out of K, the classifier a
 * label powerset trains over the label sets.
 *
 * <p>Each class c has a weight vector and a bias; the class probabilities are the softmax of the K
 * scores, {@code P(c | x) = e^{s_c} / Σ_k e^{s_k}} with {@code s_c = w_c·x + b_c}, so they are
 * positive and sum to 1. The weights minimise the categorical cross-entropy {@code −Σᵢ ln P(yᵢ |
 * xᵢ)} plus {@code ‖W‖² / (2C)}, as scikit-learn's {@code LogisticRegression(C=C)} does for more
 * than two classes with its default solver. Convex, so {@link Lbfgs} finds the one minimum.
 *
 * <p>Immutable once fitted.
 */
public final class SoftmaxRegression {

  /**
   * Steps of the solver at most: scikit-learn's {@code max_iter}. With hundreds of label sets as
   * classes (yeast has 180) neither converges fully within it; both stop at about the same weights
   * (Hamming loss 0.1943 here, 0.1945 there).
   */
  static final int MAX_ITERATIONS = 100;

  private final LinearFit fit;

  private SoftmaxRegression(LinearFit fit) {
    this.fit = fit;
  }

  /**
   * Fits on rows {@code x} with class indices {@code y} in {@code 0 .. classes − 1}.
   *
   * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true
   */
  public static SoftmaxRegression fit(
      double[][] x, int[] y, int classes, double c, BooleanSupplier cancelled) {
    LinearFit.RowLoss crossEntropy =
        (i, z, count) -> {
          double trueScore = z[y[i]];
          // −ln P(y | x) = ln Σ e^{s} − s_y: no logarithm of a probability that rounded to 0.
          double loss = softmaxInPlace(z, count) - trueScore;
          z[y[i]] -= 1; // p − t, the gradient of the cross-entropy by the scores
          return loss;
        };
    return new SoftmaxRegression(
        LinearFit.fit(
            x,
            LinearFit.Csr.ofSparse(x),
            classes,
            null,
            c,
            crossEntropy,
            MAX_ITERATIONS,
            cancelled));
  }

  /**
   * Turns scores into probabilities in place and returns ln Σ e^{s}, computed after subtracting the
   * largest score so that no exponential overflows.
   */
  private static double softmaxInPlace(double[] s, int count) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < count; k++) {
      max = Math.max(max, s[k]);
    }
    double sum = 0;
    for (int k = 0; k < count; k++) {
      s[k] = Math.exp(s[k] - max);
      sum += s[k];
    }
    for (int k = 0; k < count; k++) {
      s[k] /= sum;
    }
    return max + Math.log(sum);
  }

  /** The K class probabilities of {@code row}, written into {@code out} (K long). */
  public void probabilities(double[] row, double[] out) {
    fit.scores(row, out);
    softmaxInPlace(out, out.length);
  }
}
