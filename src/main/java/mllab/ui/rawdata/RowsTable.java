package mllab.ui.rawdata;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.data.Dataset;
import mllab.data.DatasetStats;
import mllab.text.Text;
import mllab.ui.common.AfterFirstLayout;
import mllab.ui.common.ColumnWidths;
import mllab.ui.common.ColumnWindow;
import mllab.ui.common.NodeIds;
import mllab.ui.common.RowsInTurn;
import mllab.ui.common.Styles;

/**
 * Step 1's table of rows: the row number, then the labels as chips and the features with their
 * column's decimals, inside two column windows; the lesson's sample row is marked.
 */
final class RowsTable {

  private final RawDataViewModel model;
  private final ColumnWindow labelWindow =
      new ColumnWindow(
          "rows-labels",
          Text.get("rawdata.columns.labels"),
          RawDataView.LABEL_COLUMNS,
          first -> showColumns());
  private final ColumnWindow featureWindow =
      new ColumnWindow(
          "rows-features",
          Text.get("rawdata.columns.features"),
          RawDataView.FEATURE_COLUMNS,
          first -> showColumns());

  /** How many columns join the table per pulse after a new dataset. */
  private static final int COLUMNS_PER_PULSE = 8;

  /** Counts the fillings of the columns: a late piece of an old one is dropped. */
  private int columnsTurn;

  /** A {@link #showLater} is on its way. */
  private boolean showPending;

  /** Made by {@link #create}, when it joins the screen. */
  private TableView<Integer> table;

  RowsTable(RawDataViewModel model) {
    this.model = model;
  }

  /** Makes the table (once); it fills in with the dataset in {@link #show}. */
  TableView<Integer> create() {
    TableView<Integer> t = new TableView<>();
    t.setId(NodeIds.ROWS_TABLE);
    t.getStyleClass().add(Styles.ROWS_TABLE);
    t.setAccessibleHelp(Text.get("a11y.help.table"));
    t.setAccessibleText(Text.get("rawdata.datasetRowsFeaturesLabel"));
    t.setPrefHeight(RawDataView.TABLE_HEIGHT);
    t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    ColumnWidths.follow(t);
    markSampleRow(t);
    table = t;
    return t;
  }

  /** The two column windows' bars, labels above features. */
  Node windowBars() {
    return new VBox(6, labelWindow.bar(), featureWindow.bar());
  }

  /** Shows a dataset's rows; does nothing before the table is made. */
  void show(Dataset d) {
    if (d == null || table == null) {
      return;
    }
    labelWindow.setNames(d.labelNames());
    featureWindow.setNames(d.featureNames());
    fillColumns(true);
    Integer[] rows = new Integer[d.rows()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    table.setItems(FXCollections.observableArrayList(rows));
  }

  /**
   * Shows the model's dataset again (a new dataset, new statistics), in a pulse after the one that
   * redraws the rest of the screen, once however many changes come before it.
   */
  void showLater() {
    if (table == null || showPending) {
      return;
    }
    showPending = true;
    AfterFirstLayout.run(
        table,
        () -> {
          showPending = false;
          show(model.datasetProperty().get());
        });
  }

  /** The rows, the lesson's sample row marked: set once, as a new row factory remakes every row. */
  private void markSampleRow(TableView<Integer> t) {
    int sample = model.sampleRow();
    t.setRowFactory(
        tv ->
            new TableRow<>() {
              @Override
              protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                // The style class changes only when the row's mark does: a change restyles the row.
                boolean marked = !empty && item != null && item == sample;
                if (marked != getStyleClass().contains(Styles.HIGHLIGHT_ROW)) {
                  if (marked) {
                    getStyleClass().add(Styles.HIGHLIGHT_ROW);
                  } else {
                    getStyleClass().remove(Styles.HIGHLIGHT_ROW);
                  }
                }
              }
            });
  }

  /** A column window moved: its columns replace the old ones at once. */
  private void showColumns() {
    fillColumns(false);
  }

