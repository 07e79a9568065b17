package mllab.cli;

import java.util.Optional;
import mllab.data.Dataset;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.eval.Tuning;
import mllab.eval.TuningComparison;

/**
 * Thresholds tuned for a run: on the validation rows when the split has them (and then, for
 * comparison only, the same tuning on the test rows), else on the test rows, which the output says
 * is optimistic.
 *
 * @param tuning how the thresholds were chosen
 * @param onValidationRows whether they were chosen on validation rows (else on the test rows)
 * @param thresholds the thresholds the test rows are decided at
 * @param comparison with validation rows: the honest and the test-tuned result side by side
 */
record TuningOutcome(
    Tuning tuning,
    boolean onValidationRows,
    Thresholds thresholds,
    Optional<TuningComparison> comparison) {

  /** {@code "validation"} or {@code "test"}, as metrics.json records it. */
  String tunedOn() {
    return onValidationRows ? "validation" : "test";
  }

  /** Empty for {@link Tuning#NONE}: the global threshold is used as given. */
  static Optional<TuningOutcome> of(
      Tuning tuning,
      Optional<Predictions> validation,
      Predictions test,
      Dataset train,
      double threshold) {
    if (tuning == Tuning.NONE) {
      return Optional.empty();
    }
    double cardinality = cardinality(train);
    if (validation.isPresent()) {
      TuningComparison c =
          TuningComparison.of(tuning, validation.get(), test, cardinality, threshold);
      return Optional.of(new TuningOutcome(tuning, true, c.onValidation(), Optional.of(c)));
    }
    return Optional.of(
        new TuningOutcome(
            tuning,
            false,
            TuningComparison.tune(tuning, test, cardinality, threshold),
            Optional.empty()));
  }

  /** Mean number of labels per row of {@code data}. */
  static double cardinality(Dataset data) {
    long sum = 0;
    for (int i = 0; i < data.rows(); i++) {
      for (int k = 0; k < data.labelCount(); k++) {
        sum += data.label(i, k);
      }
    }
    return data.rows() == 0 ? 0 : sum / (double) data.rows();
  }
}
