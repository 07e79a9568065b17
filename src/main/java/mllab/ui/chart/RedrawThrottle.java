package mllab.ui.chart;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;

/**
 * Lets charts that change often (once per epoch, once per drag event) redraw a few times a second
 * instead of after every change: {@link #hold()} stops them drawing while a batch of changes goes
 * in, {@link #redraw()} lets them draw it, at once when the last drawing is long enough ago,
 * otherwise when the gap runs out. Each chart draws in a frame of its own, so that no single frame
 * carries all of them. FX thread only.
 */
public final class RedrawThrottle {

  private final List<JFreeChart> charts;
  private final long gapNanos;
  private final PauseTransition throttle;
  private final PauseTransition nextChart = new PauseTransition(Duration.millis(1));
  private long lastRedraw;
  private int next;

  /** Throttles {@code charts}, drawn in this order, to one drawing per {@code gap}. */
  public RedrawThrottle(Duration gap, JFreeChart... charts) {
    this.charts = List.of(charts);
    this.gapNanos = (long) gap.toMillis() * 1_000_000L;
    this.throttle = new PauseTransition(gap);
    throttle.setOnFinished(e -> drawNow());
    nextChart.setOnFinished(e -> drawNext());
  }

  /** Holds every chart's drawing until {@link #redraw()}. */
  public void hold() {
    for (JFreeChart chart : charts) {
      chart.setNotify(false);
    }
  }

  /** Lets the charts draw their held changes, now or when the gap since the last drawing ends. */
  public void redraw() {
    long now = System.nanoTime();
    if (throttle.getStatus() == Animation.Status.RUNNING) {
      return;
    }
    if (now - lastRedraw < gapNanos) {
      throttle.playFromStart();
      return;
    }
    drawNow();
  }

  private void drawNow() {
    lastRedraw = System.nanoTime();
    next = 0;
    drawNext();
  }

  private void drawNext() {
    if (next < charts.size()) {
      charts.get(next++).setNotify(true);
    }
    if (next < charts.size()) {
      nextChart.playFromStart();
    }
  }
}
