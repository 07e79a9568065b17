package mllab.ui.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.Styles;

/**
 * Step 5's label tiles: per label a 2×2 confusion matrix (clickable cells), precision, recall, F1
 * and support, and in per-label mode the label's own threshold slider. The tiles wrap into rows as
 * a flow does, and the rows are the cells of a virtualized list: only the rows on screen have
 * nodes, reused as the list scrolls, so 4 labels look as they always did and 1,000 cost no more.
 */
final class LabelTiles {

  /** Rows of tiles shown before the list scrolls. */
  static final int ROWS_SHOWN = 2;
  /** A tile's width in em of its text, so that "TN 1,234" fits at every zoom. */
  private static final double TILE_EM = 22;
  /** The space between two tiles of a row, in px. */
  private static final double GAP = 12;

  private final EvaluationViewModel model;
  private final LabelList labels;
  private final BiConsumer<Integer, Outcome> onCell;
  private final ListView<List<Integer>> list = new ListView<>();
  private final ObservableList<List<Integer>> rows = FXCollections.observableArrayList();
  private int perRow = 1;
  /** The tallest row drawn since the tiles last changed shape: the list shows ROWS_SHOWN such. */
  private double rowHeight;

  /**
   * @param onCell what a click on label k's confusion cell does
   */
  LabelTiles(EvaluationViewModel model, LabelList labels, BiConsumer<Integer, Outcome> onCell) {
    this.model = model;
    this.labels = labels;
    this.onCell = onCell;
  }

  ListView<List<Integer>> createView() {
    list.setId("label-tiles");
    list.getStyleClass().add(Styles.LABEL_TILE_LIST);
    list.setItems(rows);
    list.setCellFactory(v -> new RowCell());
    list.setAccessibleText(Text.get("evaluation.labels.list"));
    list.setAccessibleHelp(Text.get("evaluation.labels.listHelp"));
    list.setPlaceholder(new Label(Text.get("evaluation.labels.none")));
    list.setPrefHeight(200);
    labels.shown().addListener((ListChangeListener<Integer>) c -> regroup());
    list.widthProperty().addListener(o -> regroup());
    labels.fontProperty().addListener(o -> regroup());
    // Per-label mode adds a slider to every tile: the rows grow, and the list with them.
    model.perLabelProperty().addListener((o, a, b) -> {
      rowHeight = 0;
      list.refresh();
    });
    regroup();
    return list;
  }

  /** The labels shown, in their order, cut into rows of as many tiles as the width holds. */
  private void regroup() {
    double em = labels.fontSize();
    // Less the list's borders and its vertical scroll bar.
    double width = list.getWidth() - 2 * em;
    int fit = width <= 0 ? perRow : Math.max(1, (int) ((width + GAP) / (TILE_EM * em + GAP)));
    List<Integer> shown = List.copyOf(labels.shown());
    List<List<Integer>> cut = new ArrayList<>();
    for (int i = 0; i < shown.size(); i += fit) {
      cut.add(shown.subList(i, Math.min(shown.size(), i + fit)));
    }
    if (fit != perRow || !cut.equals(rows)) {
      perRow = fit;
      rowHeight = 0;
      rows.setAll(cut);
    }
  }

  /** One row of tiles; its tiles are reused for the labels of whichever row it shows. */
  private final class RowCell extends ListCell<List<Integer>> {
    private final HBox box = new HBox(GAP);
    private final List<Tile> tiles = new ArrayList<>();

    RowCell() {
      setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
      box.setAlignment(Pos.TOP_LEFT);
    }

    @Override
    protected void updateItem(List<Integer> item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        for (Tile t : tiles) {
          t.show(-1);
        }
        setGraphic(null);
        return;
      }
      while (tiles.size() < item.size()) {
        tiles.add(new Tile());
      }
      List<VBox> shown = new ArrayList<>();
      for (int i = 0; i < tiles.size(); i++) {
        tiles.get(i).show(i < item.size() ? item.get(i) : -1);
        if (i < item.size()) {
          shown.add(tiles.get(i).box);
        }
      }
      box.getChildren().setAll(shown);
      setGraphic(box);
    }

