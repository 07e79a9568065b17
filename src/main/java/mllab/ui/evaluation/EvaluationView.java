package mllab.ui.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import mllab.eval.Metric;
import mllab.eval.MetricReport;
import mllab.eval.Predictions;
import mllab.eval.RankingMetric;
import mllab.eval.RankingReport;
import mllab.eval.Thresholds;
import mllab.pipeline.Step;
import mllab.lesson.EvaluationSnapshot;
import mllab.pipeline.ThresholdState;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import mllab.ui.trace.TraceView;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Step 5 screen: the threshold slider (global or per label), every metric, the per-label
 * confusion matrices, predicted vs true cardinality, the predictions table, the threshold sweep
 * and one prediction traced through the network. Everything below the slider follows it live.
 */
public final class EvaluationView {

  private final EvaluationViewModel model;
  private final StepLayout layout = new StepLayout(Step.EVALUATION);
  private final Slider slider = new Slider(0, 1, 0.5);
  private final Label sliderValue = new Label();
  private final Label sliderOff = new Label();
  private Label metricsTitle;
  private final ToggleButton perLabelToggle = new ToggleButton(Text.get("evaluation.oneThresholdPerLabel"));
  private final Map<Metric, Label> metricValues = new EnumMap<>(Metric.class);
  private final Label[] rankingValues = new Label[RankingMetric.values().length];
  /** The node ids of the ranking values, which tests and the tour look up. */
  private static final java.util.Map<RankingMetric, String> RANKING_IDS = java.util.Map.of(
      RankingMetric.COVERAGE_ERROR, "coverage-error",
      RankingMetric.LABEL_RANKING_AVERAGE_PRECISION, "lrap",
      RankingMetric.RANKING_LOSS, "ranking-loss",
      RankingMetric.MACRO_ROC_AUC, "macro-auc");
  /** One tile per label: its matrix, scores and (per-label mode) slider; only visible ones exist. */
  private final LabelList tileLabels;
  private final LabelTiles tiles;
  private final Label predictedCardinality = new Label();
  private final Label trueCardinality = new Label();
  private final Label emptyRows = new Label();
  private final GridPane pairs = new GridPane();
  private final Label filterCount = new Label();
  private final ComboBox<RowFilter> filterChooser = new ComboBox<>();
  private final ComboBox<Integer> curveLabelChooser = new ComboBox<>();
  private final LabelList curveLabels;
  private PredictionsTable predictionsTable;
  /** The labels of the pair grid, and the predictions it was built for. */
  private int[] pairLabelIndices = new int[0];
  private Predictions pairsFor;
  private final Label pairsNote = new Label();
  private final SweepCharts charts = new SweepCharts();
  private final TabPane tabs = new TabPane();
  private final javafx.animation.PauseTransition pythonPause =
      new javafx.animation.PauseTransition(javafx.util.Duration.millis(120));
  private boolean syncing;
  private Tab sweepTab;

  /** The pair grid shows the labels most often true, at most this many (L × L cells otherwise). */
  static final int PAIR_LABELS = 10;

  public EvaluationView(EvaluationViewModel model) {
    this.model = model;
    this.tileLabels = new LabelList("label-list", model);
    this.tiles = new LabelTiles(model, tileLabels, this::showRows);
    this.curveLabels = new LabelList("curve-label-list", model);
  }

  public Node createView() {
    Node root = layout.createView();
    VBox empty = emptyState();
    VBox content =
        new VBox(14, thresholdCard(), metricsCard(), perLabelCard(), cardinalityCard(), tabs());
    content.setId("evaluation-content");
    empty.visibleProperty().bind(model.readyProperty().not());
    empty.managedProperty().bind(empty.visibleProperty());
    content.visibleProperty().bind(model.readyProperty());
    content.managedProperty().bind(content.visibleProperty());
    layout.main().getChildren().addAll(empty, content);
    bind();
    return root;
  }

  // ---- building ---------------------------------------------------------------------------------

