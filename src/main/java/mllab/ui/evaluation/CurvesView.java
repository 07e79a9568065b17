package mllab.ui.evaluation;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mllab.eval.Predictions;
import mllab.eval.Thresholds;
import mllab.lesson.EvaluationSnapshot;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;
import org.jfree.chart.fx.ChartViewer;

/**
 * Step 5's sweep tab: the main metrics over every threshold with a marker at the one in force, and
 * one label's ROC and precision-recall curves with its operating point. The charts redraw only
 * while the tab is open; opening it brings them up to date.
 */
final class CurvesView {

  private final CurvesViewModel model;
  private final LabelList curveLabels;
  private final SweepCharts charts = new SweepCharts();
  private Tab tab;
  private ComboBox<Integer> labelBox;

  CurvesView(CurvesViewModel model) {
    this.model = model;
    this.curveLabels = new LabelList("curve-label-list", model.snapshotProperty());
  }

  Tab createTab() {
    ChartViewer sweep = charts.sweepViewer();
    sweep.setPrefHeight(320);
    sweep.setMinHeight(280);
    ChartViewer roc = charts.rocViewer();
    ChartViewer pr = charts.prViewer();
    for (ChartViewer v : new ChartViewer[] {roc, pr}) {
      v.setPrefSize(380, 300);
      v.setMinHeight(260);
      HBox.setHgrow(v, Priority.ALWAYS);
    }
    Label chartHint = new Label(Text.get("evaluation.rightClickChartExport"));
    chartHint.getStyleClass().add(Styles.MUTED);
    VBox curves = new VBox(10, sweep, chooser(), new HBox(10, roc, pr), chartHint);
    tab = new Tab(Text.get("evaluation.thresholdSweepCurves"));
    tab.setId(NodeIds.TAB_SWEEP);
    // A tab pane styles and lays out every tab's content, shown or not: the charts join the scene
    // when the tab is first opened (before the listeners below redraw them), not with step 5.
    tab.selectedProperty()
        .addListener(
            new javafx.beans.value.ChangeListener<Boolean>() {
              @Override
              public void changed(
                  javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean b) {
                if (b) {
                  tab.selectedProperty().removeListener(this);
                  tab.setContent(curves);
                }
              }
            });
    bind();
    return tab;
  }

  private HBox chooser() {
    ComboBox<Integer> curveLabelChooser = new ComboBox<>(curveLabels.shown());
    labelBox = curveLabelChooser;
    curveLabelChooser.setId(NodeIds.CURVE_LABEL);
    curveLabelChooser.setAccessibleText(Text.get("evaluation.labelWhoseRocPrecision"));
    curveLabelChooser.setTooltip(new Tooltip(Text.get("evaluation.chooseLabelForRoc")));
    curveLabelChooser.setConverter(mllab.ui.common.Converters.shownAs(curveLabels::name));
    curveLabelChooser.valueProperty().bindBidirectional(model.chosenProperty());
    Label pick = new Label(Text.get("evaluation.label"));
    pick.setLabelFor(curveLabelChooser);
    HBox chooser = new HBox(10, pick, curveLabelChooser, curveLabels.bar());
    chooser.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(curveLabels.bar(), Priority.ALWAYS);
    return chooser;
  }

  private void bind() {
    model.predictionsProperty().addListener((o, a, p) -> showLabels(p));
    model.sweepProperty().addListener((o, a, b) -> charts.showSweep(b));
    model.curvesProperty().addListener((o, a, b) -> showCurves());
    tab.selectedProperty()
        .addListener(
            (o, a, b) -> {
              if (b) {
                showMarker();
                showCurves();
              }
            });
    model.snapshotProperty().addListener((o, a, s) -> showSnapshot(s));
    showLabels(model.predictionsProperty().get());
    charts.showSweep(model.sweepProperty().get());
    showSnapshot(model.snapshotProperty().get());
  }

  /**
   * New predictions: the chooser's list gets their labels, search and order kept, and the box the
   * width of the longest names (measured from a few, not by naming every label in the layout).
   */
  private void showLabels(Predictions p) {
    List<String> names = p == null ? List.of() : p.labelNames();
    curveLabels.setNames(names);
    mllab.ui.common.NameWidths.fit(labelBox, names);
  }

  private void showSnapshot(EvaluationSnapshot s) {
    if (s == null || !tab.isSelected()) {
      return;
    }
    showMarker();
    Thresholds t = s.thresholds();
    SweepCharts.LabelCurves c = model.curvesProperty().get();
    // The points stand on the curves drawn (a newer label's come from a worker a moment later).
    if (t != null && c != null && c.label() < t.labelCount()) {
      charts.moveOperatingPoints(c.sweep(), c.label(), t.of(c.label()));
    }
  }

  /** The sweep's marker stands at the global threshold; per-label thresholds have no one point. */
  private void showMarker() {
    EvaluationSnapshot s = model.snapshotProperty().get();
    if (s != null) {
      charts.moveMarker(s.state().global(), !s.state().perLabel());
    }
  }

  private void showCurves() {
    Thresholds t = model.thresholdsProperty().get();
    SweepCharts.LabelCurves c = model.curvesProperty().get();
    if (c == null || t == null || c.label() >= t.labelCount()) {
      charts.showLabel(null, 0);
      return;
    }
    charts.showLabel(c, t.of(c.label()));
  }
}
