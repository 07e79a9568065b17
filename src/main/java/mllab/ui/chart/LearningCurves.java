package mllab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import mllab.model.EpochReport;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Step 4's learning curves: the loss chart (train, test and validation loss, optionally one test
 * loss per label, and the loss of a network that only guesses) and the accuracy chart, one point
 * per epoch. Each batch of epochs changes the series once, and the charts redraw through a {@link
 * RedrawThrottle}, so a full-speed run redraws a few times a second instead of after every epoch.
 */
public final class LearningCurves {

  /** The shortest time between two redraws of the curves. */
  private static final Duration REDRAW_GAP = Duration.millis(200);

  private final ObservableList<EpochReport> reports;
  private final ObservableValue<List<String>> labelNames;
  private final ObservableValue<int[]> labelSupport;
  private final ObservableNumberValue testRows;
  private final ObservableNumberValue chanceLoss;
  private final ObservableNumberValue failedEpoch;
  private final ObservableNumberValue epochsTotal;

  private final XYSeries trainLoss = new XYSeries(Text.get("training.trainLoss"), false, false);
  private final XYSeries testLoss = new XYSeries(Text.get("training.testLoss"), false, false);
  private final XYSeries validationLoss =
      new XYSeries(Text.get("training.validationLoss"), false, false);
  private final XYSeries labelAccuracy =
      new XYSeries(Text.get("training.labelAccuracy"), false, false);
  private final XYSeries subsetAccuracy =
      new XYSeries(Text.get("training.subsetAccuracy"), false, false);
  private final XYSeriesCollection lossData = new XYSeriesCollection();
  private final XYSeriesCollection accuracyData = new XYSeriesCollection();
  private final ValueMarker chanceMarker = ChartStyler.marker(false); // at the chance loss
  private final ValueMarker failureMarker = ChartStyler.marker(true);
  private final CheckBox perLabelCurves = new CheckBox(Text.get("training.perLabelCurves"));

  /** Which labels get a curve, with many labels: the most and the least frequent at first. */
  private final mllab.ui.common.LabelPicker picker = PerLabelCurves.picker(this::curvesFor);

  /** The labels and counts the picker was last given. */
  private List<String> offeredNames;

  private int[] offeredSupport;

  /** The labels that get a curve while the curves are shown. */
  private List<Integer> curveLabels = List.of();

  /** The row of the two charts' viewers. */
  private final HBox charts = new HBox(10);

  private static final double PREF_HEIGHT = 270;
  private static final double MIN_HEIGHT = 220;
  private JFreeChart lossChart;
  private JFreeChart accuracyChart;
  private PerLabelCurves perLabel;
  private RedrawThrottle throttle;

  /**
   * The loss axis during a run: it only grows (a falling curve does not make it rescale every
   * epoch, which made the curve jump); it starts afresh when the run is reset.
   */
  private Range lossRange;

  /**
   * Curves of {@code reports}, with per-label curves for the labels named in {@code labelNames} (at
   * most ten of them, chosen by how many test rows carry each, {@code labelSupport}), the guessing
   * line at {@code chanceLoss}, a marker at {@code failedEpoch} (0: none) and an epoch axis from 1
   * to {@code epochsTotal}.
   */
  public LearningCurves(
      ObservableList<EpochReport> reports,
      ObservableValue<List<String>> labelNames,
      ObservableValue<int[]> labelSupport,
      ObservableNumberValue testRows,
      ObservableNumberValue chanceLoss,
      ObservableNumberValue failedEpoch,
      ObservableNumberValue epochsTotal) {
    this.reports = reports;
    this.labelNames = labelNames;
    this.labelSupport = labelSupport;
    this.testRows = testRows;
    this.chanceLoss = chanceLoss;
    this.failedEpoch = failedEpoch;
    this.epochsTotal = epochsTotal;
  }

  /**
   * The card with both charts' place, their caption and the per-label switch, following the
   * sources. The charts' viewers are made by {@link #addViewers}, after the card's first frame: the
   * place keeps their height until then.
   */
  public Node createView() {
    lossChart = buildLossChart();
    accuracyChart =
        Charts.lines(
            Text.get("training.accuracy"), Text.get("training.accuracyOnTestRows"), accuracyData);
    throttle = new RedrawThrottle(REDRAW_GAP, lossChart, accuracyChart);
    charts.setMinHeight(MIN_HEIGHT);
    charts.setPrefHeight(PREF_HEIGHT);
    followPerLabelSwitch();
    Label caption = new Label(Text.get("training.chart.accuracyCaption"));
    caption.getStyleClass().add(Styles.CHART_CAPTION);
    caption.setWrapText(true);
    caption.setId(NodeIds.ACCURACY_CAPTION);
    VBox card =
        StepLayout.card(
            Text.get("training.learningCurves"),
            charts,
            caption,
            new VBox(4, perLabelCurves, pickerBox()));
    card.setId(NodeIds.CURVES_CARD);
    bind();
    return card;
  }

