package mllab.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** A theme change restyles a chart with the same colours its curves were built with. */
class ChartStylerTest {

  @Test
  void aSecondDatasetContinuesThePaletteWhenRestyled() {
    // Given a plot like the loss chart: train and test loss, then per-label curves on a second
    // renderer, built with the plot's colours 0, 1 and then 2, 3, 4
    JFreeChart chart = lossChart(3);
    XYPlot plot = chart.getXYPlot();

    // When the chart is restyled (as on a theme or zoom change)
    ChartStyler.current().style(chart);

    // Then each per-label curve keeps its own colour after the two loss curves'
    assertEquals(ChartStyler.series(0), plot.getRenderer(0).getSeriesPaint(0));
    assertEquals(ChartStyler.series(1), plot.getRenderer(0).getSeriesPaint(1));
    for (int k = 0; k < 3; k++) {
      assertEquals(ChartStyler.series(2 + k), plot.getRenderer(1).getSeriesPaint(k), "label " + k);
    }
  }

  @Test
  void aChartWithAThousandLabelCurvesIsRedrawnOnceWhenRestyled() {
    // Given the loss chart with a curve per label of a 1,000-label set on its second renderer
    JFreeChart chart = lossChart(1000);
    XYPlot plot = chart.getXYPlot();
    int[] changes = {0};
    chart.addChangeListener(e -> changes[0]++);

    // When the chart is restyled (a theme or zoom change)
    ChartStyler.current().style(chart);

    // Then its viewer is told once to redraw, not once per curve's colour, line and shape
    assertEquals(1, changes[0]);
    assertEquals(ChartStyler.series(2 + 999), plot.getRenderer(1).getSeriesPaint(999));
  }

  /** A chart like the loss chart: two loss curves, then {@code labels} curves on a 2nd renderer. */
  private static JFreeChart lossChart(int labels) {
    XYPlot plot =
        new XYPlot(collection(2), new NumberAxis(), new NumberAxis(), new XYLineAndShapeRenderer());
    plot.setDataset(1, collection(labels));
    plot.setRenderer(1, new XYLineAndShapeRenderer());
    return new JFreeChart(plot);
  }

  private static XYSeriesCollection collection(int series) {
    XYSeriesCollection c = new XYSeriesCollection();
    for (int i = 0; i < series; i++) {
      XYSeries s = new XYSeries("s" + i);
      s.add(1, i);
      c.addSeries(s);
    }
    return c;
  }
}
