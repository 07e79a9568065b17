package mllab.ui.evaluation;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.eval.Predictions;
import mllab.text.Text;
import mllab.ui.common.NodeIds;
import mllab.ui.common.StepLayout;
import mllab.ui.common.Styles;

/**
 * Step 5's per-label card: one tile per label (its confusion matrix, scores and, in per-label mode,
 * its own slider) in a list a student can search and sort; only the tiles on screen exist.
 */
final class PerLabelView {

  private final PerLabelViewModel model;
  private final LabelList labels;
  private final LabelTiles tiles;
  private VBox card;

  /**
   * @param onCell what a click on label k's confusion cell does
   */
  PerLabelView(PerLabelViewModel model, BiConsumer<Integer, Outcome> onCell) {
    this.model = model;
    this.labels = new LabelList("label-list", model.snapshotProperty());
    this.tiles = new LabelTiles(model, labels, onCell);
  }

  /**
   * The card; its tiles come with {@link #showTiles()}, in a blank as tall as the list until then.
   */
  VBox createView() {
    Label hint = new Label(Text.get("evaluation.eachLabelItsOwn"));
    hint.setWrapText(true);
    hint.getStyleClass().add(Styles.MUTED);
    Region blank = new Region();
    blank.setPrefHeight(LabelTiles.FIRST_HEIGHT);
    card =
        StepLayout.card(Text.get("evaluation.perLabelConfusionMatrix"), hint, labels.bar(), blank);
    card.setId(NodeIds.PER_LABEL_CARD);
    // The lists hold label numbers only: nodes exist for the tiles on screen alone.
    model.predictionsProperty().addListener((o, a, p) -> showLabels(p));
    showLabels(model.predictionsProperty().get());
    return card;
  }

  /**
   * Puts the tiles into the card (a pulse after the card: the tiles' first styling and layout is
   * the card's longest).
   */
  void showTiles() {
    card.getChildren().set(card.getChildren().size() - 1, tiles.createView());
  }

  private void showLabels(Predictions p) {
    labels.setNames(p == null ? List.of() : p.labelNames());
  }
}
