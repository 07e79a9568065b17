package mllab.methods;

import java.util.Locale;
import mllab.text.Text;

/**
 * The multi-label methods the app compares, in the order the surveys introduce them (Tsoumakas and
 * Katakis 2007; Zhang and Zhou 2014).
 *
 * <p>Three <em>transform the problem</em> into ones a single-label learner solves: binary relevance
 * (one yes/no question per label), the classifier chain (the same questions asked in an order, each
 * seeing the answers before it) and the label powerset (one question with a label set as the
 * answer). k nearest neighbours <em>adapts</em> a classic algorithm instead, and the network adapts
 * logistic regression by sharing a hidden layer between the labels.
 */
public enum MethodKind {
  /** The app's multi-layer perceptron: binary relevance with a shared hidden layer. */
  MLP,
  /** Binary relevance: one L2-regularised logistic regression per label. */
  BR,
  /** Classifier chain: logistic regressions in a label order, each fed the earlier labels. */
  CC,
  /** Label powerset: one softmax regression over the label sets seen in training. */
  LP,
  /** k nearest neighbours: a label's probability is its share among the k closest rows. */
  KNN;

  /**
   * The name on the command line ({@code mlp}, {@code br}, {@code cc}, {@code lp}, {@code knn}).
   */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A short name for tables ("Binary relevance"). */
  public String displayName() {
    return Text.get("engine.method." + name() + ".name");
  }

  /** One sentence saying how the method predicts. */
  public String definition() {
    return Text.get("engine.method." + name() + ".definition");
  }

  /**
   * The kind with command-line name {@code name}, in any case.
   *
   * @throws IllegalArgumentException naming the value and the choices
   */
  public static MethodKind fromCliName(String name) {
    for (MethodKind k : values()) {
      if (k.cliName().equalsIgnoreCase(name.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException(Text.get("engine.method.unknown", name));
  }
}
