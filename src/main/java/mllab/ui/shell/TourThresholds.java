package mllab.ui.shell;

import java.util.Locale;
import mllab.pipeline.ThresholdState;
import mllab.text.Text;
import mllab.ui.common.SessionModel;
import mllab.ui.tour.TourViewModel;

/** The student's thresholds, kept while the tour shows a higher one, then put back exactly. */
final class TourThresholds {

  private TourThresholds() {}

  static TourViewModel.Kept keep(SessionModel session) {
    ThresholdState before = session.session().thresholdState();
    String said =
        before.perLabel()
            ? Text.get("tour.kept.perLabel")
            : Text.get("tour.kept.global", String.format(Locale.ROOT, "%.2f", before.global()));
    return new TourViewModel.Kept(
        said,
        () -> {
          if (session.session().predictions().isPresent()) {
            session.setThresholds(before);
          }
        });
  }
}
