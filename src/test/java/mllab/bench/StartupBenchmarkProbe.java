package mllab.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import mllab.App;
import mllab.ui.common.NodeIds;

/**
 * One start-up, timed from the moment the JVM started: starts the toolkit, runs the application's
 * {@code init} on this (launcher) thread and its {@code start} on the FX thread — the order {@link
 * Application#launch} uses — and waits for the first frame to be drawn (the toolkit's own
 * rendered-frame hook) and, for the app, which opens with a one-line opening frame, for its shell
 * (the scene that replaces it) to be drawn too. Prints one line and exits.
 *
 * <p>The application is created here rather than by {@code launch} so the probe can see the stage
 * without a hook in the app. Argument: {@code app} ({@link App}) or {@code bare} ({@link
 * BareWindow}), or {@code tour}: the app, which after its first frame goes through the first minute
 * of a lesson (every step, training started, Learn) before exiting, so that the start-up archive
 * made from its class list ({@code mllab.tools.AppCdsArchive}) also holds the classes of the
 * screens that come after the first frame. Output: {@code <which> toolkit=<ms> init=<ms> start=<ms>
 * frame=<ms> shell=<ms>}, each the time since JVM start at which that phase had finished; on Linux
 * a second line, {@code <which>-cpu …}, with the CPU time each kind of thread had used by then
 * ({@link ThreadCpu}).
 */
public final class StartupBenchmarkProbe {

  private StartupBenchmarkProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !List.of("app", "bare", "tour").contains(args[0])) {
      throw new IllegalArgumentException(
          "expected one argument, app, bare or tour, but got " + String.join(" ", args));
    }
    boolean tour = args[0].equals("tour");
    String which = tour ? "app" : args[0];
    CountDownLatch toolkitStarted = new CountDownLatch(1);
    Platform.startup(toolkitStarted::countDown);
    toolkitStarted.await();
    double toolkit = sinceJvmStart();

    Application application = which.equals("app") ? new App() : new BareWindow();
    application.init();
    double init = sinceJvmStart();

    double[] start = new double[1];
    Platform.runLater(
        () -> {
          Stage stage = new Stage();
          try {
            application.start(stage);
          } catch (Exception e) {
            throw new IllegalStateException("the " + which + " failed to start", e);
          }
          start[0] = sinceJvmStart();
          CompletableFuture<Drawn> frame = new CompletableFuture<>();
          CompletableFuture<Double> shell = new CompletableFuture<>();
          Scene first = stage.getScene();
          whenRendered(
              first,
              t -> frame.complete(new Drawn(t, ThreadCpu.read().map(c -> which + "-cpu " + c))));
          if (first.lookup("#" + NodeIds.OPENING) == null) {
            // A window without an opening frame (the bare window) shows its shell at once.
            frame.thenAccept(f -> shell.complete(f.ms()));
          } else {
            stage.sceneProperty().addListener((o, a, b) -> whenRendered(b, t -> shell.complete(t)));
          }
          frame.thenAcceptBoth(
              shell,
              (f, sh) -> {
                System.out.printf(
                    Locale.ROOT,
                    "%s toolkit=%.0f init=%.0f start=%.0f frame=%.0f shell=%.0f%n",
                    which,
                    toolkit,
                    init,
                    start[0],
                    f.ms(),
                    sh);
                f.cpu().ifPresent(System.out::println);
                System.out.flush();
                if (tour) {
                  Platform.runLater(() -> FirstMinute.start(stage));
                } else {
                  System.exit(0);
                }
              });
        });
  }

  /**
   * When a frame was drawn (ms since JVM start) and the CPU each kind of thread had used by then.
   */
  private record Drawn(double ms, java.util.Optional<String> cpu) {}

  /**
   * Calls {@code then} (on the render thread) with the time at which {@code scene}'s first frame
   * was drawn, as the toolkit's own frame hook reports it.
   */
  private static void whenRendered(Scene scene, DoubleConsumer then) {
    AtomicBoolean done = new AtomicBoolean();
    PerformanceTracker.getSceneTracker(scene)
        .setOnRenderedFrameTask(
            () -> {
              if (done.compareAndSet(false, true)) {
                then.accept(sinceJvmStart());
              }
            });
  }

  /** Wall-clock milliseconds since the JVM started, as the JVM itself recorded its start. */
  private static double sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
