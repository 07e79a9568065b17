package mllab.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels}' two products with the JDK's Vector API: a block of four rows of {@code C} by two
 * vectors of columns is kept in registers (eight running sums) while {@code k} runs through the
 * whole inner dimension, so each element of {@code C} is loaded and stored once per product instead
 * of once per four terms, and each vector of {@code B} loaded serves four rows. The additions
 * happen in exactly {@link Kernels}' order (one {@code mul}, then one {@code add}, per term), so
 * the results are the same bits.
 *
 * <p>Loaded only when {@link Kernels#simd()} is true: without the {@code jdk.incubator.vector}
 * module this class is never touched and the plain-Java kernels run.
 */
final class VectorKernels {

  /** The machine's widest vector, but at most {@link Kernels#PAD} doubles. */
  private static final VectorSpecies<Double> S =
      DoubleVector.SPECIES_PREFERRED.length() <= Kernels.PAD
          ? DoubleVector.SPECIES_PREFERRED
          : DoubleVector.SPECIES_512;

  private static final int L = S.length();

  private VectorKernels() {}

  static void rowsTimes(
      double[][] a, double[][] b, double[] init, double[][] c, int m, int kk, int n) {
    double[] zero = init == null ? new double[n] : init;
    int r = 0;
    for (; r + 3 < m; r += 4) {
      double[] a0 = a[r];
      double[] a1 = a[r + 1];
      double[] a2 = a[r + 2];
      double[] a3 = a[r + 3];
      int j = 0;
      for (; j + 2 * L <= n; j += 2 * L) {
        DoubleVector i0 = DoubleVector.fromArray(S, zero, j);
        DoubleVector i1 = DoubleVector.fromArray(S, zero, j + L);
        DoubleVector c00 = i0;
        DoubleVector c01 = i1;
        DoubleVector c10 = i0;
        DoubleVector c11 = i1;
        DoubleVector c20 = i0;
        DoubleVector c21 = i1;
        DoubleVector c30 = i0;
        DoubleVector c31 = i1;
        for (int k = 0; k < kk; k++) {
          double[] bk = b[k];
          DoubleVector b0 = DoubleVector.fromArray(S, bk, j);
          DoubleVector b1 = DoubleVector.fromArray(S, bk, j + L);
          double x0 = a0[k];
          double x1 = a1[k];
          double x2 = a2[k];
          double x3 = a3[k];
          c00 = c00.add(b0.mul(x0));
          c01 = c01.add(b1.mul(x0));
          c10 = c10.add(b0.mul(x1));
          c11 = c11.add(b1.mul(x1));
          c20 = c20.add(b0.mul(x2));
          c21 = c21.add(b1.mul(x2));
          c30 = c30.add(b0.mul(x3));
          c31 = c31.add(b1.mul(x3));
        }
        c00.intoArray(c[r], j);
        c01.intoArray(c[r], j + L);
        c10.intoArray(c[r + 1], j);
        c11.intoArray(c[r + 1], j + L);
        c20.intoArray(c[r + 2], j);
        c21.intoArray(c[r + 2], j + L);
        c30.intoArray(c[r + 3], j);
        c31.intoArray(c[r + 3], j + L);
      }
      for (; j < n; j += L) {
        for (int q = 0; q < 4; q++) {
          oneRowOneVector(a[r + q], b, zero, c[r + q], kk, j);
        }
      }
    }
    for (; r < m; r++) {
      for (int j = 0; j < n; j += L) {
        oneRowOneVector(a[r], b, zero, c[r], kk, j);
      }
    }
  }

  private static void oneRowOneVector(
      double[] ar, double[][] b, double[] init, double[] cr, int kk, int j) {
    DoubleVector acc = DoubleVector.fromArray(S, init, j);
    for (int k = 0; k < kk; k++) {
      acc = acc.add(DoubleVector.fromArray(S, b[k], j).mul(ar[k]));
    }
    acc.intoArray(cr, j);
  }

  static void transposedRowsTimes(double[][] a, double[][] b, double[][] c, int m, int kk, int n) {
    DoubleVector zero = DoubleVector.zero(S);
    int i = 0;
    for (; i + 3 < m; i += 4) {
      int j = 0;
      for (; j + 2 * L <= n; j += 2 * L) {
        DoubleVector c00 = zero;
        DoubleVector c01 = zero;
        DoubleVector c10 = zero;
        DoubleVector c11 = zero;
        DoubleVector c20 = zero;
        DoubleVector c21 = zero;
        DoubleVector c30 = zero;
        DoubleVector c31 = zero;
        for (int r = 0; r < kk; r++) {
          double[] ar = a[r];
          double[] br = b[r];
          DoubleVector b0 = DoubleVector.fromArray(S, br, j);
          DoubleVector b1 = DoubleVector.fromArray(S, br, j + L);
          double x0 = ar[i];
          double x1 = ar[i + 1];
          double x2 = ar[i + 2];
          double x3 = ar[i + 3];
          c00 = c00.add(b0.mul(x0));
          c01 = c01.add(b1.mul(x0));
          c10 = c10.add(b0.mul(x1));
          c11 = c11.add(b1.mul(x1));
          c20 = c20.add(b0.mul(x2));
          c21 = c21.add(b1.mul(x2));
          c30 = c30.add(b0.mul(x3));
          c31 = c31.add(b1.mul(x3));
        }
        c00.intoArray(c[i], j);
        c01.intoArray(c[i], j + L);
        c10.intoArray(c[i + 1], j);
        c11.intoArray(c[i + 1], j + L);
        c20.intoArray(c[i + 2], j);
        c21.intoArray(c[i + 2], j + L);
        c30.intoArray(c[i + 3], j);
        c31.intoArray(c[i + 3], j + L);
      }
      for (; j < n; j += L) {
        for (int q = 0; q < 4; q++) {
          oneColumnOneVector(a, b, c[i + q], i + q, kk, j);
        }
      }
    }
    for (; i < m; i++) {
      for (int j = 0; j < n; j += L) {
        oneColumnOneVector(a, b, c[i], i, kk, j);
      }
    }
  }

  private static void oneColumnOneVector(
      double[][] a, double[][] b, double[] ci, int i, int kk, int j) {
    DoubleVector acc = DoubleVector.zero(S);
    for (int r = 0; r < kk; r++) {
      acc = acc.add(DoubleVector.fromArray(S, b[r], j).mul(a[r][i]));
    }
    acc.intoArray(ci, j);
  }

  /**
   * {@link Optimizer#ADAM}'s update on whole vectors, the same operations in the same order as its
   * loop (so the same bits), for the first {@code w.length} rounded down to whole vectors.
   *
   * @return where the caller's loop continues (rows are padded, so normally {@code w.length})
   */
  static int adam(double[] w, double[] g, double[] m, double[] v, double lr, double l2) {
    int n = w.length - w.length % L;
    for (int i = 0; i < n; i += L) {
      DoubleVector wi = DoubleVector.fromArray(S, w, i);
      DoubleVector gi = DoubleVector.fromArray(S, g, i).add(wi.mul(l2));
      DoubleVector mi =
          DoubleVector.fromArray(S, m, i).mul(Optimizer.BETA1).add(gi.mul(1 - Optimizer.BETA1));
      DoubleVector vi =
          DoubleVector.fromArray(S, v, i)
              .mul(Optimizer.BETA2)
              .add(gi.mul(1 - Optimizer.BETA2).mul(gi));
      mi.intoArray(m, i);
      vi.intoArray(v, i);
      wi.sub(mi.mul(lr).div(vi.sqrt().add(Optimizer.EPSILON))).intoArray(w, i);
    }
    return n;
  }
}
