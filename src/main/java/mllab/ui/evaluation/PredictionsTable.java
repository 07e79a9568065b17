package mllab.ui.evaluation;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import mllab.eval.Predictions;
import mllab.text.Text;
import mllab.ui.common.ColumnWidths;
import mllab.ui.common.ColumnWindow;
import mllab.ui.common.NodeIds;
import mllab.ui.common.RowsInTurn;
import mllab.ui.common.Styles;

/**
 * The virtualized predictions table: one row per test row, one column per label. Only the visible
 * cells exist; each listens to the thresholds in force and repaints itself when they move, so a
 * drag never rebuilds the table.
 */
final class PredictionsTable {

  /** Row height at the base font size; the theme sets it in em so that it follows the zoom. */
  static final double ROW_HEIGHT = 42;

  /** The table's height, in px: about ten rows. */
  private static final double HEIGHT = 440;

  /** Label columns shown at a time: a column per label would freeze the window at 159 labels. */
  static final int LABEL_COLUMNS = 12;

  private final PredictionsViewModel model;
  private final TableView<Integer> table = new TableView<>();
  private final ColumnWindow window =
      new ColumnWindow(
          "predictions-labels",
          Text.get("rawdata.columns.labels"),
          LABEL_COLUMNS,
          first -> buildColumns());
  private java.util.List<TableColumn<Integer, Integer>> fixed;

  /** Counts the predictions shown: a growth of the rows for older ones stops. */
  private int growths;

  /** Whether the table shows its label columns yet: not in the pulse that first builds it. */
  private boolean labelsShown = true;

  PredictionsTable(PredictionsViewModel model) {
    this.model = model;
  }

  /**
   * The window's bar (shown only with more labels than fit) above the table, built a piece per
   * pulse through {@code later}: first the bar above a blank as tall as the table, then the table
   * with its row, wrong and exact columns, then the window's label columns, after which {@code
   * built} runs. (Label columns added a few at a time cost more: each addition restyles every cell
   * already in the rows.)
   */
  javafx.scene.layout.VBox createView(java.util.function.Consumer<Runnable> later, Runnable built) {
    javafx.scene.layout.Region blank = new javafx.scene.layout.Region();
    blank.setPrefHeight(HEIGHT);
    javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(6, window.bar(), blank);
    later.accept(
        () -> {
          labelsShown = false;
          box.getChildren().set(1, RowsInTurn.slot(createTable(), HEIGHT));
        });
    later.accept(
        () -> {
          labelsShown = true;
          buildColumns();
          built.run();
        });
    return box;
  }

  /** Moves the window of label columns so that label {@code k}'s column is shown. */
  void revealLabel(int k) {
    window.reveal(k);
  }

  private TableView<Integer> createTable() {
    table.setId(NodeIds.PREDICTIONS_TABLE);
    table.setAccessibleText(Text.get("evaluation.predictionsForEveryTest"));
    table.setTooltip(new Tooltip(Text.get("evaluation.clickRowFollowIt")));
    table.setPlaceholder(new Label(Text.get("evaluation.noRowMatchesFilter")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    ColumnWidths.follow(table);
    table.setPrefHeight(HEIGHT);
    // Every row is as tall as a label cell; saying so up front spares the table measuring each
    // row again whenever a cell's text changes.
    table.setFixedCellSize(ROW_HEIGHT);
    table.getStyleClass().add(Styles.PREDICTIONS_TABLE);
    SortedList<Integer> sorted = new SortedList<>(model.shownRows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, b) -> {
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
    if (p != null) {
      growInTurn();
    }
  }

  /**
   * New predictions: the table shows one row, then a few more each frame ({@link RowsInTurn}), as
   * each row's cells are made and styled when it is first laid out with them; all at once they held
   * the FX thread for 0.2-0.3 s with 159 labels.
   */
  private void growInTurn() {
    int turn = ++growths;
    RowsInTurn.begin(table);
    RowsInTurn.growLater(table, () -> turn == growths);
  }

  /**
   * The row number, the row's wrong count and exact match, then the labels inside the window: the
   * row's summary stays in reach however many label columns the window shows (after them, a dozen
   * label columns pushed it past a 1280-pixel table's edge).
   */
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
    columns.addAll(fixed);
    int end = labelsShown ? window.end() : window.first();
    for (int k = window.first(); k < end; k++) {
      int label = k;
      TableColumn<Integer, Integer> col = new TableColumn<>(p.labelNames().get(k));
      col.setId("column-label-" + k);
      col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
      col.setCellFactory(c -> new PredictionCells.LabelCell(model, label));
      col.setComparator(
          (a, b) ->
              Double.compare(
                  model.predictionsProperty().get().probability(a, label),
                  model.predictionsProperty().get().probability(b, label)));
      ColumnWidths.em(col, 9.7, 10.4);
      columns.add(col);
    }
    table.getColumns().setAll(columns);
  }

  /** Row, wrong and exact: the same columns (and sort) whichever labels the window shows. */
  private java.util.List<TableColumn<Integer, Integer>> fixedColumns() {
    TableColumn<Integer, Integer> row = new TableColumn<>(Text.get("evaluation.row"));
    row.setId(NodeIds.COLUMN_ROW);
    row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    // Rows count from 0, as on step 1, in the trace and in the Python panel (pandas' index).
    row.setCellFactory(c -> new PredictionCells.TextCell(model, String::valueOf));
    ColumnWidths.em(row, 3.7, 4);
    TableColumn<Integer, Integer> hamming = new TableColumn<>();
    hamming.setGraphic(
        header(Text.get("evaluation.wrong"), Text.get("evaluation.hammingDistanceHowMany")));
    hamming.setId(NodeIds.COLUMN_HAMMING);
    hamming.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    hamming.setCellFactory(
        c -> new PredictionCells.TextCell(model, i -> String.valueOf(model.hammingDistance(i))));
    // The sort reads counts made off the FX thread with the snapshot: no row is recounted here.
    hamming.setComparator((a, b) -> Integer.compare(model.rowErrors(a), model.rowErrors(b)));
    ColumnWidths.em(hamming, 5.3, 5.3);
    TableColumn<Integer, Integer> exact = new TableColumn<>();
    exact.setGraphic(
        header(Text.get("evaluation.exact"), Text.get("evaluation.exactMatchEveryLabel")));
    exact.setId(NodeIds.COLUMN_EXACT);
    exact.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    exact.setCellFactory(c -> new PredictionCells.ExactCell(model));
    exact.setComparator(
        (a, b) -> Boolean.compare(model.rowErrors(a) == 0, model.rowErrors(b) == 0));
    ColumnWidths.em(exact, 6.4, 6.4);
    return java.util.List.of(row, hamming, exact);
  }

  private static Label header(String text, String tip) {
    Label l = new Label(text);
    l.setTooltip(new Tooltip(tip));
    return l;
  }
}
