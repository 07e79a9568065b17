package mllab.methods;

import mllab.data.Dataset;

/**
 * A way to learn all labels of a multi-label problem at once: given training rows, it gives a
 * {@link FittedMethod} that says, for any row, a probability for every label.
 *
 * <p>Every method sees the same scaled features and the same split, and answers in the same form
 * (one probability per label), so the threshold slider and every metric apply to all of them alike.
 * Implementations are immutable and deterministic: the same settings and rows give the same
 * probabilities.
 */
public interface MultiLabelMethod {

  MethodKind kind();

  /** The name in tables: the kind's, unless a variant needs telling apart. */
  default String name() {
    return kind().displayName();
  }

  /** The settings in a few words for tables ("C = 1", "k = 10", "order 2, 1, 3"). */
  String settings();

  /**
   * Fits on {@code train}. {@code validation}, when not null, holds rows kept out of training that
   * a method may use to decide when to stop (only the network does).
   *
   * @throws java.util.concurrent.CancellationException when {@code progress} asks to stop
   */
  FittedMethod fit(Dataset train, Dataset validation, Progress progress);
}
