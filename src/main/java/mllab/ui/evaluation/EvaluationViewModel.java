package mllab.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import mllab.data.Dataset;
import mllab.data.DatasetStats;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.RankingReport;
import mllab.eval.ThresholdSweep;
import mllab.eval.Thresholds;
import mllab.lesson.EvaluationSnapshot;
import mllab.lesson.LessonText;
import mllab.lesson.PythonSnippet;
import mllab.lesson.ShapeCard;
import mllab.lesson.StepCards;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.pipeline.ThresholdState;
import mllab.ui.common.SessionModel;
import mllab.ui.trace.TraceViewModel;

/**
 * Step 5: the stored test-set probabilities, the threshold that turns them into labels, and every
 * metric at that threshold. Moving a threshold never retrains: it computes one {@link MetricReport}
 * from the stored {@link Predictions} and publishes it; the sweep and the ranking metrics, which do
 * not depend on the threshold, are computed once per set of predictions. Each card of the screen
 * has a view model of its own, made here on this shared state.
 */
public final class EvaluationViewModel {

  /**
   * Up to this many predicted cells (rows × labels) a threshold move is evaluated on the FX thread
   * (about 0.1 ms at this size); above it, in the background.
   */
  public static final long SAME_FRAME_CELLS = 20_000;

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
  private final ReadOnlyStringWrapper lesson = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<PythonSnippet> python = new ReadOnlyObjectWrapper<>();
  private final TraceViewModel trace;
  private final ThresholdViewModel thresholdCard;
  private final MetricsViewModel metricsCard;
  private final PerLabelViewModel perLabelCard;
  private final CardinalityViewModel cardinalityCard;
  private final PredictionsViewModel predictionsTab;
  private final CurvesViewModel curvesTab;
  private boolean computing;
  private Runnable goToTraining = () -> {};

  public EvaluationViewModel(SessionModel session) {
    this.session = session;
    this.trace = new TraceViewModel(session, thresholds.getReadOnlyProperty());
    this.thresholdCard =
        new ThresholdViewModel(
            session,
            predictionsProperty(),
            sweepProperty(),
            thresholdProperty(),
            perLabelProperty());
    this.metricsCard = new MetricsViewModel(snapshotProperty(), rankingProperty());
    this.perLabelCard =
        new PerLabelViewModel(
            predictionsProperty(), snapshotProperty(), session.thresholdsProperty(), thresholdCard);
    this.cardinalityCard = new CardinalityViewModel(snapshotProperty());
    this.predictionsTab =
        new PredictionsViewModel(
            predictionsProperty(), thresholdsProperty(), snapshotProperty(), trace);
    this.curvesTab =
        new CurvesViewModel(
            predictionsProperty(),
            sweepProperty(),
            thresholdsProperty(),
            snapshotProperty(),
            session.runner());
    session.onChange(this::refresh);
    session.thresholdsProperty().addListener((o, a, b) -> compute());
  }

  private void refresh() {
    PipelineSession s = session.session();
    Predictions p = s.predictions().orElse(null);
    card.set(StepCards.card(s, Step.EVALUATION));
    lesson.set(LessonText.forStep(s, Step.EVALUATION));
    if (p == predictions.get()) {
      return;
    }
    predictions.set(p);
    ready.set(p != null);
    sweep.set(null);
    ranking.set(null);
    if (p == null) {
      predictionsTab.newPredictions(null);
      snapshot.set(null);
      report.set(null);
      thresholds.set(null);
      python.set(StepCards.python(s, Step.EVALUATION));
      return;
    }
    Dataset train = s.scaledSplit().train();
    thresholdCard.setTrainCardinality(Double.NaN);
    curvesTab.reset();
    predictionsTab.newPredictions(p);
    compute();
    computeOnce(p, train);
  }

  /** The ranking metrics, the sweep and PCut's target: once per set of predictions. */
  private void computeOnce(Predictions p, Dataset train) {
    session
        .runner()
        .run(
            () -> RankingReport.of(p),
            r -> {
              if (predictions.get() == p) {
                ranking.set(r);
              }
            },
            e -> ranking.set(null));
    // PCut's target, the training rows' cardinality, comes with the sweep PCut reads: both are
    // there before its button is enabled.
    session
        .runner()
        .run(
            () -> Map.entry(ThresholdSweep.of(p), DatasetStats.labelCardinality(train)),
            r -> {
              if (predictions.get() == p) {
                thresholdCard.setTrainCardinality(r.getValue());
                sweep.set(r.getKey());
              }
            },
            e -> sweep.set(null));
  }

