package mllab.model;

import java.util.Arrays;

/**
 * The two matrix products a dense layer spends its time in, on matrices stored as arrays of rows:
 *
 * <ul>
 *   <li>{@link #rowsTimes}: {@code C = init + A B}, row by row ({@code C[r] = init + Σₖ A[r][k]
 *       B[k]}): the forward pass ({@code A} the batch's inputs, {@code B} the weights) and the way
 *       back through a layer ({@code A} the batch's δ, {@code B} the weights per unit);
 *   <li>{@link #transposedRowsTimes}: {@code C = Aᵀ B} ({@code C[i] = Σᵣ A[r][i] B[r]}): the weight
 *       gradient, input {@code i}'s row summed over the batch.
 * </ul>
 *
 * <p>Two implementations compute bit for bit the same numbers: this one in plain Java, and {@link
 * VectorKernels} with the JDK's Vector API, used when the {@code jdk.incubator.vector} module is
 * present ({@link #simd()}). Every element of {@code C} is one running sum in the same order,
 * {@code c ← c + a × b} for k = 0, 1, 2 … with the product rounded before the addition (never a
 * fused multiply-add), whichever of the two computes it, so the choice changes the speed and
 * nothing else. A test trains the same network both ways and compares every weight's bits.
 *
 * <p>Here the inner loop runs over a whole row of {@code C} ({@code y[j] += a × x[j]}), the shape
 * HotSpot's C2 compiles to SIMD instructions on its own, four terms per pass so that {@code y} is
 * loaded and stored once for four products. C2 does not keep a row of sums in registers across
 * {@code k}; {@link VectorKernels} does, which is what makes it about 1.6–2.5× faster.
 */
final class Kernels {

  private static volatile boolean simd = mllab.capability.VectorApi.present();

  /** Rows are padded to a multiple of this many doubles (512 bits) so vectors need no tail. */
  static final int PAD = 8;

  private Kernels() {}

  /** Whether the Vector API kernels are in use. */
  static boolean simd() {
    return simd;
  }

  /** Chooses the implementation (tests compare both); returns the previous choice. */
  static boolean useSimd(boolean on) {
    boolean before = simd;
    simd = on && mllab.capability.VectorApi.present();
    return before;
  }

  /** {@code n} rounded up to a multiple of {@link #PAD}. */
  static int padded(int n) {
    return (n + PAD - 1) / PAD * PAD;
  }

  /**
   * {@code C[r][0..n) = init[0..n) + Σ_{k<K} A[r][k] × B[k][0..n)} for r in [0, m); {@code init}
   * null means 0. {@code n} is a multiple of {@link #PAD}, every row at least that long.
   */
  static void rowsTimes(
      double[][] a, double[][] b, double[] init, double[][] c, int m, int kk, int n) {
    if (simd) {
      VectorKernels.rowsTimes(a, b, init, c, m, kk, n);
      return;
    }
    for (int r = 0; r < m; r++) {
      if (init == null) {
        Arrays.fill(c[r], 0, n, 0.0);
      } else {
        System.arraycopy(init, 0, c[r], 0, n);
      }
    }
    // Four rows of B at a time, and for those four every row of A: the four stay in the L1 cache
    // while the whole batch reads them (row by row instead, each row of C would stream all of B).
    int k = 0;
    for (; k + 3 < kk; k += 4) {
      double[] b0 = b[k];
      double[] b1 = b[k + 1];
      double[] b2 = b[k + 2];
      double[] b3 = b[k + 3];
      for (int r = 0; r < m; r++) {
        double[] ar = a[r];
        axpy4(ar[k], b0, ar[k + 1], b1, ar[k + 2], b2, ar[k + 3], b3, c[r], n);
      }
    }
    for (; k < kk; k++) {
      for (int r = 0; r < m; r++) {
        axpy(a[r][k], b[k], c[r], n);
      }
    }
  }

  /**
   * {@code C[i][0..n) = Σ_{r<K} A[r][i] × B[r][0..n)} for i in [0, m). {@code n} is a multiple of
   * {@link #PAD}.
   */
  static void transposedRowsTimes(double[][] a, double[][] b, double[][] c, int m, int kk, int n) {
    if (simd) {
      VectorKernels.transposedRowsTimes(a, b, c, m, kk, n);
      return;
    }
    // Row by row of C, so each stays in the L1 cache while the batch is added into it.
    for (int i = 0; i < m; i++) {
      double[] ci = c[i];
      Arrays.fill(ci, 0, n, 0.0);
      int r = 0;
      for (; r + 3 < kk; r += 4) {
        axpy4(
            a[r][i],
            b[r],
            a[r + 1][i],
            b[r + 1],
            a[r + 2][i],
            b[r + 2],
            a[r + 3][i],
            b[r + 3],
            ci,
            n);
      }
      for (; r < kk; r++) {
        axpy(a[r][i], b[r], ci, n);
      }
    }
  }

  /** {@code y[i] += alpha × x[i]} for i in [0, n). */
  static void axpy(double alpha, double[] x, double[] y, int n) {
    for (int i = 0; i < n; i++) {
      y[i] += alpha * x[i];
    }
  }

  /**
   * Four {@link #axpy}s in one pass, added in the same order as four separate ones (Java adds left
   * to right), so that {@code y} is loaded and stored once instead of four times.
   */
  private static void axpy4(
      double a0,
      double[] x0,
      double a1,
      double[] x1,
      double a2,
      double[] x2,
      double a3,
      double[] x3,
      double[] y,
      int n) {
    for (int i = 0; i < n; i++) {
      y[i] = y[i] + a0 * x0[i] + a1 * x1[i] + a2 * x2[i] + a3 * x3[i];
    }
  }
}
