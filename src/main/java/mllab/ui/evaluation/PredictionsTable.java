package mllab.ui.evaluation;

import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import mllab.ui.common.ColumnWidths;
import mllab.ui.common.ColumnWindow;
import mllab.eval.Predictions;
import mllab.text.Decimals;
import mllab.text.Text;
import mllab.ui.common.Styles;

/**
 * The virtualized predictions table: one row per test row, one column per label. Only the visible
 * cells exist; each listens to the thresholds in force and repaints itself when they move, so a
 * drag never rebuilds the table.
 */
final class PredictionsTable {

  static final double BAR_WIDTH = 36;
  /** Row height at the base font size; the theme sets it in em so that it follows the zoom. */
  static final double ROW_HEIGHT = 42;
  // Widths of the cells' contents in em of their text, so that they follow the zoom.
  private static final double TEXT_EM = 3;
  private static final double BADGE_EM = 5.1;
  private static final double CELL_CONTENT_EM = 9.1;
  private static final double MARKER_EM = 1.5;

  /** Label columns shown at a time: a column per label would freeze the window at 159 labels. */
  static final int LABEL_COLUMNS = 12;

  private final EvaluationViewModel model;
  private final TableView<Integer> table = new TableView<>();
  private final ColumnWindow window = new ColumnWindow("predictions-labels",
      Text.get("rawdata.columns.labels"), LABEL_COLUMNS, first -> buildColumns());
  private java.util.List<TableColumn<Integer, Integer>> fixed;

  PredictionsTable(EvaluationViewModel model) {
    this.model = model;
  }

  /** The window's bar (shown only with more labels than fit) above the table. */
  javafx.scene.layout.VBox createView() {
    return new javafx.scene.layout.VBox(6, window.bar(), createTable());
  }

  /** Moves the window of label columns so that label {@code k}'s column is shown. */
  void revealLabel(int k) {
    window.reveal(k);
  }

