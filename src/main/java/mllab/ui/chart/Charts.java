package mllab.ui.chart;

import java.text.DecimalFormat;
import javafx.scene.control.Tooltip;
import mllab.text.Text;
import mllab.ui.common.LazyTooltip;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeriesCollection;

/** Factories for the app's charts, each styled by {@link ChartStyler} and wrapped in a viewer. */
public final class Charts {

  private Charts() {}

  /**
   * A viewer whose accessible text is {@code description} plus a summary of the data, kept up to
   * date as the chart changes; its right-click menu exports the chart as PNG.
   */
  public static ChartViewer viewer(JFreeChart chart, String id, String description) {
    ChartViewer viewer = new ChartViewer(chart);
    viewer.setId(id);
    ChartSummary.install(viewer, description);
    // A picture with a description: as a plain container (its default role) a screen reader would
    // skip it and never read the summary.
    viewer.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
    viewer.setFocusTraversable(false);
    String tip = Text.get("chart.tooltip", description);
    LazyTooltip.onFirstHover(viewer, () -> Tooltip.install(viewer, new Tooltip(tip)));
    return viewer;
  }

  /** A histogram of {@code values} in {@code bins} bins, following the theme. */
  public static JFreeChart histogram(String title, String xLabel, double[] values, int bins) {
    return histogram(title, xLabel, histogramData(values, bins));
  }

  /**
   * {@code values} counted into {@code bins} equal bins: the part of a histogram that grows with
   * the rows, made on a worker (a dataset is not part of the scene) and drawn with {@link
   * #histogram(String, String, HistogramDataset)}.
   */
  public static HistogramDataset histogramData(double[] values, int bins) {
    HistogramDataset data = new HistogramDataset();
    if (values.length > 0) {
      data.addSeries(Text.get("chart.histogram.rows"), values, bins);
    }
    return data;
  }

  /** A histogram of counts already binned: its drawing costs the bins, not the rows. */
  public static JFreeChart histogram(String title, String xLabel, HistogramDataset data) {
    NumberAxis x = new NumberAxis(xLabel);
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = new NumberAxis(Text.get("chart.histogram.rows"));
    XYBarRenderer r = new XYBarRenderer(0.08);
    r.setBarPainter(new StandardXYBarPainter());
    r.setShadowVisible(false);
    XYPlot plot = new XYPlot(data, x, y, r);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    return ChartStyler.track(chart);
  }

  /** Grouped vertical bars: one group per category, one bar per series. */
  public static JFreeChart groupedBars(String title, String yLabel, DefaultCategoryDataset data) {
    CategoryAxis x = new CategoryAxis();
    NumberAxis y = new NumberAxis(yLabel);
    BarRenderer r = new BarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setItemMargin(0.05);
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.VERTICAL);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    return ChartStyler.track(chart);
  }

  /** A line chart of {@code data} over the epochs, one point per epoch, following the theme. */
  static JFreeChart lines(String title, String yLabel, XYSeriesCollection data) {
    NumberAxis x = new NumberAxis(Text.get("training.chart.epochAxis"));
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, x, y, lineRenderer());
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    ChartStyler.track(chart);
    return chart;
  }

  /** Lines with a point per epoch, whose tooltip names the series, the epoch and the value. */
  static XYLineAndShapeRenderer lineRenderer() {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
    r.setDefaultToolTipGenerator(
        new StandardXYToolTipGenerator(
            Text.get("training.chart.tooltip", "{0}", "{1}", "{2}"),
            new DecimalFormat("0"),
            new DecimalFormat("0.000")));
    return r;
  }
}
