package mllab.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import mllab.data.Dataset;
import mllab.data.DatasetStats;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.RankingReport;
import mllab.eval.ThresholdSweep;
import mllab.eval.Thresholds;
import mllab.lesson.EvaluationSnapshot;
import mllab.pipeline.PipelineSession;
import mllab.lesson.PythonSnippet;
import mllab.lesson.ShapeCard;
import mllab.pipeline.Step;
import mllab.lesson.StepCards;
import mllab.pipeline.ThresholdState;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.SessionModel;
import mllab.ui.trace.TraceViewModel;

/**
 * Step 5: the stored test-set probabilities, the threshold that turns them into labels, and every
 * metric at that threshold. Moving a threshold never retrains: it computes one {@link
 * MetricReport} from the stored {@link Predictions} and publishes it; the sweep and the ranking
 * metrics, which do not depend on the threshold, are computed once per set of predictions.
 */
public final class EvaluationViewModel {

  /** Slider resolution: thresholds move in steps of 0.01. */
  static final double STEP = 0.01;

  /**
   * Up to this many predicted cells (rows × labels) a threshold move is evaluated on the FX thread
   * (about 0.1 ms at this size); above it, in the background.
   */
  static final long SAME_FRAME_CELLS = 20_000;

  private final SessionModel session;
  private final ReadOnlyObjectWrapper<Predictions> predictions = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper threshold = new ReadOnlyDoubleWrapper(0.5);
  private final ReadOnlyBooleanWrapper perLabel = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<Thresholds> thresholds = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<MetricReport> report = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<EvaluationSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RankingReport> ranking = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ThresholdSweep> sweep = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<int[][]> predictedPairs = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<int[][]> truePairs = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ShapeCard> card = new ReadOnlyObjectWrapper<>();
  private final javafx.beans.property.ReadOnlyStringWrapper lesson =
      new javafx.beans.property.ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<PythonSnippet> python = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RowFilter> filter =
      new ReadOnlyObjectWrapper<>(RowFilter.all());
  private final ReadOnlyIntegerWrapper curveLabel = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyStringWrapper tuning = new ReadOnlyStringWrapper("");
  private final javafx.beans.property.ReadOnlyBooleanWrapper tunedOnValidation =
      new javafx.beans.property.ReadOnlyBooleanWrapper();
  /** The last tuning done on the validation rows, and its note (the leak beside it). */
  private mllab.eval.TuningComparison validationTuning;
  private String validationNote = "";
  private final ObservableList<Integer> rows = FXCollections.observableArrayList();
  private final FilteredList<Integer> shownRows = new FilteredList<>(rows);
  private final ObservableList<Integer> shownRowsView =
      FXCollections.unmodifiableObservableList(shownRows);
  private final TraceViewModel trace;
  private double trainCardinality;
  private boolean computing;
  private Runnable goToTraining = () -> {};

  public EvaluationViewModel(SessionModel session) {
    this.session = session;
    this.trace = new TraceViewModel(session, thresholds.getReadOnlyProperty());
    session.onChange(this::refresh);
    session.thresholdsProperty().addListener((o, a, b) -> compute());
  }

