package mllab.ui.evaluation;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import mllab.eval.Predictions;
import mllab.eval.ThresholdSweep;
import mllab.eval.Tuning;
import mllab.eval.TuningComparison;
import mllab.lesson.EvaluationSnapshot;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.ThresholdState;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.LatestWins;
import mllab.ui.common.SessionModel;
import mllab.ui.compare.CompareViewModel;

/**
 * The threshold card's state and commands: the global threshold and the per-label switch, each tied
 * two-way to its control, F1-optimal and PCut tuning with the note that comes with it, and each
 * label's own threshold. The thresholds stay pipeline state: a command puts a new {@link
 * ThresholdState} in force through the session, and the controls follow the snapshot it yields.
 */
final class ThresholdViewModel {

  /** Slider resolution: thresholds move in steps of 0.01. */
  static final double STEP = 0.01;

  private final SessionModel session;
  private final ReadOnlyObjectProperty<Predictions> predictions;
  private final ReadOnlyObjectProperty<ThresholdSweep> sweep;
  private final ReadOnlyDoubleProperty threshold;
  private final ReadOnlyBooleanProperty perLabel;
  private final DoubleProperty slider = new SimpleDoubleProperty(0.5);
  private final BooleanProperty perLabelChosen = new SimpleBooleanProperty();
  private final ReadOnlyStringWrapper thresholdText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper tuning = new ReadOnlyStringWrapper("");

  /** The tunings asked for: only the latest one's result may go in force. */
  private final LatestWins tunings;

  private final ReadOnlyBooleanWrapper tunedOnValidation = new ReadOnlyBooleanWrapper();

  /** The last tuning done on the validation rows, and its note (the leak beside it). */
  private TuningComparison validationTuning;

  private String validationNote = "";
  private double trainCardinality;

  /**
   * @param threshold the global threshold of the snapshot shown
   * @param perLabel whether the snapshot shown has one threshold per label
   */
  ThresholdViewModel(
      SessionModel session,
      ReadOnlyObjectProperty<Predictions> predictions,
      ReadOnlyObjectProperty<ThresholdSweep> sweep,
      ReadOnlyDoubleProperty threshold,
      ReadOnlyBooleanProperty perLabel) {
    this.session = session;
    this.tunings = new LatestWins(session.runner());
    this.predictions = predictions;
    this.sweep = sweep;
    this.threshold = threshold;
    this.perLabel = perLabel;
    // The controls also move when a snapshot arrives: a value already in force is no command.
    slider.addListener(
        o -> {
          double v = slider.get();
          if (v != state().global()) {
            setThreshold(v);
          }
        });
    perLabelChosen.addListener(
        o -> {
          boolean on = perLabelChosen.get();
          if (on != state().perLabel()) {
            setPerLabel(on);
          }
        });
  }

  /** The controls and notes follow a new snapshot: the one the screen shows from now on. */
  void follow(EvaluationSnapshot s) {
    tuning.set(tuningNote(s));
    ThresholdState st = s.state();
    slider.set(st.global());
    perLabelChosen.set(st.perLabel());
    thresholdText.set(st.perLabel() ? "—" : Decimals.threshold(st.global()));
  }

  private String tuningNote(EvaluationSnapshot s) {
    boolean fromValidation =
        validationTuning != null
            && s.state().tuning() != ThresholdState.Tuning.NONE
            && Arrays.equals(s.state().values(), validationTuning.onValidation().toArray());
    tunedOnValidation.set(fromValidation);
    if (fromValidation) {
      return validationNote;
    }
    return switch (s.state().tuning()) {
      case NONE -> "";
      case F1_OPTIMAL -> Text.get("evaluation.f1OptimalThresholdsWere");
      case PCUT ->
          Text.get(
              "evaluation.pcut.result",
              Decimals.fixed(s.state().global(), 3),
              Decimals.fixed(s.report().predictedCardinality(), 2),
              Decimals.fixed(trainCardinality, 2));
    };
  }

  // ---- commands ---------------------------------------------------------------------------------

  private ThresholdState state() {
    return session.session().thresholdState();
  }

  /**
   * Sets the global threshold, snapped to the slider's 0.01 steps and clamped to 0–1. In per-label
   * mode the global slider decides nothing, so nothing changes.
   */
  void setThreshold(double value) {
    if (predictions.get() == null || state().perLabel()) {
      return;
    }
    session.setThresholds(state().withGlobal(snap(value)));
  }

  static double snap(double value) {
    return Math.max(0, Math.min(1, Math.round(value / STEP) / 100.0));
  }

  /** Switches between one threshold for all labels and one per label (starting from the global). */
  void setPerLabel(boolean on) {
    if (predictions.get() == null) {
      return;
    }
    session.setThresholds(state().withPerLabel(on));
  }

  /** Sets one label's own threshold (switching to per-label mode), snapped to 0.01. */
  void setLabelThreshold(int label, double value) {
    if (predictions.get() == null) {
      return;
    }
    double snapped = snap(value);
    if (state().perLabel() && state().of(label) == snapped) {
      return;
    }
    session.setThresholds(state().withLabel(label, snapped));
  }

