package mllab.tools;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import mllab.ui.common.NodeIds;
import mllab.ui.shell.MainWindow;

/** The interactive parts of the screenshot tour: pressing Play, moving the threshold. */
final class StepTour {

  private StepTour() {}

  private static Node find(Stage stage, String id) {
    return stage.getScene().lookup(id);
  }

  /** Plays the lesson at 2 epochs per second: one shot mid-training, one when it is done. */
  static void training(MainWindow window, Stage stage, Path out) throws Exception {
    ScreenshotTour.onFx(
        () -> {
          ((Slider) find(stage, "#" + NodeIds.TRAIN_SPEED)).setValue(1);
          ((Button) find(stage, "#train-play")).fire();
        });
    ScreenshotTour.waitFor(
        () -> ((Label) find(stage, "#" + NodeIds.TRAIN_EPOCH_TEXT)).getText().contains("3 of"), 60);
    Screenshots.save(stage, out.resolve("step4-training-mid.png"));
    ScreenshotTour.waitFor(() -> !window.session().session().isTraining(), 120);
    ScreenshotTour.settle();
    Screenshots.save(stage, out.resolve("step4-training-after.png"));
    System.out.println("wrote training screenshots");
  }

  /** Scrolls {@code screen} so that {@code node} is at the top of the view. */
  static void scrollTo(javafx.scene.control.ScrollPane screen, Node node) {
    double y = screen.getContent().sceneToLocal(node.localToScene(0, 0)).getY() - 8;
    double range =
        screen.getContent().getBoundsInLocal().getHeight() - screen.getViewportBounds().getHeight();
    screen.setVvalue(Math.max(0, Math.min(1, y / range)));
  }

  /** Presentation mode on the training step, scrolled to the learning curves: thick lines. */
  static void presentationCurves(Stage stage, Path out) throws Exception {
    if (find(stage, "#screen-training") instanceof javafx.scene.control.ScrollPane sp) {
      ScreenshotTour.onFx(() -> scrollTo(sp, find(stage, "#" + NodeIds.CURVES_CARD)));
      ScreenshotTour.settle();
      Screenshots.save(stage, out.resolve("presentation-mode-training.png"));
      ScreenshotTour.onFx(() -> sp.setVvalue(0));
    }
  }

  /** Moves the threshold to 0.7 so the shot shows a non-default operating point. */
  static void evaluation(MainWindow window, Stage stage, Path out) throws Exception {
    Node slider = find(stage, "#" + NodeIds.THRESHOLD_SLIDER);
    if (slider instanceof Slider s) {
      ScreenshotTour.onFx(() -> s.setValue(0.7));
      ScreenshotTour.settle();
      Screenshots.save(stage, out.resolve("step5-evaluation-threshold-0.7.png"));
      ScreenshotTour.onFx(() -> s.setValue(0.5));
    }
    // Scroll down to the tabs: the predictions table, then the trace.
    Node scroll = find(stage, "#screen-evaluation");
    Node tabs = stage.getScene().lookup(".tab-pane");
    if (scroll instanceof javafx.scene.control.ScrollPane sp
        && tabs instanceof javafx.scene.control.TabPane tp) {
      Runnable showTabs = () -> scrollTo(sp, tp);
      ScreenshotTour.onFx(showTabs);
      ScreenshotTour.settle();
      Screenshots.save(stage, out.resolve("step5-predictions-table.png"));
      ScreenshotTour.onFx(() -> tp.getSelectionModel().select(tp.getTabs().size() - 1));
      ScreenshotTour.settle();
      ScreenshotTour.onFx(showTabs);
      ScreenshotTour.settle();
      Screenshots.save(stage, out.resolve("step5-trace.png"));
      ScreenshotTour.onFx(
          () -> {
            tp.getSelectionModel().select(0);
            sp.setVvalue(0);
          });
    }
  }
}
