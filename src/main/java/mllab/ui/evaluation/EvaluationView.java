package mllab.ui.evaluation;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import mllab.pipeline.Step;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Step 5 screen: the threshold slider (global or per label), every metric, the per-label confusion
 * matrices, predicted vs true cardinality, the predictions table, the threshold sweep and one
 * prediction traced through the network. Everything below the slider follows it live. Each card is
 * a view of its own on its own view model; this screen puts them together.
 */
public final class EvaluationView {

  private final EvaluationViewModel model;
  private final StepLayout layout = new StepLayout(Step.EVALUATION);
  private final ThresholdView threshold;
  private final MetricsView metrics;
  private final PerLabelView perLabel;
  private final CardinalityView cardinality;
  private final EvaluationTabs tabs;
  private final PauseTransition pythonPause = new PauseTransition(Duration.millis(120));

  /**
   * Whether the tabs and their table's columns are on screen yet; a confusion-cell click before
   * that waits for them.
   */
  private boolean tabsShown;

  private Runnable rowsToShow;

  public EvaluationView(EvaluationViewModel model) {
    this.model = model;
    this.threshold = new ThresholdView(model.thresholdCard());
    this.metrics = new MetricsView(model.metricsCard());
    this.tabs =
        new EvaluationTabs(model.predictionsTab(), model.curvesTab(), model.traceViewModel());
    this.perLabel = new PerLabelView(model.perLabelCard(), this::showRows);
    this.cardinality = new CardinalityView(model.cardinalityCard());
  }

  public Node createView() {
    Node root = layout.createView();
    VBox empty = emptyState();
    // The first frame shows the slider and the metrics; the per-label card, its tiles, the
    // cardinality card, its pair grid and the tabs (each a long first CSS pass on a wide dataset)
    // follow one pulse each, in this order, after the lesson and the Python panel.
    VBox content = new VBox(14, threshold.createView(), metrics.createView());
    content.setId(NodeIds.EVALUATION_CONTENT);
    layout.fillIn(() -> content.getChildren().add(perLabel.createView()));
    layout.fillIn(perLabel::showTiles);
    layout.fillIn(() -> content.getChildren().add(cardinality.createView()));
    layout.fillIn(cardinality::showPairs);
    // The tabs' predictions table then builds its columns in pulses of their own (EvaluationTabs).
    layout.fillIn(
        () ->
            content
                .getChildren()
                .add(
                    tabs.createView(
                        layout::fillIn,
                        () -> {
                          tabsShown = true;
                          if (rowsToShow != null) {
                            rowsToShow.run();
                            rowsToShow = null;
                          }
                        })));
    empty.visibleProperty().bind(model.readyProperty().not());
    empty.managedProperty().bind(empty.visibleProperty());
    content.visibleProperty().bind(model.readyProperty());
    content.managedProperty().bind(content.visibleProperty());
    model
        .readyProperty()
        .addListener(
            (o, was, ready) -> {
              if (ready) {
                revealInTurn(content);
              }
            });
    layout.main().getChildren().addAll(empty, content);
    bind();
    return root;
  }

  /**
   * A run's results arrived: the slider and the metrics show in the next frame, and each card below
   * them (the per-label card, the cardinality card, the tabs) a frame after the other. They are out
   * of the scene until their turn, so that neither their styling nor their first cells (made when
   * their lists and table are first laid out with results) fall into one frame: all at once held
   * the FX thread 0.4-0.8 s with 159 labels.
   */
  private static void revealInTurn(VBox content) {
    java.util.List<Node> cards =
        java.util.List.copyOf(content.getChildren().subList(2, content.getChildren().size()));
    content.getChildren().removeAll(cards);
    java.util.List<Runnable> pieces = new java.util.ArrayList<>();
    for (int i = 0; i < cards.size(); i++) {
      Node card = cards.get(i);
      Node before = i == 0 ? content.getChildren().get(1) : cards.get(i - 1);
      // After the card it followed: a card still filling in the screen is added at the end.
      pieces.add(() -> content.getChildren().add(content.getChildren().indexOf(before) + 1, card));
    }
    mllab.ui.common.AfterFirstLayout.inTurn(content, pieces);
  }

  /**
   * A confusion cell was clicked: its rows go to the predictions table, now or once it is shown.
   */
  private void showRows(int label, Outcome o) {
    if (tabsShown) {
      tabs.showRows(label, o);
    } else {
      rowsToShow = () -> tabs.showRows(label, o);
    }
  }

  private VBox emptyState() {
    Label message = new Label(Text.get("evaluation.trainModelInStep"));
    message.getStyleClass().add(Styles.SCREEN_TITLE);
    message.setId(NodeIds.EVALUATION_EMPTY_MESSAGE);
    Label why = new Label(Text.get("evaluation.evaluationNeedsTestSet"));
    why.setWrapText(true);
    why.getStyleClass().add(Styles.MUTED);
    Button go =
        new Button(Text.get("evaluation.goToTraining"), new FontIcon(Material2AL.ARROW_BACK));
    go.setId(NodeIds.GO_TO_TRAINING);
    go.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
    go.setAccessibleText(Text.get("evaluation.goToTraining.description"));
    go.setTooltip(new Tooltip(Text.get("evaluation.openTrainingStepTrain")));
    go.setOnAction(e -> model.goToTraining());
    VBox box = new VBox(message, why, go);
    box.getStyleClass().addAll(Styles.CARD, Styles.EMPTY_STATE);
    box.setId(NodeIds.EVALUATION_EMPTY);
    return box;
  }

  /** The shape card, the lesson and the Python panel beside the cards. */
  private void bind() {
    model.cardProperty().addListener((o, a, b) -> layout.setShapeCard(b));
    // The Python panel is rebuilt as new nodes by StepLayout, so while the slider moves it follows
    // a short pause behind, keeping each move's work to the labels that already exist.
    pythonPause.setOnFinished(e -> layout.setPython(model.pythonProperty().get()));
    model.pythonProperty().addListener((o, a, b) -> pythonPause.playFromStart());
    layout.setShapeCard(model.cardProperty().get());
    layout.followLesson(model.lessonProperty());
    if (model.pythonProperty().get() != null) {
      layout.setPython(model.pythonProperty().get());
    }
  }

  /** Changes a label's text only when it differs, so that unchanged labels need no new layout. */
  static void setText(Labeled l, String text) {
    if (!text.equals(l.getText())) {
      l.setText(text);
    }
  }

  public static String format(double v) {
    return Double.isNaN(v) ? Text.get("evaluation.notAvailable") : Decimals.fixed(v, 3);
  }
}
