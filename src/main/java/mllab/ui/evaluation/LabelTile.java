package mllab.ui.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.eval.ConfusionCounts;
import mllab.eval.MetricReport;
import mllab.lesson.EvaluationSnapshot;
import mllab.pipeline.ThresholdState;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.Styles;

/**
 * One label's tile on step 5: its 2×2 confusion matrix (clickable cells), precision, recall, F1 and
 * support, and in per-label mode its own threshold slider. A row of the tile list reuses its tiles
 * for whichever labels it shows; a tile repaints itself from each new snapshot.
 */
final class LabelTile {

  /** A tile's width in em of its text, so that "TN 1,234" fits at every zoom. */
  static final double TILE_EM = 22;

  private final PerLabelViewModel model;
  private final LabelList labels;
  private final BiConsumer<Integer, Outcome> onCell;
  private final Label title = new Label();
  private final Label predYes = new Label(Text.get("evaluation.matrix.predicted1"));
  private final Map<Outcome, Button> cells = new EnumMap<>(Outcome.class);
  private final Label scores = new Label();

  /**
   * The label's own slider and its value: built when per-label mode is first switched on (until
   * then the row is hidden, and a tile list shows a dozen tiles).
   */
  private Slider threshold;

  /** The label's threshold as its slider shows it, tied two-way to the slider. */
  private final DoubleProperty thresholdShown = new SimpleDoubleProperty(0.5);

  private Label thresholdValue;
  private final VBox box;
  private final InvalidationListener repaint = o -> paint();
  private final InvalidationListener moveSlider = o -> showThreshold();
  private final InvalidationListener buildRow =
      o -> {
        if (perLabelMode() && threshold == null) {
          addThresholdRow();
        }
      };
  private int label = -1;

  /**
   * @param onCell what a click on label k's confusion cell does
   */
  LabelTile(PerLabelViewModel model, LabelList labels, BiConsumer<Integer, Outcome> onCell) {
    this.model = model;
    this.labels = labels;
    this.onCell = onCell;
    title.getStyleClass().add(Styles.CARD_TITLE);
    // A long name is cut with an ellipsis (the tooltip has it whole) instead of widening the tile.
    title.setMinWidth(0);
    title.setPrefWidth(1);
    title.setMaxWidth(Double.MAX_VALUE);
    lazyTooltip(title, () -> labels.name(label));
    scores.getStyleClass().add(Styles.NUMBER);
    // Two set lines (scores, then support), always whole: the tile is wide enough for them.
    scores.setMinWidth(Region.USE_PREF_SIZE);
    scores.setMinHeight(Region.USE_PREF_SIZE);
    box = new VBox(6, title, matrix(), scores);
    box.getStyleClass().add(Styles.LABEL_TILE);
    // As wide as the rows expect (em of the text: the zoom widens it), whatever the numbers.
    box.minWidthProperty().bind(predYes.fontProperty().map(f -> TILE_EM * f.getSize()));
    box.prefWidthProperty().bind(box.minWidthProperty());
    box.maxWidthProperty().bind(box.minWidthProperty());
    model.snapshotProperty().addListener(new WeakInvalidationListener(repaint));
    // The slider follows the pipeline's rule at once; the numbers follow its snapshot, which
    // on large data comes a moment later and must not pull the thumb back under the student.
    model.thresholdStateProperty().addListener(new WeakInvalidationListener(moveSlider));
    // The value also follows the pipeline: the model takes a threshold already in force as no move.
    thresholdShown.addListener(
        o -> {
          double v = thresholdShown.get();
          if (label >= 0) {
            model.moveLabelThreshold(label, v);
          }
        });
    model.perLabelProperty().addListener(new WeakInvalidationListener(buildRow));
    buildRow.invalidated(null);
  }

  private GridPane matrix() {
    GridPane m = new GridPane();
    m.setHgap(4);
    m.setVgap(4);
    Label predNo = new Label(Text.get("evaluation.matrix.predicted0"));
    Label trueYes = new Label(Text.get("evaluation.matrix.true1"));
    Label trueNo = new Label(Text.get("evaluation.matrix.true0"));
    for (Label l : new Label[] {predYes, predNo, trueYes, trueNo}) {
      l.getStyleClass().add(Styles.MUTED);
    }
    m.add(predYes, 1, 0);
    m.add(predNo, 2, 0);
    m.add(trueYes, 0, 1);
    m.add(trueNo, 0, 2);
    for (Outcome o : Outcome.values()) {
      Button b = new Button();
      b.getStyleClass().add(Styles.CONFUSION_CELL);
      b.setMinWidth(Region.USE_PREF_SIZE);
      b.pseudoClassStateChanged(o.pseudoClass(), true);
      lazyTooltip(
          b, () -> Text.get("evaluation.confusion.tooltip", o.meaning(), labels.name(label)));
      b.setOnAction(
          e -> {
            if (label >= 0) {
              onCell.accept(label, o);
            }
          });
      cells.put(o, b);
    }
    m.add(cells.get(Outcome.TP), 1, 1);
    m.add(cells.get(Outcome.FN), 2, 1);
    m.add(cells.get(Outcome.FP), 1, 2);
    m.add(cells.get(Outcome.TN), 2, 2);
    return m;
  }

