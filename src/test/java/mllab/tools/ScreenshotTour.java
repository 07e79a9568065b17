package mllab.tools;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.shell.MainWindow;
import mllab.ui.shell.Screen;
import mllab.ui.shell.Theme;

/**
 * Opens the app in a real window (run it under Xvfb or on a desktop), walks through the screens the
 * way a student would and writes a PNG of each to {@code docs/screenshots/}. Not a test: run it
 * with {@code docs/screenshots.sh}.
 */
public final class ScreenshotTour {

  private static MainWindow window;
  private static Stage stage;

  private ScreenshotTour() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(
        () -> {
          stage = new Stage();
          window = new MainWindow(Lesson.session(), new FxBackgroundRunner());
          window.show(stage);
          started.countDown();
        });
    started.await(30, TimeUnit.SECONDS);
    settle();
    shoot(Screen.RAW_DATA, out.resolve("step1-raw-data.png"));
    // The Python panel, scrolled to as a student would: code lines are not wrapped.
    onFx(
        () ->
            mllab.ui.common.ScrollIntoView.reveal(
                stage.getScene().lookup("#" + NodeIds.PYTHON_PANEL)));
    settle();
    Screenshots.save(stage, out.resolve("step1-python.png"));
    shoot(Screen.PREPROCESSING, out.resolve("step2-preprocessing.png"));
    shoot(Screen.SPLIT, out.resolve("step3-split.png"));
    shoot(Screen.TRAINING, out.resolve("step4-training-before.png"));
    StepTour.training(window, stage, out);
    shoot(Screen.LEARN, out.resolve("learn.png"));
    shoot(Screen.EVALUATION, out.resolve("step5-evaluation.png"));
    StepTour.evaluation(window, stage, out);
    onFx(() -> window.setTheme(Theme.DARK));
    shoot(Screen.RAW_DATA, out.resolve("theme-dark.png"));
    onFx(() -> window.setTheme(Theme.HIGH_CONTRAST));
    shoot(Screen.SPLIT, out.resolve("theme-high-contrast.png"));
    onFx(
        () -> {
          window.setTheme(Theme.LIGHT);
          window.zoomProperty().set(2.0);
        });
    shoot(Screen.EVALUATION, out.resolve("presentation-zoom-200.png"));
    onFx(
        () -> {
          window.zoomProperty().set(1.2);
          window.presentationProperty().set(true);
        });
    onFx(() -> window.model().show(Screen.TRAINING));
    settle();
    StepTour.presentationCurves(stage, out);
    onFx(() -> window.model().show(Screen.EVALUATION));
    settle();
    // The threshold slider focused, as after a student's click: its larger thumb and focus ring.
    onFx(() -> stage.getScene().lookup("#" + NodeIds.THRESHOLD_SLIDER).requestFocus());
    shoot(Screen.EVALUATION, out.resolve("presentation-mode.png"));
    Platform.exit();
    System.exit(0);
  }

  static void shoot(Screen screen, Path file) throws Exception {
    onFx(() -> window.model().show(screen));
    settle();
    Screenshots.save(stage, file);
    System.out.println("wrote " + file);
  }

  /** Runs {@code action} on the FX thread and waits for it. */
  static void onFx(Runnable action) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          try {
            action.run();
          } finally {
            done.countDown();
          }
        });
    done.await(30, TimeUnit.SECONDS);
  }

  /** Lets layout, CSS and chart redraws finish: a few pulses. */
  static void settle() throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      onFx(() -> {});
      Thread.sleep(150);
    }
  }

  /** Waits (polling) until {@code condition} holds on the FX thread. */
  static void waitFor(BooleanSupplier condition, long timeoutSeconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    boolean[] ok = new boolean[1];
    while (System.nanoTime() < end) {
      onFx(() -> ok[0] = condition.getAsBoolean());
      if (ok[0]) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("timed out waiting for the screen");
  }
}
