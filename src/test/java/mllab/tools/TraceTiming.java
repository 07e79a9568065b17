package mllab.tools;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import mllab.data.io.DatasetReader;
import mllab.data.io.ReadOptions;
import mllab.persist.ProgressStore;
import mllab.pipeline.PipelineSession;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.evaluation.TrainedLesson;
import mllab.ui.shell.MainWindow;
import mllab.ui.shell.Screen;

/**
 * How long step 5 and its trace tab hold the FX thread in a real window on a dataset, in CPU time
 * of that thread: step 5 opened (its screen built, CSS applied, laid out), the trace tab selected,
 * the trace's feature window moved; and how many nodes the trace holds. Not a test: run it under
 * Xvfb with the test class path, with the training ARFF file as its argument.
 */
public final class TraceTiming {

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private TraceTiming() {}

  public static void main(String[] args) throws Exception {
    PipelineSession session =
        new PipelineSession(
            DatasetReader.read(Path.of(args[0]), ReadOptions.defaults()).train(),
            Path.of(args[0]).getFileName().toString());
    session.setTrainingConfig(session.trainingConfig().withEpochs(1));
    TrainedLesson.train(session);
    MainWindow[] window = new MainWindow[1];
    Stage[] stage = new Stage[1];
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(
        () -> {
          stage[0] = new Stage();
          window[0] =
              new MainWindow(
                  session,
                  BackgroundRunner.sameThread(),
                  new ProgressStore(
                      Path.of(System.getProperty("java.io.tmpdir"), "mllab-trace-timing")));
          window[0].show(stage[0]);
          stage[0].setWidth(1280);
          stage[0].setHeight(800);
          started.countDown();
        });
    started.await(60, TimeUnit.SECONDS);
    ScreenshotTour.settle();
    Parent[] root = new Parent[1];
    ScreenshotTour.onFx(() -> root[0] = stage[0].getScene().getRoot());
    time("step 5 opened", () -> window[0].model().show(Screen.EVALUATION), root[0]);
    ScreenshotTour.settle();
    ScreenshotTour.settle();
    TabPane tabs = (TabPane) stage[0].getScene().lookup("#" + NodeIds.EVALUATION_TABS);
    long[] last = {-1};
    double[] longest = {0};
    Runnable frame =
        () -> {
          long now = CPU.getCurrentThreadCpuTime();
          if (last[0] >= 0) {
            longest[0] = Math.max(longest[0], (now - last[0]) / 1e6);
          }
          last[0] = now;
        };
    ScreenshotTour.onFx(
        () -> {
          stage[0].getScene().addPreLayoutPulseListener(frame);
          frame.run();
          tabs.getSelectionModel().selectLast();
        });
    ScreenshotTour.settle();
    ScreenshotTour.onFx(() -> stage[0].getScene().removePreLayoutPulseListener(frame));
    System.out.println(
        String.format(
            Locale.ROOT, "%-22s %6.0f ms (longest frame)", "trace tab selected", longest[0]));
    Node trace = stage[0].getScene().lookup("#" + NodeIds.TRACE_VIEW);
    int[] nodes = new int[1];
    ScreenshotTour.onFx(() -> nodes[0] = count(trace));
    System.out.println("trace nodes: " + nodes[0]);
    if (args.length > 1
        && stage[0].getScene().lookup("#screen-evaluation")
            instanceof javafx.scene.control.ScrollPane sp) {
      ScreenshotTour.onFx(() -> StepTour.scrollTo(sp, tabs));
      ScreenshotTour.settle();
      Screenshots.save(stage[0], Path.of(args[1]));
    }
    Button forward = (Button) stage[0].getScene().lookup("#trace-features-forward");
    time("feature window moved", forward::fire, root[0]);
    ScreenshotTour.settle();
    Platform.exit();
    System.exit(0);
  }

  /** Runs {@code action}, applies CSS and lays out, then waits out a few pulses; prints CPU ms. */
  private static void time(String what, Runnable action, Parent root) throws Exception {
    double[] took = new double[1];
    ScreenshotTour.onFx(
        () -> {
          long t0 = CPU.getCurrentThreadCpuTime();
          action.run();
          root.applyCss();
          root.layout();
          took[0] = (CPU.getCurrentThreadCpuTime() - t0) / 1e6;
        });
    System.out.println(String.format(Locale.ROOT, "%-22s %6.0f ms", what, took[0]));
  }

  private static int count(Node n) {
    int c = 1;
    if (n instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        c += count(child);
      }
    }
    return c;
  }
}
