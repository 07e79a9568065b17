package mllab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import mllab.data.Dataset;
import mllab.model.Activation;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.model.TrainingConfig;
import mllab.model.TrainingRun;
import mllab.pipeline.PipelineSession;
import mllab.split.SplitMethod;
import mllab.ui.common.BackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.common.SessionModel;
import mllab.ui.common.Styles;
import mllab.ui.evaluation.EvaluationView;
import mllab.ui.evaluation.EvaluationViewModel;

/**
 * How long the Evaluation screen takes from a threshold-slider value change to updated metrics,
 * confusion matrices, predictions table and chart marker: the slider's value is set on the FX
 * thread, then one pulse runs (the CSS and layout pass over the nodes that changed, as before every
 * frame, and the hand-over to the renderer), and the clock stops. The charts redraw synchronously
 * on their change events, so the marker's and operating points' redraws are inside the measurement;
 * putting the pixels on screen (Prism) is not.
 *
 * <p>Sizes: 200 × 4 (the lesson) and 917 × 14 (a yeast-sized test set). The data are random with a
 * fixed seed; the model trains for one epoch, only so that the probabilities come from the real
 * pipeline. Run with {@code java -cp target/classes:target/test-classes:<deps>
 * mllab.bench.ThresholdUiBenchmark}; it uses Monocle headless unless {@code -Dglass.platform} says
 * otherwise; {@code -Dsizes=917x14} measures one size only. Target: under 16 ms. Numbers and what
 * changed them: the section "Threshold slider end to end" of {@code docs/benchmarks.md}.
 */
public final class ThresholdUiBenchmark {

  /**
   * Measured slider moves per size and tab ({@code -Dmoves=N}); as many again, and 300 at most,
   * warm up.
   */
  private static final int MEASURED_MOVES = Integer.getInteger("moves", 400);

  private static final int WARMUP_MOVES = Math.min(300, MEASURED_MOVES);

  private ThresholdUiBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (System.getProperty("glass.platform") == null) {
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
    }
    Platform.startup(() -> {});
    // Each size closes its window; the toolkit must outlive it.
    Platform.setImplicitExit(false);
    try {
      for (int[] size : sizes(System.getProperty("sizes", "200x4,917x14"))) {
        PipelineSession session = session(size[0], size[1]);
        for (int tab : new int[] {0, 1}) {
          Scene scene = onFx(() -> show(session));
          // Step 5 fills in its cards one per pulse after the first frame: wait for the last.
          long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
          while (onFx(() -> scene.lookup("#" + NodeIds.EVALUATION_TABS) == null)) {
            if (System.nanoTime() > deadline) {
              throw new IllegalStateException("step 5's tabs never came");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
          }
          System.out.println(onFx(() -> measure(scene, size[0], size[1], tab)));
        }
      }
    } finally {
      // Also after a failure: the toolkit's thread would otherwise keep the JVM alive.
      Platform.exit();
    }
  }

