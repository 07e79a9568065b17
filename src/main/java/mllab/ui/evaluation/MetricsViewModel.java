package mllab.ui.evaluation;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import mllab.eval.Metric;
import mllab.eval.RankingMetric;
import mllab.eval.RankingReport;
import mllab.lesson.EvaluationSnapshot;
import mllab.text.Decimals;
import mllab.text.Text;

/**
 * The metrics card's state: every metric at the thresholds in force, from one snapshot, and the
 * ranking metrics, which read only the probabilities; each value as the card writes it.
 */
final class MetricsViewModel {

  private final ReadOnlyObjectProperty<EvaluationSnapshot> snapshot;
  private final ReadOnlyObjectProperty<RankingReport> ranking;
  private final ReadOnlyStringWrapper title =
      new ReadOnlyStringWrapper(Text.get("evaluation.metricsAtThisThreshold"));
  private final ReadOnlyStringWrapper noPrediction = new ReadOnlyStringWrapper("");

  MetricsViewModel(
      ReadOnlyObjectProperty<EvaluationSnapshot> snapshot,
      ReadOnlyObjectProperty<RankingReport> ranking) {
    this.snapshot = snapshot;
    this.ranking = ranking;
    snapshot.addListener(
        (o, a, s) -> {
          if (s != null) {
            title.set(
                Text.get(
                    s.state().perLabel()
                        ? "evaluation.metricsAtLabelThresholds"
                        : "evaluation.metricsAtThisThreshold"));
            noPrediction.set(noPredictionHint(s));
          }
        });
  }

  /**
   * Empty while some label is predicted; else why every score is 0 and how to get predictions, with
   * the snapshot's highest probability (counted off the FX thread with the snapshot).
   */
  static String noPredictionHint(EvaluationSnapshot s) {
    if (!s.predictsNothing()) {
      return "";
    }
    String rows = Decimals.count(s.predictions().rows());
    String highest = Decimals.fixed(s.highestProbability(), 2);
    return s.state().perLabel()
        ? Text.get("evaluation.noPrediction.perLabel", rows, highest)
        : Text.get(
            "evaluation.noPrediction.global",
            Decimals.threshold(s.state().global()),
            rows,
            highest);
  }

  /** Metric {@code m} in the snapshot shown, as the card writes it; call only with a snapshot. */
  String value(Metric m) {
    return EvaluationView.format(m.valueIn(snapshot.get().report()));
  }

  /** Ranking metric {@code m}: "…" while it is computed, "n/a" where it is undefined. */
  String value(RankingMetric m) {
    RankingReport r = ranking.get();
    if (r == null) {
      return "…";
    }
    double v = m.valueIn(r);
    return Double.isNaN(v) ? Text.get("evaluation.notAvailable") : EvaluationView.format(v);
  }

  /** Why every score is 0 when the thresholds predict no label at all; empty otherwise. */
  ReadOnlyStringProperty noPredictionProperty() {
    return noPrediction.getReadOnlyProperty();
  }

  /** The card's title: at this threshold, or at each label's own. */
  ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** Every threshold-dependent number comes from this one snapshot. */
  ReadOnlyObjectProperty<EvaluationSnapshot> snapshotProperty() {
    return snapshot;
  }

  ReadOnlyObjectProperty<RankingReport> rankingProperty() {
    return ranking;
  }
}