    /** The list is as tall as {@link #ROWS_SHOWN} of its tallest rows, so no tile is cut. */
    @Override
    protected void layoutChildren() {
      super.layoutChildren();
      if (getGraphic() == null) {
        return;
      }
      double h = box.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
      if (h > rowHeight + 0.5) {
        rowHeight = h;
        int shown = Math.min(ROWS_SHOWN, Math.max(1, rows.size()));
        list.setPrefHeight(Math.ceil(shown * h + list.snappedTopInset()
            + list.snappedBottomInset() + 2));
      }
    }
  }

  /** One label's tile; it repaints itself from each new snapshot while it shows a label. */
  private final class Tile {
    private final Label title = new Label();
    private final Map<Outcome, Button> cells = new EnumMap<>(Outcome.class);
    private final Label scores = new Label();
    private final Slider threshold = new Slider(0, 1, 0.5);
    private final Label thresholdValue = new Label();
    private final VBox box;
    private final InvalidationListener repaint = o -> paint();
    private final InvalidationListener moveSlider = o -> showThreshold();
    private int label = -1;
    private boolean painting;

    Tile() {
      title.getStyleClass().add(Styles.CARD_TITLE);
      // A long name is cut with an ellipsis (the tooltip has it whole) instead of widening the tile.
      title.setMinWidth(0);
      title.setPrefWidth(1);
      title.setMaxWidth(Double.MAX_VALUE);
      title.setTooltip(new Tooltip());
      GridPane m = new GridPane();
      m.setHgap(4);
      m.setVgap(4);
      Label predYes = new Label(Text.get("evaluation.matrix.predicted1"));
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
        b.setTooltip(new Tooltip());
        b.setOnAction(e -> {
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
      scores.getStyleClass().add(Styles.NUMBER);
      // Two set lines (scores, then support), always whole: the tile is wide enough for them.
      scores.setMinWidth(Region.USE_PREF_SIZE);
      scores.setMinHeight(Region.USE_PREF_SIZE);
      threshold.setBlockIncrement(EvaluationViewModel.STEP);
      threshold.setPrefWidth(120);
      threshold.setMinWidth(60);
      threshold.setTooltip(new Tooltip());
      HBox.setHgrow(threshold, Priority.ALWAYS);
      threshold.valueProperty().addListener((o, a, b) -> {
        if (!painting && label >= 0) {
          model.setLabelThreshold(label, b.doubleValue());
        }
      });
      thresholdValue.getStyleClass().add(Styles.NUMBER);
      thresholdValue.setMinWidth(Region.USE_PREF_SIZE);
      HBox thresholdRow = new HBox(8, threshold, thresholdValue);
      thresholdRow.setAlignment(Pos.CENTER_LEFT);
      thresholdRow.visibleProperty().bind(model.perLabelProperty());
      thresholdRow.managedProperty().bind(thresholdRow.visibleProperty());
      box = new VBox(6, title, m, scores, thresholdRow);
      box.getStyleClass().add(Styles.LABEL_TILE);
      // As wide as the rows expect (em of the text: the zoom widens it), whatever the numbers.
      box.minWidthProperty().bind(predYes.fontProperty().map(f -> TILE_EM * f.getSize()));
      box.prefWidthProperty().bind(box.minWidthProperty());
      box.maxWidthProperty().bind(box.minWidthProperty());
      model.snapshotProperty().addListener(new WeakInvalidationListener(repaint));
      // The slider follows the pipeline's rule at once; the numbers follow its snapshot, which
      // on large data comes a moment later and must not pull the thumb back under the student.
      model.thresholdStateProperty().addListener(new WeakInvalidationListener(moveSlider));
    }

    /** Shows label {@code k} (-1: none; the tile is then off screen). */
    void show(int k) {
      label = k;
      if (k < 0) {
        // A cell the list keeps aside must not answer for a label it no longer shows.
        for (Node n : List.of(box, scores, threshold, thresholdValue)) {
          n.setId(null);
        }
        for (Button b : cells.values()) {
          b.setId(null);
        }
        return;
      }
      String name = labels.name(k);
      title.setText(name);
      title.getTooltip().setText(name);
      box.setId("label-tile-" + k);
      scores.setId("label-scores-" + k);
      threshold.setId("label-threshold-" + k);
      thresholdValue.setId("label-threshold-value-" + k);
      threshold.setAccessibleText(Text.get("evaluation.labelThreshold", name));
      threshold.getTooltip().setText(Text.get("evaluation.labelThreshold.tooltip", name));
      for (Outcome o : Outcome.values()) {
        Button b = cells.get(o);
        b.setId("confusion-" + k + "-" + o.name());
        b.getTooltip().setText(Text.get("evaluation.confusion.tooltip", o.meaning(), name));
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
        b.setAccessibleText(Text.get("evaluation.confusion.description", o.marker(), name,
            String.valueOf(n)));
      }
      EvaluationView.setText(scores, Text.get("evaluation.labelScores",
          Decimals.fixed(r.precision(label), 2),
          Decimals.fixed(r.recall(label), 2),
          Decimals.fixed(r.f1(label), 2),
          String.valueOf(r.support(label))));
      showThreshold();
    }

    private void showThreshold() {
      mllab.pipeline.ThresholdState st = model.thresholdStateProperty().get();
      if (label < 0 || st == null || label >= st.labelCount()) {
        return;
      }
      double t = st.of(label);
      painting = true;
      if (Math.abs(threshold.getValue() - t) > 1e-9) {
        threshold.setValue(t);
      }
      painting = false;
      EvaluationView.setText(thresholdValue, Decimals.threshold(t));
    }
  }
}
