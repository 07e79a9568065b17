package mllab.ui.evaluation;

import java.util.List;
import java.util.Objects;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.text.Text;

/**
 * Which test rows the predictions table shows: all of them, the rows with a wrong decision on one
 * label, the rows that got no label at all, or the rows with one outcome on one label (a click on a
 * confusion-matrix cell).
 */
public record RowFilter(Kind kind, int label, Outcome outcome) {

  /** The kinds of filter the screen offers. */
  public enum Kind {
    ALL,
    ERROR_ON_LABEL,
    NO_PREDICTION,
    OUTCOME
  }

  public RowFilter {
    Objects.requireNonNull(kind, "kind");
  }

  public static RowFilter all() {
    return new RowFilter(Kind.ALL, -1, null);
  }

  public static RowFilter errorOn(int label) {
    return new RowFilter(Kind.ERROR_ON_LABEL, label, null);
  }

  public static RowFilter noPrediction() {
    return new RowFilter(Kind.NO_PREDICTION, -1, null);
  }

  public static RowFilter outcome(int label, Outcome outcome) {
    return new RowFilter(Kind.OUTCOME, label, Objects.requireNonNull(outcome, "outcome"));
  }

  /**
   * Whether test row {@code row} passes at the snapshot's thresholds: each test looks at one cell
   * or one count of the snapshot, so filtering costs the same whatever the number of labels.
   */
  public boolean accepts(int row, mllab.lesson.EvaluationSnapshot s) {
    return kind == Kind.NO_PREDICTION
        ? s.report().predictedInRow(row) == 0
        : accepts(row, s.predictions(), s.thresholds());
  }

  /**
   * Whether test row {@code row} passes at {@code thresholds}; "no predicted label" decides each of
   * the row's labels.
   */
  public boolean accepts(int row, Predictions p, Thresholds thresholds) {
    return switch (kind) {
      case ALL -> true;
      case ERROR_ON_LABEL -> cell(row, label, p, thresholds).isError();
      case OUTCOME -> cell(row, label, p, thresholds) == outcome;
      case NO_PREDICTION -> {
        for (int k = 0; k < p.labelCount(); k++) {
          if (thresholds.decide(k, p.probability(row, k)) == 1) {
            yield false;
          }
        }
        yield true;
      }
    };
  }

  /** Words for the filter, e.g. "FP of sunset". */
  public String describe(List<String> labelNames) {
    return switch (kind) {
      case ALL -> Text.get("evaluation.allRows");
      case ERROR_ON_LABEL -> Text.get("evaluation.filter.errorOn", labelNames.get(label));
      case NO_PREDICTION -> Text.get("evaluation.rowsWithNoPredicted");
      case OUTCOME ->
          Text.get("evaluation.filter.outcome", outcome.marker(), labelNames.get(label));
    };
  }

  static Outcome cell(int row, int label, Predictions p, Thresholds t) {
    return Outcome.of(t.decide(label, p.probability(row, label)), p.truth(row, label));
  }
}
