package mllab.methods;

import mllab.data.Dataset;
import mllab.text.Text;

/**
 * k nearest neighbours: a row's labels are voted on by the k training rows closest to it.
 *
 * <p>No model is fitted: "training" keeps the rows. To predict, the method finds the k training
 * rows at the smallest Euclidean distance (in the scaled feature space, which is why scaling
 * matters so much here) and gives each label the share of those neighbours that carry it: 7 of 10
 * neighbours tagged "beach" means probability 0.7. It is the non-parametric baseline: no assumption
 * about the shape of the decision boundary, all the cost at prediction time. Ties in distance go to
 * the earlier training row, so the result is deterministic. scikit-learn: {@code
 * KNeighborsClassifier(n_neighbors=k)}, whose {@code predict_proba} is the same vote share.
 * (ML-kNN, Zhang and Zhou 2007, refines the vote with Bayes' rule.)
 */
public final class KNearestNeighbours implements MultiLabelMethod {

  /** The default number of neighbours. */
  public static final int DEFAULT_K = 10;

  private final int k;

  /**
   * @param k the number of neighbours who vote (at least 1)
   */
  public KNearestNeighbours(int k) {
    if (k < 1) {
      throw new IllegalArgumentException(Text.get("engine.method.badK", String.valueOf(k)));
    }
    this.k = k;
  }

  @Override
  public MethodKind kind() {
    return MethodKind.KNN;
  }

  @Override
  public String settings() {
    return "k = " + k;
  }

  @Override
  public FittedMethod fit(Dataset train, Dataset validation, Progress progress) {
    double[][] x = train.featureMatrix();
    int[][] y = train.labelMatrix();
    int l = train.labelCount();
    int votes = Math.min(k, x.length);
    progress.done(1);
    return rows -> {
      double[][] p = new double[rows.length][l];
      int[] best = new int[votes];
      double[] bestDist = new double[votes];
      for (int i = 0; i < rows.length; i++) {
        double[] q = rows[i];
        int found = 0;
        for (int t = 0; t < x.length; t++) {
          double dist = squaredDistance(q, x[t]);
          if (found == votes && dist >= bestDist[votes - 1]) {
            continue;
          }
          // Insertion into the sorted list of the closest so far; equal distances stay behind
          // the earlier row.
          int at = found == votes ? votes - 1 : found++;
          while (at > 0 && bestDist[at - 1] > dist) {
            bestDist[at] = bestDist[at - 1];
            best[at] = best[at - 1];
            at--;
          }
          bestDist[at] = dist;
          best[at] = t;
        }
        for (int v = 0; v < votes; v++) {
          int[] labels = y[best[v]];
          for (int j = 0; j < l; j++) {
            p[i][j] += labels[j];
          }
        }
        for (int j = 0; j < l; j++) {
          p[i][j] /= votes;
        }
      }
      return p;
    };
  }

  private static double squaredDistance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      double d = a[j] - b[j];
      s += d * d;
    }
    return s;
  }
}
