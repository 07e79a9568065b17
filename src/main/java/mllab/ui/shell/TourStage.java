package mllab.ui.shell;

import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;
import mllab.pipeline.Step;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.ScrollIntoView;
import mllab.ui.common.SessionModel;
import mllab.ui.tour.TourViewModel;
import mllab.ui.training.TrainingViewModel;

/**
 * What the guided tour does to the window: shows a step, trains, sets the threshold (keeping the
 * student's own to put back), and brings the part a stop speaks about into view.
 */
final class TourStage implements TourViewModel.Stage {

  private final MainViewModel model;
  private final SessionModel session;
  private final Supplier<TrainingViewModel> training;
  private final Supplier<Scene> scene;

  /**
   * @param training the Training screen's model, null until that screen is built
   * @param scene the window's scene, null until the window is shown
   */
  TourStage(
      MainViewModel model,
      SessionModel session,
      Supplier<TrainingViewModel> training,
      Supplier<Scene> scene) {
    this.model = model;
    this.session = session;
    this.training = training;
    this.scene = scene;
  }

  @Override
  public void show(Step step) {
    model.show(Screen.of(step));
  }

  @Override
  public void train() {
    TrainingViewModel t = training.get();
    if (t != null) {
      t.play();
    }
  }

  @Override
  public void setThreshold(double threshold) {
    if (session.session().predictions().isPresent()) {
      session.setThresholds(session.session().thresholdState().withGlobal(threshold));
    }
  }

  @Override
  public void reveal(String id) {
    // After the screen's first layout: zoomed in, the part is often below the fold.
    // A screen fills in its cards over the next pulses, which moves the part down, so
    // it is brought into view again twice shortly after.
    Runnable show =
        () -> {
          Scene s = scene.get();
          Node target = s == null ? null : s.lookup("#" + id);
          if (target != null) {
            // The screen may have been shown in this very pulse: measure it laid out.
            s.getRoot().applyCss();
            s.getRoot().layout();
            ScrollIntoView.reveal(target);
          }
        };
    FxBackgroundRunner.later(show);
    for (int ms : new int[] {200, 700}) {
      PauseTransition later = new PauseTransition(Duration.millis(ms));
      later.setOnFinished(e -> show.run());
      later.play();
    }
  }

  @Override
  public TourViewModel.Kept keepThresholds() {
    return session.session().predictions().isPresent() ? TourThresholds.keep(session) : null;
  }
}
