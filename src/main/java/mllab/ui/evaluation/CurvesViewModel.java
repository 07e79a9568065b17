package mllab.ui.evaluation;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import mllab.eval.Predictions;
import mllab.eval.ThresholdSweep;
import mllab.eval.Thresholds;
import mllab.lesson.EvaluationSnapshot;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.LatestWins;

/**
 * The sweep tab's state: the threshold sweep, the thresholds in force (the marker and the operating
 * points stand at them) and the label whose ROC and precision-recall curves are shown.
 */
final class CurvesViewModel {

  private final ReadOnlyObjectProperty<Predictions> predictions;
  private final ReadOnlyObjectProperty<ThresholdSweep> sweep;
  private final ReadOnlyObjectProperty<Thresholds> thresholds;
  private final ReadOnlyObjectProperty<EvaluationSnapshot> snapshot;
  private final ReadOnlyIntegerWrapper curveLabel = new ReadOnlyIntegerWrapper(0);
  private final ObjectProperty<Integer> chosen = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<SweepCharts.LabelCurves> curves =
      new ReadOnlyObjectWrapper<>();
  private final LatestWins latest;

  CurvesViewModel(
      ReadOnlyObjectProperty<Predictions> predictions,
      ReadOnlyObjectProperty<ThresholdSweep> sweep,
      ReadOnlyObjectProperty<Thresholds> thresholds,
      ReadOnlyObjectProperty<EvaluationSnapshot> snapshot,
      BackgroundRunner runner) {
    this.predictions = predictions;
    this.sweep = sweep;
    this.thresholds = thresholds;
    this.snapshot = snapshot;
    this.latest = new LatestWins(runner);
    sweep.addListener(o -> workOutCurves());
    curveLabel.addListener(o -> workOutCurves());
    predictions.addListener((o, a, p) -> chosen.set(p == null ? null : curveLabel.get()));
    curveLabel.addListener((o, a, b) -> chosen.set(b.intValue()));
    chosen.addListener(
        o -> {
          Integer k = chosen.get();
          if (k != null) {
            setCurveLabel(k);
          }
        });
  }

  /**
   * The chosen label's ROC and precision-recall points, thinned on a worker (they come from one
   * point per test row); the latest request wins.
   */
  private void workOutCurves() {
    ThresholdSweep s = sweep.get();
    int k = curveLabel.get();
    if (s == null || k >= s.labelCount()) {
      latest.drop();
      curves.set(null);
      return;
    }
    latest.run(() -> SweepCharts.LabelCurves.of(s, k), curves::set);
  }

  /** The chosen label's curves as drawn; null while there is no sweep. */
  ReadOnlyObjectProperty<SweepCharts.LabelCurves> curvesProperty() {
    return curves.getReadOnlyProperty();
  }

  /** New predictions: the curves start again at the first label. */
  void reset() {
    curveLabel.set(0);
  }

  /** Chooses the label whose ROC and precision-recall curves are shown. */
  void setCurveLabel(int label) {
    curveLabel.set(label);
  }

  ReadOnlyIntegerProperty curveLabelProperty() {
    return curveLabel.getReadOnlyProperty();
  }

  /** The label in the chooser, tied two-way to it (null while there are no predictions). */
  ObjectProperty<Integer> chosenProperty() {
    return chosen;
  }

  /** The labels come with the predictions. */
  ReadOnlyObjectProperty<Predictions> predictionsProperty() {
    return predictions;
  }

  ReadOnlyObjectProperty<ThresholdSweep> sweepProperty() {
    return sweep;
  }

  ReadOnlyObjectProperty<Thresholds> thresholdsProperty() {
    return thresholds;
  }

  ReadOnlyObjectProperty<EvaluationSnapshot> snapshotProperty() {
    return snapshot;
  }
}