  private void refresh() {
    PipelineSession s = session.session();
    Predictions p = s.predictions().orElse(null);
    card.set(StepCards.card(s, Step.EVALUATION));
    lesson.set(mllab.lesson.LessonText.forStep(s, Step.EVALUATION));
    if (p == predictions.get()) {
      return;
    }
    predictions.set(p);
    ready.set(p != null);
    sweep.set(null);
    ranking.set(null);
    if (p == null) {
      rows.clear();
      snapshot.set(null);
      report.set(null);
      thresholds.set(null);
      python.set(StepCards.python(s, Step.EVALUATION));
      return;
    }
    Dataset train = s.scaledSplit().train();
    trainCardinality = Double.NaN;
    curveLabel.set(0);
    filter.set(RowFilter.all());
    // The old filter's predicate still holds the old predictions: drop it with the filter, before
    // the new rows (there may be more of them than the old predictions have) arrive.
    shownRows.setPredicate(null);
    rows.setAll(IntStream.range(0, p.rows()).boxed().toList());
    compute();
    session.runner().run(
        () -> RankingReport.of(p),
        r -> {
          if (predictions.get() == p) {
            ranking.set(r);
          }
        },
        e -> ranking.set(null));
    // PCut's target, the training rows' cardinality, comes with the sweep PCut reads: both are
    // there before its button is enabled.
    session.runner().run(
        () -> Map.entry(ThresholdSweep.of(p), DatasetStats.labelCardinality(train)),
        r -> {
          if (predictions.get() == p) {
            trainCardinality = r.getValue();
            sweep.set(r.getKey());
          }
        },
        e -> sweep.set(null));
  }

  /**
   * Brings the snapshot up to the pipeline's thresholds. Small predictions are evaluated at once
   * (a few microseconds: the screen answers within the same frame); larger ones in the background,
   * the latest thresholds winning, so the FX thread never does work that grows with the data.
   */
  private void compute() {
    Predictions p = predictions.get();
    if (p == null) {
      return;
    }
    ThresholdState state = session.session().thresholdState();
    EvaluationSnapshot current = snapshot.get();
    if (current != null && current.predictions() == p && current.state().equals(state)) {
      return;
    }
    int[][] truth = current != null && current.predictions() == p ? current.truePairs() : null;
    if ((long) p.rows() * p.labelCount() <= SAME_FRAME_CELLS) {
      publish(EvaluationSnapshot.of(p, state, truth));
    } else if (!computing) {
      computing = true;
      session.runner().run(
          () -> EvaluationSnapshot.of(p, state, truth),
          s -> {
            computing = false;
            publish(s);
            compute();
          },
          e -> computing = false);
    }
  }

  /** Shows one snapshot, if it is still current; the snapshot property changes last. */
  private void publish(EvaluationSnapshot s) {
    if (s.predictions() != predictions.get()
        || !s.state().equals(session.session().thresholdState())) {
      return;
    }
    ThresholdState st = s.state();
    threshold.set(st.global());
    perLabel.set(st.perLabel());
    thresholds.set(s.thresholds());
    report.set(s.report());
    truePairs.set(s.truePairs());
    predictedPairs.set(s.predictedPairs());
    python.set(s.python());
    tuning.set(tuningNote(s));
    RowFilter f = filter.get();
    if (f.kind() != RowFilter.Kind.ALL) {
      Thresholds t = s.thresholds();
      Predictions p = s.predictions();
      shownRows.setPredicate(i -> f.accepts(i, p, t));
    }
    snapshot.set(s);
  }

