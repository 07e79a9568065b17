package mllab.tools;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import mllab.persist.ProgressStore;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.evaluation.TrainedLesson;
import mllab.ui.shell.MainWindow;
import mllab.ui.shell.Screen;

/**
 * How long one zoom step (Ctrl+=) holds the FX thread in a real window, in CPU time of that thread:
 * the zoom set, CSS applied and the scene laid out (charts redraw in layout), on every screen of a
 * trained lesson, 100 % to 200 % and back in 10 % steps. Not a test (speed is never asserted): run
 * it under Xvfb with the test class path, as docs/benchmarks.md shows.
 */
public final class ZoomTiming {

  /** CPU time of the FX thread: on a shared machine wall time also counts other builds. */
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private ZoomTiming() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    MainWindow[] window = new MainWindow[1];
    Stage[] stage = new Stage[1];
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(
        () -> {
          stage[0] = new Stage();
          window[0] =
              new MainWindow(
                  TrainedLesson.session(),
                  BackgroundRunner.sameThread(),
                  new ProgressStore(
                      java.nio.file.Path.of(
                          System.getProperty("java.io.tmpdir"), "mllab-zoom-timing")));
          window[0].show(stage[0]);
          stage[0].setWidth(1280);
          stage[0].setHeight(720);
          started.countDown();
        });
    started.await(60, TimeUnit.SECONDS);
    List<Double> all = new ArrayList<>();
    for (Screen screen : Screen.values()) {
      ScreenshotTour.onFx(() -> window[0].model().show(screen));
      ScreenshotTour.settle();
      List<Double> ms = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        for (int step = 1; step <= 20; step++) {
          double zoom = step <= 10 ? 1.0 + step / 10.0 : 3.0 - step / 10.0;
          double[] took = new double[1];
          ScreenshotTour.onFx(
              () -> {
                Parent root = stage[0].getScene().getRoot();
                long t0 = CPU.getCurrentThreadCpuTime();
                window[0].zoomProperty().set(Math.round(zoom * 10) / 10.0);
                root.applyCss();
                root.layout();
                took[0] = (CPU.getCurrentThreadCpuTime() - t0) / 1e6;
              });
          ms.add(took[0]);
          ScreenshotTour.onFx(() -> {});
        }
      }
      all.addAll(ms);
      System.out.println(String.format(Locale.ROOT, "%-14s %s", screen, summary(ms)));
    }
    System.out.println(String.format(Locale.ROOT, "%-14s %s", "all screens", summary(all)));
    Platform.exit();
    System.exit(0);
  }

  private static String summary(List<Double> ms) {
    List<Double> sorted = new ArrayList<>(ms);
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        "median %.0f ms, p90 %.0f ms, max %.0f ms (%d steps)",
        sorted.get(sorted.size() / 2),
        sorted.get((int) (sorted.size() * 0.9)),
        sorted.get(sorted.size() - 1),
        sorted.size());
  }
}
