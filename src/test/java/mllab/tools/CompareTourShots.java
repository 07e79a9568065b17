package mllab.tools;

import static mllab.tools.ScreenshotTour.onFx;
import static mllab.tools.ScreenshotTour.settle;
import static mllab.tools.ScreenshotTour.waitFor;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import mllab.lesson.Lesson;
import mllab.text.Text;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.shell.MainWindow;
import mllab.ui.shell.Screen;
import mllab.ui.tour.TourViewModel;

/**
 * Screenshots of the guided tour's stops and of the Compare window, in a real window, on the lesson
 * or on a file given as the first argument: {@code CompareTourShots [data.arff] out-prefix}. The
 * tour trains the model at its training stop; Compare then runs every method on the same split and
 * is shot before and after its threshold moves to 0.3.
 */
public final class CompareTourShots {

  private CompareTourShots() {}

  public static void main(String[] args) throws Exception {
    Path data = args.length > 1 ? Path.of(args[0]) : null;
    String prefix = args[args.length - 1];
    Stage[] stage = new Stage[1];
    MainWindow[] window = new MainWindow[1];
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(
        () -> {
          stage[0] = new Stage();
          window[0] = new MainWindow(Lesson.session(), new FxBackgroundRunner());
          window[0].show(stage[0]);
          started.countDown();
        });
    started.await(60, TimeUnit.SECONDS);
    // -Dshots.zoom=2 -Dshots.height=720: a projector's window, as an instructor shows it
    double zoom = Double.parseDouble(System.getProperty("shots.zoom", "1"));
    int height = Integer.getInteger("shots.height", 800);
    onFx(
        () -> {
          stage[0].setHeight(height);
          window[0].appearance().zoomProperty().set(zoom);
        });
    settle();
    if (data != null) {
      ImportSteps.openAndWaitReady(window[0], data);
      ImportSteps.useAndWait(window[0]);
      settle();
    }
    tour(window[0], stage[0], prefix);
    sweep(window[0], stage[0], prefix);
    compare(window[0], stage[0], prefix);
    Platform.exit();
    System.exit(0);
  }

  private static void tour(MainWindow window, Stage stage, String prefix) throws Exception {
    TourViewModel tour = window.tour();
    onFx(tour::start);
    for (int stop = 1; tour.activeProperty().get() && stop <= 12; stop++) {
      settle();
      Screenshots.save(stage, Path.of(prefix + "-tour-" + stop + ".png"));
      System.out.println("tour " + stop + ": " + tour.textProperty().get());
      onFx(tour::next);
      // The training stop trains first, and the evaluation stop may wait for its worker.
      waitFor(
          () ->
              !window.session().session().isTraining()
                  && !tour.textProperty().get().equals(Text.get("tour.evaluation.working")),
          1200);
      if (tour.textProperty().get().equals(Text.get("tour.training.running"))) {
        onFx(tour::next);
      }
    }
  }

  /** Step 5's sweep tab with the last label's ROC and precision-recall curves (thinned). */
  private static void sweep(MainWindow window, Stage stage, String prefix) throws Exception {
    onFx(() -> window.model().show(Screen.EVALUATION));
    settle();
    javafx.scene.control.TabPane tabs =
        (javafx.scene.control.TabPane) stage.getScene().lookup("#" + NodeIds.EVALUATION_TABS);
    onFx(
        () -> {
          for (javafx.scene.control.Tab t : tabs.getTabs()) {
            if (NodeIds.TAB_SWEEP.equals(t.getId())) {
              tabs.getSelectionModel().select(t);
            }
          }
          mllab.ui.common.ScrollIntoView.reveal(tabs);
        });
    settle();
    @SuppressWarnings("unchecked")
    javafx.scene.control.ComboBox<Integer> box =
        (javafx.scene.control.ComboBox<Integer>) stage.getScene().lookup("#" + NodeIds.CURVE_LABEL);
    onFx(() -> box.setValue(box.getItems().get(box.getItems().size() - 1)));
    settle();
    onFx(() -> mllab.ui.common.ScrollIntoView.reveal(stage.getScene().lookup("#roc-chart")));
    settle();
    Screenshots.save(stage, Path.of(prefix + "-sweep.png"));
  }

  private static void compare(MainWindow window, Stage stage, String prefix) throws Exception {
    onFx(() -> window.model().show(Screen.EVALUATION));
    settle();
    onFx(() -> ((Button) stage.getScene().lookup("#" + NodeIds.COMPARE_METHODS_BUTTON)).fire());
    Stage[] compare = new Stage[1];
    waitFor(
        () -> {
          for (Window w : Window.getWindows()) {
            if (w != stage && w instanceof Stage s && w.isShowing()) {
              compare[0] = s;
            }
          }
          return compare[0] != null;
        },
        60);
    settle();
    onFx(() -> ((Button) compare[0].getScene().lookup("#" + NodeIds.COMPARE_RUN)).fire());
    waitFor(
        () ->
            !((TableView<?>) compare[0].getScene().lookup("#" + NodeIds.COMPARE_TABLE))
                    .getItems()
                    .isEmpty()
                && compare[0].getScene().lookup("#" + NodeIds.COMPARE_CANCEL).isDisabled(),
        1800);
    settle();
    Screenshots.save(compare[0], Path.of(prefix + "-compare.png"));
    System.out.printf(
        "compare window %.0f × %.0f at %.0f, %.0f; scene %.0f × %.0f%n",
        compare[0].getWidth(),
        compare[0].getHeight(),
        compare[0].getX(),
        compare[0].getY(),
        compare[0].getScene().getWidth(),
        compare[0].getScene().getHeight());
    if (Boolean.getBoolean("shots.hold")) {
      Thread.sleep(8000); // time for a screenshot of the whole screen from outside
    }
    System.out.println(
        "compare: "
            + ((Label) compare[0].getScene().lookup("#" + NodeIds.COMPARE_STATUS)).getText());
    onFx(
        () ->
            ((Slider) compare[0].getScene().lookup("#" + NodeIds.COMPARE_THRESHOLD)).setValue(0.3));
    settle();
    settle();
    Screenshots.save(compare[0], Path.of(prefix + "-compare-0.3.png"));
  }
}