  /** Runs {@code work} on the FX thread and returns its result (or throws its failure). */
  private static <T> T onFx(java.util.function.Supplier<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.get());
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
    return result.get(5, TimeUnit.MINUTES);
  }

  /** "200x4,917x14": test rows × labels, comma-separated. */
  private static int[][] sizes(String spec) {
    return Arrays.stream(spec.split(","))
        .map(s -> Arrays.stream(s.trim().split("x")).mapToInt(Integer::parseInt).toArray())
        .toArray(int[][]::new);
  }

  /** A random dataset whose 20 % test part has exactly {@code testRows} rows, trained one epoch. */
  static PipelineSession session(int testRows, int labels) {
    Random random = new Random(2026);
    int n = testRows * 5;
    int d = 20;
    double[][] x = new double[n][d];
    int[][] y = new int[n][labels];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = random.nextGaussian();
      }
      for (int k = 0; k < labels; k++) {
        // Labels tied to features so the model learns something and probabilities spread out.
        y[i][k] = x[i][k % d] + 0.8 * random.nextGaussian() > 0.6 ? 1 : 0;
      }
    }
    List<String> features = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      features.add("f" + j);
    }
    List<String> names = new ArrayList<>();
    for (int k = 0; k < labels; k++) {
      names.add("label" + k);
    }
    PipelineSession s =
        new PipelineSession(new Dataset("bench", x, y, features, names), "synthetic");
    s.setSplit(SplitMethod.RANDOM, 0.2, 7);
    s.setTrainingConfig(
        new TrainingConfig(
            new int[] {16},
            Activation.RELU,
            OutputActivation.SIGMOID,
            Optimizer.SGD,
            0.05,
            32,
            0.0,
            1,
            42L,
            0.9));
    TrainingRun run = s.newTrainingRun();
    while (!run.finished()) {
      run.nextEpoch();
    }
    s.trainingFinished(run);
    if (s.predictions().orElseThrow().rows() != testRows) {
      throw new IllegalStateException(
          "expected " + testRows + " test rows, got " + s.predictions().orElseThrow().rows());
    }
    return s;
  }

  /**
   * @param tab 0: the predictions table is open; 1: the sweep and curve charts are open
   */
  private static Scene show(PipelineSession session) {
    Application.setUserAgentStylesheet(
        new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    EvaluationViewModel model =
        new EvaluationViewModel(new SessionModel(session, BackgroundRunner.sameThread()));
    StackPane root = new StackPane((Parent) new EvaluationView(model).createView());
    root.getStyleClass().add(Styles.APP);
    Scene scene = new Scene(root, 1280, 800);
    scene
        .getStylesheets()
        .add(ThresholdUiBenchmark.class.getResource("/assets/theme/mllab.css").toExternalForm());
    Stage stage = new Stage();
    stage.setScene(scene);
    stage.show();
    return scene;
  }

  private static String measure(Scene scene, int rows, int labels, int tab) {
    Parent root = scene.getRoot();
    Slider slider = (Slider) scene.lookup("#" + NodeIds.THRESHOLD_SLIDER);
    ((javafx.scene.control.TabPane) scene.lookup("#" + NodeIds.EVALUATION_TABS))
        .getSelectionModel()
        .select(tab);
    Label hamming = (Label) scene.lookup("#metric-HAMMING_LOSS");
    root.applyCss();
    root.layout();
    long[] nanos = new long[MEASURED_MOVES];
    long[] update = new long[MEASURED_MOVES];
    int step = 0;
    for (int m = 0; m < WARMUP_MOVES + MEASURED_MOVES; m++) {
      // A drag back and forth across 0.05–0.95 in 0.01 steps, as a student's hand does.
      int phase = step++ % 180;
      double v = 0.05 + 0.01 * (phase < 90 ? phase : 180 - phase);
      long t0 = System.nanoTime();
      slider.setValue(v);
      long tUpdate = System.nanoTime();
      // What the next frame does with the changes: CSS and layout of the dirty nodes, then the
      // hand-over to the renderer (internal API, used only here to time one pulse exactly).
      com.sun.javafx.tk.Toolkit.getToolkit().firePulse();
      long t1 = System.nanoTime();
      if (m >= WARMUP_MOVES) {
        nanos[m - WARMUP_MOVES] = t1 - t0;
        update[m - WARMUP_MOVES] = tUpdate - t0;
      }
    }
    if (hamming.getText().isEmpty()) {
      throw new IllegalStateException("metrics were not shown");
    }
    ((Stage) scene.getWindow()).close();
    Arrays.sort(nanos);
    Arrays.sort(update);
    return String.format(
        Locale.ROOT,
        "%4d rows × %2d labels, %s open: slider change → metrics, matrices, %s: median %.2f ms,"
            + " p95 %.2f ms, max %.2f ms; of which listeners (metrics, cells, charts) median %.2f ms,"
            + " the pulse (CSS, layout) the rest (%d moves after %d warm-up)",
        rows,
        labels,
        tab == 0 ? "table" : "charts",
        tab == 0 ? "table cells" : "marker and operating points",
        ms(nanos[nanos.length / 2]),
        ms(nanos[(int) (nanos.length * 0.95)]),
        ms(nanos[nanos.length - 1]),
        ms(update[update.length / 2]),
        MEASURED_MOVES,
        WARMUP_MOVES);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
