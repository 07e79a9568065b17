package mllab.methods;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import mllab.eval.Predictions;

/**
 * One compared method's outcome: its probabilities for the test rows (and the validation rows, when
 * there are any), how long it took to fit, and for a label powerset how many test rows carry a
 * label set it cannot predict.
 *
 * @param kind which method
 * @param name its name in tables ({@link MultiLabelMethod#name()})
 * @param settings its settings in a few words
 * @param test probabilities for the test rows, with their true labels
 * @param validation probabilities for the validation rows, if the split has them
 * @param fitNanos wall-clock time of the fit (not of the predictions)
 * @param unseenTestSets test rows whose label set never occurred in training (powerset only)
 */
public record MethodResult(
    MethodKind kind,
    String name,
    String settings,
    Predictions test,
    Optional<Predictions> validation,
    long fitNanos,
    OptionalInt unseenTestSets) {

  public MethodResult {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(unseenTestSets, "unseenTestSets");
  }

  /** The fit time in seconds. */
  public double fitSeconds() {
    return fitNanos / 1e9;
  }
}