  private TableView<Integer> createTable() {
    table.setId("predictions-table");
    table.setAccessibleText(Text.get("evaluation.predictionsForEveryTest"));
    table.setTooltip(new Tooltip(Text.get("evaluation.clickRowFollowIt")));
    table.setPlaceholder(new Label(Text.get("evaluation.noRowMatchesFilter")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    ColumnWidths.follow(table);
    table.setPrefHeight(440);
    // Every row is as tall as a label cell; saying so up front spares the table measuring each
    // row again whenever a cell's text changes.
    table.setFixedCellSize(ROW_HEIGHT);
    table.getStyleClass().add(Styles.PREDICTIONS_TABLE);
    SortedList<Integer> sorted = new SortedList<>(model.shownRows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.getSelectionModel().selectedItemProperty()
        .addListener((o, a, b) -> {
          if (b != null) {
            model.selectRow(b);
          }
        });
    model.predictionsProperty().addListener((o, a, b) -> newLabels(b));
    newLabels(model.predictionsProperty().get());
    return table;
  }

  private void newLabels(Predictions p) {
    window.setNames(p == null ? java.util.List.of() : p.labelNames());
    buildColumns();
  }

  /** The row number, the labels inside the window, then the row's wrong count and exact match. */
  private void buildColumns() {
    Predictions p = model.predictionsProperty().get();
    if (p == null) {
      table.getColumns().clear();
      return;
    }
    if (fixed == null) {
      fixed = fixedColumns();
    }
    java.util.List<TableColumn<Integer, ?>> columns = new java.util.ArrayList<>();
    columns.add(fixed.get(0));
    for (int k = window.first(); k < window.end(); k++) {
      int label = k;
      TableColumn<Integer, Integer> col = new TableColumn<>(p.labelNames().get(k));
      col.setId("column-label-" + k);
      col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
      col.setCellFactory(c -> new LabelCell(label));
      col.setComparator(
          (a, b) -> Double.compare(
              model.predictionsProperty().get().probability(a, label),
              model.predictionsProperty().get().probability(b, label)));
      ColumnWidths.em(col, 9.7, 10.4);
      columns.add(col);
    }
    columns.addAll(fixed.subList(1, fixed.size()));
    table.getColumns().setAll(columns);
  }

  /** Row, wrong and exact: the same columns (and sort) whichever labels the window shows. */
  private java.util.List<TableColumn<Integer, Integer>> fixedColumns() {
    TableColumn<Integer, Integer> row = new TableColumn<>(Text.get("evaluation.row"));
    row.setId("column-row");
    row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    // Rows count from 0, as on step 1, in the trace and in the Python panel (pandas' index).
    row.setCellFactory(c -> new TextCell(String::valueOf));
    ColumnWidths.em(row, 3.7, 4);
    TableColumn<Integer, Integer> hamming = new TableColumn<>();
    hamming.setGraphic(header(Text.get("evaluation.wrong"),
        Text.get("evaluation.hammingDistanceHowMany")));
    hamming.setId("column-hamming");
    hamming.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    hamming.setCellFactory(c -> new TextCell(i -> String.valueOf(model.hammingDistance(i))));
    hamming.setComparator(
        (a, b) -> Integer.compare(model.hammingDistance(a), model.hammingDistance(b)));
    ColumnWidths.em(hamming, 5.3, 5.3);
    TableColumn<Integer, Integer> exact = new TableColumn<>();
    exact.setGraphic(header(Text.get("evaluation.exact"),
        Text.get("evaluation.exactMatchEveryLabel")));
    exact.setId("column-exact");
    exact.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    exact.setCellFactory(c -> new ExactCell());
    exact.setComparator(
        (a, b) -> Boolean.compare(model.hammingDistance(a) == 0, model.hammingDistance(b) == 0));
    ColumnWidths.em(exact, 6.4, 6.4);
    return java.util.List.of(row, hamming, exact);
  }

  private static Label header(String text, String tip) {
    Label l = new Label(text);
    l.setTooltip(new Tooltip(tip));
    return l;
  }

  /** A cell that repaints itself whenever the thresholds in force change. */
  private abstract class LiveCell extends TableCell<Integer, Integer> {
    private final InvalidationListener repaint = o -> paint();

    LiveCell() {
      model.thresholdsProperty().addListener(new WeakInvalidationListener(repaint));
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
      super.updateItem(item, empty);
      paint();
    }

    final void paint() {
      Integer item = getItem();
      if (item == null || isEmpty() || model.thresholdsProperty().get() == null) {
        clear();
      } else {
        show(item);
      }
    }

    abstract void clear();

    abstract void show(int row);
  }

  /**
   * A cell's content at a fixed width, laid out as its own layout root: when a threshold move
   * changes a text inside it, only the content is laid out again. A change that reached the cell
   * would make the table lay out and restyle every visible row.
   */
  private static final class Frame extends Region {
    private final Region content;
    private final Labeled text;
    private final double ems;

    /** {@code content} at {@code ems} times the font size of {@code text}, a label inside it. */
    Frame(Region content, Labeled text, double ems) {
      this.content = content;
      this.text = text;
      this.ems = ems;
      content.setManaged(false);
      getChildren().add(content);
      // A zoom changes the font: the frame's width changes with it, which the cell must know.
      text.fontProperty().addListener(o -> requestLayout());
    }

    private double width() {
      return Math.ceil(ems * text.getFont().getSize());
    }

    @Override
    protected double computeMinWidth(double height) {
      return width();
    }

    @Override
    protected double computePrefWidth(double height) {
      return width();
    }

    @Override
    protected double computeMaxWidth(double height) {
      return width();
    }

    @Override
    protected double computePrefHeight(double w) {
      return content.prefHeight(width());
    }

    @Override
    protected void layoutChildren() {
      double h = Math.min(getHeight(), content.prefHeight(width()));
      content.resizeRelocate(0, (getHeight() - h) / 2, getWidth(), h);
    }
  }

  private final class TextCell extends LiveCell {
    private final java.util.function.IntFunction<String> text;
    private final Label value = new Label();
    private final Frame frame = new Frame(value, value, TEXT_EM);

    TextCell(java.util.function.IntFunction<String> text) {
      this.text = text;
      setAlignment(Pos.CENTER_RIGHT);
      value.setAlignment(Pos.CENTER_RIGHT);
      value.getStyleClass().add(Styles.NUMBER);
      setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    void clear() {
      setGraphic(null);
    }

    @Override
    void show(int row) {
      EvaluationView.setText(value, text.apply(row));
      if (getGraphic() != frame) {
        setGraphic(frame);
      }
    }

    /** The number is drawn inside a frame: a screen reader gets it from the cell itself. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
      if (attribute == AccessibleAttribute.TEXT) {
        return getGraphic() == null ? "" : value.getText();
      }
      return super.queryAccessibleAttribute(attribute, parameters);
    }
  }

  private final class ExactCell extends LiveCell {
    private final Label badge = new Label();
    private final Frame frame = new Frame(badge, badge, BADGE_EM);
    private Boolean shown;

    ExactCell() {
      badge.getStyleClass().add(Styles.CHIP);
      setAlignment(Pos.CENTER);
      setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    void clear() {
      setGraphic(null);
    }

    @Override
    void show(int row) {
      boolean exact = model.hammingDistance(row) == 0;
      if (shown == null || shown != exact) {
        // A style-class change restyles the badge; it happens only when the badge flips.
        badge.setText(exact ? Text.get("evaluation.yes") : Text.get("evaluation.no"));
        badge.getStyleClass().removeAll(Styles.CHIP_ON, Styles.CHIP_OFF);
        badge.getStyleClass().add(exact ? Styles.CHIP_ON : Styles.CHIP_OFF);
        shown = exact;
      }
      if (getGraphic() != frame) {
        setGraphic(frame);
      }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
      if (attribute == AccessibleAttribute.TEXT) {
        return getGraphic() == null ? "" : badge.getText();
      }
      return super.queryAccessibleAttribute(attribute, parameters);
    }
  }

  /** Probability (number and bar), prediction / truth, and the outcome's colour and letters. */
  private final class LabelCell extends LiveCell {
    private final int label;
    private final Label probability = new Label();
    private final Region bar = new Region();
    private final Pane track = new Pane(bar);
    private final Label decision = new Label();
    private final Label marker = new Label();
    private final HBox box = new HBox(4, probability, track, decision, marker);
    private final Frame frame = new Frame(box, probability, CELL_CONTENT_EM);
    private final Tooltip tip = new Tooltip();
    private Outcome shown;
    private int shownRow = -1;
    private Predictions shownPredictions;

    LabelCell(int label) {
      this.label = label;
      probability.getStyleClass().add(Styles.NUMBER);
      probability.setMinWidth(36);
      track.getStyleClass().add(Styles.BAR_TRACK);
      track.setMinSize(BAR_WIDTH, 8);
      track.setPrefSize(BAR_WIDTH, 8);
      track.setMaxSize(BAR_WIDTH, 8);
      bar.getStyleClass().add(Styles.BAR);
      bar.setPrefHeight(8);
      decision.getStyleClass().add(Styles.NUMBER);
      decision.setMinWidth(Region.USE_PREF_SIZE);
      marker.getStyleClass().add(Styles.OUTCOME_MARKER);
      marker.minWidthProperty().bind(
          probability.fontProperty().map(f -> MARKER_EM * f.getSize()));
      box.setAlignment(Pos.CENTER_LEFT);
      tip.setOnShowing(e -> tip.setText(describe()));
      setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    void clear() {
      setGraphic(null);
      setTooltip(null);
      setOutcome(null);
    }

    @Override
    void show(int row) {
      Predictions p = model.predictionsProperty().get();
      if (row != shownRow || p != shownPredictions) {
        // The probability belongs to the row: a threshold move leaves it (and its bar) alone.
        double prob = p.probability(row, label);
        EvaluationView.setText(probability, Decimals.fixed(prob, 2));
        double w = Math.max(1, prob * BAR_WIDTH);
        bar.setPrefWidth(w);
        bar.resizeRelocate(0, 0, w, 8);
        shownRow = row;
        shownPredictions = p;
      }
      int pred = model.predicted(row, label);
      int truth = p.truth(row, label);
      Outcome o = Outcome.of(pred, truth);
      EvaluationView.setText(decision, pred + "/" + truth);
      EvaluationView.setText(marker, o.marker());
      setOutcome(o);
      if (getGraphic() != frame) {
        setGraphic(frame);
      }
      if (getTooltip() != tip) {
        setTooltip(tip);
      }
    }

    /** The cell in words, written when asked for (tooltip, screen reader), not on every move. */
    private String describe() {
      Integer row = getItem();
      Predictions p = model.predictionsProperty().get();
      if (row == null || isEmpty() || p == null || model.thresholdsProperty().get() == null) {
        return "";
      }
      double prob = p.probability(row, label);
      int pred = model.predicted(row, label);
      int truth = p.truth(row, label);
      return Text.get("evaluation.cell.description",
          p.labelNames().get(label), String.valueOf(row),
          Decimals.fixed(prob, 3),
          Decimals.threshold(model.thresholdsProperty().get().of(label)),
          String.valueOf(pred), String.valueOf(truth),
          Outcome.of(pred, truth).meaning());
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
      if (attribute == AccessibleAttribute.TEXT) {
        return describe();
      }
      return super.queryAccessibleAttribute(attribute, parameters);
    }

    private void setOutcome(Outcome o) {
      if (o == shown) {
        return;
      }
      if (shown != null) {
        pseudoClassStateChanged(shown.pseudoClass(), false);
      }
      if (o != null) {
        pseudoClassStateChanged(o.pseudoClass(), true);
      }
      shown = o;
    }
  }
}
