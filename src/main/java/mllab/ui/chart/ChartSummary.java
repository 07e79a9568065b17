package mllab.ui.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import mllab.text.Text;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The words a screen reader speaks for a chart: its description followed by a summary of the data
 * drawn now (each line's first and last value, a histogram's range and fullest bin, each bar's
 * value), kept up to date as the chart changes.
 */
public final class ChartSummary {

  private ChartSummary() {}

  /** Sets {@code viewer}'s accessible text now and after every change of its chart. */
  public static void install(ChartViewer viewer, String description) {
    JFreeChart chart = viewer.getChart();
    viewer.setAccessibleText(of(chart, description));
    chart.addChangeListener(e -> viewer.setAccessibleText(of(chart, description)));
  }

  /** {@code description} followed by a summary of what {@code chart} draws. */
  public static String of(JFreeChart chart, String description) {
    String data =
        chart.getPlot() instanceof XYPlot xy
            ? xy(xy)
            : chart.getPlot() instanceof CategoryPlot cat ? category(cat) : "";
    return Text.get(
        "chart.summary", description, data.isEmpty() ? Text.get("chart.summary.noData") : data);
  }

  /** What the lines drawn so far add up to: a summary each, and the widest span of x. */
  private static final class Lines {
    final List<String> parts = new ArrayList<>();
    int points;
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
  }

  private static String xy(XYPlot plot) {
    Lines lines = new Lines();
    List<String> parts = lines.parts;
    String xLabel = plot.getDomainAxis() == null ? "x" : plot.getDomainAxis().getLabel();
    String yLabel = plot.getRangeAxis() == null ? "y" : plot.getRangeAxis().getLabel();
    for (int d = 0; d < plot.getDatasetCount(); d++) {
      XYDataset data = plot.getDataset(d);
      if (data == null) {
        continue;
      }
      if (data instanceof HistogramDataset histogram) {
        parts.add(histogram(histogram, xLabel));
        continue;
      }
      addSeries(lines, data, plot.getRenderer(d), xLabel, yLabel);
    }
    if (parts.isEmpty()) {
      return "";
    }
    String joined = String.join(", ", parts);
    StringBuilder out =
        new StringBuilder(
            lines.points > 0
                ? Text.get(
                    "chart.summary.lines",
                    joined,
                    String.valueOf(lines.points),
                    xLabel,
                    num(lines.minX),
                    num(lines.maxX))
                : joined);
    Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
    if (markers != null) {
      for (Object m : markers) {
        if (m instanceof ValueMarker v) {
          out.append(Text.get("chart.summary.marker", xLabel, num(v.getValue())));
        }
      }
    }
    return Text.get("chart.summary.end", out.toString());
  }

  /**
   * Adds a summary of each visible series of {@code data} (a point, or a line's first and last).
   */
  private static void addSeries(
      Lines lines, XYDataset data, XYItemRenderer renderer, String xLabel, String yLabel) {
    for (int s = 0; s < data.getSeriesCount(); s++) {
      int n = data.getItemCount(s);
      if (n == 0 || (renderer != null && !renderer.isSeriesVisible(s))) {
        continue;
      }
      String name = String.valueOf(data.getSeriesKey(s));
      if (n == 1) {
        lines.parts.add(
            Text.get(
                "chart.summary.point",
                name,
                xLabel,
                num(data.getXValue(s, 0)),
                yLabel,
                num(data.getYValue(s, 0))));
        continue;
      }
      lines.parts.add(
          Text.get(
              "chart.summary.line",
              name,
              num(data.getYValue(s, 0)),
              num(data.getYValue(s, n - 1))));
      lines.points = Math.max(lines.points, n);
      for (int i : new int[] {0, n - 1}) {
        lines.minX = Math.min(lines.minX, data.getXValue(s, i));
        lines.maxX = Math.max(lines.maxX, data.getXValue(s, i));
      }
    }
  }

  private static String histogram(HistogramDataset data, String xLabel) {
    if (data.getSeriesCount() == 0 || data.getItemCount(0) == 0) {
      return "";
    }
    int bins = data.getItemCount(0);
    long rows = 0;
    int fullest = 0;
    for (int i = 0; i < bins; i++) {
      rows += Math.round(data.getYValue(0, i));
      if (data.getYValue(0, i) > data.getYValue(0, fullest)) {
        fullest = i;
      }
    }
    return Text.get(
        "chart.summary.histogram",
        String.valueOf(rows),
        String.valueOf(bins),
        xLabel,
        num(data.getStartXValue(0, 0)),
        num(data.getEndXValue(0, bins - 1)),
        String.valueOf(Math.round(data.getYValue(0, fullest))),
        num(data.getStartXValue(0, fullest)),
        num(data.getEndXValue(0, fullest)));
  }

  private static String category(CategoryPlot plot) {
    CategoryDataset data = plot.getDataset();
    if (data == null || data.getRowCount() == 0) {
      return "";
    }
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < data.getRowCount(); r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < data.getColumnCount(); c++) {
        Number v = data.getValue(r, c);
        cells.add(
            Text.get(
                "chart.summary.bar",
                String.valueOf(data.getColumnKey(c)),
                v == null ? Text.get("chart.summary.none") : num(v.doubleValue())));
      }
      rows.add(
          Text.get(
              "chart.summary.barRow", String.valueOf(data.getRowKey(r)), String.join(", ", cells)));
    }
    String bars = String.join("; ", rows);
    return plot.getRangeAxis() == null
        ? Text.get("chart.summary.end", bars)
        : Text.get("chart.summary.bars", bars, plot.getRangeAxis().getLabel());
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return Text.get("chart.summary.undefined");
    }
    return Math.abs(v) >= 1000 || v == Math.rint(v)
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.3f", v);
  }
}
