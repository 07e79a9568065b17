package mllab.ui.evaluation;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;
import mllab.ui.evaluation.CardinalityViewModel.PairCells;
import mllab.ui.evaluation.CardinalityViewModel.PairGrid;

/**
 * Step 5's cardinality card: labels predicted per row against labels true per row, the rows left
 * without a label, and the grid of label pairs predicted together against truly together.
 */
final class CardinalityView {

  private final CardinalityViewModel model;
  private final GridPane pairs = new GridPane();
  private Label[][] pairCells = new Label[0][0];

  CardinalityView(CardinalityViewModel model) {
    this.model = model;
  }

  VBox createView() {
    pairs.setId(NodeIds.PAIR_COUNTS);
    Label pairsHint = new Label(Text.get("evaluation.rowsWithBothLabels"));
    pairsHint.setWrapText(true);
    pairsHint.getStyleClass().add(Styles.MUTED);
    Label pairsNote = new Label();
    pairsNote.setId(NodeIds.PAIR_COUNTS_NOTE);
    pairsNote.setWrapText(true);
    pairsNote.getStyleClass().add(Styles.MUTED);
    pairsNote.textProperty().bind(model.pairsNoteProperty());
    pairsNote.visibleProperty().bind(model.pairsNoteShownProperty());
    pairsNote.managedProperty().bind(pairsNote.visibleProperty());
    // Zoomed in, even a few labels' pairs are wider than the column: they scroll sideways in
    // their card rather than run under the lesson beside it.
    ScrollPane pairScroll = new ScrollPane(pairs);
    pairScroll.setId(NodeIds.PAIR_COUNTS_SCROLL);
    pairScroll.setFitToHeight(true);
    pairScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    pairScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
    pairScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
    VBox card =
        StepLayout.card(
            Text.get("evaluation.overOrUnderPredicting"),
            numbers(),
            pairsHint,
            pairsNote,
            pairScroll);
    card.setId(NodeIds.CARDINALITY_CARD);
    return card;
  }

  /**
   * Fills the card's pair grid (a hundred labels at ten labels shown), a pulse after the card: the
   * grid is the card's last part, so nothing on screen moves when it comes.
   */
  void showPairs() {
    model.gridProperty().addListener((o, a, g) -> showGrid(g));
    model.cellsProperty().addListener((o, a, c) -> showCells(c));
    showGrid(model.gridProperty().get());
    showCells(model.cellsProperty().get());
  }

  private GridPane numbers() {
    Label predictedCardinality =
        number("predicted-cardinality", model.predictedCardinalityProperty());
    Label trueCardinality = number("true-cardinality", model.trueCardinalityProperty());
    Label emptyRows = new Label();
    emptyRows.setId(NodeIds.ROWS_WITHOUT_LABEL);
    emptyRows.textProperty().bind(model.emptyRowsProperty());
    GridPane numbers = new GridPane();
    numbers.setHgap(24);
    numbers.add(new Label(Text.get("evaluation.predictedLabelsPerRow")), 0, 0);
    numbers.add(predictedCardinality, 0, 1);
    numbers.add(new Label(Text.get("evaluation.trueLabelsPerRow")), 1, 0);
    numbers.add(trueCardinality, 1, 1);
    numbers.add(emptyRows, 2, 1);
    return numbers;
  }

  private static Label number(String id, javafx.beans.value.ObservableValue<String> text) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().addAll(Styles.NUMBER, Styles.METRIC_VALUE);
    l.textProperty().bind(text);
    return l;
  }

  /** A new grid: one row and one column per label it shows, named on both sides. */
  private void showGrid(PairGrid g) {
    pairs.getChildren().clear();
    int[] labels = g.labels();
    int l = labels.length;
    pairCells = new Label[l][l];
    for (int a = 0; a < l; a++) {
      int k = labels[a];
      Label col = new Label(g.names().get(k));
      col.getStyleClass().add(Styles.MUTED);
      pairs.add(col, a + 1, 0);
      Label row = new Label(g.names().get(k));
      row.getStyleClass().add(Styles.MUTED);
      pairs.add(row, 0, a + 1);
      for (int b = 0; b < l; b++) {
        int j = labels[b];
        Label cell = new Label();
        cell.setId("pair-" + k + "-" + j);
        cell.getStyleClass().addAll(Styles.NUMBER, Styles.PAIR_CELL);
        cell.setMaxWidth(Double.MAX_VALUE);
        pairCells[a][b] = cell;
        pairs.add(cell, b + 1, a + 1);
      }
    }
  }

  private void showCells(PairCells c) {
    if (c == null || c.text().length != pairCells.length) {
      return;
    }
    for (int a = 0; a < pairCells.length; a++) {
      for (int b = 0; b < pairCells.length; b++) {
        EvaluationView.setText(pairCells[a][b], c.text()[a][b]);
        pairCells[a][b].setAccessibleText(c.spoken()[a][b]);
      }
    }
  }
}
