package mllab.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The FX thread's CPU time between two turns of a task posted again and again: how long its longest
 * stretches of work (a pulse, a piece of a screen) were in CPU time, which a loaded machine does
 * not stretch as it stretches wall-clock stalls. Not a test: a measuring aid for the tours.
 */
final class FxCpuGaps {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private final List<double[]> gaps = new ArrayList<>();
  private final long origin = System.nanoTime();
  private volatile boolean running = true;
  private final Thread poster;

  private FxCpuGaps() {
    poster = new Thread(this::post, "fx-cpu-gaps");
    poster.setDaemon(true);
  }

  /** Starts posting; call from any thread but the FX thread. */
  static FxCpuGaps start() {
    FxCpuGaps g = new FxCpuGaps();
    g.poster.start();
    return g;
  }

  private void post() {
    long[] last = {-1};
    while (running) {
      CountDownLatch turn = new CountDownLatch(1);
      Platform.runLater(
          () -> {
            long now = CPU.getCurrentThreadCpuTime();
            if (last[0] >= 0) {
              synchronized (gaps) {
                gaps.add(new double[] {(now - last[0]) / 1e6, (System.nanoTime() - origin) / 1e9});
              }
            }
            last[0] = now;
            turn.countDown();
          });
      try {
        turn.await(60, TimeUnit.SECONDS);
        Thread.sleep(1);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Stops and says the five longest gaps in ms, longest first, with when each ended. */
  String stop() throws InterruptedException {
    running = false;
    poster.join();
    List<double[]> sorted;
    synchronized (gaps) {
      sorted = new ArrayList<>(gaps);
    }
    sorted.sort((a, b) -> Double.compare(b[0], a[0]));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(5, sorted.size()); i++) {
      b.append(
          String.format(
              Locale.ROOT,
              "%s%.0f ms (ending %.2f s in)",
              i == 0 ? "" : ", ",
              sorted.get(i)[0],
              sorted.get(i)[1]));
    }
    return b.toString();
  }
}
