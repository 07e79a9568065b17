package mllab.model;

/**
 * The inner loops every dense layer spends its time in, written once so that forward and backward
 * passes share the tuned versions. All take whole rows starting at index 0: that is the form the
 * JIT compiles to SIMD code.
 *
 * <p>There is deliberately no dot product: C2 does not vectorise a floating-point sum (that would
 * reorder the additions), so every product is written as sums of scaled rows instead. Variants
 * measured on Java 17 and AVX-512, n = 64: {@link #axpy4} 0.08 ns per multiply-add; eight rows per
 * pass, or two output rows sharing four input rows, are not vectorised by C2 and run at 0.2–0.27
 * ns; the same four rows with {@link Math#fma} chained run at 0.12 ns (and fall back to a very slow
 * software version on CPUs without FMA).
 */
final class Kernels {

  private Kernels() {}

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
