package mllab.ui.training;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.model.EpochReport;
import mllab.pipeline.Step;
import mllab.text.Text;
import mllab.ui.chart.LearningCurves;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Spinners;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Step 4 screen: Play / Pause / Step / Reset, the hyper-parameters, the loss and accuracy curves,
 * the epoch table and the network diagram, all following {@link TrainingViewModel}.
 */
public final class TrainingView {

  private final TrainingViewModel model;
  private final RunDisplay display;
  private final StepLayout layout = new StepLayout(Step.TRAINING);
  private final LearningCurves curves;
  private final NetworkDiagram diagram = new NetworkDiagram();
  private final EpochTable table = new EpochTable();

  public TrainingView(TrainingViewModel model) {
    this.model = model;
    this.display = model.display();
    this.curves =
        new LearningCurves(
            display.reports(),
            display.labelNamesProperty(),
            display.labelSupportProperty(),
            display.testRowsProperty(),
            display.chanceLossProperty(),
            model.failedEpochProperty(),
            display.epochsTotalProperty());
  }

  public Node createView() {
    Node root = layout.createView();
    // What the student watches fills the main column; the knobs sit beside it, at the top. The
    // charts' viewers, the epoch table and the network come after the first frame, a pulse each
    // and before the lesson, so no one pulse makes and styles them all.
    layout
        .main()
        .getChildren()
        .addAll(controlsCard(), curves.createView(), new LearningRateTryout(model).createView());
    layout.fillInFirst(curves::addViewers);
    layout.fillInFirst(() -> layout.main().getChildren().add(table.createView(display.rows())));
    layout.fillInFirst(() -> layout.main().getChildren().add(networkCard()));
    layout.fillInFirst(
        () ->
            layout
                .side()
                .getChildren()
                .add(
                    0,
                    new SettingsView(model.settings(), model.runningProperty())
                        .createView(
                            RunOptionsView.create(model.settings(), model.runningProperty()))));
    bind();
    return root;
  }

  // ---- controls -----------------------------------------------------------------------------

  private Node controlsCard() {
    Button play =
        button(
            Text.get("training.play"),
            Material2MZ.PLAY_ARROW,
            "train-play",
            Text.get("training.trainRemainingEpochsOne"));
    play.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
    play.setOnAction(
        e -> {
          if (TrainAgainQuestion.ask(model, play)) {
            model.play();
          }
        });
    play.disableProperty().bind(model.canTrain().not());
    Button pause =
        button(
            Text.get("training.pause"),
            Material2MZ.PAUSE,
            "train-pause",
            Text.get("training.stopAfterEpochIn"));
    pause.setOnAction(e -> model.pause());
    pause.disableProperty().bind(model.runningProperty().not());
    Button step =
        button(
            Text.get("training.step"),
            Material2MZ.SKIP_NEXT,
            "train-step",
            Text.get("training.trainExactlyOneMore"));
    step.setOnAction(
        e -> {
          if (TrainAgainQuestion.ask(model, step)) {
            model.step();
          }
        });
    step.disableProperty().bind(model.canTrain().not());
    Button reset =
        button(
            Text.get("training.reset"),
            Material2MZ.REPLAY,
            "train-reset",
            Text.get("training.startAgainFromInitial"));
    reset.setOnAction(e -> model.reset());

    Label speedLabel = new Label(Text.get("training.speed"));
    // Zoomed in, the speed control wraps below the buttons instead of cutting "Play" to "P…".
    FlowPane buttons = new FlowPane(8, 8, play, pause, step, reset, speedBox(speedLabel));
    buttons.setAlignment(Pos.CENTER_LEFT);
    for (Node n : List.of(play, pause, step, reset, speedLabel)) {
      ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
    }
    Label banner = message("train-failure", Styles.TRAINING_BANNER, model.failureProperty());
    banner.setGraphic(new FontIcon(Material2MZ.WARNING));
    Label note = message("train-note", Styles.TRAINING_NOTE, model.noteProperty());
    VBox card =
        StepLayout.card(Text.get("training.trainNetwork"), buttons, progressRow(), banner, note);
    card.setId(NodeIds.TRAIN_CONTROLS);
    return card;
  }

