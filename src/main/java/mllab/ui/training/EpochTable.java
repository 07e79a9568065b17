package mllab.ui.training;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import mllab.text.Text;
import mllab.ui.common.ColumnWidths;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;

/**
 * Step 4's epoch-by-epoch table: one row per epoch with its test loss, accuracy and observation.
 */
final class EpochTable {

  private final TableView<EpochRow> table = new TableView<>();

  /** The card with the table of {@code rows}. */
  Node createView(ObservableList<EpochRow> rows) {
    table.setId(NodeIds.EPOCH_TABLE);
    table.setAccessibleHelp(Text.get("a11y.help.table"));
    table.setAccessibleText(Text.get("training.oneRowPerEpoch"));
    table.setPlaceholder(new Label(Text.get("training.pressPlayOrStep")));
    TableColumn<EpochRow, Number> epoch = new TableColumn<>(Text.get("training.column.epoch"));
    epoch.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().epoch()));
    ColumnWidths.em(epoch, 4.7, 4.7);
    TableColumn<EpochRow, String> loss = new TableColumn<>(Text.get("training.column.testLoss"));
    loss.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(RunNotes.format(c.getValue().loss())));
    ColumnWidths.em(loss, 7.7, 7.7);
    TableColumn<EpochRow, String> accuracy =
        new TableColumn<>(Text.get("training.column.labelAccuracy"));
    accuracy.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(RunNotes.format(c.getValue().accuracy())));
    ColumnWidths.em(accuracy, 11.3, 11.3);
    TableColumn<EpochRow, String> observation =
        new TableColumn<>(Text.get("training.column.observation"));
    observation.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().observation()));
    observation.setCellFactory(c -> new WrappingCell(observation));
    observation
        .prefWidthProperty()
        .bind(
            table
                .widthProperty()
                .subtract(epoch.widthProperty())
                .subtract(loss.widthProperty())
                .subtract(accuracy.widthProperty())
                .subtract(18));
    List<TableColumn<EpochRow, ?>> columns = List.of(epoch, loss, accuracy, observation);
    table.getColumns().setAll(columns);
    table.setItems(rows);
    ColumnWidths.follow(table);
    table.setPrefHeight(260);
    VBox card = StepLayout.card(Text.get("training.epochByEpoch"), table);
    card.setId(NodeIds.EPOCH_CARD);
    return card;
  }

  /** Scrolls to the last row the table holds. */
  void scrollToEnd() {
    table.scrollTo(table.getItems().size() - 1);
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
}
