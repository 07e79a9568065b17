package mllab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import mllab.model.EpochReport;
import mllab.text.Text;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The loss chart's per-label test-loss curves, which exist only while the student shows them: they
 * are built from the epochs so far in a dataset no chart listens to and handed to the plot in one
 * change, so 159 labels cost one axis update instead of one per curve and per colour. FX thread.
 */
final class PerLabelCurves {

  private final XYPlot plot;
  private final XYLineAndShapeRenderer renderer;
  private final List<XYSeries> series = new ArrayList<>();
  private XYSeriesCollection data = new XYSeriesCollection();

  /** Curves drawn by {@code plot}'s second renderer from its second dataset. */
  PerLabelCurves(XYPlot plot) {
    this.plot = plot;
    this.renderer = (XYLineAndShapeRenderer) plot.getRenderer(1);
    plot.setDataset(1, data);
  }

  /** The dataset now drawn: empty while the curves are hidden. */
  XYSeriesCollection data() {
    return data;
  }

  /** The curves now drawn (none while hidden), to be cleared with the others on a reset. */
  List<XYSeries> series() {
    return series;
  }

  /** One curve per name in {@code names}, holding each report's loss of that label. */
  void show(List<String> names, List<? extends EpochReport> reports) {
    Function<Object[], String> title = Text.formatter("training.chart.labelSeries");
    List<XYSeries> built = new ArrayList<>(names.size());
    XYSeriesCollection fresh = new XYSeriesCollection();
    for (int k = 0; k < names.size(); k++) {
      XYSeries s = new XYSeries(title.apply(new Object[] {names.get(k)}), false, false);
      built.add(s);
      fresh.addSeries(s);
      // Without notifying: each notice would make the plot measure every curve again.
      renderer.setSeriesPaint(k, ChartStyler.series(k + 2), false);
      renderer.setSeriesStroke(k, ChartStyler.current().stroke(k + 2), false);
      renderer.setSeriesShape(k, ChartStyler.current().shape(k + 2), false);
    }
    series.clear();
    series.addAll(built);
    for (EpochReport r : reports) {
      add(r);
    }
    use(fresh);
  }

  /** Lets go of the curves: hidden ones cost nothing per epoch and nothing to draw. */
  void clear() {
    if (!series.isEmpty()) {
      series.clear();
      use(new XYSeriesCollection());
    }
  }

  /** Adds {@code r}'s per-label losses to the curves, without telling the chart. */
  void add(EpochReport r) {
    double[] loss = r.perLabelLoss();
    for (int k = 0; k < series.size() && k < loss.length; k++) {
      series.get(k).add(r.epoch(), loss[k], false);
    }
  }

  private void use(XYSeriesCollection next) {
    data = next;
    plot.setDataset(1, next);
  }
}