  /** Puts the loss and accuracy charts' viewers in their place in the card (once). */
  public void addViewers() {
    if (!charts.getChildren().isEmpty()) {
      return;
    }
    ChartViewer lossViewer =
        Charts.viewer(lossChart, "loss-chart", Text.get("training.trainingTestLossAfter"));
    ChartViewer accuracyViewer =
        Charts.viewer(
            accuracyChart, "accuracy-chart", Text.get("training.labelAccuracySubsetAccuracy"));
    for (ChartViewer v : new ChartViewer[] {lossViewer, accuracyViewer}) {
      // The mouse wheel scrolls the screen, as everywhere else, instead of zooming the chart.
      MouseHandlerFX zoom = v.getCanvas().getMouseHandler("scroll");
      if (zoom != null) {
        v.getCanvas().removeAuxiliaryMouseHandler(zoom);
      }
      v.setPrefSize(380, PREF_HEIGHT);
      v.setMinSize(240, MIN_HEIGHT);
      HBox.setHgrow(v, Priority.ALWAYS);
    }
    charts.getChildren().setAll(lossViewer, accuracyViewer);
    // From now on the viewers give the row its height, as they did when they came with the card.
    charts.setMinHeight(Region.USE_COMPUTED_SIZE);
    charts.setPrefHeight(Region.USE_COMPUTED_SIZE);
  }

  private JFreeChart buildLossChart() {
    lossData.addSeries(trainLoss);
    lossData.addSeries(testLoss);
    lossData.addSeries(validationLoss);
    accuracyData.addSeries(labelAccuracy);
    accuracyData.addSeries(subsetAccuracy);
    JFreeChart chart =
        Charts.lines(Text.get("training.loss"), Text.get("training.chart.lossAxis"), lossData);
    XYPlot lossPlot = chart.getXYPlot();
    XYLineAndShapeRenderer perLabelRenderer = Charts.lineRenderer();
    lossPlot.setRenderer(1, perLabelRenderer);
    perLabelRenderer.setDefaultSeriesVisible(false);
    perLabel = new PerLabelCurves(lossPlot);
    chanceMarker.setLabel(Text.get("training.chart.guessing"));
    chanceMarker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    // Below the line: above it the label is cut off by the plot's top edge when the curves start
    // just under the guessing loss, as they do.
    chanceMarker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    lossPlot.addRangeMarker(chanceMarker);
    ChartStyler.current().style(chanceMarker);
    failureMarker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    failureMarker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    return chart;
  }

  private void followPerLabelSwitch() {
    perLabelCurves.setId(NodeIds.PER_LABEL_CURVES);
    perLabelCurves.setAccessibleText(Text.get("training.showPerLabelTest"));
    // The tooltip is made on the first hover; a screen reader reads its text as help at once.
    String tip = Text.get("training.addOneTestLoss");
    perLabelCurves.setAccessibleHelp(tip);
    mllab.ui.common.LazyTooltip.onFirstHover(
        perLabelCurves, () -> perLabelCurves.setTooltip(new Tooltip(tip)));
    XYLineAndShapeRenderer perLabelRenderer =
        (XYLineAndShapeRenderer) lossChart.getXYPlot().getRenderer(1);
    perLabelCurves
        .selectedProperty()
        .addListener(
            (o, a, b) -> {
              lossChart.setNotify(false);
              if (b) {
                perLabel.show(labelNames.getValue(), curveLabels, reports);
              } else {
                perLabel.clear();
              }
              perLabelRenderer.setDefaultSeriesVisible(b);
              lossRange = null;
              fitLossAxis();
              lossChart.setNotify(true);
            });
  }

  private void bind() {
    reports.addListener(this::reportsChanged);
    // The per-label curves are built only while shown (see followPerLabelSwitch).
    labelNames.addListener((o, a, b) -> pickLabels());
    labelSupport.addListener((o, a, b) -> pickLabels());
    pickLabels();
    chanceLoss.addListener((o, a, b) -> chanceMarker.setValue(b.doubleValue()));
    chanceMarker.setValue(chanceLoss.doubleValue());
    failedEpoch.addListener((o, a, b) -> showFailure(b.intValue()));
    addPoints(reports);
  }

