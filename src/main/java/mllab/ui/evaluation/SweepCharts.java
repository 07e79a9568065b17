package mllab.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import mllab.eval.Metric;
import mllab.eval.ThresholdSweep;
import mllab.text.Text;
import mllab.ui.chart.ChartStyler;
import mllab.ui.chart.Charts;
import mllab.ui.chart.Polyline;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The three charts of the sweep: the main metrics over thresholds 0–1 with a marker at the current
 * threshold, and one label's ROC and precision-recall curves with its operating point. The charts
 * are built once; a threshold move only moves the marker and the two operating points.
 */
final class SweepCharts {

  /** The curves drawn over the threshold, in legend order. */
  static final List<Metric> SWEPT =
      List.of(
          Metric.MICRO_F1,
          Metric.MACRO_F1,
          Metric.SUBSET_ACCURACY,
          Metric.JACCARD,
          Metric.HAMMING_LOSS);

  private final XYSeriesCollection sweepData = new XYSeriesCollection();
  private final ValueMarker marker = ChartStyler.thresholdMarker(0.5);
  private final XYSeries rocCurve = new XYSeries(Text.get("evaluation.rocCurve"), false, true);
  private final XYSeries rocPoint =
      new XYSeries(Text.get("evaluation.currentThreshold"), false, true);
  private final XYSeries prCurve =
      new XYSeries(Text.get("evaluation.precisionRecallCurve"), false, true);
  private final XYSeries prPoint =
      new XYSeries(Text.get("evaluation.currentThreshold"), false, true);
  private JFreeChart sweepChart;
  private JFreeChart rocChart;
  private JFreeChart prChart;

  ChartViewer sweepViewer() {
    NumberAxis x = new NumberAxis(Text.get("evaluation.axis.threshold"));
    x.setRange(0, 1);
    x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
    NumberAxis y = new NumberAxis(Text.get("evaluation.metricValue"));
    y.setRange(0, 1.02);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    XYPlot plot = new XYPlot(sweepData, x, y, r);
    plot.addDomainMarker(marker);
    sweepChart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    return Charts.viewer(sweepChart, "sweep-chart", Text.get("evaluation.mainMetricsAtEvery"));
  }

  ChartViewer rocViewer() {
    rocChart =
        curveChart(
            rocCurve,
            rocPoint,
            Text.get("evaluation.falsePositiveRate"),
            Text.get("evaluation.truePositiveRate"));
    return Charts.viewer(rocChart, "roc-chart", Text.get("evaluation.rocCurveChosenLabel"));
  }

  ChartViewer prViewer() {
    prChart =
        curveChart(
            prCurve,
            prPoint,
            Text.get("evaluation.axis.recall"),
            Text.get("evaluation.axis.precision"));
    return Charts.viewer(prChart, "pr-chart", Text.get("evaluation.precisionRecallCurveChosen"));
  }