  /**
   * The row number, then the labels and features inside the two column windows: a few dozen columns
   * whatever the data's width. {@code inPieces} (a new dataset): they come a few at a time, in that
   * order, one piece per pulse, so that no single pulse styles and lays out every cell; then the
   * rows do ({@link RowsInTurn}).
   */
  private void fillColumns(boolean inPieces) {
    Dataset d = model.datasetProperty().get();
    if (d == null || table == null) {
      return;
    }
    List<TableColumn<Integer, ?>> columns = new ArrayList<>();
    columns.add(rowNumbers(model.sampleRow()));
    for (int k = labelWindow.first(); k < labelWindow.end(); k++) {
      final int label = k;
      TableColumn<Integer, Number> col = new TableColumn<>(d.labelNames().get(k));
      col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(d.label(c.getValue(), label)));
      col.setCellFactory(c -> new ChipCell());
      ColumnWidths.em(col, 0, 4.7);
      columns.add(col);
    }
    columns.addAll(featureColumns(d));
    int turn = ++columnsTurn;
    if (!inPieces) {
      // All at once, and as tall as its place even if a filling in rows was stopped by this one.
      table.setMaxHeight(Region.USE_COMPUTED_SIZE);
      table.getColumns().setAll(columns);
      return;
    }
    // The header and one row first (the table's slot keeps its height meanwhile), its columns a
    // few per pulse: a column's header costs a few milliseconds the first time.
    RowsInTurn.begin(table);
    int first = Math.min(COLUMNS_PER_PULSE, columns.size());
    table.getColumns().setAll(columns.subList(0, first));
    addLater(columns.subList(first, columns.size()), turn);
  }

  /**
   * Adds {@code rest} to the one-row table a few columns per pulse, then lets it grow, unless the
   * columns changed meanwhile (a window moved, another dataset: that filling takes over).
   */
  private void addLater(List<TableColumn<Integer, ?>> rest, int turn) {
    if (rest.isEmpty()) {
      // Columns added to a full table a few per pulse made every pulse restyle the cells already
      // in its rows; a row that comes whole does not.
      RowsInTurn.growLater(table, () -> turn == columnsTurn);
      return;
    }
    AfterFirstLayout.run(
        table,
        () -> {
          if (turn == columnsTurn) {
            int n = Math.min(COLUMNS_PER_PULSE, rest.size());
            table.getColumns().addAll(rest.subList(0, n));
            addLater(rest.subList(n, rest.size()), turn);
          }
        });
  }

  private List<TableColumn<Integer, ?>> featureColumns(Dataset d) {
    List<TableColumn<Integer, ?>> columns = new ArrayList<>();
    DatasetStats stats = model.statsProperty().get();
    for (int j = featureWindow.first(); j < featureWindow.end(); j++) {
      final int feature = j;
      TableColumn<Integer, Number> col = new TableColumn<>(d.featureNames().get(j));
      col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(d.feature(c.getValue(), feature)));
      int decimals =
          stats != null && stats.featureSummaries().size() == d.featureCount()
              ? decimals(stats.featureSummaries().get(j))
              : 3;
      col.setCellFactory(c -> new NumberCell(decimals));
      ColumnWidths.em(col, 0, 6);
      columns.add(col);
    }
    return columns;
  }

  private static TableColumn<Integer, Number> rowNumbers(int sample) {
    TableColumn<Integer, Number> idx = new TableColumn<>("#");
    idx.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    // The sample row is marked by a sign as well as by its background (never colour alone).
    idx.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                    empty || item == null
                        ? null
                        : item.intValue() == sample ? "▸ " + item : String.valueOf(item));
              }
            });
    ColumnWidths.em(idx, 0, 4.4);
    return idx;
  }

  /**
   * A 0/1 label as a chip: a region with the digit as a text, not a label, since a table of label
   * columns makes a chip per visible cell and a label is a control with a skin and a text of its
   * own (the chips were most of the table's first CSS pass). The cell reads as its digit.
   */
  private static final class ChipCell extends TableCell<Integer, Number> {
    private static final PseudoClass ON = PseudoClass.getPseudoClass("on");
    private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");
    private final Chip chip = new Chip();
    private Boolean shown;

    ChipCell() {
      setAlignment(Pos.CENTER);
    }

    @Override
    protected void updateItem(Number item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      boolean on = item.intValue() == 1;
      if (shown == null || shown != on) {
        chip.digit.setText(on ? "1" : "0");
        // Pseudo-classes, not style classes: a changed style class makes JavaFX match the chip's
        // styles anew, and a table of label columns redraws thousands of chips while it scrolls.
        chip.pseudoClassStateChanged(ON, on);
        chip.pseudoClassStateChanged(OFF, !on);
        shown = on;
      }
      if (getGraphic() != chip) {
        setGraphic(chip);
      }
    }

    /** The digit is drawn inside the chip: a screen reader gets it from the cell itself. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
      if (attribute == AccessibleAttribute.TEXT && getGraphic() == chip) {
        return chip.digit.getText();
      }
      return super.queryAccessibleAttribute(attribute, parameters);
    }
  }

  /** The chip's pill (its background and border from the theme) with its digit centred on it. */
  private static final class Chip extends Region {
    final javafx.scene.text.Text digit = new javafx.scene.text.Text();

    Chip() {
      getStyleClass().add(Styles.CHIP);
      digit.getStyleClass().add(Styles.CHIP_TEXT);
      getChildren().add(digit);
      setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    @Override
    protected double computePrefWidth(double height) {
      return snappedLeftInset()
          + snapSizeX(digit.getLayoutBounds().getWidth())
          + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
      return snappedTopInset()
          + snapSizeY(digit.getLayoutBounds().getHeight())
          + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
      double left = snappedLeftInset();
      double top = snappedTopInset();
      positionInArea(
          digit,
          left,
          top,
          getWidth() - left - snappedRightInset(),
          getHeight() - top - snappedBottomInset(),
          0,
          HPos.CENTER,
          VPos.CENTER);
    }
  }

  /**
   * How many decimals a feature's column shows, the same for every value in it (never 119, 93.800
   * and 157.2 in one column): none for whole numbers, one from 100 up, three below.
   */
  static int decimals(DatasetStats.FeatureSummary f) {
    if (f.wholeNumbers()) {
      return 0;
    }
    return Math.max(Math.abs(f.min()), Math.abs(f.max())) >= 100 ? 1 : 3;
  }

  /** A feature value, right-aligned, with its column's decimals. */
  private static final class NumberCell extends TableCell<Integer, Number> {
    private final int decimals;

    NumberCell(int decimals) {
      this.decimals = decimals;
      setAlignment(Pos.CENTER_RIGHT);
      getStyleClass().add(Styles.NUMBER);
    }

    @Override
    protected void updateItem(Number item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setText(null);
        return;
      }
      setText(RawDataView.fmt(item.doubleValue(), decimals));
    }
  }
}