  private String tuningNote(EvaluationSnapshot s) {
    boolean fromValidation = validationTuning != null
        && s.state().tuning() != ThresholdState.Tuning.NONE
        && java.util.Arrays.equals(s.state().values(), validationTuning.onValidation().toArray());
    tunedOnValidation.set(fromValidation);
    if (fromValidation) {
      return validationNote;
    }
    return switch (s.state().tuning()) {
      case NONE -> "";
      case F1_OPTIMAL -> Text.get("evaluation.f1OptimalThresholdsWere");
      case PCUT -> Text.get("evaluation.pcut.result",
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
  public void setThreshold(double value) {
    if (predictions.get() == null || state().perLabel()) {
      return;
    }
    session.setThresholds(state().withGlobal(snap(value)));
  }

  static double snap(double value) {
    return Math.max(0, Math.min(1, Math.round(value / STEP) / 100.0));
  }

  /** Switches between one threshold for all labels and one per label (starting from the global). */
  public void setPerLabel(boolean on) {
    if (predictions.get() == null) {
      return;
    }
    session.setThresholds(state().withPerLabel(on));
  }

  /** Sets one label's own threshold (switching to per-label mode), snapped to 0.01. */
  public void setLabelThreshold(int label, double value) {
    if (predictions.get() == null) {
      return;
    }
    double snapped = snap(value);
    if (state().perLabel() && state().of(label) == snapped) {
      return;
    }
    session.setThresholds(state().withLabel(label, snapped));
  }

  /** Each label gets the threshold that maximises its F1 on the test rows. */
  public void useF1Optimal() {
    ThresholdSweep s = sweep.get();
    if (s == null || tuneOnValidation(mllab.eval.Tuning.F1)) {
      return;
    }
    session.setThresholds(state().withF1Optimal(s.f1OptimalThresholds().toArray()));
  }

  /** One threshold for all labels whose predicted cardinality matches the training set's. */
  public void usePCut() {
    ThresholdSweep s = sweep.get();
    Predictions p = predictions.get();
    if (s == null || p == null || tuneOnValidation(mllab.eval.Tuning.PCUT)) {
      return;
    }
    double target = Math.min(p.labelCount(), trainCardinality);
    session.setThresholds(state().withPCut(s.pCut(target).threshold()));
  }

  /**
   * With a validation part, tunes the thresholds there (off the FX thread) and applies them to the
   * test rows; the note sets the same tuning done on the test rows beside it, and the gap between
   * the two is the leak. Returns false without validation rows (the caller tunes on the test rows).
   */
  private boolean tuneOnValidation(mllab.eval.Tuning kind) {
    PipelineSession s = session.session();
    Predictions p = predictions.get();
    if (p == null || !s.scaledSplit().hasValidation()) {
      return false;
    }
    double cardinality = trainCardinality;
    double t = threshold.get();
    session.runner().run(
        () -> mllab.eval.TuningComparison.of(
            kind, s.validationPredictions().orElseThrow(), p, cardinality, t),
        c -> {
          if (predictions.get() != p) {
            return;
          }
          validationTuning = c;
          validationNote = Text.get("evaluation.tunedOnValidation", kind.displayName(),
              Decimals.fixed(c.optimistic().microF1(), 3), Decimals.fixed(c.honest().microF1(), 3),
              Decimals.fixed(c.microF1Gap(), 3));
          session.setThresholds(kind == mllab.eval.Tuning.F1
              ? state().withF1Optimal(c.onValidation().toArray())
              : state().withPCut(c.onValidation().of(0)));
        },
        e -> tuning.set(String.valueOf(e.getMessage())));
    return true;
  }

  /** True while the per-label thresholds are the ones tuned on the validation rows. */
  public javafx.beans.property.ReadOnlyBooleanProperty tunedOnValidationProperty() {
    return tunedOnValidation.getReadOnlyProperty();
  }

  /** Shows only the rows that pass {@code f} in the predictions table. */
  public void setFilter(RowFilter f) {
    Predictions p = predictions.get();
    Thresholds t = thresholds.get();
    if (f.kind() == RowFilter.Kind.ALL || p == null) {
      shownRows.setPredicate(null);
    } else {
      shownRows.setPredicate(i -> f.accepts(i, p, t));
    }
    filter.set(f);
  }

  /** Chooses the label whose ROC and precision-recall curves are shown. */
  public void setCurveLabel(int label) {
    curveLabel.set(label);
  }

  /** Follows test row {@code row} in the prediction trace. */
  public void selectRow(int row) {
    trace.selectRow(row);
  }

  /** What "go to training" does; the main window wires it to its navigation. */
  public void setOnGoToTraining(Runnable action) {
    goToTraining = action == null ? () -> {} : action;
  }

  /** A Compare view model on this session that starts at the current threshold. */
  public mllab.ui.compare.CompareViewModel compareViewModel() {
    return new mllab.ui.compare.CompareViewModel(session, threshold.get());
  }

  public void goToTraining() {
    goToTraining.run();
  }

  // ---- derived values -------------------------------------------------------------------------

  /** The 0/1 decision of one cell at the current thresholds. */
  public int predicted(int row, int label) {
    return thresholds.get().decide(label, predictions.get().probability(row, label));
  }

  public Outcome outcome(int row, int label) {
    return RowFilter.cell(row, label, predictions.get(), thresholds.get());
  }

  /** Wrong label decisions in one row at the current thresholds. */
  public int hammingDistance(int row) {
    int wrong = 0;
    for (int k = 0; k < predictions.get().labelCount(); k++) {
      if (outcome(row, k).isError()) {
        wrong++;
      }
    }
    return wrong;
  }

  public List<String> labelNames() {
    Predictions p = predictions.get();
    return p == null ? List.of() : p.labelNames();
  }

  /** Label cardinality of the training rows (PCut's target). */
  public double trainCardinality() {
    return trainCardinality;
  }

  // ---- state ------------------------------------------------------------------------------------

  public ReadOnlyObjectProperty<Predictions> predictionsProperty() {
    return predictions.getReadOnlyProperty();
  }

  /** False until the model has been trained: the screen then shows its empty state. */
  public ReadOnlyBooleanProperty readyProperty() {
    return ready.getReadOnlyProperty();
  }

  /** The global threshold (0–1): the main slider's value, in force for every label in global mode. */
  public ReadOnlyDoubleProperty thresholdProperty() {
    return threshold.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty perLabelProperty() {
    return perLabel.getReadOnlyProperty();
  }

  /** The thresholds in force: the global one for every label, or each label's own. */
  public ReadOnlyObjectProperty<Thresholds> thresholdsProperty() {
    return thresholds.getReadOnlyProperty();
  }

  /**
   * The pipeline's decision rule as soon as it changes: the sliders follow it, while the numbers
   * follow {@link #snapshotProperty()}, which on large predictions arrives a moment later.
   */
  public ReadOnlyObjectProperty<ThresholdState> thresholdStateProperty() {
    return session.thresholdsProperty();
  }

  /**
   * Everything threshold-dependent, from one pass over one set of thresholds; the view shows only
   * values from this snapshot. Changes after every other property of this model.
   */
  public ReadOnlyObjectProperty<EvaluationSnapshot> snapshotProperty() {
    return snapshot.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<MetricReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  /** Ranking metrics; they read only the probabilities, never the threshold. */
  public ReadOnlyObjectProperty<RankingReport> rankingProperty() {
    return ranking.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ThresholdSweep> sweepProperty() {
    return sweep.getReadOnlyProperty();
  }

  /** Rows predicted to carry both labels a and b, at the current thresholds. */
  public ReadOnlyObjectProperty<int[][]> predictedPairsProperty() {
    return predictedPairs.getReadOnlyProperty();
  }

  /** Rows truly carrying both labels a and b. */
  public ReadOnlyObjectProperty<int[][]> truePairsProperty() {
    return truePairs.getReadOnlyProperty();
  }

  /** The step's lesson text, about the data on screen. */
  public javafx.beans.property.ReadOnlyStringProperty lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ShapeCard> cardProperty() {
    return card.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PythonSnippet> pythonProperty() {
    return python.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RowFilter> filterProperty() {
    return filter.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty curveLabelProperty() {
    return curveLabel.getReadOnlyProperty();
  }

  /** Non-empty after thresholds were tuned on the test rows: says how, and why that is optimistic. */
  public ReadOnlyStringProperty tuningProperty() {
    return tuning.getReadOnlyProperty();
  }

  /** The test rows (indices) that pass the filter, in test-set order. */
  public ObservableList<Integer> shownRows() {
    return shownRowsView;
  }

  public TraceViewModel traceViewModel() {
    return trace;
  }

  /** A copy of the per-label thresholds in force. */
  public List<Double> labelThresholds() {
    List<Double> out = new ArrayList<>();
    Thresholds t = thresholds.get();
    for (int k = 0; t != null && k < t.labelCount(); k++) {
      out.add(t.of(k));
    }
    return out;
  }
}
