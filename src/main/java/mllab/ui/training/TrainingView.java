package mllab.ui.training;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import javafx.util.StringConverter;
import mllab.ui.common.ColumnWidths;
import mllab.model.Activation;
import mllab.model.EpochReport;
import mllab.model.Optimizer;
import mllab.model.OutputActivation;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.chart.ChartStyler;
import mllab.ui.chart.Charts;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Step 4 screen: Play / Pause / Step / Reset, the hyper-parameters, the loss and accuracy curves,
 * the epoch table and the network diagram, all following {@link TrainingViewModel}.
 */
public final class TrainingView {

  private final TrainingViewModel model;
  private final StepLayout layout = new StepLayout(Step.TRAINING);

  private final XYSeries trainLoss = new XYSeries(Text.get("training.trainLoss"), false, false);
  private final XYSeries testLoss = new XYSeries(Text.get("training.testLoss"), false, false);
  private final XYSeries validationLoss =
      new XYSeries(Text.get("training.validationLoss"), false, false);
  private final XYSeries labelAccuracy = new XYSeries(Text.get("training.labelAccuracy"), false, false);
  private final XYSeries subsetAccuracy = new XYSeries(Text.get("training.subsetAccuracy"), false, false);
  private final XYSeriesCollection lossData = new XYSeriesCollection();
  private final XYSeriesCollection perLabelData = new XYSeriesCollection();
  private final XYSeriesCollection accuracyData = new XYSeriesCollection();
  private final List<XYSeries> perLabel = new ArrayList<>();
  private final ValueMarker chanceMarker = ChartStyler.marker(false); // at the chance loss, see bind()
  private final ValueMarker failureMarker = ChartStyler.marker(true);
  private JFreeChart lossChart;
  private JFreeChart accuracyChart;
  private final NetworkDiagram diagram = new NetworkDiagram();
  private final TableView<EpochRow> table = new TableView<>();
  private final CheckBox perLabelCurves = new CheckBox(Text.get("training.perLabelCurves"));

  /** The shortest time between two redraws of the curves. */
  private static final Duration REDRAW_GAP = Duration.millis(200);

  private final PauseTransition throttle = new PauseTransition(REDRAW_GAP);
  private final PauseTransition secondChart = new PauseTransition(Duration.millis(1));
  private long lastRedraw;

  public TrainingView(TrainingViewModel model) {
    this.model = model;
  }

  public Node createView() {
    throttle.setOnFinished(e -> drawNow());
    secondChart.setOnFinished(e -> accuracyChart.setNotify(true));
    Node root = layout.createView();
    // What the student watches fills the main column; the knobs sit beside it, at the top.
    layout.main().getChildren().addAll(controlsCard(), curvesCard(),
        new LearningRateTryout(model).createView(), tableCard(), networkCard());
    layout.side().getChildren().add(0, settingsCard());
    bind();
    return root;
  }

  // ---- controls -----------------------------------------------------------------------------

