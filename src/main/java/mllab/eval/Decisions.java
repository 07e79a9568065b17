package mllab.eval;

import mllab.capability.VectorApi;

/**
 * The threshold slider's inner loop: one row's probabilities against the thresholds. Each cell
 * becomes a 0/1 decision; the row's predicted labels are counted and each predicted label's column
 * count goes up by one.
 *
 * <p>Two implementations count exactly the same (the counts are whole numbers, and a decision is
 * the same {@code p >= t} comparison, false for NaN, either way): this one in plain Java, and
 * {@link VectorDecisions} with the JDK's Vector API when the {@code jdk.incubator.vector} module is
 * present ({@link VectorApi}), as for the training kernels. Plain Java cannot compile a comparison
 * that feeds a count into SIMD instructions; the Vector API compares and counts eight cells per
 * instruction, which is what keeps a 100,000 × 100 re-evaluation inside one frame.
 */
final class Decisions {

  /**
   * The Vector API pays off only for large predictions. Its code runs slowly until the JIT has
   * compiled it (measured in a fresh JVM: 55 ms for the first 917 × 14 report against 7 ms plain,
   * 3–5 ms for the next ones against 0.5 ms), and below about a million cells the warm speeds are
   * equal; at 100,000 × 100 it keeps a slider move inside a frame (12.5 against 16.3 ms).
   */
  static final long VECTOR_MIN_CELLS = 1_000_000;

  private static volatile long minCells = VECTOR_MIN_CELLS;

  private Decisions() {}

  /**
   * Sets the size from which the Vector API is used; returns the previous one. Tests compare both
   * loops: 0 takes the vector loop for any size, {@link Long#MAX_VALUE} the plain one.
   */
  static long useSimdFrom(long cells) {
    long before = minCells;
    minCells = cells;
    return before;
  }

  /** Whether predictions of {@code rows} × {@code labels} are decided with the Vector API. */
  static boolean vectorsFor(int rows, int labels) {
    return VectorApi.present() && (long) rows * labels >= minCells;
  }

  /**
   * Decides cells {@code p[base .. base + l)} against {@code t[0 .. l)}: adds 1 to {@code
   * counts[k]} for every label {@code k} predicted and returns how many labels the row predicts.
   * {@code vectors} is {@link #vectorsFor} of the whole predictions, decided once per report.
   */
  static int decideRow(double[] p, int base, double[] t, double[] counts, int l, boolean vectors) {
    if (vectors) {
      return VectorDecisions.decideRow(p, base, t, counts, l);
    }
    int row = 0;
    // Branch-free on purpose: decisions near a threshold are coin flips for the branch
    // predictor, and a misprediction per cell would cost more than the arithmetic.
    for (int k = 0; k < l; k++) {
      int decision = p[base + k] >= t[k] ? 1 : 0;
      counts[k] += decision;
      row += decision;
    }
    return row;
  }
}
