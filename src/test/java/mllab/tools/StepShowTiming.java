package mllab.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.shell.MainWindow;
import mllab.ui.shell.Screen;

/**
 * The FX thread's CPU time in each stretch it could not answer, while step 1 refreshes after "Use
 * this dataset" and while step 4 is first shown: CPU time does not grow with the machine's load as
 * wall time does. Prints each phase's longest stretches with the app methods sampled in them, and
 * step 4's node count. Not a test: run it under Xvfb with the test class path and a training ARFF
 * file as its argument.
 */
public final class StepShowTiming {

  private StepShowTiming() {}

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static volatile Thread fx;
  private static final AtomicLong POSTED = new AtomicLong(-1);
  private static long lastCpu;
  private static long lastWall;

  /** One stretch between two answered pings: its CPU and wall ms and its sampled app frames. */
  private record Span(double cpuMs, double wallMs, Map<String, Integer> frames, int samples) {}

  private static final List<Span> SPANS = new ArrayList<>();
  private static final List<StackTraceElement[]> SAMPLES = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Stage[] stage = new Stage[1];
    MainWindow[] window = new MainWindow[1];
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(
        () -> {
          fx = Thread.currentThread();
          stage[0] = new Stage();
          window[0] = new MainWindow(Lesson.session(), new FxBackgroundRunner());
          window[0].show(stage[0]);
          watchPulses(stage[0].getScene());
          started.countDown();
        });
    started.await(60, TimeUnit.SECONDS);
    startWatchdog();
    ScreenshotTour.settle();
    ImportSteps.openAndWaitReady(window[0], Path.of(args[0]));
    ScreenshotTour.settle();
    reset();
    long t1 = System.nanoTime();
    ImportSteps.useAndWait(window[0]);
    double step1 = StallTour.drawnAfter(stage[0].getScene(), t1);
    ScreenshotTour.settle();
    report("apply", step1);
    printPulses("apply", step1);
    if (Boolean.getBoolean("timing.kinds")) {
      ScreenshotTour.onFx(() -> parts(stage[0].getScene().lookup("#screen-raw-data"), 0));
    }
    for (Screen s : new Screen[] {Screen.PREPROCESSING, Screen.SPLIT}) {
      ScreenshotTour.onFx(() -> window[0].model().show(s));
      StallTour.drawnAfter(stage[0].getScene(), System.nanoTime());
      ScreenshotTour.settle();
    }
    reset();
    long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    long t4 = System.nanoTime();
    ScreenshotTour.onFx(() -> window[0].model().show(Screen.TRAINING));
    double step4 = StallTour.drawnAfter(stage[0].getScene(), t4);
    report("training", step4);
    System.out.println(
        "classes loaded while step 4 was shown: "
            + (ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes));
    printPulses("training", step4);
    System.out.println(
        "classes loaded while step 4 was shown: "
            + (ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes));
    int[] nodes = new int[1];
    ScreenshotTour.onFx(
        () -> nodes[0] = RowsTableTiming.count(stage[0].getScene().lookup("#screen-training")));
    System.out.println("step 4 nodes " + nodes[0]);
    if (Boolean.getBoolean("timing.kinds")) {
      ScreenshotTour.onFx(() -> parts(stage[0].getScene().lookup("#screen-training"), 0));
    }
    if (args.length > 1) {
      ScreenshotTour.settle();
      Screenshots.save(stage[0], Path.of(args[1]));
    }
    Platform.exit();
    System.exit(0);
  }

  private static void startWatchdog() {
    Thread t =
        new Thread(
            () -> {
              while (true) {
                long posted = POSTED.get();
                long now = System.nanoTime();
                if (posted < 0) {
                  POSTED.set(now);
                  Platform.runLater(StepShowTiming::answered);
                } else if (now - posted > 5_000_000L) {
                  StackTraceElement[] st = fx.getStackTrace();
                  synchronized (SAMPLES) {
                    SAMPLES.add(st);
                  }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
              }
            });
    t.setDaemon(true);
    t.start();
  }

  private static void answered() {
    POSTED.set(-1);
    long cpu = CPU.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    List<StackTraceElement[]> seen;
    synchronized (SAMPLES) {
      seen = new ArrayList<>(SAMPLES);
      SAMPLES.clear();
    }
    if (lastWall != 0 && cpu - lastCpu > 10_000_000L) {
      Map<String, Integer> frames = new HashMap<>();
      for (StackTraceElement[] st : seen) {
        Set<String> once = new HashSet<>();
        for (StackTraceElement e : st) {
          String c = e.getClassName();
          if (c.startsWith("mllab.") && !c.startsWith("mllab.tools")) {
            String k = c.substring(6).replaceAll("\\$\\$Lambda.*", "") + "." + e.getMethodName();
            if (once.add(k)) {
              frames.merge(k, 1, Integer::sum);
            }
          }
        }
        int inner = 0;
        for (StackTraceElement e : st) {
          String c = e.getClassName();
          if (c.startsWith("mllab.") && !c.startsWith("mllab.tools") && inner < 3) {
            frames.merge(
                "IN"
                    + inner++
                    + " "
                    + c.substring(6).replaceAll("\\$\\$Lambda.*", "")
                    + "."
                    + e.getMethodName(),
                1,
                Integer::sum);
          }
        }
        if (st.length > 0) {
          frames.merge(
              "TOP " + st[0].getClassName().replaceAll(".*\\.", "") + "." + st[0].getMethodName(),
              1,
              Integer::sum);
        }
      }
      synchronized (SPANS) {
        SPANS.add(new Span((cpu - lastCpu) / 1e6, (wall - lastWall) / 1e6, frames, seen.size()));
      }
    }
    lastCpu = cpu;
    lastWall = wall;
  }

  private static void printPulses(String phase, double drawn) {
    synchronized (PULSES) {
      List<double[]> until = PULSES.stream().filter(p -> p[0] <= drawn * 1000).toList();
      System.out.println(
          phase
              + " pulses until drawn: "
              + until.size()
              + ", longest CSS+layout CPU "
              + until.stream()
                  .mapToDouble(p -> p[1])
                  .boxed()
                  .sorted(java.util.Comparator.reverseOrder())
                  .limit(5)
                  .map(d -> String.format(Locale.ROOT, "%.0f", d))
                  .toList()
              + "; start ms:CPU ms "
              + until.stream()
                  .filter(p -> p[1] >= 5)
                  .map(p -> String.format(Locale.ROOT, "%.0f:%.0f", p[0], p[1]))
                  .toList());
    }
  }

  private static final List<double[]> PULSES = new ArrayList<>();
  private static long pulseStart;
  private static long pulseCpu;
  private static long origin;

  private static void watchPulses(javafx.scene.Scene scene) {
    scene.addPreLayoutPulseListener(
        () -> {
          pulseStart = System.nanoTime();
          pulseCpu = CPU.getCurrentThreadCpuTime();
        });
    scene.addPostLayoutPulseListener(
        () -> {
          synchronized (PULSES) {
            PULSES.add(
                new double[] {
                  (pulseStart - origin) / 1e6, (CPU.getCurrentThreadCpuTime() - pulseCpu) / 1e6
                });
          }
        });
  }

  private static void reset() throws InterruptedException {
    ScreenshotTour.onFx(() -> {});
    synchronized (SPANS) {
      SPANS.clear();
    }
    synchronized (PULSES) {
      PULSES.clear();
      origin = System.nanoTime();
    }
  }

  private static void report(String phase, double drawn) {
    List<Span> spans;
    synchronized (SPANS) {
      spans = new ArrayList<>(SPANS);
    }
    double total = spans.stream().mapToDouble(Span::cpuMs).sum();
    spans.sort((a, b) -> Double.compare(b.cpuMs(), a.cpuMs()));
    System.out.printf(
        Locale.ROOT,
        "%s: drawn after %.2f s, FX CPU in stretches over 10 ms %.0f ms, longest CPU %s%n",
        phase,
        drawn,
        total,
        spans.stream().limit(6).map(s -> String.format(Locale.ROOT, "%.0f", s.cpuMs())).toList());
    for (Span s : spans.subList(0, Math.min(4, spans.size()))) {
      System.out.printf(
          Locale.ROOT,
          "  %.0f ms CPU (%.0f ms wall, %d samples)%n",
          s.cpuMs(),
          s.wallMs(),
          s.samples());
      s.frames().entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue())
          .limit(30)
          .forEach(e -> System.out.println("     " + e.getValue() + " " + e.getKey()));
    }
  }

  /** Prints the node count of each part of {@code n} down to cards (with an id or a title). */
  private static void parts(javafx.scene.Node n, int depth) {
    if (depth > 12) {
      return;
    }
    int c = RowsTableTiming.count(n);
    if (c >= 15) {
      System.out.println(
          "  ".repeat(depth) + c + " " + n.getClass().getSimpleName() + " #" + n.getId());
      if (n instanceof javafx.scene.Parent p) {
        for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
          parts(child, depth + 1);
        }
      }
    }
  }
}
