package mllab.model;

/**
 * The two inner loops every dense layer spends its time in, written once so that forward and
 * backward passes share the tuned versions.
 */
final class Kernels {

  private Kernels() {}

  /** {@code Σ a[aFrom + i] × b[bFrom + i]} for i in [0, n). */
  static double dot(double[] a, int aFrom, double[] b, int bFrom, int n) {
    // Four independent partial sums let the CPU overlap the additions instead of waiting for each
    // one to finish; a single accumulator would make the loop latency-bound.
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += a[aFrom + i] * b[bFrom + i];
      s1 += a[aFrom + i + 1] * b[bFrom + i + 1];
      s2 += a[aFrom + i + 2] * b[bFrom + i + 2];
      s3 += a[aFrom + i + 3] * b[bFrom + i + 3];
    }
    for (; i < n; i++) {
      s0 += a[aFrom + i] * b[bFrom + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** {@code y[yFrom + i] += alpha × x[xFrom + i]} for i in [0, n). */
  static void axpy(double alpha, double[] x, int xFrom, double[] y, int yFrom, int n) {
    for (int i = 0; i < n; i++) {
      y[yFrom + i] += alpha * x[xFrom + i];
    }
  }
}
