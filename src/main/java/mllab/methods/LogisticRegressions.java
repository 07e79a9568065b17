package mllab.methods;

import java.util.function.BooleanSupplier;

/**
 * L2-regularised logistic regression, one per target column, fitted side by side: the classifiers
 * binary relevance trains (one per label) and a classifier chain trains (one per link).
 *
 * <p>Each model is {@code P(y = 1 | x) = σ(w·x + b)} with the logistic function {@code σ(z) = 1 /
 * (1 + e^−z)}: a weighted vote of the features squashed into a probability. Its weights minimise
 *
 * <pre>  Σᵢ −[yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)]  +  ‖w‖² / (2C)</pre>
 *
 * the binary cross-entropy summed over the training rows plus a penalty on large weights; the
 * bias is not penalised. This is exactly scikit-learn's {@code LogisticRegression(C=C)}: a
 * smaller C means a stronger penalty, smoother decisions and less over-fitting. It is a neural
 * network with no hidden layer and one sigmoid output, trained to convergence.
 *
 * <p>Model k reads only the first {@code inputs[k]} columns of a row (a chain's link j reads the
 * features and the j − 1 labels before it). The L problems share nothing, so their sum is
 * minimised at once: the minimum of a sum of independent convex functions is each one's own
 * minimum, the same weights as L separate fits, and one pass over the rows serves all L models
 * (the inner loops then run over the L models, which the JIT turns into SIMD instructions).
 * Weights a model does not read start at 0 and get no gradient, so they stay 0.
 *
 * <p>Immutable once fitted.
 */
public final class LogisticRegressions {

  /** scikit-learn's default inverse regularisation strength. */
  public static final double DEFAULT_C = 1.0;

  private final LinearFit fit;

  private LogisticRegressions(LinearFit fit) {
    this.fit = fit;
  }

  /**
   * Fits one model per column of {@code y}.
   *
   * @param x n rows, each at least {@code max(inputs)} long
   * @param y n × L targets, 0 or 1
   * @param inputs for each model, how many leading columns of a row it reads
   * @param c the inverse regularisation strength C (&gt; 0)
   * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true
   */
  public static LogisticRegressions fit(
      double[][] x, int[][] y, int[] inputs, double c, BooleanSupplier cancelled) {
    LinearFit.RowLoss crossEntropy = (i, z, count) -> {
      int[] yi = y[i];
      double loss = 0;
      for (int k = 0; k < count; k++) {
        double s = z[k];
        double e = Math.exp(-Math.abs(s));
        // Numerically stable binary cross-entropy from the logit; its gradient is p − y.
        loss += Math.max(s, 0) - s * yi[k] + Math.log1p(e);
        z[k] = (s >= 0 ? 1 / (1 + e) : e / (1 + e)) - yi[k];
      }
      return loss;
    };
    return new LogisticRegressions(LinearFit.fit(
        x, inputs.length, inputs, c, crossEntropy, MAX_ITERATIONS, cancelled));
  }

  /** Steps of the solver at most; the joint problem needs as many as its slowest model. */
  static final int MAX_ITERATIONS = 300;

  /** Model {@code k}'s probability that {@code row}'s target is 1. */
  public double probability(int k, double[] row) {
    double s = fit.score(k, row);
    return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
  }
}
