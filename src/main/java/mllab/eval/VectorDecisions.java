package mllab.eval;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Decisions#decideRow} with the Vector API: a whole vector of cells is compared with its
 * thresholds at once, the mask's set lanes are the row's predicted labels (counted with one
 * population count) and are added to the label counts in one masked addition. The cells left over
 * when a row is not a multiple of the vector length are done one by one.
 *
 * <p>Loaded only when {@link Decisions#vectorsFor} is true: without the {@code
 * jdk.incubator.vector} module this class is never touched.
 */
final class VectorDecisions {

  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

  private VectorDecisions() {}

  static int decideRow(double[] p, int base, double[] t, double[] counts, int l) {
    int row = 0;
    int k = 0;
    for (int bound = S.loopBound(l); k < bound; k += S.length()) {
      VectorMask<Double> predicted =
          DoubleVector.fromArray(S, p, base + k)
              .compare(VectorOperators.GE, DoubleVector.fromArray(S, t, k));
      row += predicted.trueCount();
      DoubleVector.fromArray(S, counts, k).add(1.0, predicted).intoArray(counts, k);
    }
    for (; k < l; k++) {
      int decision = p[base + k] >= t[k] ? 1 : 0;
      counts[k] += decision;
      row += decision;
    }
    return row;
  }
}