  /**
   * Brings the snapshot up to the pipeline's thresholds. Small predictions are evaluated at once (a
   * few microseconds: the screen answers within the same frame); larger ones in the background, the
   * latest thresholds winning, so the FX thread never does work that grows with the data.
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
      session
          .runner()
          .run(
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
    thresholdCard.follow(s);
    predictionsTab.follow(s);
    snapshot.set(s);
  }

  // ---- the cards' view models -------------------------------------------------------------------

  ThresholdViewModel thresholdCard() {
    return thresholdCard;
  }

  MetricsViewModel metricsCard() {
    return metricsCard;
  }

  PerLabelViewModel perLabelCard() {
    return perLabelCard;
  }

  CardinalityViewModel cardinalityCard() {
    return cardinalityCard;
  }

  PredictionsViewModel predictionsTab() {
    return predictionsTab;
  }

  CurvesViewModel curvesTab() {
    return curvesTab;
  }

  // ---- commands ---------------------------------------------------------------------------------

  /**
   * Sets the global threshold, snapped to the slider's 0.01 steps and clamped to 0–1. In per-label
   * mode the global slider decides nothing, so nothing changes.
   */
  public void setThreshold(double value) {
    thresholdCard.setThreshold(value);
  }

  /** Switches between one threshold for all labels and one per label (starting from the global). */
  public void setPerLabel(boolean on) {
    thresholdCard.setPerLabel(on);
  }

  /** Sets one label's own threshold (switching to per-label mode), snapped to 0.01. */
  public void setLabelThreshold(int label, double value) {
    thresholdCard.setLabelThreshold(label, value);
  }

  /** Each label gets the threshold that maximises its F1 on the test rows. */
  public void useF1Optimal() {
    thresholdCard.useF1Optimal();
  }

  /** One threshold for all labels whose predicted cardinality matches the training set's. */
  public void usePCut() {
    thresholdCard.usePCut();
  }

  /** Shows only the rows that pass {@code f} in the predictions table. */
  public void setFilter(RowFilter f) {
    predictionsTab.setFilter(f);
  }

  /** What "go to training" does; the main window wires it to its navigation. */
  public void setOnGoToTraining(Runnable action) {
    goToTraining = action == null ? () -> {} : action;
  }

  public void goToTraining() {
    goToTraining.run();
  }

  // ---- state ------------------------------------------------------------------------------------

  /** Label cardinality of the training rows (PCut's target). */
  public double trainCardinality() {
    return thresholdCard.trainCardinality();
  }

  public ReadOnlyObjectProperty<Predictions> predictionsProperty() {
    return predictions.getReadOnlyProperty();
  }

  /** False until the model has been trained: the screen then shows its empty state. */
  public ReadOnlyBooleanProperty readyProperty() {
    return ready.getReadOnlyProperty();
  }

  /**
   * The global threshold (0–1): the main slider's value, in force for every label in global mode.
   */
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

  /**
   * Rows predicted to carry both the a-th and the b-th label of the pair grid ({@link
   * EvaluationSnapshot#pairLabels}), at the current thresholds.
   */
  public ReadOnlyObjectProperty<int[][]> predictedPairsProperty() {
    return predictedPairs.getReadOnlyProperty();
  }

  /** Rows truly carrying both the a-th and the b-th label of the pair grid. */
  public ReadOnlyObjectProperty<int[][]> truePairsProperty() {
    return truePairs.getReadOnlyProperty();
  }

  /** The step's lesson text, about the data on screen. */
  public ReadOnlyStringProperty lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ShapeCard> cardProperty() {
    return card.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PythonSnippet> pythonProperty() {
    return python.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RowFilter> filterProperty() {
    return predictionsTab.filterProperty();
  }

  /**
   * Non-empty after thresholds were tuned on the test rows: says how, and why that is optimistic.
   */
  public ReadOnlyStringProperty tuningProperty() {
    return thresholdCard.tuningProperty();
  }

  /** True while the per-label thresholds are the ones tuned on the validation rows. */
  public ReadOnlyBooleanProperty tunedOnValidationProperty() {
    return thresholdCard.tunedOnValidationProperty();
  }

  /** The test rows (indices) that pass the filter, in test-set order. */
  public ObservableList<Integer> shownRows() {
    return predictionsTab.shownRows();
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
