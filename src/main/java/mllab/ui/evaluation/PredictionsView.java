package mllab.ui.evaluation;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.Styles;

/**
 * Step 5's predictions tab: the "Show" box that filters the rows, how many rows it lets through,
 * and the table of every test row's probabilities, decisions and outcomes.
 */
final class PredictionsView {

  private final PredictionsViewModel model;
  private final PredictionsTable table;

  PredictionsView(PredictionsViewModel model) {
    this.model = model;
    this.table = new PredictionsTable(model);
  }

  VBox createView() {
    ComboBox<RowFilter> filterChooser = new ComboBox<>(model.choices());
    filterChooser.setId(NodeIds.ROW_FILTER);
    filterChooser.setAccessibleText(Text.get("evaluation.whichRowsTableShows"));
    filterChooser.setTooltip(new Tooltip(Text.get("evaluation.showAllRowsRows")));
    filterChooser.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(RowFilter f) {
            return f == null ? "" : f.describe(model.labelNames());
          }

          @Override
          public RowFilter fromString(String s) {
            return null;
          }
        });
    filterChooser.valueProperty().bindBidirectional(model.chosenProperty());
    Label filterCount = new Label();
    filterCount.setId(NodeIds.FILTER_COUNT);
    filterCount.getStyleClass().add(Styles.MUTED);
    filterCount.textProperty().bind(model.countProperty());
    Label show = new Label(Text.get("evaluation.show"));
    show.setLabelFor(filterChooser);
    HBox filterRow = new HBox(10, show, filterChooser, filterCount);
    filterRow.setAlignment(Pos.CENTER_LEFT);
    Label legend = new Label(Text.get("evaluation.eachCellProbabilityIts"));
    legend.getStyleClass().add(Styles.MUTED);
    legend.setWrapText(true);
    return new VBox(8, filterRow, legend, table.createView());
  }

  /** Moves the table's window of label columns so that label {@code k}'s column is shown. */
  void revealLabel(int k) {
    table.revealLabel(k);
  }
}
