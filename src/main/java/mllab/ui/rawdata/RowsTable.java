package mllab.ui.rawdata;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import mllab.data.Dataset;
import mllab.data.DatasetStats;
import mllab.text.Text;
import mllab.ui.common.ColumnWidths;
import mllab.ui.common.ColumnWindow;
import mllab.ui.common.NodeIds;
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

  /** Made by {@link #create}, when it joins the screen. */
  private TableView<Integer> table;

  RowsTable(RawDataViewModel model) {
    this.model = model;
  }

  /** Makes the table (once); it fills in with the dataset in {@link #show}. */
  TableView<Integer> create() {
    TableView<Integer> t = new TableView<>();
    t.setId(NodeIds.ROWS_TABLE);
    t.setAccessibleHelp(Text.get("a11y.help.table"));
    t.setAccessibleText(Text.get("rawdata.datasetRowsFeaturesLabel"));
    t.setPrefHeight(RawDataView.TABLE_HEIGHT);
    t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    ColumnWidths.follow(t);
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
    showColumns();
    Integer[] rows = new Integer[d.rows()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    table.setItems(FXCollections.observableArrayList(rows));
    int sample = model.sampleRow();
    table.setRowFactory(
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

  /**
   * The row number, then the labels and features inside the two column windows: a few dozen columns
   * whatever the data's width.
   */
  private void showColumns() {
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
    table.getColumns().setAll(columns);
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

  /** A 0/1 label as a chip. */
  private static final class ChipCell extends TableCell<Integer, Number> {
    private static final PseudoClass ON = PseudoClass.getPseudoClass("on");
    private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");
    private final Label chip = new Label();

    ChipCell() {
      chip.getStyleClass().add(Styles.CHIP);
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
      chip.setText(on ? "1" : "0");
      // Pseudo-classes, not style classes: a changed style class makes JavaFX match the chip's
      // styles anew, and a table of label columns redraws thousands of chips while it scrolls.
      chip.pseudoClassStateChanged(ON, on);
      chip.pseudoClassStateChanged(OFF, !on);
      setGraphic(chip);
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
