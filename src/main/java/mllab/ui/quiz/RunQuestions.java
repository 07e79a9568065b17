package mllab.ui.quiz;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.pipeline.ThresholdState;
import mllab.quiz.GeneratedQuestions;
import mllab.quiz.Question;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.SessionModel;

/**
 * The Learn screen's "from your run" questions, kept in step with the session's predictions and the
 * threshold in force. They read every test row, so they are made on a worker thread, one job at a
 * time, the newest inputs winning.
 */
final class RunQuestions {

  /** The threshold the "from your run" questions use while each label has its own. */
  static final double RUN_THRESHOLD = 0.5;

  private final SessionModel sessionModel;
  private final ReadOnlyBooleanWrapper runAvailable = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper runNote = new ReadOnlyStringWrapper();
  private List<Question> runQuestions = List.of();

  /** The inputs of the newest "from your run" questions asked for; null without predictions. */
  private RunInputs runInputs;

  private boolean makingRunQuestions;

  /** Follows {@code sessionModel}'s changes and thresholds from now on. */
  RunQuestions(SessionModel sessionModel) {
    this.sessionModel = sessionModel;
    sessionModel.onChange(this::refreshRun);
    sessionModel.thresholdsProperty().addListener((o, a, b) -> refreshRun());
  }

  /** The newest questions made; empty without predictions. */
  List<Question> questions() {
    return runQuestions;
  }

  /** True when the session has predictions to ask about. */
  ReadOnlyBooleanProperty availableProperty() {
    return runAvailable.getReadOnlyProperty();
  }

  /** What "from your run" offers, or how to unlock it. */
  ReadOnlyStringProperty noteProperty() {
    return runNote.getReadOnlyProperty();
  }

  /**
   * Makes the "from your run" questions for the predictions and the threshold in force; a threshold
   * move that leaves the questions' threshold as it was (per-label mode) asks for nothing.
   */
  private void refreshRun() {
    Optional<Predictions> predictions = sessionModel.session().predictions();
    if (predictions.isEmpty()) {
      runInputs = null;
      runQuestions = List.of();
      runAvailable.set(false);
      runNote.set(Text.get("learn.run.locked"));
      return;
    }
    // The questions use the threshold in force on the Evaluation step; with per-label thresholds
    // they keep one threshold for all labels (0.5), and the note says so.
    ThresholdState state = sessionModel.session().thresholdState();
    RunInputs in =
        new RunInputs(
            predictions.get(), state.perLabel(), state.perLabel() ? RUN_THRESHOLD : state.global());
    if (in.equals(runInputs)) {
      return;
    }
    runInputs = in;
    if (!makingRunQuestions) {
      makeRunQuestions(in);
    }
  }

  private void makeRunQuestions(RunInputs in) {
    makingRunQuestions = true;
    sessionModel
        .runner()
        .run(
            () -> in.questions(),
            questions -> {
              makingRunQuestions = false;
              if (in.equals(runInputs)) {
                showRunQuestions(in, questions);
              } else if (runInputs != null) {
                makeRunQuestions(runInputs);
              }
            },
            error -> makingRunQuestions = false);
  }

  private void showRunQuestions(RunInputs in, List<Question> questions) {
    runQuestions = questions;
    runAvailable.set(!runQuestions.isEmpty());
    runNote.set(
        Text.get(
            in.perLabel() ? "learn.run.notePerLabel" : "learn.run.note",
            String.valueOf(runQuestions.size()),
            String.valueOf(in.predictions().rows()),
            Decimals.threshold(in.threshold())));
  }

  /** What the "from your run" questions are made from (predictions compared by identity). */
  private record RunInputs(Predictions predictions, boolean perLabel, double threshold) {
    @Override
    public boolean equals(Object o) {
      return o instanceof RunInputs r
          && r.predictions == predictions
          && r.perLabel == perLabel
          && r.threshold == threshold;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(predictions) * 31 + Double.hashCode(threshold);
    }

    List<Question> questions() {
      MetricReport report =
          MetricReport.of(predictions, Thresholds.global(threshold, predictions.labelCount()));
      double[] f1 = new double[predictions.labelCount()];
      for (int k = 0; k < f1.length; k++) {
        f1[k] = report.f1(k);
      }
      return new GeneratedQuestions(
              predictions.probabilities(),
              predictions.truth(),
              predictions.labelNames(),
              threshold,
              f1)
          .all();
    }
  }
}
