package mllab.ui.chart;

/**
 * A curve thinned to what a chart can show: a ROC or precision-recall curve has a point per
 * distinct probability (thousands on a large test set), far more than the few hundred pixels the
 * chart is wide, and every point costs its share of each redraw while the threshold slider moves. A
 * point is kept when it lies at least {@code step} (in the curve's own units, both axes 0–1) from
 * the last kept point along either axis; the first and last points are always kept, so the curve
 * keeps its ends and no kept stretch hides a move larger than {@code step}.
 */
public final class Polyline {

  /** 1/500 of the axis: under one pixel on a chart up to 500 pixels across. */
  public static final double STEP = 0.002;

  /** Receives the kept points in order. */
  @FunctionalInterface
  public interface PointSink {
    void add(double x, double y);
  }

  private Polyline() {}

  /**
   * Passes to {@code sink} the points of {@code x}, {@code y} (the same length) that the curve
   * needs at a resolution of {@code step}.
   */
  public static void thin(double[] x, double[] y, double step, PointSink sink) {
    int n = x.length;
    if (n == 0) {
      return;
    }
    double lastX = x[0];
    double lastY = y[0];
    sink.add(lastX, lastY);
    for (int i = 1; i < n - 1; i++) {
      if (Math.abs(x[i] - lastX) >= step || Math.abs(y[i] - lastY) >= step) {
        lastX = x[i];
        lastY = y[i];
        sink.add(lastX, lastY);
      }
    }
    if (n > 1) {
      sink.add(x[n - 1], y[n - 1]);
    }
  }
}
