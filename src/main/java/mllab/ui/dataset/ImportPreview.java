package mllab.ui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.data.Dataset;
import mllab.text.Text;
import mllab.ui.common.ColumnWidths;
import mllab.ui.common.ColumnWindow;
import mllab.ui.common.NodeIds;

/**
 * The import dialog's preview of a file as read: its first rows, features first and then labels, a
 * few columns at a time through a column window. The table joins the dialog a pulse after its first
 * frame ({@link #build()}): until then a blank of the same size holds its place.
 */
final class ImportPreview {

  private static final int PREVIEW_ROWS = 8;

  private final TableView<Integer> preview = new TableView<>();

  /**
   * The column window; made with the first rows shown: until then its bar is hidden and takes no
   * room, so the dialog appears sooner without it.
   */
  private ColumnWindow columns;

  /** Holds the table's place, at its size, until the table is built. */
  private final Region standIn = new Region();

  private final VBox node = new VBox(6, standIn);

  /** The training rows on screen; null before the first read. */
  private Dataset data;

  /** The column names of rows read before the table was built, shown when it is; else null. */
  private List<String> pendingNames;

  ImportPreview() {
    preview.setId(NodeIds.IMPORT_PREVIEW);
    preview.setPrefSize(520, 250);
    preview.setAccessibleText(Text.get("dataset.import.previewAccessible"));
    preview.setPlaceholder(new Label(Text.get("dataset.import.waiting")));
    // Columns never narrower than their headers: "[label] beach" must say which columns are labels.
    ColumnWidths.follow(preview);
    HBox.setHgrow(node, Priority.ALWAYS);
    VBox.setVgrow(preview, Priority.ALWAYS);
    standIn.setPrefSize(520, 250);
    VBox.setVgrow(standIn, Priority.ALWAYS);
  }

  /**
   * Puts the table in its place (its first CSS pass and skin are the dialog's heaviest part, so
   * they get a pulse of their own after the dialog's first frame) with any rows read meanwhile.
   */
  void build() {
    node.getChildren().set(node.getChildren().indexOf(standIn), preview);
    if (pendingNames != null) {
      List<String> names = pendingNames;
      pendingNames = null;
      show(data, names);
    }
  }

  /** The column window's bar above the table. */
  VBox node() {
    return node;
  }

  /** Shows the first rows of {@code train}, whose columns are named {@code names}. */
  void show(Dataset train, List<String> names) {
    data = train;
    if (preview.getParent() == null) {
      pendingNames = names;
      return;
    }
    if (columns == null) {
      columns =
          new ColumnWindow(
              "import-columns",
              Text.get("dataset.import.columns"),
              ImportDialog.PREVIEW_COLUMNS,
              first -> showColumns());
      node.getChildren().add(0, columns.bar());
    }
    columns.setNames(names);
    showColumns();
    Integer[] rows = new Integer[Math.min(PREVIEW_ROWS, train.rows())];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    preview.setItems(FXCollections.observableArrayList(rows));
  }

  /** The preview's columns inside the column window: features first, then labels. */
  private void showColumns() {
    if (data == null) {
      return;
    }
    Dataset t = data;
    int d = t.featureCount();
    List<TableColumn<Integer, ?>> shown = new ArrayList<>();
    for (int j = columns.first(); j < columns.end(); j++) {
      int col = j;
      TableColumn<Integer, String> c;
      if (j < d) {
        c = new TableColumn<>(t.featureNames().get(j));
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(fmt(t.feature(r.getValue(), col))));
      } else {
        c = new TableColumn<>(Text.get("dataset.import.labelColumn", t.labelNames().get(j - d)));
        c.setCellValueFactory(
            r -> new ReadOnlyObjectWrapper<>(String.valueOf(t.label(r.getValue(), col - d))));
      }
      shown.add(ColumnWidths.em(c, 0, 5));
    }
    preview.getColumns().setAll(shown);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e6
        ? String.valueOf((long) v)
        : String.format(Locale.ROOT, "%.4g", v);
  }
}
