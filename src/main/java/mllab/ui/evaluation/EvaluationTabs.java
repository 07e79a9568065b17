package mllab.ui.evaluation;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.ScrollIntoView;
import mllab.ui.trace.TraceView;
import mllab.ui.trace.TraceViewModel;

/**
 * Step 5's tabs below the cards: the predictions table, the threshold sweep and curves, and one
 * prediction traced through the network. Each tab is a view of its own on its own view model.
 */
final class EvaluationTabs {

  private final PredictionsViewModel predictionsModel;
  private final PredictionsView predictions;
  private final CurvesView curves;
  private final TraceView trace;
  private final TabPane tabs = new TabPane();

  EvaluationTabs(PredictionsViewModel predictions, CurvesViewModel curves, TraceViewModel trace) {
    this.predictionsModel = predictions;
    this.predictions = new PredictionsView(predictions);
    this.curves = new CurvesView(curves);
    this.trace = new TraceView(trace);
  }

  /**
   * The tabs, the predictions table's columns and cells coming a pulse or more later through {@code
   * later} (only the selected tab's content is on screen), after which {@code built} runs.
   */
  TabPane createView(java.util.function.Consumer<Runnable> later, Runnable built) {
    Tab table =
        new Tab(Text.get("evaluation.predictionsTable"), predictions.createView(later, built));
    table.setId(NodeIds.TAB_PREDICTIONS);
    Tab traced = new Tab(Text.get("evaluation.traceOnePrediction"));
    // The trace's rows (sliders, fields, units, labels) are built when its tab is first opened.
    trace.buildWhen(traced.selectedProperty());
    traced.setContent(trace.createView());
    traced.setId(NodeIds.TAB_TRACE);
    tabs.getTabs().addAll(table, curves.createTab(), traced);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId(NodeIds.EVALUATION_TABS);
    tabs.setAccessibleHelp(Text.get("a11y.help.tabs"));
    tabs.setAccessibleText(Text.get("evaluation.evaluationViewsPredictionsThreshold"));
    tabs.setMinHeight(600);
    tabs.setPrefHeight(720);
    return tabs;
  }

  /** A confusion cell was clicked: the predictions table lists those rows, its column in view. */
  void showRows(int label, Outcome o) {
    if (label < 0) {
      return;
    }
    predictionsModel.setFilter(RowFilter.outcome(label, o));
    predictions.revealLabel(label);
    tabs.getSelectionModel().select(0);
    // The filtered table is below the matrices: bring it up to where the student looks.
    ScrollIntoView.reveal(tabs);
  }
}