  private VBox emptyState() {
    Label message = new Label(Text.get("evaluation.trainModelInStep"));
    message.getStyleClass().add(Styles.SCREEN_TITLE);
    message.setId("evaluation-empty-message");
    Label why = new Label(
        Text.get("evaluation.evaluationNeedsTestSet"));
    why.setWrapText(true);
    why.getStyleClass().add(Styles.MUTED);
    Button go = new Button(Text.get("evaluation.goToTraining"), new FontIcon(Material2AL.ARROW_BACK));
    go.setId("go-to-training");
    go.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
    go.setAccessibleText(Text.get("evaluation.goToTraining.description"));
    go.setTooltip(new Tooltip(Text.get("evaluation.openTrainingStepTrain")));
    go.setOnAction(e -> model.goToTraining());
    VBox box = new VBox(message, why, go);
    box.getStyleClass().addAll(Styles.CARD, Styles.EMPTY_STATE);
    box.setId("evaluation-empty");
    return box;
  }

  private VBox thresholdCard() {
    slider.setId("threshold-slider");
    slider.setBlockIncrement(EvaluationViewModel.STEP);
    slider.setMajorTickUnit(0.1);
    slider.setMinorTickCount(0);
    slider.setShowTickMarks(true);
    slider.setShowTickLabels(true);
    slider.setPrefWidth(420);
    slider.setAccessibleText(Text.get("evaluation.threshold"));
    slider.setTooltip(new Tooltip(
        Text.get("evaluation.labelPredictedWhenIts")));
    HBox.setHgrow(slider, Priority.ALWAYS);
    sliderValue.setId("threshold-value");
    sliderValue.getStyleClass().add(Styles.BIG_NUMBER);
    sliderValue.setMinWidth(64);
    Label name = new Label(Text.get("evaluation.threshold"));
    name.setLabelFor(slider);
    HBox row = new HBox(12, name, slider, sliderValue);
    row.setAlignment(Pos.CENTER_LEFT);
    // In per-label mode the main slider decides nothing: it is disabled, and says why.
    sliderOff.setId("threshold-slider-off");
    sliderOff.setText(Text.get("evaluation.globalSliderOff", Text.get("evaluation.oneThresholdPerLabel")));
    sliderOff.setWrapText(true);
    sliderOff.getStyleClass().add(Styles.MUTED);
    sliderOff.visibleProperty().bind(model.perLabelProperty());
    sliderOff.managedProperty().bind(sliderOff.visibleProperty());
    slider.disableProperty().bind(model.perLabelProperty());

    perLabelToggle.setId("per-label-toggle");
    perLabelToggle.setAccessibleText(Text.get("evaluation.oneThresholdPerLabel"));
    perLabelToggle.setTooltip(new Tooltip(Text.get("evaluation.giveEveryLabelIts")));
    Button f1 = new Button(Text.get("evaluation.f1OptimalPerLabel"), new FontIcon(Material2MZ.TUNE));
    f1.setId("f1-optimal-button");
    f1.setAccessibleText(Text.get("evaluation.setEachLabelThreshold"));
    f1.setTooltip(new Tooltip(
        Text.get("evaluation.eachLabelGetsThreshold")));
    f1.setOnAction(e -> model.useF1Optimal());
    f1.disableProperty().bind(model.sweepProperty().isNull());
    Button pcut = new Button(Text.get("evaluation.pcut"), new FontIcon(Material2MZ.STRAIGHTEN));
    pcut.setId("pcut-button");
    pcut.setAccessibleText(Text.get("evaluation.proportionalCutMatchTraining"));
    pcut.setTooltip(new Tooltip(
        Text.get("evaluation.oneThresholdForEvery")));
    pcut.setOnAction(e -> model.usePCut());
    pcut.disableProperty().bind(model.sweepProperty().isNull());
    HBox modes = new HBox(10, perLabelToggle, f1, pcut);
    modes.setAlignment(Pos.CENTER_LEFT);

    // Each label's own slider is on its tile, in a list that holds 4 labels or 1,000 alike.
    Label perLabelNote = new Label(Text.get("evaluation.perLabelSlidersOnTiles",
        Text.get("evaluation.perLabelConfusionMatrix")));
    perLabelNote.setId("per-label-note");
    perLabelNote.setWrapText(true);
    perLabelNote.getStyleClass().add(Styles.MUTED);
    perLabelNote.visibleProperty().bind(model.perLabelProperty());
    perLabelNote.managedProperty().bind(perLabelNote.visibleProperty());

    Label tuning = new Label();
    tuning.setId("tuning-note");
    tuning.setWrapText(true);
    tuning.textProperty().bind(model.tuningProperty());
    tuning.visibleProperty().bind(model.tuningProperty().isNotEmpty());
    tuning.managedProperty().bind(tuning.visibleProperty());
    Label leakage = new Label(
        Text.get("evaluation.choosingThresholdsOnTest"));
    leakage.setId("leakage-warning");
    leakage.setWrapText(true);
    leakage.setMaxWidth(Double.MAX_VALUE);
    leakage.getStyleClass().add(Styles.WARNING);
    // Thresholds tuned on the validation rows are the honest alternative: no warning for them.
    leakage.visibleProperty().bind(
        model.perLabelProperty().and(model.tunedOnValidationProperty().not()));
    leakage.managedProperty().bind(leakage.visibleProperty());
    VBox card = StepLayout.card(Text.get("evaluation.thresholdProbabilityLabel"), row, sliderOff, modes, perLabelNote,
        tuning, leakage, compareButton());
    card.setId("threshold-card");
    return card;
  }

