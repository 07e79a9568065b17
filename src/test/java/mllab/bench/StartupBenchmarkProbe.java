package mllab.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import mllab.App;

/**
 * One start-up, timed from the moment the JVM started: starts the toolkit, runs the application's
 * {@code init} on this (launcher) thread and its {@code start} on the FX thread — the order {@link
 * Application#launch} uses — and waits for the first pulse after the stage is shown to finish, i.e.
 * the first frame to be drawn. Prints one line and exits.
 *
 * <p>The application is created here rather than by {@code launch} so the probe can see the stage
 * without a hook in the app. Argument: {@code app} ({@link App}) or {@code bare} ({@link
 * BareWindow}), or {@code tour}: the app, which after its first frame goes through the first minute
 * of a lesson (every step, training started, Learn) before exiting, so that the start-up archive
 * made from its class list ({@code mllab.tools.AppCdsArchive}) also holds the classes of the
 * screens that come after the first frame. Output: {@code <which> toolkit=<ms> init=<ms> start=<ms>
 * frame=<ms>}, each the time since JVM start at which that phase had finished; on Linux a second
 * line, {@code <which>-cpu …}, with the CPU time each kind of thread had used by then ({@link
 * ThreadCpu}).
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
          // The timer's first call comes at the start of the first pulse after show; its second
          // call begins the next pulse, so by then the first frame has been drawn.
          new AnimationTimer() {
            private int calls;

            @Override
            public void handle(long now) {
              calls++;
              if (calls == 2) {
                stop();
                System.out.printf(
                    Locale.ROOT,
                    "%s toolkit=%.0f init=%.0f start=%.0f frame=%.0f%n",
                    which,
                    toolkit,
                    init,
                    start[0],
                    sinceJvmStart());
                ThreadCpu.read().ifPresent(cpu -> System.out.println(which + "-cpu " + cpu));
                System.out.flush();
                if (tour) {
                  FirstMinute.start(stage);
                } else {
                  System.exit(0);
                }
              }
            }
          }.start();
        });
  }

  /** Wall-clock milliseconds since the JVM started, as the JVM itself recorded its start. */
  private static double sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
