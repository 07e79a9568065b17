package mllab.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
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
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.RankingReport;
import mllab.eval.ThresholdSweep;
import mllab.eval.Thresholds;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.PythonSnippet;
import mllab.pipeline.ShapeCard;
import mllab.pipeline.Step;
import mllab.pipeline.StepCards;
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

  private final SessionModel session;
  private final ReadOnlyObjectWrapper<Predictions> predictions = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper threshold = new ReadOnlyDoubleWrapper(0.5);
  private final ReadOnlyBooleanWrapper perLabel = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<Thresholds> thresholds = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<MetricReport> report = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RankingReport> ranking = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ThresholdSweep> sweep = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<int[][]> predictedPairs = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<int[][]> truePairs = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ShapeCard> card = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<PythonSnippet> python = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RowFilter> filter =
      new ReadOnlyObjectWrapper<>(RowFilter.all());
  private final ReadOnlyIntegerWrapper curveLabel = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyStringWrapper tuning = new ReadOnlyStringWrapper("");
  private final ObservableList<Integer> rows = FXCollections.observableArrayList();
  private final FilteredList<Integer> shownRows = new FilteredList<>(rows);
  private final ObservableList<Integer> shownRowsView =
      FXCollections.unmodifiableObservableList(shownRows);
  private final TraceViewModel trace;
  private double[] labelValues = new double[0];
  private double trainCardinality;
  private Runnable goToTraining = () -> {};

  public EvaluationViewModel(SessionModel session) {
    this.session = session;
    this.trace = new TraceViewModel(session, threshold.getReadOnlyProperty());
    session.onChange(this::refresh);
  }

  private void refresh() {
    PipelineSession s = session.session();
    Predictions p = s.predictions().orElse(null);
    card.set(StepCards.card(s, Step.EVALUATION));
    if (p == predictions.get()) {
      return;
    }
    predictions.set(p);
    ready.set(p != null);
    sweep.set(null);
    ranking.set(null);
    if (p == null) {
      rows.clear();
      report.set(null);
      thresholds.set(null);
      python.set(StepCards.python(s, Step.EVALUATION));
      return;
    }
    Dataset train = s.scaledSplit().train();
    trainCardinality = cardinality(train);
    labelValues = new double[p.labelCount()];
    java.util.Arrays.fill(labelValues, threshold.get());
    perLabel.set(false);
    tuning.set("");
    curveLabel.set(0);
    truePairs.set(pairs(p, null));
    filter.set(RowFilter.all());
    // The old filter's predicate still holds the old predictions: drop it with the filter, before
    // the new rows (there may be more of them than the old predictions have) arrive.
    shownRows.setPredicate(null);
    rows.setAll(IntStream.range(0, p.rows()).boxed().toList());
    recompute();
    session.runner().run(
        () -> RankingReport.of(p),
        r -> {
          if (predictions.get() == p) {
            ranking.set(r);
          }
        },
        e -> ranking.set(null));
    session.runner().run(
        () -> ThresholdSweep.of(p),
        r -> {
          if (predictions.get() == p) {
            sweep.set(r);
          }
        },
        e -> sweep.set(null));
  }

  private static double cardinality(Dataset d) {
    long sum = 0;
    for (int i = 0; i < d.rows(); i++) {
      for (int y : d.labelRow(i)) {
        sum += y;
      }
    }
    return d.rows() == 0 ? 0 : sum / (double) d.rows();
  }

  /** One metric pass for the current thresholds, then everything that follows from it. */
  private void recompute() {
    Predictions p = predictions.get();
    if (p == null) {
      return;
    }
    Thresholds t =
        perLabel.get()
            ? Thresholds.perLabel(labelValues)
            : Thresholds.global(threshold.get(), p.labelCount());
    thresholds.set(t);
    report.set(MetricReport.of(p, t));
    predictedPairs.set(pairs(p, t));
    RowFilter f = filter.get();
    if (f.kind() != RowFilter.Kind.ALL) {
      shownRows.setPredicate(i -> f.accepts(i, p, t));
    }
    python.set(StepCards.evaluation(session.session(), t));
  }

  /** Rows carrying both labels a and b (a = b: the label itself), by prediction or by truth. */
  private static int[][] pairs(Predictions p, Thresholds t) {
    int l = p.labelCount();
    int[][] counts = new int[l][l];
    int[] on = new int[l];
    for (int i = 0; i < p.rows(); i++) {
      int m = 0;
      for (int k = 0; k < l; k++) {
        int v = t == null ? p.truth(i, k) : t.decide(k, p.probability(i, k));
        if (v == 1) {
          on[m++] = k;
        }
      }
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          counts[on[a]][on[b]]++;
        }
      }
    }
    return counts;
  }

  // ---- commands ---------------------------------------------------------------------------------

  /** Sets the global threshold, snapped to the slider's 0.01 steps and clamped to 0–1. */
  public void setThreshold(double value) {
    double snapped = snap(value);
    if (snapped == threshold.get()) {
      return;
    }
    threshold.set(snapped);
    if (!perLabel.get()) {
      tuning.set("");
    }
    recompute();
  }

  static double snap(double value) {
    return Math.max(0, Math.min(1, Math.round(value / STEP) / 100.0));
  }

  /** Switches between one threshold for all labels and one per label (starting from the global). */
  public void setPerLabel(boolean on) {
    if (on == perLabel.get()) {
      return;
    }
    if (on) {
      java.util.Arrays.fill(labelValues, threshold.get());
    }
    perLabel.set(on);
    tuning.set("");
    recompute();
  }

  /** Sets one label's own threshold (switching to per-label mode), snapped to 0.01. */
  public void setLabelThreshold(int label, double value) {
    if (predictions.get() == null) {
      return;
    }
    if (!perLabel.get()) {
      setPerLabel(true);
    }
    double snapped = snap(value);
    if (labelValues[label] == snapped) {
      return;
    }
    labelValues[label] = snapped;
    tuning.set("");
    recompute();
  }

  /** Each label gets the threshold that maximises its F1 on the test rows. */
  public void useF1Optimal() {
    ThresholdSweep s = sweep.get();
    if (s == null) {
      return;
    }
    labelValues = s.f1OptimalThresholds().toArray();
    perLabel.set(true);
    tuning.set(
        Text.get("evaluation.f1OptimalThresholdsWere"));
    recompute();
  }

  /** One threshold for all labels whose predicted cardinality matches the training set's. */
  public void usePCut() {
    ThresholdSweep s = sweep.get();
    Predictions p = predictions.get();
    if (s == null || p == null) {
      return;
    }
    double target = Math.min(p.labelCount(), trainCardinality);
    ThresholdSweep.PCut cut = s.pCut(target);
    java.util.Arrays.fill(labelValues, cut.threshold());
    perLabel.set(true);
    tuning.set(
        Text.get("evaluation.pcut.result",
            String.format(java.util.Locale.ROOT, "%.3f", cut.threshold()),
            String.format(java.util.Locale.ROOT, "%.2f", cut.predictedCardinality()),
            String.format(java.util.Locale.ROOT, "%.2f", trainCardinality)));
    recompute();
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

  /** The global threshold (0–1, steps of 0.01). */
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