  /** Opens the Compare view: the same split with binary relevance, a chain, powerset, k-NN. */
  private Button compareButton() {
    Button compare = new Button(Text.get("evaluation.compareMethods"),
        new FontIcon(Material2AL.COMPARE_ARROWS));
    compare.setId("compare-methods-button");
    compare.setAccessibleHelp(Text.get("evaluation.compareMethods.help"));
    compare.setTooltip(new Tooltip(Text.get("evaluation.compareMethods.help")));
    compare.setOnAction(e -> mllab.ui.compare.CompareWindow.open(
        compare.getScene().getWindow(), model.compareViewModel()));
    return compare;
  }

  private VBox metricsCard() {
    // A flow of name-over-value pairs: zoomed in, they wrap instead of cutting the names.
    javafx.scene.layout.FlowPane single = new javafx.scene.layout.FlowPane(24, 8);
    Metric[] headline = {Metric.HAMMING_LOSS, Metric.LABEL_ACCURACY, Metric.SUBSET_ACCURACY,
        Metric.JACCARD};
    for (Metric m : headline) {
      single.getChildren().add(new VBox(2, metricName(m, m.displayName()), metricValue(m)));
    }
    GridPane averaged = new GridPane();
    averaged.setHgap(24);
    averaged.setVgap(4);
    averaged.setId("averaged-metrics");
    String[] averages = {Text.get("evaluation.average.micro"), Text.get("evaluation.average.macro"),
        Text.get("evaluation.average.weighted"), Text.get("evaluation.average.samples")};
    for (int c = 0; c < averages.length; c++) {
      Label h = new Label(averages[c]);
      h.getStyleClass().add(Styles.MUTED);
      averaged.add(h, c + 1, 0);
    }
    Metric[][] grid = {
      {Metric.MICRO_PRECISION, Metric.MACRO_PRECISION, Metric.WEIGHTED_PRECISION,
          Metric.SAMPLES_PRECISION},
      {Metric.MICRO_RECALL, Metric.MACRO_RECALL, Metric.WEIGHTED_RECALL, Metric.SAMPLES_RECALL},
      {Metric.MICRO_F1, Metric.MACRO_F1, Metric.WEIGHTED_F1, Metric.SAMPLES_F1},
    };
    String[] rows = {Text.get("evaluation.precision"), Text.get("evaluation.recall"),
        Text.get("evaluation.f1")};
    for (int r = 0; r < grid.length; r++) {
      averaged.add(new Label(rows[r]), 0, r + 1);
      for (int c = 0; c < grid[r].length; c++) {
        averaged.add(metricValue(grid[r][c]), c + 1, r + 1);
      }
    }
    Label hint = new Label(
        Text.get("evaluation.microPoolsAllLabels"));
    hint.setWrapText(true);
    hint.getStyleClass().add(Styles.MUTED);

    GridPane ranking = new GridPane();
    ranking.setHgap(24);
    ranking.setVgap(2);
    ranking.setId("ranking-metrics");
    RankingMetric[] rankMetrics = RankingMetric.values();
    for (int i = 0; i < rankMetrics.length; i++) {
      RankingMetric m = rankMetrics[i];
      Label n = new Label(m.displayName());
      n.setTooltip(new Tooltip(m.definition()));
      Label v = new Label("…");
      v.setId("ranking-" + RANKING_IDS.get(m));
      v.getStyleClass().addAll(Styles.NUMBER, Styles.METRIC_VALUE);
      v.setTooltip(new Tooltip(m.definition()));
      speakNameAndValue(v, m.displayName());
      rankingValues[i] = v;
      ranking.add(n, i, 0);
      ranking.add(v, i, 1);
    }
    Label rankingTitle = new Label(Text.get("evaluation.rankingMetricsDoNot"));
    rankingTitle.getStyleClass().add(Styles.CARD_TITLE);
    Label rankingHint = new Label(
        Text.get("evaluation.theyReadOnlyOrder"));
    rankingHint.getStyleClass().add(Styles.MUTED);
    rankingHint.setWrapText(true);
    VBox rankingBox = new VBox(6, rankingTitle, rankingHint, ranking);
    rankingBox.setId("ranking-card");
    VBox card = StepLayout.card(Text.get("evaluation.metricsAtThisThreshold"), single, averaged, hint,
        new javafx.scene.control.Separator(), rankingBox);
    card.setId("metrics-card");
    metricsTitle = (Label) card.getChildren().get(0);
    metricsTitle.setId("metrics-title");
    return card;
  }

