package mllab.ui.evaluation;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import mllab.eval.Predictions;
import mllab.lesson.EvaluationSnapshot;
import mllab.pipeline.ThresholdState;

/**
 * The per-label card's state: each label's confusion matrix and scores (from the snapshot shown)
 * and, in per-label mode, its own threshold, which its tile's slider sets.
 */
final class PerLabelViewModel {

  private final ReadOnlyObjectProperty<Predictions> predictions;
  private final ReadOnlyObjectProperty<EvaluationSnapshot> snapshot;
  private final ReadOnlyObjectProperty<ThresholdState> thresholdState;
  private final ThresholdViewModel thresholds;

  /**
   * @param thresholdState the pipeline's decision rule as soon as it changes
   * @param thresholds the commands that set a label's own threshold
   */
  PerLabelViewModel(
      ReadOnlyObjectProperty<Predictions> predictions,
      ReadOnlyObjectProperty<EvaluationSnapshot> snapshot,
      ReadOnlyObjectProperty<ThresholdState> thresholdState,
      ThresholdViewModel thresholds) {
    this.predictions = predictions;
    this.snapshot = snapshot;
    this.thresholdState = thresholdState;
    this.thresholds = thresholds;
  }

  /**
   * Label {@code label}'s own slider moved to {@code value}: its threshold, unless that is the one
   * in force already (the slider then only followed the pipeline).
   */
  void moveLabelThreshold(int label, double value) {
    thresholds.moveLabelThreshold(label, value);
  }

  /** The labels come with the predictions: new labels, new tiles. */
  ReadOnlyObjectProperty<Predictions> predictionsProperty() {
    return predictions;
  }

  /** The matrices and scores come from this snapshot. */
  ReadOnlyObjectProperty<EvaluationSnapshot> snapshotProperty() {
    return snapshot;
  }

  /**
   * The pipeline's decision rule as soon as it changes: the sliders follow it, while the numbers
   * follow {@link #snapshotProperty()}, which on large predictions arrives a moment later.
   */
  ReadOnlyObjectProperty<ThresholdState> thresholdStateProperty() {
    return thresholdState;
  }

  /** Per-label mode: every tile shows its own slider. */
  ReadOnlyBooleanProperty perLabelProperty() {
    return thresholds.perLabelProperty();
  }
}
