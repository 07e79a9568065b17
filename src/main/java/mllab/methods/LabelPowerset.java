package mllab.methods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mllab.data.Dataset;

/**
 * Label powerset: every distinct label set seen in training becomes one class of a single
 * multi-class problem, here a {@link SoftmaxRegression}.
 *
 * <p>Where binary relevance asks L yes/no questions, the powerset asks one question whose answer is
 * a whole label set ("beach + sunset"), so it learns which labels go together directly. The price:
 * with L labels there can be up to 2^L classes, most with few rows, and the model can never predict
 * a combination that did not occur in training. {@link Fitted#unseenRows} counts the rows whose
 * true set is such a combination: for them an exact match is impossible.
 *
 * <p>A label's probability is the sum of the probabilities of the seen sets that contain it (the
 * marginal), so the threshold slider works as for every other method; at threshold 0.5 this can
 * differ from predicting the single most probable set.
 */
public final class LabelPowerset implements MultiLabelMethod {

  private final double c;

  /**
   * @param c the inverse regularisation strength of the softmax regression (&gt; 0)
   */
  public LabelPowerset(double c) {
    this.c = BinaryRelevance.requirePositiveC(c);
  }

  @Override
  public MethodKind kind() {
    return MethodKind.LP;
  }

  @Override
  public String settings() {
    return "C = " + BinaryRelevance.number(c);
  }

  /** A fitted powerset: the model and the label sets it can predict. */
  public static final class Fitted implements FittedMethod {
    private final SoftmaxRegression model;
    private final int[][] sets;
    private final Map<String, Integer> index;

    private Fitted(SoftmaxRegression model, int[][] sets, Map<String, Integer> index) {
      this.model = model;
      this.sets = sets;
      this.index = index;
    }

    @Override
    public double[][] probabilities(double[][] x) {
      int l = sets.length == 0 ? 0 : sets[0].length;
      double[][] p = new double[x.length][l];
      double[] classP = new double[sets.length];
      for (int i = 0; i < x.length; i++) {
        model.probabilities(x[i], classP);
        for (int s = 0; s < sets.length; s++) {
          for (int k = 0; k < l; k++) {
            if (sets[s][k] == 1) {
              p[i][k] += classP[s];
            }
          }
        }
        for (int k = 0; k < l; k++) {
          // Sums of probabilities can round a hair above 1.
          p[i][k] = Math.min(1.0, p[i][k]);
        }
      }
      return p;
    }

    /** The number of distinct label sets seen in training: the classes. */
    public int seenSets() {
      return sets.length;
    }

    /** How many of {@code labels}' rows carry a label set never seen in training. */
    public int unseenRows(int[][] labels) {
      int count = 0;
      for (int[] row : labels) {
        count += index.containsKey(key(row)) ? 0 : 1;
      }
      return count;
    }
  }

  @Override
  public Fitted fit(Dataset train, Dataset validation, Progress progress) {
    int[][] y = train.labelMatrix();
    Map<String, Integer> index = new HashMap<>();
    List<int[]> sets = new ArrayList<>();
    int[] classOf = new int[y.length];
    for (int i = 0; i < y.length; i++) {
      String key = key(y[i]);
      Integer c0 = index.get(key);
      if (c0 == null) {
        c0 = sets.size();
        index.put(key, c0);
        sets.add(y[i].clone());
      }
      classOf[i] = c0;
    }
    // The first-seen order is deterministic for the same rows; the classes' order does not change
    // the minimum of the convex objective.
    SoftmaxRegression model =
        SoftmaxRegression.fit(train.featureMatrix(), classOf, sets.size(), c, progress::cancelled);
    progress.done(1);
    return new Fitted(model, sets.toArray(int[][]::new), Map.copyOf(index));
  }

  private static String key(int[] labels) {
    return Arrays.toString(labels);
  }
}
