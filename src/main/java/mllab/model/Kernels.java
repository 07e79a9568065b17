package mllab.model;

/**
 * The inner loops every dense layer spends its time in, written once so that forward and backward
 * passes share the tuned versions. All take whole rows starting at index 0: that is the form the
 * JIT compiles to SIMD code.
 */
final class Kernels {

  private Kernels() {}

  /** {@code Σ x[i] × y[i]} for i in [0, n). */
  static double dot(double[] x, double[] y, int n) {
    // Four independent partial sums let the CPU overlap the additions instead of waiting for each
    // one to finish; a single accumulator would make the loop latency-bound.
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += x[i] * y[i];
      s1 += x[i + 1] * y[i + 1];
      s2 += x[i + 2] * y[i + 2];
      s3 += x[i + 3] * y[i + 3];
    }
    for (; i < n; i++) {
      s0 += x[i] * y[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** {@code y[i] += alpha × x[i]} for i in [0, n). */
  static void axpy(double alpha, double[] x, double[] y, int n) {
    for (int i = 0; i < n; i++) {
      y[i] += alpha * x[i];
    }
  }

  /**
   * {@code y[i] += a0 x0[i] + a1 x1[i] + a2 x2[i] + a3 x3[i]}: four rows in one pass, so {@code y}
   * is loaded and stored once instead of four times.
   */
  static void axpy4(
      double a0, double[] x0, double a1, double[] x1, double a2, double[] x2, double a3,
      double[] x3, double[] y, int n) {
    for (int i = 0; i < n; i++) {
      y[i] += a0 * x0[i] + a1 * x1[i] + a2 * x2[i] + a3 * x3[i];
    }
  }
}