  /**
   * A label's own slider moved to {@code value}: that label's threshold, unless it is the one in
   * force already (the slider then only followed the pipeline's rule).
   */
  void moveLabelThreshold(int label, double value) {
    ThresholdState st = session.thresholdsProperty().get();
    if (st != null && label < st.labelCount() && st.of(label) == value) {
      return;
    }
    setLabelThreshold(label, value);
  }

  /**
   * Each label gets the threshold that maximises its F1 on the test rows, found off the FX thread
   * (it reads every probability).
   */
  void useF1Optimal() {
    ThresholdSweep s = sweep.get();
    if (s == null || tuneOnValidation(Tuning.F1)) {
      return;
    }
    tuneOnTestRows(
        s, () -> s.f1OptimalThresholds().toArray(), values -> state().withF1Optimal(values));
  }

  /**
   * One threshold for all labels whose predicted cardinality matches the training set's, found off
   * the FX thread (it sorts every probability: 0.6 s at 10,000 rows × 1,000 labels).
   */
  void usePCut() {
    ThresholdSweep s = sweep.get();
    Predictions p = predictions.get();
    if (s == null || p == null || tuneOnValidation(Tuning.PCUT)) {
      return;
    }
    double target = Math.min(p.labelCount(), trainCardinality);
    tuneOnTestRows(s, () -> s.pCut(target).threshold(), t -> state().withPCut(t));
  }

  /**
   * Works out a tuning of the test rows' sweep {@code s} on a worker, then puts the rule it gives
   * in force, unless new predictions, another rule (a slider moved) or another tuning request came
   * meanwhile: the student's last action wins.
   */
  private <T> void tuneOnTestRows(
      ThresholdSweep s,
      java.util.concurrent.Callable<T> tune,
      java.util.function.Function<T, ThresholdState> rule) {
    ThresholdState asked = state();
    tunings.run(
        tune,
        result -> {
          if (sweep.get() == s && state().equals(asked)) {
            session.setThresholds(rule.apply(result));
          }
        },
        e -> tuning.set(String.valueOf(e.getMessage())));
  }

  /**
   * With a validation part, tunes the thresholds there (off the FX thread) and applies them to the
   * test rows; the note sets the same tuning done on the test rows beside it, and the gap between
   * the two is the leak. Returns false without validation rows (the caller tunes on the test rows).
   */
  private boolean tuneOnValidation(Tuning kind) {
    PipelineSession s = session.session();
    Predictions p = predictions.get();
    if (p == null || !s.scaledSplit().hasValidation()) {
      return false;
    }
    double cardinality = trainCardinality;
    double t = threshold.get();
    session
        .runner()
        .run(
            () ->
                TuningComparison.of(
                    kind, s.validationPredictions().orElseThrow(), p, cardinality, t),
            c -> {
              if (predictions.get() != p) {
                return;
              }
              validationTuning = c;
              validationNote =
                  Text.get(
                      "evaluation.tunedOnValidation",
                      kind.displayName(),
                      Decimals.fixed(c.optimistic().microF1(), 3),
                      Decimals.fixed(c.honest().microF1(), 3),
                      Decimals.fixed(c.microF1Gap(), 3));
              session.setThresholds(
                  kind == Tuning.F1
                      ? state().withF1Optimal(c.onValidation().toArray())
                      : state().withPCut(c.onValidation().of(0)));
            },
            e -> tuning.set(String.valueOf(e.getMessage())));
    return true;
  }

  /** A Compare view model on this session that starts at the current threshold. */
  CompareViewModel compareViewModel() {
    return new CompareViewModel(session, threshold.get());
  }

  /** PCut's target, the training rows' label cardinality (NaN until the sweep is computed). */
  void setTrainCardinality(double cardinality) {
    trainCardinality = cardinality;
  }

  double trainCardinality() {
    return trainCardinality;
  }

  // ---- state ------------------------------------------------------------------------------------

  /** The main slider's value, tied two-way to the slider; a move puts a new threshold in force. */
  DoubleProperty sliderProperty() {
    return slider;
  }

  /** The per-label switch, tied two-way to its toggle; a change puts the new mode in force. */
  BooleanProperty perLabelChosenProperty() {
    return perLabelChosen;
  }

  /** The global threshold as the card shows it ("0.50"), or "—" in per-label mode. */
  ReadOnlyStringProperty thresholdTextProperty() {
    return thresholdText.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty perLabelProperty() {
    return perLabel;
  }

  ReadOnlyObjectProperty<ThresholdSweep> sweepProperty() {
    return sweep;
  }

  /**
   * Non-empty after thresholds were tuned on the test rows: says how, and why that is optimistic.
   */
  ReadOnlyStringProperty tuningProperty() {
    return tuning.getReadOnlyProperty();
  }

  /** True while the per-label thresholds are the ones tuned on the validation rows. */
  ReadOnlyBooleanProperty tunedOnValidationProperty() {
    return tunedOnValidation.getReadOnlyProperty();
  }
}