  private Node controlsCard() {
    Button play = button(Text.get("training.play"), Material2MZ.PLAY_ARROW, "train-play",
        Text.get("training.trainRemainingEpochsOne"));
    play.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
    play.setOnAction(e -> {
      if (TrainAgainQuestion.ask(model, play)) {
        model.play();
      }
    });
    play.disableProperty().bind(model.canTrain().not());
    Button pause = button(Text.get("training.pause"), Material2MZ.PAUSE, "train-pause",
        Text.get("training.stopAfterEpochIn"));
    pause.setOnAction(e -> model.pause());
    pause.disableProperty().bind(model.runningProperty().not());
    Button step = button(Text.get("training.step"), Material2MZ.SKIP_NEXT, "train-step",
        Text.get("training.trainExactlyOneMore"));
    step.setOnAction(e -> {
      if (TrainAgainQuestion.ask(model, step)) {
        model.step();
      }
    });
    step.disableProperty().bind(model.canTrain().not());
    Button reset = button(Text.get("training.reset"), Material2MZ.REPLAY, "train-reset",
        Text.get("training.startAgainFromInitial"));
    reset.setOnAction(e -> model.reset());

    Speed[] speeds = Speed.values();
    Slider speed = new Slider(0, speeds.length - 1, model.speedProperty().get().ordinal());
    speed.setId("train-speed");
    speed.setMajorTickUnit(1);
    speed.setMinorTickCount(0);
    speed.setSnapToTicks(true);
    speed.setShowTickMarks(true);
    speed.setBlockIncrement(1);
    speed.setPrefWidth(150);
    speed.setAccessibleText(Text.get("training.animationSpeed"));
    speed.setTooltip(new Tooltip(
        Text.get("training.fromEpochPerSecond")));
    // Home and End would otherwise reach the scroll pane and scroll the whole screen away.
    speed.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) {
        speed.setValue(e.getCode() == KeyCode.HOME ? speed.getMin() : speed.getMax());
        e.consume();
      }
    });
    speed.valueProperty().addListener(
        (o, a, b) -> model.speedProperty().set(speeds[(int) Math.round(b.doubleValue())]));
    model.speedProperty().addListener((o, a, b) -> speed.setValue(b.ordinal()));
    Label speedText = new Label();
    speedText.setId("train-speed-text");
    // As wide as its longest text, so the row does not move when the speed changes.
    speedText.minWidthProperty().bind(Bindings.createDoubleBinding(
        () -> longestSpeedText(speedText), speedText.fontProperty()));
    speedText.textProperty().bind(Bindings.convert(model.speedProperty()));
    Label speedLabel = new Label(Text.get("training.speed"));
    speedLabel.setLabelFor(speed);

    // Zoomed in, the speed control wraps below the buttons instead of cutting "Play" to "P…".
    HBox speedBox = new HBox(8, speedLabel, speed, speedText);
    speedBox.setAlignment(Pos.CENTER_LEFT);
    javafx.scene.layout.FlowPane buttons =
        new javafx.scene.layout.FlowPane(8, 8, play, pause, step, reset, speedBox);
    buttons.setAlignment(Pos.CENTER_LEFT);
    for (Node n : List.of(play, pause, step, reset, speedLabel)) {
      ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
    }

    ProgressBar bar = new ProgressBar();
    bar.setId("train-progress");
    bar.setAccessibleText(Text.get("training.trainingProgress"));
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(model.progressProperty());
    HBox.setHgrow(bar, Priority.ALWAYS);
    Label epochText = new Label();
    epochText.setId("train-epoch-text");
    epochText.getStyleClass().add(Styles.NUMBER);
    epochText.setMinWidth(Region.USE_PREF_SIZE);
    epochText.textProperty().bind(model.progressTextProperty());
    HBox progress = new HBox(10, bar, epochText);
    progress.setAlignment(Pos.CENTER_LEFT);

    Label banner = new Label();
    banner.setId("train-failure");
    banner.setGraphic(new FontIcon(Material2MZ.WARNING));
    banner.getStyleClass().add(Styles.TRAINING_BANNER);
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.textProperty().bind(model.failureProperty());
    banner.visibleProperty().bind(model.failureProperty().isNotEmpty());
    banner.managedProperty().bind(banner.visibleProperty());
    Label note = new Label();
    note.setId("train-note");
    note.getStyleClass().add(Styles.TRAINING_NOTE);
    note.setWrapText(true);
    note.setMaxWidth(Double.MAX_VALUE);
    note.textProperty().bind(model.noteProperty());
    note.visibleProperty().bind(model.noteProperty().isNotEmpty());
    note.managedProperty().bind(note.visibleProperty());

    VBox card = StepLayout.card(Text.get("training.trainNetwork"), buttons, progress, banner, note);
    card.setId("train-controls");
    return card;
  }

  private static double longestSpeedText(Label label) {
    return Math.ceil(widest(label.getFont(), Speed.values())) + 2;
  }

  /** The width of the widest of {@code values}' texts in {@code font}. */
  private static double widest(javafx.scene.text.Font font, Object[] values) {
    javafx.scene.text.Text probe = new javafx.scene.text.Text();
    probe.setFont(font);
    double widest = 0;
    for (Object v : values) {
      probe.setText(shortName(v));
      widest = Math.max(widest, probe.getLayoutBounds().getWidth());
    }
    return widest;
  }

  private Node settingsCard() {
    VBox card = StepLayout.card(Text.get("training.hyperParameters"), settings(),
        RunOptionsView.create(model));
    card.setId("settings-card");
    mllab.ui.common.Advanced.follow(card);
    return card;
  }

  /** A setting's help with the reason it cannot change while training runs. */
  private static String locked(String helpKey) {
    return Text.get("training.setting.locked", Text.get(helpKey));
  }

  private Node settings() {
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    List<Node[]> cells = new ArrayList<>();
    cells.add(textSetting(Text.get("training.epochs"), model.epochsSetting(), "setting-epochs",
        locked("training.setting.epochs.help")));
    cells.add(textSetting(Text.get("training.hiddenUnits"), model.hiddenSetting(), "setting-hidden",
        locked("training.setting.hidden.help")));
    cells.add(choice(Text.get("training.activation"), model.activationProperty(), Activation.values(),
        "setting-activation",
        locked("training.setting.activation.help")));
    cells.add(choice(Text.get("training.output"), model.outputProperty(), OutputActivation.values(),
        "setting-output",
        locked("training.setting.output.help")));
    cells.add(choice(Text.get("training.optimizer"), model.optimizerProperty(), Optimizer.values(),
        "setting-optimizer",
        locked("training.setting.optimizer.help")));
    cells.add(textSetting(Text.get("training.learningRate"), model.learningRateSetting(),
        "setting-learning-rate", locked("training.setting.learningRate.help")));
    cells.add(textSetting(Text.get("training.batchSize"), model.batchSizeSetting(), "setting-batch-size",
        locked("training.setting.batchSize.help")));
    cells.add(textSetting(Text.get("training.l2"), model.l2Setting(), "setting-l2",
        locked("training.setting.l2.help")));
    cells.add(textSetting(Text.get("training.seed"), model.seedSetting(), "setting-seed",
        locked("training.setting.seed.help")));
    int perRow = 1;
    for (int i = 0; i < cells.size(); i++) {
      Node[] cell = cells.get(i);
      int col = (i % perRow) * 2;
      int row = i / perRow;
      grid.add(cell[0], col, row);
      grid.add(cell[1], col + 1, row);
      GridPane.setHgrow(cell[1], Priority.ALWAYS);
      GridPane.setValignment(cell[0], javafx.geometry.VPos.TOP);
      GridPane.setMargin(cell[0], new javafx.geometry.Insets(6, 0, 0, i % perRow == 0 ? 0 : 8));
    }
    Label title = new Label();
    title.setId("settings-title");
    title.getStyleClass().add(Styles.MUTED);
    title.setWrapText(true);
    // Disabled fields show no tooltip, so the reason they are locked is said in plain view.
    title.textProperty().bind(Bindings.when(model.runningProperty())
        .then(Text.get("training.settings.locked"))
        .otherwise(Text.get("training.settings.title")));
    return new VBox(6, title, grid);
  }

  /** A label and a text field with its error message under it. */
  private Node[] textSetting(String text, Setting setting, String id, String tip) {
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount(5);
    field.textProperty().bindBidirectional(setting.textProperty());
    field.setAccessibleText(text);
    field.setTooltip(new Tooltip(tip));
    field.disableProperty().bind(model.runningProperty());
    Label error = new Label();
    error.setId(id + "-error");
    error.getStyleClass().add(Styles.SETTING_ERROR);
    error.setWrapText(true);
    error.setMaxWidth(230);
    error.textProperty().bind(setting.errorProperty());
    error.visibleProperty().bind(setting.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    return new Node[] {label(text, field), new VBox(2, field, error)};
  }

  private <T> Node[] choice(String text, javafx.beans.property.ObjectProperty<T> property,
      T[] values, String id, String tip) {
    ComboBox<T> box = new ComboBox<>();
    box.getItems().setAll(values);
    box.setId(id);
    box.valueProperty().bindBidirectional(property);
    box.setAccessibleText(text);
    box.setTooltip(new Tooltip(tip));
    box.setMaxWidth(Double.MAX_VALUE);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : shortName(value);
      }

      @Override
      public T fromString(String string) {
        return property.get();
      }
    });
    box.disableProperty().bind(model.runningProperty());
    Label label = label(text, box);
    // Never narrower than its longest choice: the settings column widens instead of cutting
    // "SGD with momentum" to "SGD with mo…" when zoomed. Measured, not the box's own preferred
    // width, which keeps the widest it was ever laid out at (zoomed in and back, the settings
    // card stayed too wide for its column and ran off the window).
    // (Plus the cell's padding and the arrow button.)
    box.minWidthProperty().bind(Bindings.createDoubleBinding(
        () -> Math.ceil(widest(label.getFont(), values) + 3.2 * label.getFont().getSize()),
        label.fontProperty()));
    return new Node[] {label, box};
  }

  /** The output choice is shown by its function's name alone; the tooltip explains the contrast. */
  private static String shortName(Object value) {
    return value instanceof OutputActivation o
        ? Text.get(o == OutputActivation.SOFTMAX
            ? "training.outputChoice.softmax" : "training.outputChoice.sigmoid")
        : value.toString();
  }

  private static Label label(String text, Control field) {
    Label label = new Label(text);
    label.setLabelFor(field);
    label.setMinWidth(Region.USE_PREF_SIZE);
    field.setMaxWidth(Double.MAX_VALUE);
    return label;
  }

  private static Button button(String text, Material2MZ icon, String id, String tip) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(id);
    b.setAccessibleText(text);
    b.setTooltip(new Tooltip(tip));
    return b;
  }

  // ---- curves -------------------------------------------------------------------------------

  private Node curvesCard() {
    lossData.addSeries(trainLoss);
    lossData.addSeries(testLoss);
    lossData.addSeries(validationLoss);
    accuracyData.addSeries(labelAccuracy);
    accuracyData.addSeries(subsetAccuracy);
    lossChart = lineChart(Text.get("training.loss"), Text.get("training.chart.lossAxis"), lossData);
    XYPlot lossPlot = lossChart.getXYPlot();
    XYLineAndShapeRenderer perLabelRenderer = renderer();
    lossPlot.setDataset(1, perLabelData);
    lossPlot.setRenderer(1, perLabelRenderer);
    perLabelRenderer.setDefaultSeriesVisible(false);
    chanceMarker.setLabel(Text.get("training.chart.guessing"));
    chanceMarker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    // Below the line: above it the label is cut off by the plot's top edge when the curves start
    // just under the guessing loss, as they do.
    chanceMarker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    lossPlot.addRangeMarker(chanceMarker);
    ChartStyler.current().style(chanceMarker);
    failureMarker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    failureMarker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    accuracyChart = lineChart(Text.get("training.accuracy"), Text.get("training.accuracyOnTestRows"), accuracyData);

    ChartViewer lossViewer = Charts.viewer(lossChart, "loss-chart",
        Text.get("training.trainingTestLossAfter"));
    ChartViewer accuracyViewer = Charts.viewer(accuracyChart, "accuracy-chart",
        Text.get("training.labelAccuracySubsetAccuracy"));
    for (ChartViewer v : new ChartViewer[] {lossViewer, accuracyViewer}) {
      // The mouse wheel scrolls the screen, as everywhere else, instead of zooming the chart.
      MouseHandlerFX zoom = v.getCanvas().getMouseHandler("scroll");
      if (zoom != null) {
        v.getCanvas().removeAuxiliaryMouseHandler(zoom);
      }
      v.setPrefSize(380, 270);
      v.setMinSize(240, 220);
      HBox.setHgrow(v, Priority.ALWAYS);
    }
    HBox charts = new HBox(10, lossViewer, accuracyViewer);

    perLabelCurves.setId("per-label-curves");
    perLabelCurves.setAccessibleText(Text.get("training.showPerLabelTest"));
    perLabelCurves.setTooltip(new Tooltip(
        Text.get("training.addOneTestLoss")));
    perLabelCurves.selectedProperty().addListener(
        (o, a, b) -> {
          lossChart.setNotify(false);
          perLabelRenderer.setDefaultSeriesVisible(b);
          lossRange = null;
          fitLossAxis();
          lossChart.setNotify(true);
        });
    Label caption = new Label(
        Text.get("training.chart.accuracyCaption"));
    caption.getStyleClass().add(Styles.CHART_CAPTION);
    caption.setWrapText(true);
    caption.setId("accuracy-caption");
    VBox card = StepLayout.card(Text.get("training.learningCurves"), charts, caption, perLabelCurves);
    card.setId("curves-card");
    return card;
  }

  private JFreeChart lineChart(String title, String yLabel, XYSeriesCollection data) {
    NumberAxis x = new NumberAxis(Text.get("training.chart.epochAxis"));
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, x, y, renderer());
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    ChartStyler.track(chart);
    return chart;
  }

  private static XYLineAndShapeRenderer renderer() {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
    r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(
        Text.get("training.chart.tooltip", "{0}", "{1}", "{2}"), new DecimalFormat("0"),
        new DecimalFormat("0.000")));
    return r;
  }

  // ---- network ------------------------------------------------------------------------------

  private Node networkCard() {
    diagram.setId("network-diagram");
    diagram.setAccessibleText(Text.get("training.diagramNetworkHoverOutput"));
    Spinner<Integer> row = new Spinner<>();
    row.setId("sample-row");
    row.setEditable(true);
    mllab.ui.common.Spinners.keepValidIntegers(row);
    row.setPrefWidth(110);
    row.setAccessibleText(Text.get("training.testRowShownOn"));
    row.setTooltip(new Tooltip(Text.get("training.whichTestRowProbabilities")));
    SpinnerValueFactory.IntegerSpinnerValueFactory rows =
        new SpinnerValueFactory.IntegerSpinnerValueFactory(1, Math.max(1, model.testRowsProperty().get()), model.sampleRowProperty().get() + 1);
    row.setValueFactory(rows);
    rows.maxProperty().bind(Bindings.max(1, model.testRowsProperty()));
    row.valueProperty().addListener((o, a, b) -> model.sampleRowProperty().set(b - 1));
    model.sampleRowProperty().addListener((o, a, b) -> rows.setValue(b.intValue() + 1));
    Label rowLabel = new Label(Text.get("training.probabilitiesForTestRow"));
    rowLabel.setLabelFor(row);
    Label legend = new Label(
        Text.get("training.net.legend", String.valueOf(NetworkDiagram.MAX_NODES)));
    legend.getStyleClass().add(Styles.CHART_CAPTION);
    legend.setWrapText(true);
    HBox top = new HBox(8, rowLabel, row);
    top.setAlignment(Pos.CENTER_LEFT);
    VBox card = StepLayout.card(Text.get("training.networkRedrawnAfterEvery"), top, diagram, legend);
    card.setId("network-card");
    return card;
  }

  // ---- table --------------------------------------------------------------------------------

  private Node tableCard() {
    table.setId("epoch-table");
    table.setAccessibleHelp(Text.get("a11y.help.table"));
    table.setAccessibleText(Text.get("training.oneRowPerEpoch"));
    table.setPlaceholder(new Label(Text.get("training.pressPlayOrStep")));
    TableColumn<EpochRow, Number> epoch = new TableColumn<>(Text.get("training.column.epoch"));
    epoch.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().epoch()));
    ColumnWidths.em(epoch, 4.7, 4.7);
    TableColumn<EpochRow, String> loss = new TableColumn<>(Text.get("training.column.testLoss"));
    loss.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(TrainingViewModel.format(c.getValue().loss())));
    ColumnWidths.em(loss, 7.7, 7.7);
    TableColumn<EpochRow, String> accuracy = new TableColumn<>(Text.get("training.column.labelAccuracy"));
    accuracy.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(TrainingViewModel.format(c.getValue().accuracy())));
    ColumnWidths.em(accuracy, 11.3, 11.3);
    TableColumn<EpochRow, String> observation = new TableColumn<>(Text.get("training.column.observation"));
    observation.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().observation()));
    observation.setCellFactory(c -> new WrappingCell(observation));
    observation.prefWidthProperty().bind(
        table.widthProperty().subtract(epoch.widthProperty()).subtract(loss.widthProperty())
            .subtract(accuracy.widthProperty()).subtract(18));
    List<TableColumn<EpochRow, ?>> columns = List.of(epoch, loss, accuracy, observation);
    table.getColumns().setAll(columns);
    table.setItems(model.rows());
    ColumnWidths.follow(table);
    table.setPrefHeight(260);
    VBox card = StepLayout.card(Text.get("training.epochByEpoch"), table);
    card.setId("epoch-card");
    return card;
  }

  /** Wraps long observations instead of cutting them off; the row grows to fit. */
  private static final class WrappingCell extends TableCell<EpochRow, String> {
    private final javafx.scene.text.Text text = new javafx.scene.text.Text();

    WrappingCell(TableColumn<EpochRow, String> column) {
      text.getStyleClass().add(Styles.OBSERVATION_TEXT);
      text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
      setPrefHeight(Control.USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      text.setText(empty || item == null ? "" : item);
      setGraphic(empty ? null : text);
    }
  }

  // ---- binding ------------------------------------------------------------------------------

  private void bind() {
    model.cardProperty().addListener((o, a, b) -> layout.setShapeCard(b));
    model.pythonProperty().addListener((o, a, b) -> layout.setPython(b));
    layout.setShapeCard(model.cardProperty().get());
    layout.followLesson(model.lessonProperty());
    if (model.pythonProperty().get() != null) {
      layout.setPython(model.pythonProperty().get());
    }
    model.reports().addListener(this::reportsChanged);
    model.labelNamesProperty().addListener((o, a, b) -> rebuildPerLabel(b));
    rebuildPerLabel(model.labelNamesProperty().get());
    model.chanceLossProperty().addListener((o, a, b) -> chanceMarker.setValue(b.doubleValue()));
    chanceMarker.setValue(model.chanceLossProperty().get());
    model.failedEpochProperty().addListener((o, a, b) -> showFailure(b.intValue()));
    Runnable redraw = () -> diagram.show(model.modelProperty().get(),
        model.labelNamesProperty().get(), model.sampleProbabilitiesProperty().get(),
        model.sampleRowProperty().get());
    model.modelProperty().addListener((o, a, b) -> redraw.run());
    model.sampleProbabilitiesProperty().addListener((o, a, b) -> redraw.run());
    redraw.run();
    addPoints(model.reports());
  }

  private void rebuildPerLabel(List<String> names) {
    lossChart.setNotify(false);
    perLabelData.removeAllSeries();
    perLabel.clear();
    XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) lossChart.getXYPlot().getRenderer(1);
    for (int k = 0; k < names.size(); k++) {
      XYSeries s = new XYSeries(Text.get("training.chart.labelSeries", names.get(k)), false, false);
      perLabel.add(s);
      perLabelData.addSeries(s);
      r.setSeriesPaint(k, ChartStyler.series(k + 2));
      r.setSeriesStroke(k, ChartStyler.current().stroke(k + 2));
      r.setSeriesShape(k, ChartStyler.current().shape(k + 2));
    }
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
      throttleCharts();
      for (XYSeries s : allSeries()) {
        s.clear();
      }
      lossChart.getXYPlot().removeDomainMarker(failureMarker);
      failureMarker.setValue(0);
      lossRange = null;
      fitEpochAxis();
      fitLossAxis();
      redraw();
    }
    addPoints(added);
    if (!added.isEmpty()) {
      table.scrollTo(table.getItems().size() - 1);
    }
  }

  /** Adds one point per report to every series, then lets each chart redraw once. */
  private void addPoints(List<? extends EpochReport> added) {
    if (added.isEmpty()) {
      return;
    }
    throttleCharts();
    for (EpochReport r : added) {
      trainLoss.add(r.epoch(), r.trainLoss(), false);
      testLoss.add(r.epoch(), r.testLoss(), false);
      if (r.hasValidation()) {
        validationLoss.add(r.epoch(), r.validationLoss(), false);
      }
      labelAccuracy.add(r.epoch(), r.labelAccuracy(), false);
      subsetAccuracy.add(r.epoch(), r.subsetAccuracy(), false);
      double[] perLabelLoss = r.perLabelLoss();
      for (int k = 0; k < perLabel.size() && k < perLabelLoss.length; k++) {
        perLabel.get(k).add(r.epoch(), perLabelLoss[k], false);
      }
    }
    for (XYSeries s : allSeries()) {
      s.fireSeriesChanged();
    }
    fitEpochAxis();
    fitLossAxis();
    redraw();
  }

  /**
   * Lets the charts draw their batched changes: at once when the last drawing is long enough
   * ago, otherwise when the throttle runs out. A full-speed run thus redraws a few times a second
   * instead of after every epoch, and the two charts draw in different frames, so that no single
   * frame carries both.
   */
  private void redraw() {
    long now = System.nanoTime();
    if (throttle.getStatus() == Animation.Status.RUNNING) {
      return;
    }
    if (now - lastRedraw < REDRAW_GAP.toMillis() * 1_000_000L) {
      throttle.playFromStart();
      return;
    }
    drawNow();
  }

  private void drawNow() {
    lastRedraw = System.nanoTime();
    lossChart.setNotify(true);
    secondChart.playFromStart();
  }

  /**
   * The loss axis during a run: it only grows (a falling curve does not make it rescale every
   * epoch, which made the curve jump); it starts afresh when the run is reset.
   */
  private Range lossRange;

  /** Auto range, widened to keep the guessing line in view: the curves are read against it. */
  private void fitLossAxis() {
    ValueAxis axis = lossChart.getXYPlot().getRangeAxis();
    Range data = DatasetUtils.findRangeBounds(lossData);
    if (perLabelCurves.isSelected() && perLabelData.getSeriesCount() > 0) {
      data = Range.combine(data, DatasetUtils.findRangeBounds(perLabelData));
    }
    double chance = model.chanceLossProperty().get();
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
   * The epoch axis of both charts spans the whole run from its first epoch (1 to the epochs
   * set), so the curves grow left to right instead of being stretched anew after each epoch.
   */
  private void fitEpochAxis() {
    int last = trainLoss.getItemCount() == 0 ? 0 : trainLoss.getX(trainLoss.getItemCount() - 1).intValue();
    int total = Math.max(model.epochsTotalProperty().get(), last);
    for (JFreeChart chart : List.of(lossChart, accuracyChart)) {
      ValueAxis x = chart.getXYPlot().getDomainAxis();
      if (total > 1 && failureMarker.getValue() <= 0) {
        x.setRange(0.75, total + 0.25);
      } else if (total <= 1) {
        x.setAutoRange(true);
      }
    }
  }

  /** Holds the charts' drawing until {@link #redraw()}. */
  private void throttleCharts() {
    lossChart.setNotify(false);
    accuracyChart.setNotify(false);
  }

  private List<XYSeries> allSeries() {
    List<XYSeries> all = new ArrayList<>(List.of(trainLoss, testLoss, validationLoss,
        labelAccuracy, subsetAccuracy));
    all.addAll(perLabel);
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

  /** The data behind the loss chart's train and test curves (for tests). */
  XYSeries trainLossSeries() {
    return trainLoss;
  }

  XYSeries testLossSeries() {
    return testLoss;
  }

  XYSeries labelAccuracySeries() {
    return labelAccuracy;
  }

  XYSeries subsetAccuracySeries() {
    return subsetAccuracy;
  }

  JFreeChart lossChart() {
    return lossChart;
  }

  NetworkDiagram diagram() {
    return diagram;
  }
}