  private JFreeChart curveChart(XYSeries curve, XYSeries point, String xLabel, String yLabel) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(curve);
    data.addSeries(point);
    NumberAxis x = new NumberAxis(xLabel);
    x.setRange(0, 1.02);
    x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.2));
    NumberAxis y = new NumberAxis(yLabel);
    y.setRange(0, 1.02);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    XYPlot plot = new XYPlot(data, x, y, r);
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    ChartStyler.track(chart);
    r.setSeriesLinesVisible(1, false);
    r.setSeriesShapesVisible(1, true);
    r.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));
    return chart;
  }

  /** New predictions: the curves over the threshold (once per sweep, in one batch). */
  void showSweep(ThresholdSweep sweep) {
    sweepChart.setNotify(false);
    sweepData.removeAllSeries();
    if (sweep != null) {
      double[] t = sweep.thresholds();
      for (Metric m : SWEPT) {
        XYSeries s = new XYSeries(m.displayName(), false, true);
        double[] v = sweep.curve(m);
        for (int g = 0; g < t.length; g++) {
          s.add(t[g], v[g], false);
        }
        sweepData.addSeries(s);
      }
    }
    ChartStyler.track(sweepChart);
    sweepChart.setNotify(true);
  }

  /** Moves the marker only; the curves stay. A hidden marker is drawn fully transparent. */
  void moveMarker(double threshold, boolean visible) {
    marker.setValue(threshold);
    marker.setAlpha(visible ? 1f : 0f);
  }

  /**
   * One label's ROC and precision-recall curves thinned to the charts' resolution ({@link
   * Polyline#STEP}): made from a point per distinct probability (about one per test row), so on a
   * worker; what is left is at most about a thousand points a curve.
   */
  record LabelCurves(
      ThresholdSweep sweep, int label, double[] rocX, double[] rocY, double[] prX, double[] prY) {

    static LabelCurves of(ThresholdSweep sweep, int label) {
      List<ThresholdSweep.RocPoint> roc =
          sweep.rocCurve(label).stream()
              .filter(p -> !Double.isNaN(p.falsePositiveRate()))
              .filter(p -> !Double.isNaN(p.truePositiveRate()))
              .toList();
      double[][] r =
          thinned(
              roc.stream().mapToDouble(ThresholdSweep.RocPoint::falsePositiveRate).toArray(),
              roc.stream().mapToDouble(ThresholdSweep.RocPoint::truePositiveRate).toArray());
      List<ThresholdSweep.PrPoint> pr = sweep.precisionRecallCurve(label);
      double[][] p =
          thinned(
              pr.stream().mapToDouble(ThresholdSweep.PrPoint::recall).toArray(),
              pr.stream().mapToDouble(ThresholdSweep.PrPoint::precision).toArray());
      return new LabelCurves(sweep, label, r[0], r[1], p[0], p[1]);
    }

    private static double[][] thinned(double[] x, double[] y) {
      List<double[]> kept = new ArrayList<>();
      Polyline.thin(x, y, Polyline.STEP, (a, b) -> kept.add(new double[] {a, b}));
      double[][] xy = new double[2][kept.size()];
      for (int i = 0; i < kept.size(); i++) {
        xy[0][i] = kept.get(i)[0];
        xy[1][i] = kept.get(i)[1];
      }
      return xy;
    }
  }

  /** Draws a label's thinned ROC and precision-recall curves; null clears both charts. */
  void showLabel(LabelCurves curves, double threshold) {
    rocChart.setNotify(false);
    prChart.setNotify(false);
    rocCurve.clear();
    prCurve.clear();
    if (curves != null) {
      for (int i = 0; i < curves.rocX().length; i++) {
        rocCurve.add(curves.rocX()[i], curves.rocY()[i], false);
      }
      for (int i = 0; i < curves.prX().length; i++) {
        prCurve.add(curves.prX()[i], curves.prY()[i], false);
      }
    }
    rocCurve.fireSeriesChanged();
    prCurve.fireSeriesChanged();
    if (curves == null) {
      moveOperatingPoints(null, 0, threshold);
    } else {
      moveOperatingPoints(curves.sweep(), curves.label(), threshold);
    }
    rocChart.setNotify(true);
    prChart.setNotify(true);
  }

  /** Moves the two operating points to {@code threshold}. */
  void moveOperatingPoints(ThresholdSweep sweep, int label, double threshold) {
    // One change event per series, so each chart redraws once per move.
    rocPoint.setNotify(false);
    prPoint.setNotify(false);
    rocPoint.clear();
    prPoint.clear();
    if (sweep != null) {
      ThresholdSweep.RocPoint roc = sweep.rocOperatingPoint(label, threshold);
      if (!Double.isNaN(roc.falsePositiveRate()) && !Double.isNaN(roc.truePositiveRate())) {
        rocPoint.add(roc.falsePositiveRate(), roc.truePositiveRate(), false);
      }
      ThresholdSweep.PrPoint pr = sweep.prOperatingPoint(label, threshold);
      prPoint.add(pr.recall(), pr.precision(), false);
    }
    rocPoint.setNotify(true);
    prPoint.setNotify(true);
  }

  double markerValue() {
    return marker.getValue();
  }
}