  private Label metricName(Metric m, String text) {
    Label n = new Label(text);
    n.setTooltip(mllab.ui.common.Tips.wrapping(m.definition()));
    return n;
  }

  private Label metricValue(Metric m) {
    Label v = new Label("–");
    v.setId("metric-" + m.name());
    v.getStyleClass().addAll(Styles.NUMBER, Styles.METRIC_VALUE);
    v.setTooltip(mllab.ui.common.Tips.wrapping(Text.get(
        m.higherIsBetter() ? "evaluation.metric.tooltip.higher" : "evaluation.metric.tooltip.lower",
        m.displayName(), m.definition())));
    speakNameAndValue(v, m.displayName());
    metricValues.put(m, v);
    return v;
  }

  /**
   * A screen reader reads a label's accessible text instead of its text: with the name alone it
   * would say "Label accuracy" and never the number, so it gets both, kept up to date.
   */
  private static void speakNameAndValue(Label value, String name) {
    value.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
        () -> Text.get("evaluation.metric.spoken", name, value.getText()), value.textProperty()));
  }

  private VBox perLabelCard() {
    Label hint = new Label(
        Text.get("evaluation.eachLabelItsOwn"));
    hint.setWrapText(true);
    hint.getStyleClass().add(Styles.MUTED);
    VBox card = StepLayout.card(Text.get("evaluation.perLabelConfusionMatrix"), hint,
        tileLabels.bar(), tiles.createView());
    card.setId("per-label-card");
    return card;
  }

  private VBox cardinalityCard() {
    predictedCardinality.setId("predicted-cardinality");
    trueCardinality.setId("true-cardinality");
    emptyRows.setId("rows-without-label");
    for (Label l : new Label[] {predictedCardinality, trueCardinality}) {
      l.getStyleClass().addAll(Styles.NUMBER, Styles.METRIC_VALUE);
    }
    GridPane numbers = new GridPane();
    numbers.setHgap(24);
    numbers.add(new Label(Text.get("evaluation.predictedLabelsPerRow")), 0, 0);
    numbers.add(predictedCardinality, 0, 1);
    numbers.add(new Label(Text.get("evaluation.trueLabelsPerRow")), 1, 0);
    numbers.add(trueCardinality, 1, 1);
    numbers.add(emptyRows, 2, 1);
    pairs.setId("pair-counts");
    Label pairsHint = new Label(
        Text.get("evaluation.rowsWithBothLabels"));
    pairsHint.setWrapText(true);
    pairsHint.getStyleClass().add(Styles.MUTED);
    pairsNote.setId("pair-counts-note");
    pairsNote.setWrapText(true);
    pairsNote.getStyleClass().add(Styles.MUTED);
    pairsNote.managedProperty().bind(pairsNote.visibleProperty());
    pairsNote.setVisible(false);
    // Zoomed in, even a few labels' pairs are wider than the column: they scroll sideways in
    // their card rather than run under the lesson beside it.
    javafx.scene.control.ScrollPane pairScroll = new javafx.scene.control.ScrollPane(pairs);
    pairScroll.setId("pair-counts-scroll");
    pairScroll.setFitToHeight(true);
    pairScroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    pairScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
    pairScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
    VBox card = StepLayout.card(Text.get("evaluation.overOrUnderPredicting"),
        numbers, pairsHint, pairsNote, pairScroll);
    card.setId("cardinality-card");
    return card;
  }

  private TabPane tabs() {
    filterChooser.setId("row-filter");
    filterChooser.setAccessibleText(Text.get("evaluation.whichRowsTableShows"));
    filterChooser.setTooltip(new Tooltip(Text.get("evaluation.showAllRowsRows")));
    filterChooser.setConverter(new StringConverter<>() {
      @Override
      public String toString(RowFilter f) {
        return f == null ? "" : f.describe(model.labelNames());
      }

      @Override
      public RowFilter fromString(String s) {
        return null;
      }
    });
    filterChooser.setOnAction(e -> {
      if (!syncing && filterChooser.getValue() != null) {
        model.setFilter(filterChooser.getValue());
      }
    });
    filterCount.setId("filter-count");
    filterCount.getStyleClass().add(Styles.MUTED);
    Label show = new Label(Text.get("evaluation.show"));
    show.setLabelFor(filterChooser);
    HBox filterRow = new HBox(10, show, filterChooser, filterCount);
    filterRow.setAlignment(Pos.CENTER_LEFT);
    Label legend = new Label(
        Text.get("evaluation.eachCellProbabilityIts"));
    legend.getStyleClass().add(Styles.MUTED);
    legend.setWrapText(true);
    predictionsTable = new PredictionsTable(model);
    VBox table = new VBox(8, filterRow, legend, predictionsTable.createView());
    Tab predictions = new Tab(Text.get("evaluation.predictionsTable"), table);
    predictions.setId("tab-predictions");

    curveLabelChooser.setId("curve-label");
    curveLabelChooser.setAccessibleText(Text.get("evaluation.labelWhoseRocPrecision"));
    curveLabelChooser.setTooltip(new Tooltip(Text.get("evaluation.chooseLabelForRoc")));
    curveLabelChooser.setItems(curveLabels.shown());
    curveLabelChooser.setConverter(new StringConverter<>() {
      @Override
      public String toString(Integer k) {
        return k == null ? "" : curveLabels.name(k);
      }

      @Override
      public Integer fromString(String s) {
        return null;
      }
    });
    curveLabelChooser.valueProperty().addListener((o, a, b) -> {
      if (!syncing && b != null) {
        model.setCurveLabel(b);
      }
    });
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
    Label pick = new Label(Text.get("evaluation.label"));
    pick.setLabelFor(curveLabelChooser);
    HBox chooser = new HBox(10, pick, curveLabelChooser, curveLabels.bar());
    chooser.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(curveLabels.bar(), Priority.ALWAYS);
    Label chartHint = new Label(Text.get("evaluation.rightClickChartExport"));
    chartHint.getStyleClass().add(Styles.MUTED);
    VBox curves = new VBox(10, sweep, chooser, new HBox(10, roc, pr), chartHint);
    sweepTab = new Tab(Text.get("evaluation.thresholdSweepCurves"), curves);
    sweepTab.setId("tab-sweep");

    Tab trace = new Tab(Text.get("evaluation.traceOnePrediction"),
        new TraceView(model.traceViewModel()).createView());
    trace.setId("tab-trace");
    tabs.getTabs().addAll(predictions, sweepTab, trace);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("evaluation-tabs");
    tabs.setAccessibleHelp(Text.get("a11y.help.tabs"));
    tabs.setAccessibleText(
        Text.get("evaluation.evaluationViewsPredictionsThreshold"));
    tabs.setMinHeight(600);
    tabs.setPrefHeight(720);
    return tabs;
  }

  // ---- binding ----------------------------------------------------------------------------------

  private void bind() {
    slider.valueProperty().addListener((o, a, b) -> {
      if (!syncing) {
        model.setThreshold(b.doubleValue());
      }
    });
    perLabelToggle.selectedProperty().addListener((o, a, b) -> {
      if (!syncing) {
        model.setPerLabel(b);
      }
    });
    model.cardProperty().addListener((o, a, b) -> layout.setShapeCard(b));
    // The Python panel is rebuilt as new nodes by StepLayout, so while the slider moves it follows
    // a short pause behind, keeping each move's work to the labels that already exist.
    pythonPause.setOnFinished(e -> layout.setPython(model.pythonProperty().get()));
    model.pythonProperty().addListener((o, a, b) -> pythonPause.playFromStart());
    model.predictionsProperty().addListener((o, a, b) -> showPredictions(b));
    // Every threshold-dependent number comes from one snapshot, so none can lag behind another.
    model.snapshotProperty().addListener((o, a, b) -> showSnapshot(b));
    model.rankingProperty().addListener((o, a, b) -> showRanking(b));
    model.sweepProperty().addListener((o, a, b) -> {
      charts.showSweep(b);
      showCurves();
    });
    model.curveLabelProperty().addListener((o, a, b) -> {
      syncing = true;
      curveLabelChooser.setValue(b.intValue());
      syncing = false;
      showCurves();
    });
    sweepTab.selectedProperty().addListener((o, a, b) -> {
      if (b) {
        showMarker();
        showCurves();
      }
    });
    model.filterProperty().addListener((o, a, b) -> showFilter(b));
    model.shownRows().addListener((javafx.collections.ListChangeListener<Integer>) c -> showCount());
    layout.setShapeCard(model.cardProperty().get());
    layout.followLesson(model.lessonProperty());
    if (model.pythonProperty().get() != null) {
      layout.setPython(model.pythonProperty().get());
    }
    showPredictions(model.predictionsProperty().get());
    charts.showSweep(model.sweepProperty().get());
    showSnapshot(model.snapshotProperty().get());
    showRanking(model.rankingProperty().get());
    showFilter(model.filterProperty().get());
  }

  private void showSnapshot(EvaluationSnapshot s) {
    if (s == null) {
      return;
    }
    ThresholdState st = s.state();
    syncing = true;
    if (Math.abs(slider.getValue() - st.global()) > 1e-12) {
      slider.setValue(st.global());
    }
    perLabelToggle.setSelected(st.perLabel());
    syncing = false;
    setText(sliderValue, st.perLabel() ? "—" : Decimals.threshold(st.global()));
    setText(metricsTitle, Text.get(st.perLabel()
        ? "evaluation.metricsAtLabelThresholds" : "evaluation.metricsAtThisThreshold"));
    if (chartsShown()) {
      showMarker();
    }
    showThresholds(s.thresholds());
    showReport(s.report());
  }

  /** The sweep's marker stands at the global threshold; per-label thresholds have no one point. */
  private void showMarker() {
    EvaluationSnapshot s = model.snapshotProperty().get();
    if (s != null) {
      charts.moveMarker(s.state().global(), !s.state().perLabel());
    }
  }

  /** The charts redraw only while their tab is open; opening it brings them up to date. */
  private boolean chartsShown() {
    return sweepTab != null && sweepTab.isSelected();
  }

  /**
   * New predictions: the label lists and choosers get their labels (once per training). They hold
   * label numbers only; nodes exist for the tiles on screen alone.
   */
  private void showPredictions(Predictions p) {
    syncing = true;
    filterChooser.getItems().clear();
    List<String> names = p == null ? List.of() : p.labelNames();
    tileLabels.setNames(names);
    curveLabels.setNames(names);
    if (p == null) {
      curveLabelChooser.setValue(null);
      syncing = false;
      return;
    }
    List<RowFilter> filters = new ArrayList<>(names.size() + 2);
    filters.add(RowFilter.all());
    filters.add(RowFilter.noPrediction());
    for (int k = 0; k < names.size(); k++) {
      filters.add(RowFilter.errorOn(k));
    }
    filterChooser.getItems().setAll(filters);
    filterChooser.setValue(RowFilter.all());
    curveLabelChooser.setValue(model.curveLabelProperty().get());
    syncing = false;
  }

  private void showThresholds(Thresholds t) {
    if (t == null) {
      return;
    }
    int label = model.curveLabelProperty().get();
    if (chartsShown() && label < t.labelCount()) {
      charts.moveOperatingPoints(model.sweepProperty().get(), label, t.of(label));
    }
  }

  private void showReport(MetricReport r) {
    if (r == null) {
      return;
    }
    for (Map.Entry<Metric, Label> e : metricValues.entrySet()) {
      setText(e.getValue(), format(e.getKey().valueIn(r)));
    }
    setText(predictedCardinality, format(r.predictedCardinality()));
    setText(trueCardinality, format(r.trueCardinality()));
    setText(emptyRows, Text.get("evaluation.emptyRows", String.valueOf(r.rowsWithNoPrediction())));
    EvaluationSnapshot s = model.snapshotProperty().get();
    if (s != null && s.predictions() != pairsFor) {
      showTruePairs(s);
    }
    showPredictedPairs(model.predictedPairsProperty().get());
    showCount();
  }

  private void showRanking(RankingReport r) {
    if (r == null) {
      for (Label l : rankingValues) {
        l.setText("…");
      }
      return;
    }
    for (RankingMetric m : RankingMetric.values()) {
      double value = m.valueIn(r);
      rankingValues[m.ordinal()].setText(
          Double.isNaN(value) ? Text.get("evaluation.notAvailable") : format(value));
    }
  }

  private void showCurves() {
    Thresholds t = model.thresholdsProperty().get();
    int label = model.curveLabelProperty().get();
    if (t == null || label >= t.labelCount()) {
      return;
    }
    charts.showLabel(model.sweepProperty().get(), label, t.of(label));
  }

  private void showFilter(RowFilter f) {
    syncing = true;
    // A confusion cell's filter ("FP of sunset") is not among the choices: it joins them while it
    // applies, so the box shows it instead of going blank.
    filterChooser.getItems().removeIf(i -> i.kind() == RowFilter.Kind.OUTCOME && !i.equals(f));
    if (f != null && !filterChooser.getItems().contains(f)) {
      filterChooser.getItems().add(f);
    }
    filterChooser.setValue(f);
    syncing = false;
    showCount();
  }

  private void showCount() {
    Predictions p = model.predictionsProperty().get();
    if (p == null) {
      return;
    }
    setText(filterCount,
        Text.get("evaluation.filterCount", String.valueOf(model.shownRows().size()),
            String.valueOf(p.rows()), model.filterProperty().get().describe(p.labelNames())));
  }

  private Label[][] pairLabels = new Label[0][0];

  /**
   * The pair grid for a new set of predictions: the labels most often true in the test rows, at
   * most {@link #PAIR_LABELS} of them (1,000 labels would make a million cells), in column order.
   */
  private void showTruePairs(EvaluationSnapshot s) {
    pairsFor = s.predictions();
    pairs.getChildren().clear();
    int[][] truth = s.truePairs();
    List<String> names = s.predictions().labelNames();
    int all = names.size();
    pairLabelIndices = IntStream.range(0, all).boxed()
        .sorted(java.util.Comparator.comparingInt((Integer k) -> -truth[k][k])
            .thenComparingInt(k -> k))
        .limit(PAIR_LABELS).sorted().mapToInt(Integer::intValue).toArray();
    int l = pairLabelIndices.length;
    pairsNote.setVisible(l < all);
    pairsNote.setText(Text.get("evaluation.pairs.someLabels", String.valueOf(l),
        String.valueOf(all)));
    pairLabels = new Label[l][l];
    for (int a = 0; a < l; a++) {
      int k = pairLabelIndices[a];
      Label col = new Label(names.get(k));
      col.getStyleClass().add(Styles.MUTED);
      pairs.add(col, a + 1, 0);
      Label row = new Label(names.get(k));
      row.getStyleClass().add(Styles.MUTED);
      pairs.add(row, 0, a + 1);
      for (int b = 0; b < l; b++) {
        int j = pairLabelIndices[b];
        Label cell = new Label();
        cell.setId("pair-" + k + "-" + j);
        cell.getStyleClass().addAll(Styles.NUMBER, Styles.PAIR_CELL);
        cell.setMaxWidth(Double.MAX_VALUE);
        pairLabels[a][b] = cell;
        pairs.add(cell, b + 1, a + 1);
      }
    }
  }

  private void showPredictedPairs(int[][] predicted) {
    int[][] truth = model.truePairsProperty().get();
    if (predicted == null || truth == null || predicted.length != truth.length) {
      return;
    }
    List<String> names = model.labelNames();
    for (int a = 0; a < pairLabelIndices.length; a++) {
      int k = pairLabelIndices[a];
      for (int b = 0; b < pairLabelIndices.length; b++) {
        int j = pairLabelIndices[b];
        if (k >= predicted.length || j >= predicted.length) {
          return;
        }
        Label cell = pairLabels[a][b];
        setText(cell, predicted[k][j] + " / " + truth[k][j]);
        String what = k == j ? names.get(k)
            : Text.get("evaluation.pair.both", names.get(k), names.get(j));
        cell.setAccessibleText(Text.get("evaluation.pair.description", what,
            String.valueOf(predicted[k][j]), String.valueOf(truth[k][j])));
      }
    }
  }

  /** Changes a label's text only when it differs, so that unchanged labels need no new layout. */
  static void setText(javafx.scene.control.Labeled l, String text) {
    if (!text.equals(l.getText())) {
      l.setText(text);
    }
  }

  public static String format(double v) {
    return Double.isNaN(v) ? Text.get("evaluation.notAvailable") : Decimals.fixed(v, 3);
  }

  /** A confusion cell was clicked: the predictions table lists those rows, its column in view. */
  private void showRows(int label, Outcome o) {
    if (label < 0) {
      return;
    }
    model.setFilter(RowFilter.outcome(label, o));
    predictionsTable.revealLabel(label);
    tabs.getSelectionModel().select(0);
    // The filtered table is below the matrices: bring it up to where the student looks.
    mllab.ui.common.ScrollIntoView.reveal(tabs);
  }
}
