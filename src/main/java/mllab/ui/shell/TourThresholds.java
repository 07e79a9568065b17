package mllab.ui.shell;

import java.util.List;
import java.util.Locale;
import mllab.text.Text;
import mllab.ui.evaluation.EvaluationViewModel;
import mllab.ui.tour.TourViewModel;

/** The student's thresholds on step 5, kept while the tour shows a higher one, then put back. */
final class TourThresholds {

  private TourThresholds() {}

  static TourViewModel.Kept keep(EvaluationViewModel evaluation) {
    boolean perLabel = evaluation.perLabelProperty().get();
    double global = evaluation.thresholdProperty().get();
    List<Double> labels = List.copyOf(evaluation.labelThresholds());
    String said = perLabel
        ? Text.get("tour.kept.perLabel")
        : Text.get("tour.kept.global", String.format(Locale.ROOT, "%.2f", global));
    return new TourViewModel.Kept(said, () -> {
      if (perLabel) {
        evaluation.setThreshold(global);
        for (int label = 0; label < labels.size(); label++) {
          evaluation.setLabelThreshold(label, labels.get(label));
        }
      } else {
        evaluation.setPerLabel(false);
        evaluation.setThreshold(global);
      }
    });
  }
}