  /** The speed slider with {@code speedLabel} before it and the speed's name after it. */
  private HBox speedBox(Label speedLabel) {
    Speed[] speeds = Speed.values();
    Slider speed = new Slider(0, speeds.length - 1, model.speedProperty().get().ordinal());
    speed.setId(NodeIds.TRAIN_SPEED);
    speed.setMajorTickUnit(1);
    speed.setMinorTickCount(0);
    speed.setSnapToTicks(true);
    speed.setShowTickMarks(true);
    speed.setBlockIncrement(1);
    speed.setPrefWidth(150);
    speed.setAccessibleText(Text.get("training.animationSpeed"));
    speed.setTooltip(new Tooltip(Text.get("training.fromEpochPerSecond")));
    // Home and End would otherwise reach the scroll pane and scroll the whole screen away.
    speed.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) {
            speed.setValue(e.getCode() == KeyCode.HOME ? speed.getMin() : speed.getMax());
            e.consume();
          }
        });
    speed
        .valueProperty()
        .addListener(
            (o, a, b) -> model.speedProperty().set(speeds[(int) Math.round(b.doubleValue())]));
    model.speedProperty().addListener((o, a, b) -> speed.setValue(b.ordinal()));
    Label speedText = new Label();
    speedText.setId(NodeIds.TRAIN_SPEED_TEXT);
    // As wide as its longest text, so the row does not move when the speed changes.
    speedText
        .minWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> longestSpeedText(speedText), speedText.fontProperty()));
    speedText.textProperty().bind(Bindings.convert(model.speedProperty()));
    speedLabel.setLabelFor(speed);
    HBox speedBox = new HBox(8, speedLabel, speed, speedText);
    speedBox.setAlignment(Pos.CENTER_LEFT);
    return speedBox;
  }

  private static double longestSpeedText(Label label) {
    return Math.ceil(SettingsView.widest(label.getFont(), Speed.values())) + 2;
  }

  /** The progress bar and "epoch k of n". */
  private HBox progressRow() {
    ProgressBar bar = new ProgressBar();
    bar.setId(NodeIds.TRAIN_PROGRESS);
    bar.setAccessibleText(Text.get("training.trainingProgress"));
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(display.progressProperty());
    HBox.setHgrow(bar, Priority.ALWAYS);
    Label epochText = new Label();
    epochText.setId(NodeIds.TRAIN_EPOCH_TEXT);
    epochText.getStyleClass().add(Styles.NUMBER);
    epochText.setMinWidth(Region.USE_PREF_SIZE);
    epochText.textProperty().bind(display.progressTextProperty());
    HBox progress = new HBox(10, bar, epochText);
    progress.setAlignment(Pos.CENTER_LEFT);
    return progress;
  }

  /** A wrapping label that shows {@code text}, and takes no room while it is empty. */
  private static Label message(String id, String styleClass, ObservableStringValue text) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().add(styleClass);
    label.setWrapText(true);
    label.setMaxWidth(Double.MAX_VALUE);
    label.textProperty().bind(text);
    label.visibleProperty().bind(Bindings.isNotEmpty(text));
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  private static Button button(String text, Material2MZ icon, String id, String tip) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(id);
    b.setAccessibleText(text);
    b.setTooltip(new Tooltip(tip));
    return b;
  }

  // ---- network ------------------------------------------------------------------------------

  private Node networkCard() {
    diagram.setId(NodeIds.NETWORK_DIAGRAM);
    diagram.setAccessibleText(Text.get("training.diagramNetworkHoverOutput"));
    Spinner<Integer> row = new Spinner<>();
    row.setId(NodeIds.SAMPLE_ROW);
    row.setEditable(true);
    Spinners.keepValidIntegers(row);
    row.setPrefWidth(110);
    row.setAccessibleText(Text.get("training.testRowShownOn"));
    row.setTooltip(new Tooltip(Text.get("training.whichTestRowProbabilities")));
    SpinnerValueFactory.IntegerSpinnerValueFactory rows =
        new SpinnerValueFactory.IntegerSpinnerValueFactory(
            1,
            Math.max(1, display.testRowsProperty().get()),
            display.sampleRowProperty().get() + 1);
    row.setValueFactory(rows);
    rows.maxProperty().bind(Bindings.max(1, display.testRowsProperty()));
    row.valueProperty().addListener((o, a, b) -> display.sampleRowProperty().set(b - 1));
    display.sampleRowProperty().addListener((o, a, b) -> rows.setValue(b.intValue() + 1));
    Label rowLabel = new Label(Text.get("training.probabilitiesForTestRow"));
    rowLabel.setLabelFor(row);
    Label legend =
        new Label(Text.get("training.net.legend", String.valueOf(NetworkDiagram.MAX_NODES)));
    legend.getStyleClass().add(Styles.CHART_CAPTION);
    legend.setWrapText(true);
    HBox top = new HBox(8, rowLabel, row);
    top.setAlignment(Pos.CENTER_LEFT);
    VBox card =
        StepLayout.card(Text.get("training.networkRedrawnAfterEvery"), top, diagram, legend);
    card.setId(NodeIds.NETWORK_CARD);
    return card;
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
    display
        .reports()
        .addListener(
            (ListChangeListener.Change<? extends EpochReport> change) -> {
              boolean added = false;
              while (change.next()) {
                added |= change.wasAdded() && !change.getAddedSubList().isEmpty();
              }
              if (added) {
                table.scrollToEnd();
              }
            });
    Runnable redraw =
        () ->
            diagram.show(
                display.modelProperty().get(),
                display.labelNamesProperty().get(),
                display.sampleProbabilitiesProperty().get(),
                display.sampleRowProperty().get());
    display.modelProperty().addListener((o, a, b) -> redraw.run());
    display.sampleProbabilitiesProperty().addListener((o, a, b) -> redraw.run());
    redraw.run();
  }

  // ---- for tests ----------------------------------------------------------------------------

  /** The data behind the loss chart's train and test curves (for tests). */
  XYSeries trainLossSeries() {
    return curves.trainLossSeries();
  }

  XYSeries testLossSeries() {
    return curves.testLossSeries();
  }

  XYSeries labelAccuracySeries() {
    return curves.labelAccuracySeries();
  }

  XYSeries subsetAccuracySeries() {
    return curves.subsetAccuracySeries();
  }

  JFreeChart lossChart() {
    return curves.lossChart();
  }

  NetworkDiagram diagram() {
    return diagram;
  }
}
