package mllab.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import mllab.lesson.Lesson;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.NodeIds;
import mllab.ui.shell.MainWindow;

/**
 * How long step 1's rows table holds the main window's pulses in a real window: the CSS and layout
 * time of each pulse in which the table is new, has new columns or shows more rows, at start-up
 * (the lesson) and after a dataset file is opened and used; and how many nodes the table holds. Not
 * a test: run it under Xvfb with the test class path and the training ARFF file as its argument.
 */
public final class RowsTableTiming {

  private RowsTableTiming() {}

  /** The pulses of one phase: all of them, and those that met a new table or new columns. */
  private static final class Phase {
    final List<Double> rows = new ArrayList<>();
    final List<Double> rowsCpu = new ArrayList<>();
    double longestOther;
    double longestOtherCpu;
  }

  private static Phase phase = new Phase();
  private static volatile boolean sampling;
  private static final java.util.Map<String, Integer> SAMPLES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static void sampler(Thread fx) {
    Thread s =
        new Thread(
            () -> {
              while (true) {
                if (sampling) {
                  StackTraceElement[] st = fx.getStackTrace();
                  SAMPLES.merge("total", 1, Integer::sum);
                  java.util.Set<String> seen = new java.util.HashSet<>();
                  for (StackTraceElement e : st) {
                    String c = e.getClassName();
                    String k = c.substring(c.lastIndexOf('.') + 1).replaceAll("\\$.*", "");
                    if (seen.add(k)) {
                      SAMPLES.merge("in " + k, 1, Integer::sum);
                    }
                  }
                  boolean table = false;
                  for (StackTraceElement e : st) {
                    String c = e.getClassName();
                    table |=
                        c.contains("skin.Table")
                            || c.contains("VirtualFlow")
                            || c.contains("control.TableCell")
                            || c.contains("control.TableRow")
                            || c.contains("control.TableView")
                            || c.contains("RowsTable")
                            || c.contains("ColumnWidths");
                  }
                  SAMPLES.merge(table ? "TABLE" : "OTHER", 1, Integer::sum);
                  if (st.length > 0) {
                    SAMPLES.merge(
                        "top " + st[0].getClassName() + "." + st[0].getMethodName(),
                        1,
                        Integer::sum);
                  }
                }
                try {
                  Thread.sleep(1);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    s.setDaemon(true);
    s.start();
  }

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static long start;
  private static long startCpu;
  private static boolean rowsWork;
  private static Object seenColumn;
  private static Object seenTable;
  private static double seenMaxHeight;

  public static void main(String[] args) throws Exception {
    Stage[] stage = new Stage[1];
    MainWindow[] window = new MainWindow[1];
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(
        () -> {
          stage[0] = new Stage();
          window[0] = new MainWindow(Lesson.session(), new FxBackgroundRunner());
          window[0].show(stage[0]);
          watch(stage[0].getScene());
          sampler(Thread.currentThread());
          started.countDown();
        });
    started.await(60, TimeUnit.SECONDS);
    ScreenshotTour.waitFor(() -> table(stage[0]) != null, 120);
    for (int i = 0; i < 4; i++) {
      ScreenshotTour.settle();
    }
    report("start-up", stage[0]);
    phase = new Phase();
    ImportSteps.openAndWaitReady(window[0], Path.of(args[0]));
    ScreenshotTour.settle();
    phase = new Phase();
    ImportSteps.useAndWait(window[0]);
    for (int i = 0; i < 4; i++) {
      ScreenshotTour.settle();
    }
    report("bibtex used", stage[0]);
    if (args.length > 1) {
      Node table = table(stage[0]);
      if (stage[0].getScene().lookup("#screen-raw-data")
          instanceof javafx.scene.control.ScrollPane sp) {
        ScreenshotTour.onFx(() -> StepTour.scrollTo(sp, table));
        ScreenshotTour.settle();
      }
      Screenshots.save(stage[0], Path.of(args[1]));
      for (mllab.ui.shell.Theme theme :
          new mllab.ui.shell.Theme[] {
            mllab.ui.shell.Theme.DARK, mllab.ui.shell.Theme.HIGH_CONTRAST
          }) {
        ScreenshotTour.onFx(() -> window[0].setTheme(theme));
        ScreenshotTour.settle();
        Screenshots.save(stage[0], Path.of(args[1].replace(".png", "-" + theme + ".png")));
      }
    }
    Platform.exit();
    System.exit(0);
  }

  private static void watch(Scene scene) {
    scene.addPreLayoutPulseListener(
        () -> {
          start = System.nanoTime();
          startCpu = CPU.getCurrentThreadCpuTime();
          TableView<?> t = (TableView<?>) scene.lookup("#" + NodeIds.ROWS_TABLE);
          Object column = t == null || t.getColumns().isEmpty() ? null : lastColumn(t);
          double maxHeight = t == null ? 0 : t.getMaxHeight();
          rowsWork =
              t != null && (t != seenTable || column != seenColumn || maxHeight != seenMaxHeight);
          seenMaxHeight = maxHeight;
          sampling = rowsWork && Boolean.getBoolean("timing.sample");
          seenTable = t;
          seenColumn = column;
        });
    scene.addPostLayoutPulseListener(
        () -> {
          sampling = false;
          double ms = (System.nanoTime() - start) / 1e6;
          if (rowsWork) {
            phase.rows.add(ms);
            phase.rowsCpu.add((CPU.getCurrentThreadCpuTime() - startCpu) / 1e6);
          } else {
            phase.longestOther = Math.max(phase.longestOther, ms);
            phase.longestOtherCpu =
                Math.max(phase.longestOtherCpu, (CPU.getCurrentThreadCpuTime() - startCpu) / 1e6);
          }
        });
  }

  private static TableColumn<?, ?> lastColumn(TableView<?> t) {
    return t.getColumns().get(t.getColumns().size() - 1);
  }

  private static void report(String what, Stage stage) throws Exception {
    int[] nodes = new int[1];
    double[] height = new double[1];
    ScreenshotTour.onFx(
        () -> {
          nodes[0] = count(table(stage));
          if (!SAMPLES.isEmpty()) {
            SAMPLES.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(70)
                .forEach(e -> System.out.println("   " + e.getValue() + " " + e.getKey()));
            SAMPLES.clear();
          }
          if (Boolean.getBoolean("timing.kinds")) {
            java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
            kinds(table(stage), kinds);
            System.out.println(kinds);
          }
          height[0] = table(stage).lookup(".table-row-cell").getLayoutBounds().getHeight();
        });
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-12s rows-table pulses (CSS+layout ms) %s, CPU %s, longest other pulse %.0f ms (CPU %.0f), table nodes %d, row height %.2f",
            what,
            phase.rows.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList(),
            phase.rowsCpu.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList(),
            phase.longestOther,
            phase.longestOtherCpu,
            nodes[0],
            height[0]));
  }

  private static Node table(Stage stage) {
    return stage.getScene().lookup("#" + NodeIds.ROWS_TABLE);
  }

  private static void kinds(Node n, java.util.Map<String, Integer> kinds) {
    kinds.merge(n.getClass().getName(), 1, Integer::sum);
    if (n instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        kinds(child, kinds);
      }
    }
  }

  static int count(Node n) {
    int c = 1;
    if (n instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        c += count(child);
      }
    }
    return c;
  }
}
