package mllab.methods;

import java.util.function.BooleanSupplier;

/**
 * L2-regularised logistic regression, one per target column: the classifiers binary relevance
 * trains (one per label) and a classifier chain trains (one per link).
 *
 * <p>Each model is {@code P(y = 1 | x) = σ(w·x + b)} with the logistic function {@code σ(z) = 1 /
 * (1 + e^−z)}: a weighted vote of the features squashed into a probability. Its weights minimise
 *
 * <pre>  Σᵢ −[yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)]  +  ‖w‖² / (2C)</pre>
 *
 * the binary cross-entropy summed over the training rows plus a penalty on large weights; the bias
 * is not penalised. This is exactly scikit-learn's {@code LogisticRegression(C=C)}: a smaller C
 * means a stronger penalty, smoother decisions and less over-fitting. It is a neural network with
 * no hidden layer and one sigmoid output, trained to convergence.
 *
 * <p>Model k reads only the first {@code inputs[k]} columns of a row (a chain's link j reads the
 * features and the j − 1 labels before it). The models share nothing, so each is fitted on its own
 * and stops as soon as it has converged (fitting them as one joint problem gave the same weights
 * but made every model take as many steps as the slowest: 5× the time on yeast).
 *
 * <p>Immutable once fitted.
 */
public final class LogisticRegressions {

  /** scikit-learn's default inverse regularisation strength. */
  public static final double DEFAULT_C = 1.0;

  /** One fit per model: each converges in its own number of steps. */
  private final LinearFit[] fits;

  private LogisticRegressions(LinearFit[] fits) {
    this.fits = fits;
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
    LinearFit[] fits = new LinearFit[inputs.length];
    // The same rows for every model: their non-zeros are found once, not once per label.
    LinearFit.Csr csr = LinearFit.Csr.ofSparse(x);
    for (int model = 0; model < inputs.length; model++) {
      int k = model;
      LinearFit.RowLoss crossEntropy =
          (i, z, count) -> {
            double s = z[0];
            int yi = y[i][k];
            double e = Math.exp(-Math.abs(s));
            // Numerically stable binary cross-entropy from the logit; its gradient is p − y.
            z[0] = (s >= 0 ? 1 / (1 + e) : e / (1 + e)) - yi;
            return Math.max(s, 0) - s * yi + Math.log1p(e);
          };
      fits[k] =
          LinearFit.fit(
              x, csr, 1, new int[] {inputs[k]}, c, crossEntropy, MAX_ITERATIONS, cancelled);
    }
    return new LogisticRegressions(fits);
  }

  /** Steps of the solver at most per model. */
  static final int MAX_ITERATIONS = 300;

  /** Model {@code k}'s probability that {@code row}'s target is 1. */
  public double probability(int k, double[] row) {
    double s = fits[k].score(0, row);
    return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
  }
}