  /** The label's own slider and value, shown in per-label mode, below the scores. */
  private void addThresholdRow() {
    threshold = new Slider(0, 1, thresholdShown.get());
    thresholdValue = new Label();
    threshold.setBlockIncrement(ThresholdViewModel.STEP);
    threshold.setPrefWidth(120);
    threshold.setMinWidth(60);
    lazyTooltip(threshold, () -> Text.get("evaluation.labelThreshold.tooltip", labels.name(label)));
    HBox.setHgrow(threshold, Priority.ALWAYS);
    TwoWay.numbers(threshold.valueProperty(), thresholdShown, 1e-9);
    thresholdValue.getStyleClass().add(Styles.NUMBER);
    thresholdValue.setMinWidth(Region.USE_PREF_SIZE);
    HBox row = new HBox(8, threshold, thresholdValue);
    row.setAlignment(Pos.CENTER_LEFT);
    row.visibleProperty().bind(model.perLabelProperty());
    row.managedProperty().bind(row.visibleProperty());
    box.getChildren().add(row);
    if (label >= 0) {
      nameRow(labels.name(label));
    }
    showThreshold();
  }

  /** The slider's and value's ids and the slider's spoken name, for label {@code label}. */
  private void nameRow(String name) {
    threshold.setId("label-threshold-" + label);
    thresholdValue.setId("label-threshold-value-" + label);
    threshold.setAccessibleText(Text.get("evaluation.labelThreshold", name));
    // What the tooltips (made on the first hover) say, for a screen reader at once.
    threshold.setAccessibleHelp(Text.get("evaluation.labelThreshold.tooltip", name));
  }

  /**
   * A tooltip made on the first hover (a tile list shows dozens of controls, six tooltips a tile),
   * whose words are those of the label the tile shows when it appears: tiles are reused as the list
   * scrolls.
   */
  private static void lazyTooltip(Control control, Supplier<String> text) {
    LazyTooltip.onFirstHover(
        control,
        () -> {
          Tooltip tip = new Tooltip(text.get());
          tip.setOnShowing(e -> tip.setText(text.get()));
          control.setTooltip(tip);
        });
  }

  private boolean perLabelMode() {
    return model.perLabelProperty().get();
  }

  /** The tile's node, laid out by its row. */
  VBox box() {
    return box;
  }

  /** Shows label {@code k} (-1: none; the tile is then off screen). */
  void show(int k) {
    label = k;
    if (k < 0) {
      // A cell the list keeps aside must not answer for a label it no longer shows.
      for (Node n : List.of(box, scores)) {
        n.setId(null);
      }
      if (threshold != null) {
        threshold.setId(null);
        thresholdValue.setId(null);
      }
      for (Button b : cells.values()) {
        b.setId(null);
      }
      return;
    }
    String name = labels.name(k);
    title.setText(name);
    box.setId("label-tile-" + k);
    scores.setId("label-scores-" + k);
    if (threshold != null) {
      nameRow(name);
    }
    for (Outcome o : Outcome.values()) {
      Button b = cells.get(o);
      b.setId("confusion-" + k + "-" + o.name());
      b.setAccessibleHelp(Text.get("evaluation.confusion.tooltip", o.meaning(), name));
    }
    paint();
  }

  private void paint() {
    EvaluationSnapshot s = model.snapshotProperty().get();
    if (label < 0 || s == null || label >= s.report().labelCount()) {
      return;
    }
    MetricReport r = s.report();
    String name = labels.name(label);
    ConfusionCounts c = r.confusion(label);
    int[] counts = {c.tp(), c.fp(), c.fn(), c.tn()};
    for (Outcome o : Outcome.values()) {
      int n = counts[o.ordinal()];
      Button b = cells.get(o);
      // The outcome above its count: a four-digit count stays whole in the tile's width.
      EvaluationView.setText(b, o.marker() + "\n" + n);
      b.setAccessibleText(
          Text.get("evaluation.confusion.description", o.marker(), name, String.valueOf(n)));
    }
    EvaluationView.setText(
        scores,
        Text.get(
            "evaluation.labelScores",
            Decimals.fixed(r.precision(label), 2),
            Decimals.fixed(r.recall(label), 2),
            Decimals.fixed(r.f1(label), 2),
            String.valueOf(r.support(label))));
    showThreshold();
  }

  private void showThreshold() {
    ThresholdState st = model.thresholdStateProperty().get();
    if (label < 0 || st == null || label >= st.labelCount()) {
      return;
    }
    double t = st.of(label);
    thresholdShown.set(t);
    if (thresholdValue != null) {
      EvaluationView.setText(thresholdValue, Decimals.threshold(t));
    }
  }
}