  /** The picker of which labels get a curve, shown while the curves are. */
  private Node pickerBox() {
    VBox box = new VBox(picker.node());
    box.visibleProperty().bind(perLabelCurves.selectedProperty());
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  /** New labels or counts: the picker starts again from the most and the least frequent. */
  private void pickLabels() {
    PerLabelCurves.offer(
        picker, labelNames.getValue(), labelSupport.getValue(), testRows.intValue());
  }

  /** The picker chose {@code labels}: their curves are drawn, if the curves are shown. */
  private void curvesFor(int[] labels) {
    curveLabels = java.util.Arrays.stream(labels).boxed().toList();
    if (!perLabelCurves.isSelected()) {
      return;
    }
    lossChart.setNotify(false);
    perLabel.show(labelNames.getValue(), curveLabels, reports);
    lossRange = null;
    fitLossAxis();
    lossChart.setNotify(true);
  }

  private void reportsChanged(ListChangeListener.Change<? extends EpochReport> change) {
    List<EpochReport> added = new ArrayList<>();
    boolean cleared = false;
    while (change.next()) {
      if (change.wasRemoved()) {
        cleared = true;
      }
      if (change.wasAdded()) {
        added.addAll(change.getAddedSubList());
      }
    }
    if (cleared) {
      throttle.hold();
      for (XYSeries s : allSeries()) {
        s.clear();
      }
      lossChart.getXYPlot().removeDomainMarker(failureMarker);
      failureMarker.setValue(0);
      lossRange = null;
      fitEpochAxis();
      fitLossAxis();
      throttle.redraw();
    }
    addPoints(added);
  }

  /** Adds one point per report to every series, then lets each chart redraw once. */
  private void addPoints(List<? extends EpochReport> added) {
    if (added.isEmpty()) {
      return;
    }
    throttle.hold();
    for (EpochReport r : added) {
      trainLoss.add(r.epoch(), r.trainLoss(), false);
      testLoss.add(r.epoch(), r.testLoss(), false);
      if (r.hasValidation()) {
        validationLoss.add(r.epoch(), r.validationLoss(), false);
      }
      labelAccuracy.add(r.epoch(), r.labelAccuracy(), false);
      subsetAccuracy.add(r.epoch(), r.subsetAccuracy(), false);
      perLabel.add(r);
    }
    for (XYSeries s : allSeries()) {
      s.fireSeriesChanged();
    }
    fitEpochAxis();
    fitLossAxis();
    throttle.redraw();
  }

  /** Auto range, widened to keep the guessing line in view: the curves are read against it. */
  private void fitLossAxis() {
    ValueAxis axis = lossChart.getXYPlot().getRangeAxis();
    Range data = DatasetUtils.findRangeBounds(lossData);
    if (perLabelCurves.isSelected() && perLabel.data().getSeriesCount() > 0) {
      data = Range.combine(data, DatasetUtils.findRangeBounds(perLabel.data()));
    }
    double chance = chanceLoss.doubleValue();
    if (data == null || !Double.isFinite(chance)) {
      axis.setAutoRange(true);
      return;
    }
    double low = Math.min(data.getLowerBound(), chance);
    double high = Math.max(data.getUpperBound(), chance);
    double margin = Math.max(1e-3, (high - low) * 0.08);
    Range needed = new Range(Math.max(0, low - margin), high + margin);
    lossRange = lossRange == null ? needed : Range.combine(lossRange, needed);
    axis.setRange(lossRange);
  }

  /**
   * The epoch axis of both charts spans the whole run from its first epoch (1 to the epochs set),
   * so the curves grow left to right instead of being stretched anew after each epoch.
   */
  private void fitEpochAxis() {
    int last =
        trainLoss.getItemCount() == 0 ? 0 : trainLoss.getX(trainLoss.getItemCount() - 1).intValue();
    int total = Math.max(epochsTotal.intValue(), last);
    for (JFreeChart chart : List.of(lossChart, accuracyChart)) {
      ValueAxis x = chart.getXYPlot().getDomainAxis();
      if (total > 1 && failureMarker.getValue() <= 0) {
        x.setRange(0.75, total + 0.25);
      } else if (total <= 1) {
        x.setAutoRange(true);
      }
    }
  }

  private List<XYSeries> allSeries() {
    List<XYSeries> all =
        new ArrayList<>(
            List.of(trainLoss, testLoss, validationLoss, labelAccuracy, subsetAccuracy));
    all.addAll(perLabel.series());
    return all;
  }

  private void showFailure(int epoch) {
    XYPlot plot = lossChart.getXYPlot();
    plot.removeDomainMarker(failureMarker);
    failureMarker.setValue(0);
    fitEpochAxis();
    if (epoch > 0) {
      // The failed epoch has no point, so the axis is widened to keep its marker in view.
      plot.getDomainAxis().setRange(0.5, epoch + 0.5);
      failureMarker.setValue(epoch);
      failureMarker.setLabel(Text.get("training.chart.exploded", String.valueOf(epoch)));
      // Added now, so styled now: the theme may have changed since the last failure.
      ChartStyler.current().style(failureMarker);
      plot.addDomainMarker(failureMarker);
    }
  }

  // ---- for tests ------------------------------------------------------------------------------

  /** The data behind the loss chart's train curve. */
  public XYSeries trainLossSeries() {
    return trainLoss;
  }

  public XYSeries testLossSeries() {
    return testLoss;
  }

  public XYSeries labelAccuracySeries() {
    return labelAccuracy;
  }

  public XYSeries subsetAccuracySeries() {
    return subsetAccuracy;
  }

  public JFreeChart lossChart() {
    return lossChart;
  }
}
