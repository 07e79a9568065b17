package mllab.tools;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StallMonitor;
import mllab.ui.shell.MainWindow;
import mllab.ui.shell.Screen;

/**
 * Walks a real window through a dataset as a student would, with the {@link StallMonitor} on, and
 * writes the FX thread's longest stalls: open the file, use it, visit every step, train, move the
 * threshold 100 times. Needs a display (Xvfb on a headless machine):
 *
 * <pre>
 *   xvfb-run -a -s "-screen 0 1280x800x24" java ... mllab.tools.StallTour DATA.arff stalls.txt [screenshot-prefix]
 * </pre>
 *
 * <p>With {@code -Dtour.openOnly=true} it stops after step 1 is drawn (open and apply only). The
 * window builds the steps ahead, as the app's does, and the tour waits for that after step 1 and
 * after training, as a student reading them would; {@code -Dtour.eager=true} opens step 5 right
 * after training instead, and {@code -Dtour.noBuildAhead=true} builds each step on its first click.
 */
public final class StallTour {

  private StallTour() {}

  /**
   * Seconds from {@code t0} until {@code scene} has no piece of a screen left to build and nothing
   * left to lay out, and stays so for 100 ms: the step's screen is drawn whole.
   */
  static double drawnAfter(javafx.scene.Scene scene, long t0) throws InterruptedException {
    boolean[] done = new boolean[1];
    long first = 0;
    while (true) {
      ScreenshotTour.onFx(
          () ->
              done[0] =
                  !mllab.ui.common.AfterFirstLayout.pending(scene)
                      && !scene.getRoot().isNeedsLayout());
      long now = System.nanoTime();
      if (!done[0]) {
        first = 0;
      } else if (first == 0) {
        first = now;
      } else if (now - first > TimeUnit.MILLISECONDS.toNanos(100)) {
        return (first - t0) / 1e9;
      }
      Thread.sleep(5);
    }
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path log = Path.of(args.length > 1 ? args[1] : "stalls.txt");
    String shots = args.length > 2 ? args[2] : null;
    Stage[] stage = new Stage[1];
    MainWindow[] window = new MainWindow[1];
    long[] monitorStart = new long[1];
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(
        () -> {
          StallMonitor.start(log, 50);
          monitorStart[0] = System.nanoTime();
          stage[0] = new Stage();
          window[0] = new MainWindow(Lesson.session(), new FxBackgroundRunner());
          if (!Boolean.getBoolean("tour.noBuildAhead")) {
            window[0].buildStepsAhead();
          }
          window[0].show(stage[0]);
          started.countDown();
        });
    started.await(60, TimeUnit.SECONDS);
    FxCpuGaps wholeTour = FxCpuGaps.start();
    ScreenshotTour.settle();
    if (!Boolean.getBoolean("tour.noBuildAhead")) {
      // Opened at once, the window has time to get ready for a file before the student picks one.
      ScreenshotTour.waitFor(() -> window[0].readyAhead(), 60);
    }
    long t0 = System.nanoTime();
    System.out.printf(
        "file opened at %d ms (stalls from then on count)%n", (t0 - monitorStart[0]) / 1_000_000);
    ScreenshotTour.onFx(() -> window[0].datasetMenu().open(data));
    ScreenshotTour.waitFor(
        () -> ImportSteps.importStage() != null && ImportSteps.importStage().isShowing(), 600);
    System.out.printf("import dialog drawn after %.2f s%n", (System.nanoTime() - t0) / 1e9);
    ScreenshotTour.waitFor(
        () -> ImportSteps.importOk() != null && !ImportSteps.importOk().isDisabled(), 600);
    System.out.printf(
        "import dialog ready (read, summarised, filled in) after %.2f s%n",
        (System.nanoTime() - t0) / 1e9);
    if (shots != null) {
      Screenshots.save(ImportSteps.importStage(), Path.of(shots + "-import.png"));
    }
    long t1 = System.nanoTime();
    ImportSteps.useAndWait(window[0]);
    System.out.printf(
        "dataset in use (step 1 refreshing) after %.2f s%n", (System.nanoTime() - t1) / 1e9);
    double step1 = drawnAfter(stage[0].getScene(), t1);
    ScreenshotTour.settle();
    System.out.printf(
        "step 1 drawn after %.2f s (after %.2f s including 0.75 s of settling)%n",
        step1, (System.nanoTime() - t1) / 1e9);
    if (Boolean.getBoolean("tour.openOnly")) {
      // Only opening and applying: the stalls of those, without the steps' own.
      StallMonitor.stopAndWriteIfRunning();
      System.out.println("wrote " + log);
      Platform.exit();
      System.exit(0);
    }
    // A student reads step 1 before going on: the window builds the other steps meanwhile.
    long tr = System.nanoTime();
    if (!Boolean.getBoolean("tour.noBuildAhead")) {
      ScreenshotTour.waitFor(() -> window[0].stepsBuiltAhead(), 60);
    }
    System.out.printf("other steps built ahead after %.2f s%n", (System.nanoTime() - tr) / 1e9);
    for (Screen s :
        new Screen[] {Screen.RAW_DATA, Screen.PREPROCESSING, Screen.SPLIT, Screen.TRAINING}) {
      long t = System.nanoTime();
      ScreenshotTour.onFx(() -> window[0].model().show(s));
      double drawn = drawnAfter(stage[0].getScene(), t);
      ScreenshotTour.settle();
      System.out.printf(
          "%s drawn after %.2f s (shown after %.2f s with settling)%n",
          s, drawn, (System.nanoTime() - t) / 1e9);
      if (shots != null) {
        Screenshots.save(stage[0], Path.of(shots + "-" + s.name().toLowerCase() + ".png"));
      }
    }
    long tt = System.nanoTime();
    ScreenshotTour.onFx(() -> ((Button) find(stage[0], "#train-play")).fire());
    ScreenshotTour.waitFor(
        () ->
            !window[0].session().session().isTraining()
                && window[0].session().session().predictions().isPresent(),
        1200);
    System.out.printf("trained, with predictions, after %.2f s%n", (System.nanoTime() - tt) / 1e9);
    if (shots != null) {
      // The run's curves with the per-label ones ticked, as a student would look at them.
      ScreenshotTour.onFx(
          () -> ((javafx.scene.control.CheckBox) find(stage[0], "#per-label-curves")).fire());
      if (find(stage[0], "#screen-training") instanceof javafx.scene.control.ScrollPane sp) {
        ScreenshotTour.onFx(() -> StepTour.scrollTo(sp, find(stage[0], "#" + NodeIds.CURVES_CARD)));
      }
      ScreenshotTour.settle();
      Screenshots.save(stage[0], Path.of(shots + "-training-curves.png"));
      if (find(stage[0], "#per-label-curves-pick") instanceof javafx.scene.control.ToggleButton t) {
        ScreenshotTour.onFx(t::fire);
        ScreenshotTour.settle();
        Screenshots.save(stage[0], Path.of(shots + "-training-curves-picker.png"));
        ScreenshotTour.onFx(t::fire);
      }
    }
    if (!Boolean.getBoolean("tour.noBuildAhead") && !Boolean.getBoolean("tour.eager")) {
      // A student looks at the finished run's curves before opening step 5.
      long tb = System.nanoTime();
      ScreenshotTour.waitFor(() -> window[0].stepsBuiltAhead(), 60);
      System.out.printf(
          "step 5 caught up with the run, hidden, after %.2f s%n", (System.nanoTime() - tb) / 1e9);
    }
    long t5 = System.nanoTime();
    FxCpuGaps gaps = FxCpuGaps.start();
    ScreenshotTour.onFx(() -> window[0].model().show(Screen.EVALUATION));
    // Step 5's parts fill in only once its screen is in the scene: wait for the last card, the
    // tabs,
    // before asking whether nothing is left to build.
    ScreenshotTour.waitFor(() -> find(stage[0], "#" + NodeIds.EVALUATION_TABS) != null, 60);
    double drawn5 = drawnAfter(stage[0].getScene(), t5);
    ScreenshotTour.settle();
    ScreenshotTour.settle();
    System.out.println("EVALUATION longest FX-thread CPU between two turns: " + gaps.stop());
    System.out.printf(
        "EVALUATION drawn after %.2f s (shown after %.2f s with settling; stalls from %d ms on)%n",
        drawn5, (System.nanoTime() - t5) / 1e9, (t5 - monitorStart[0]) / 1_000_000);
    if (shots != null) {
      Screenshots.save(stage[0], Path.of(shots + "-evaluation.png"));
    }
    Slider slider = (Slider) find(stage[0], "#" + NodeIds.THRESHOLD_SLIDER);
    for (int i = 0; i < 100; i++) {
      double v = 0.2 + 0.6 * (i % 50) / 50.0;
      ScreenshotTour.onFx(() -> slider.setValue(v));
    }
    ScreenshotTour.settle();
    if (shots != null
        && find(stage[0], "#screen-evaluation") instanceof javafx.scene.control.ScrollPane sp) {
      // Step 5's lower cards too (after the slider moves): the tiles, then the tabs.
      for (String id : new String[] {NodeIds.LABEL_TILES, NodeIds.EVALUATION_TABS}) {
        ScreenshotTour.onFx(() -> StepTour.scrollTo(sp, find(stage[0], "#" + id)));
        ScreenshotTour.settle();
        Screenshots.save(stage[0], Path.of(shots + "-evaluation-" + id + ".png"));
      }
    }
    if (Boolean.getBoolean("tour.trace")) {
      trace(stage[0], shots);
    }
    System.out.println("whole tour: longest FX-thread CPU between two turns: " + wholeTour.stop());
    StallMonitor.stopAndWriteIfRunning();
    System.out.println("wrote " + log);
    Platform.exit();
    System.exit(0);
  }

  /** With {@code -Dtour.trace=true}: opens step 5's trace tab and moves its feature window. */
  private static void trace(Stage stage, String shots) throws Exception {
    TabPane tabs = (TabPane) find(stage, "#" + NodeIds.EVALUATION_TABS);
    long t = System.nanoTime();
    ScreenshotTour.onFx(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
    ScreenshotTour.settle();
    System.out.printf(
        "trace tab shown after %.2f s (with settling)%n", (System.nanoTime() - t) / 1e9);
    if (shots != null
        && find(stage, "#screen-evaluation") instanceof javafx.scene.control.ScrollPane sp) {
      ScreenshotTour.onFx(() -> StepTour.scrollTo(sp, tabs));
      ScreenshotTour.settle();
      Screenshots.save(stage, Path.of(shots + "-trace.png"));
    }
    Node next = find(stage, "#trace-features-forward");
    if (next instanceof Button b) {
      t = System.nanoTime();
      ScreenshotTour.onFx(b::fire);
      ScreenshotTour.settle();
      System.out.printf(
          "next features shown after %.2f s (with settling)%n", (System.nanoTime() - t) / 1e9);
    }
  }

  private static Node find(Stage stage, String id) {
    return stage.getScene().lookup(id);
  }
}
