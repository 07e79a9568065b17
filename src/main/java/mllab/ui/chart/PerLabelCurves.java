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
 * change. At most {@link #MOST} are drawn, whatever the number of labels: a thousand lines (and a
 * legend entry each) would bury the chart. The most and the least frequent labels come first
 * ({@link #chosen}): they show what the curves are there to show, that a rare label learns more
 * slowly; the student picks others in a searchable list. FX thread.
 */
final class PerLabelCurves {

  private final XYPlot plot;
  private final XYLineAndShapeRenderer renderer;
  private final List<XYSeries> series = new ArrayList<>();

  /** The most curves drawn: with more labels, the most and the least frequent are chosen. */
  static final int MOST = 10;

  /** The label each curve in {@link #series} follows. */
  private List<Integer> labels = List.of();

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

  /**
   * The labels whose curves are drawn: every label when there are at most {@link #MOST}; else the
   * {@code MOST / 2} most frequent in the test rows, then the rarest that the test rows carry at
   * least once (a label no test row carries has no positive to learn), the order of their colours.
   */
  static List<Integer> chosen(int labelCount, int[] support) {
    List<Integer> all = java.util.stream.IntStream.range(0, labelCount).boxed().toList();
    if (labelCount <= MOST || support.length != labelCount) {
      return all.subList(0, Math.min(labelCount, MOST));
    }
    java.util.Comparator<Integer> byCount = java.util.Comparator.comparingInt(k -> support[k]);
    List<Integer> frequent =
        java.util.Arrays.stream(mllab.ui.common.LabelPicker.mostFrequent(support, MOST / 2))
            .boxed()
            .toList();
    List<Integer> rare =
        all.stream()
            .filter(k -> !frequent.contains(k))
            .sorted(
                java.util.Comparator.comparing((Integer k) -> support[k] == 0)
                    .thenComparing(byCount)
                    .thenComparing(k -> k))
            .limit(MOST - frequent.size())
            .toList();
    List<Integer> out = new ArrayList<>(frequent);
    out.addAll(rare);
    return out;
  }

  /**
   * The picker of which labels get a curve (ids {@code per-label-curves-…}): with more than {@link
   * #MOST} labels, those {@link #chosen} at first, and a searchable list to pick others.
   */
  static mllab.ui.common.LabelPicker picker(java.util.function.Consumer<int[]> draw) {
    return new mllab.ui.common.LabelPicker(
        mllab.ui.common.NodeIds.PER_LABEL_CURVES,
        MOST,
        MOST,
        new mllab.ui.common.LabelPicker.Words(
            Text.get("training.curves.pick"),
            Text.get("training.curves.pickHelp", String.valueOf(MOST)),
            Text.get("training.curves.reset"),
            Text.get("training.curves.resetHelp", String.valueOf(MOST / 2)),
            Text.get("rawdata.list.labels"),
            "training.curves.tooMany",
            "training.curves.hidden",
            "training.curves.allShown"),
        draw);
  }

  /**
   * Gives {@code picker} the labels {@code names}, carried by {@code support[k]} of {@code rows}
   * test rows each (counts of another length count as none), starting from those {@link #chosen}.
   */
  static void offer(
      mllab.ui.common.LabelPicker picker, List<String> names, int[] support, int rows) {
    if (names == null) {
      return;
    }
    int[] counts =
        support != null && support.length == names.size() ? support : new int[names.size()];
    picker.setLabels(
        names,
        counts,
        rows,
        chosen(names.size(), counts).stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * One curve for each of the labels {@code picked} (indices into {@code names}), holding each
   * report's loss of that label.
   */
  void show(List<String> names, List<Integer> picked, List<? extends EpochReport> reports) {
    Function<Object[], String> title = Text.formatter("training.chart.labelSeries");
    List<XYSeries> built = new ArrayList<>(picked.size());
    XYSeriesCollection fresh = new XYSeriesCollection();
    for (int i = 0; i < picked.size(); i++) {
      XYSeries s = new XYSeries(title.apply(new Object[] {names.get(picked.get(i))}), false, false);
      built.add(s);
      fresh.addSeries(s);
      // Without notifying: each notice would make the plot measure every curve again.
      renderer.setSeriesPaint(i, ChartStyler.series(i + 2), false);
      renderer.setSeriesStroke(i, ChartStyler.current().stroke(i + 2), false);
      renderer.setSeriesShape(i, ChartStyler.current().shape(i + 2), false);
    }
    labels = List.copyOf(picked);
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
      labels = List.of();
      use(new XYSeriesCollection());
    }
  }

  /** Adds {@code r}'s per-label losses to the curves, without telling the chart. */
  void add(EpochReport r) {
    double[] loss = r.perLabelLoss();
    for (int i = 0; i < series.size(); i++) {
      int k = labels.get(i);
      if (k < loss.length) {
        series.get(i).add(r.epoch(), loss[k], false);
      }
    }
  }

  private void use(XYSeriesCollection next) {
    data = next;
    plot.setDataset(1, next);
  }
}
