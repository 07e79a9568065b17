package mllab.data;

/**
 * A deliberately small learner used to check that generated labels can be predicted from the
 * features: one logistic regression per label, trained by full-batch gradient descent on min-max
 * scaled features (scaler fitted on the training rows only), scored by accuracy on held-out rows.
 */
final class LogisticProbe {

  private LogisticProbe() {}

  /**
   * Trains on the first {@code trainRows} rows and returns, per label, the accuracy on the rest at
   * threshold 0.5.
   */
  static double[] heldOutAccuracy(Dataset data, int trainRows, int steps, double learningRate) {
    int n = data.rows();
    int d = data.featureCount();
    int l = data.labelCount();
    double[] min = new double[d];
    double[] max = new double[d];
    java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < trainRows; i++) {
      for (int j = 0; j < d; j++) {
        min[j] = Math.min(min[j], data.feature(i, j));
        max[j] = Math.max(max[j], data.feature(i, j));
      }
    }
    double[][] x = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double range = max[j] - min[j];
        x[i][j] = range == 0 ? 0 : (data.feature(i, j) - min[j]) / range;
      }
    }
    double[] accuracy = new double[l];
    for (int k = 0; k < l; k++) {
      double[] w = new double[d];
      double b = 0;
      for (int step = 0; step < steps; step++) {
        double[] gw = new double[d];
        double gb = 0;
        for (int i = 0; i < trainRows; i++) {
          double err = predict(w, b, x[i]) - data.label(i, k);
          for (int j = 0; j < d; j++) {
            gw[j] += err * x[i][j];
          }
          gb += err;
        }
        for (int j = 0; j < d; j++) {
          w[j] -= learningRate * gw[j] / trainRows;
        }
        b -= learningRate * gb / trainRows;
      }
      int right = 0;
      for (int i = trainRows; i < n; i++) {
        int predicted = predict(w, b, x[i]) >= 0.5 ? 1 : 0;
        if (predicted == data.label(i, k)) {
          right++;
        }
      }
      accuracy[k] = right / (double) (n - trainRows);
    }
    return accuracy;
  }

  private static double predict(double[] w, double b, double[] x) {
    double z = b;
    for (int j = 0; j < w.length; j++) {
      z += w[j] * x[j];
    }
    return 1 / (1 + Math.exp(-z));
  }
}
