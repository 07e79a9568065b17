package mllab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.pipeline.PipelineSession;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.SessionModel;
import mllab.ui.common.Styles;
import mllab.ui.shell.Theme;
import mllab.ui.training.Speed;
import mllab.ui.training.TrainingView;
import mllab.ui.training.TrainingViewModel;

/**
 * Does the window stay responsive while a network trains? Trains a 64-unit network on yeast-sized
 * generated data (2417 rows × 103 features × 14 labels, seeded) at full speed on the app's real
 * background runner, with the training screen showing and every curve, table row and diagram update
 * happening, and records the gaps between FX pulses with an {@link AnimationTimer}. Target: no gap
 * over 50 ms.
 *
 * <p>Run as a main under Xvfb or headless Monocle ({@code -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw}); arguments: epochs (default 60), repetitions
 * (default 3); {@code -Dshape=200x10x3} for another data shape. Not part of the test suite (the
 * build runs it once on a tiny shape so that it cannot rot).
 */
public final class FxPulseBenchmark {

  private FxPulseBenchmark() {}

  public static void main(String[] args) throws Exception {
    int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    // -Dshape=rows x features x labels, for a quick run; the measured shape is yeast's.
    int[] shape =
        java.util.Arrays.stream(System.getProperty("shape", "2417x103x14").split("x"))
            .mapToInt(Integer::parseInt)
            .toArray();
    Dataset yeastSized =
        DatasetGenerator.generate(GeneratorSettings.uniform(shape[0], shape[1], shape[2], 0.3, 7L));
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();

    FxBackgroundRunner runner = new FxBackgroundRunner();
    TrainingViewModel[] model = new TrainingViewModel[1];
    onFx(
        () -> {
          SessionModel session =
              new SessionModel(new PipelineSession(yeastSized, "generated yeast-sized"), runner);
          model[0] = new TrainingViewModel(session);
          model[0].settings().hidden().textProperty().set("64");
          model[0].settings().epochs().textProperty().set(Integer.toString(epochs));
          model[0].speedProperty().set(Speed.MAX);
          Parent root = (Parent) new TrainingView(model[0]).createView();
          root.getStyleClass().add(Styles.APP);
          Scene scene = new Scene(root, 1280, 800);
          Theme.values()[0].apply(scene);
          Stage stage = new Stage();
          stage.setScene(scene);
          stage.show();
        });

    System.out.printf(
        Locale.ROOT,
        "data %d × %d × %d, hidden [64], %d epochs, full speed%n",
        yeastSized.rows(),
        yeastSized.featureCount(),
        yeastSized.labelCount(),
        epochs);
    Gaps idle = record(1500, null);
    System.out.println("idle      " + idle);
    for (int r = 1; r <= repetitions; r++) {
      onFx(model[0]::reset);
      Gaps training = record(0, model[0]);
      System.out.println("training " + r + " " + training);
    }
    runner.shutdown();
    Platform.exit();
  }

  /** The pulse gaps while {@code model} trains to the end, or for {@code millis} when null. */
  private static Gaps record(long millis, TrainingViewModel model) throws Exception {
    List<Long> gaps = new ArrayList<>();
    long[] last = {0};
    CountDownLatch done = new CountDownLatch(1);
    AnimationTimer timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            if (last[0] != 0) {
              gaps.add(now - last[0]);
            }
            last[0] = now;
          }
        };
    long[] fxThread = new long[1];
    onFx(() -> fxThread[0] = Thread.currentThread().getId());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuBefore = threads.getThreadCpuTime(fxThread[0]);
    long renderBefore = renderCpu(threads);
    long start = System.nanoTime();
    onFx(
        () -> {
          timer.start();
          if (model != null) {
            model
                .runningProperty()
                .addListener(
                    (o, a, b) -> {
                      if (!b) {
                        done.countDown();
                      }
                    });
            model.play();
          }
        });
    if (model == null) {
      done.await(millis, TimeUnit.MILLISECONDS);
    } else if (!done.await(10, TimeUnit.MINUTES)) {
      throw new IllegalStateException("training did not finish within 10 minutes");
    }
    long elapsed = System.nanoTime() - start;
    long fxCpu = threads.getThreadCpuTime(fxThread[0]) - cpuBefore;
    long renderCpu = renderCpu(threads) - renderBefore;
    onFx(timer::stop);
    int epochsDone = model == null ? 0 : model.display().epochsDoneProperty().get();
    return new Gaps(
        gaps.stream().mapToLong(Long::longValue).toArray(), elapsed, epochsDone, fxCpu, renderCpu);
  }

  /** CPU time of the thread that paints frames (the FX thread only lays them out). */
  private static long renderCpu(ThreadMXBean threads) {
    long sum = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("QuantumRenderer")) {
        sum += threads.getThreadCpuTime(info.getThreadId());
      }
    }
    return sum;
  }

  private static void onFx(Runnable action) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          try {
            action.run();
          } finally {
            done.countDown();
          }
        });
    done.await();
  }

  /** Pulse gaps, wall time, epochs trained and the CPU time the FX thread used meanwhile. */
  private record Gaps(long[] nanos, long elapsed, int epochs, long fxCpu, long renderCpu) {
    @Override
    public String toString() {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      long over = Arrays.stream(sorted).filter(g -> g > 50_000_000L).count();
      double p99 = sorted.length == 0 ? 0 : sorted[(int) Math.floor(0.99 * (sorted.length - 1))];
      double max = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
      double median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
      return String.format(
          Locale.ROOT,
          "%6.2f s, %3d epochs (%5.1f ms/epoch), %5d pulses: median %5.1f ms, p99 %5.1f ms,"
              + " max %5.1f ms, gaps > 50 ms: %d; FX thread busy %4.1f %%, renderer %4.1f %%",
          elapsed / 1e9,
          epochs,
          epochs == 0 ? 0 : elapsed / 1e6 / epochs,
          sorted.length,
          median / 1e6,
          p99 / 1e6,
          max / 1e6,
          over,
          100.0 * fxCpu / elapsed,
          100.0 * renderCpu / elapsed);
    }
  }
}
